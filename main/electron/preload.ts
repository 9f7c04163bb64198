// The sandboxed preload: exposes exactly the contract's methods on window.parallax, each a single invoke.
// Never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel, type ApiMethod } from '../../shared/api-methods';
import { unwrapEnvelope } from '../../shared/errors';

type Bridge = Record<ApiMethod, (input?: unknown) => Promise<unknown>>;

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): Bridge {
  const bridge = {} as Bridge;
  for (const method of API_METHODS) {
    bridge[method] = async (input?: unknown) => unwrapEnvelope(await invoke(ipcChannel(method), input ?? {}));
  }
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld(
  'parallax',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
