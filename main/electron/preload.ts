// The sandboxed preload: exposes exactly the contract's methods on window.parallax, each a single invoke.
// Never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel, SHELL_COMMANDS, type ApiMethod, type ShellCommand } from '../../shared/api-methods';
import { unwrapEnvelope } from '../../shared/errors';

type Bridge = Record<ApiMethod, (input?: unknown) => Promise<unknown>>;

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): Bridge {
  const bridge = {} as Bridge;
  for (const method of API_METHODS) {
    bridge[method] = async (input?: unknown) => unwrapEnvelope(await invoke(ipcChannel(method), input ?? {}));
  }
  return Object.freeze(bridge);
}

export const SHELL_CHANNEL = 'parallax:command';

/** Menu commands for the page: one listener at a time per caller, only the known commands passed on. */
export function buildShell(on: (channel: string, listener: (event: unknown, command: unknown) => void) => () => void) {
  return Object.freeze({
    onCommand(handler: (command: ShellCommand) => void): () => void {
      return on(SHELL_CHANNEL, (_event, command) => {
        if ((SHELL_COMMANDS as readonly unknown[]).includes(command)) handler(command as ShellCommand);
      });
    },
  });
}

contextBridge.exposeInMainWorld(
  'parallax',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld(
  'parallaxShell',
  buildShell((channel, listener) => {
    ipcRenderer.on(channel, listener);
    return () => void ipcRenderer.removeListener(channel, listener);
  }),
);
