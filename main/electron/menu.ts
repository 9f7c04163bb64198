// The application menu in the interface language: File, Edit (copy/paste), View (zoom), Go (back/forward, next
// and previous difference and conflict), Help (the guide, the shortcuts, About). Commands go to the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api-methods';
import type { Locale } from '../../shared/presentation/locale';

interface MenuLabels {
  readonly file: string;
  readonly edit: string;
  readonly view: string;
  readonly go: string;
  readonly help: string;
  readonly quit: string;
  readonly close: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fullScreen: string;
  readonly back: string;
  readonly forward: string;
  readonly nextDifference: string;
  readonly previousDifference: string;
  readonly nextConflict: string;
  readonly previousConflict: string;
  readonly guide: string;
  readonly shortcuts: string;
  readonly about: (app: string) => string;
  readonly aboutDetail: (library: string) => string;
}

export const MENU_LABELS: Readonly<Record<Locale, MenuLabels>> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    go: 'Go',
    help: 'Help',
    quit: 'Quit',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    back: 'Back',
    forward: 'Forward',
    nextDifference: 'Next Difference',
    previousDifference: 'Previous Difference',
    nextConflict: 'Next Conflict',
    previousConflict: 'Previous Conflict',
    guide: 'Guide: What the Marks Mean',
    shortcuts: 'Keyboard Shortcuts',
    about: (app) => `About ${app}`,
    aboutDetail: (library) => `Compare how news outlets report the same story. Offline.\nLibrary: ${library}`,
  },
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    go: 'Aller',
    help: 'Aide',
    quit: 'Quitter',
    close: 'Fermer la fenêtre',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    back: 'Précédent',
    forward: 'Suivant',
    nextDifference: 'Différence suivante',
    previousDifference: 'Différence précédente',
    nextConflict: 'Contradiction suivante',
    previousConflict: 'Contradiction précédente',
    guide: 'Guide\u00a0: ce que signifient les marques',
    shortcuts: 'Raccourcis clavier',
    about: (app) => `À propos de ${app}`,
    aboutDetail: (library) =>
      `Comparer comment les médias rapportent une même affaire. Hors ligne.\nBibliothèque\u00a0: ${library}`,
  },
};

export function menuTemplate(opts: {
  readonly isMac: boolean;
  readonly appName: string;
  readonly locale: Locale;
  readonly onAbout: (detail: (library: string) => string) => void;
  readonly onCommand: (command: ShellCommand) => void;
}): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[opts.locale];
  const send = (command: ShellCommand) => () => opts.onCommand(command);
  const template: MenuItemConstructorOptions[] = [];
  if (opts.isMac) template.push({ label: opts.appName, role: 'appMenu' });
  template.push(
    { label: l.file, submenu: [opts.isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.go,
      submenu: [
        { label: l.back, accelerator: opts.isMac ? 'Cmd+[' : 'Alt+Left', click: send('back') },
        { label: l.forward, accelerator: opts.isMac ? 'Cmd+]' : 'Alt+Right', click: send('forward') },
        { type: 'separator' },
        { label: l.nextDifference, accelerator: 'Alt+Down', click: send('next-difference') },
        { label: l.previousDifference, accelerator: 'Alt+Up', click: send('previous-difference') },
        { label: l.nextConflict, accelerator: 'F8', click: send('next-conflict') },
        { label: l.previousConflict, accelerator: 'Shift+F8', click: send('previous-conflict') },
      ],
    },
    {
      label: l.help,
      role: 'help',
      submenu: [
        { label: l.guide, click: send('show-guide') },
        { label: l.shortcuts, click: send('show-shortcuts') },
        { type: 'separator' },
        { label: l.about(opts.appName), click: () => opts.onAbout(l.aboutDetail) },
      ],
    },
  );
  return template;
}
