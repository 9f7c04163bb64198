// The exchange worker's entry point: a project or an export from another tool in, plain data out.
import { serveTasks } from '../workers/serve';
import { readQdpx, type QdpxProjectData } from './qdpx-read';

export interface ReadTask {
  readonly kind: 'qdpx';
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ReadResult = QdpxProjectData;

serveTasks<ReadTask, ReadResult>((task) => readQdpx(task.bytes, task.name));
