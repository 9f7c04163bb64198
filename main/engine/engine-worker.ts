// The engine worker's entry point: one engine task in (compare, check a claim, analyse ahead of use), its result
// out, with progress on the way. Started by main/engine/engine.ts on the machinery of main/workers.
import { warmUpEngine } from '../warm-up';
import type { TaskProgress } from '../workers/protocol';
import { serveTasks } from '../workers/serve';
import { runEngineTask, type EngineResult, type EngineTask } from './tasks';

serveTasks<EngineTask, EngineResult, TaskProgress>((task, progress) => runEngineTask(task, progress));

// The first comparison should not also pay for compiling the engine (a cold run is two to three times slower).
warmUpEngine();
