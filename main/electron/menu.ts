// The standard application menu: Edit (copy/paste), View (zoom), Help (About).
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(opts: {
  readonly isMac: boolean;
  readonly appName: string;
  readonly onAbout: () => void;
  readonly onCommand: (command: 'next-conflict' | 'previous-conflict') => void;
}): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (opts.isMac) template.push({ label: opts.appName, role: 'appMenu' });
  template.push(
    { label: 'File', submenu: [opts.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: [
        { label: 'Next Conflict', accelerator: 'F8', click: () => opts.onCommand('next-conflict') },
        { label: 'Previous Conflict', accelerator: 'Shift+F8', click: () => opts.onCommand('previous-conflict') },
      ],
    },
    { label: 'Help', role: 'help', submenu: [{ label: `About ${opts.appName}`, click: opts.onAbout }] },
  );
  return template;
}
