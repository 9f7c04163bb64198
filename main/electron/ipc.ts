// Binds every contract method to ipcMain.handle. Each call is checked for its sender (the app's own main frame,
// loaded from app://) before its input is validated and dispatched.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel } from '../../shared/api-methods';
import type { Envelope } from '../../shared/errors';
import type { AppContext } from '../context';
import { dispatch } from '../dispatch';
import { isAppUrl } from './protocol';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, getContext: () => AppContext): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Parallax.' } };
      }
      return dispatch(getContext(), method, input);
    });
  }
}
