// The comparison's keyboard: N/P (F8/Shift+F8) between conflicts, D/Shift+D (Alt+↓/Alt+↑) between differences
// of any kind, Escape to cancel linking or close the details, Ctrl+Z to undo; the desktop menu's Go commands too.
// The help overlay (app/shortcuts.ts) lists the same keys.
import { isTyping } from '../shell/keys';
import { useWindowKeys } from '../shell/useWindowKeys';

export type Step = 'conflict' | 'difference';

export interface CompareKeyActions {
  readonly step: (what: Step, direction: 1 | -1) => void;
  readonly escape: () => void;
  readonly undo: () => void;
  readonly canUndo: boolean;
}

/** Which step a key press asks for, if any. */
export function stepForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): {
  what: Step;
  direction: 1 | -1;
} | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.key === 'F8') return { what: 'conflict', direction: e.shiftKey ? -1 : 1 };
  if (e.altKey) {
    if (e.key === 'ArrowDown') return { what: 'difference', direction: 1 };
    if (e.key === 'ArrowUp') return { what: 'difference', direction: -1 };
    return null;
  }
  switch (e.key) {
    case 'n':
    case 'N':
      return e.shiftKey ? null : { what: 'conflict', direction: 1 };
    case 'p':
    case 'P':
      return e.shiftKey ? null : { what: 'conflict', direction: -1 };
    case 'd':
      return { what: 'difference', direction: 1 };
    case 'D':
      return { what: 'difference', direction: e.shiftKey ? -1 : 1 };
    default:
      return null;
  }
}

/** Escape, and Ctrl+Z (Cmd+Z) when there is something to undo: the same in the comparison and the story view. */
export function escapeOrUndo(
  e: KeyboardEvent,
  actions: { readonly escape: () => void; readonly undo: () => void; readonly canUndo: boolean },
): void {
  if (e.key === 'Escape') {
    actions.escape();
  } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && actions.canUndo) {
    e.preventDefault();
    actions.undo();
  }
}

export function useCompareKeys(actions: CompareKeyActions) {
  useWindowKeys(
    (e) => {
      if (isTyping(e.target)) return;
      const step = stepForKey(e);
      if (step) {
        e.preventDefault();
        actions.step(step.what, step.direction);
      } else escapeOrUndo(e, actions);
    },
    (command) => {
      if (command === 'next-conflict') actions.step('conflict', 1);
      else if (command === 'previous-conflict') actions.step('conflict', -1);
      else if (command === 'next-difference') actions.step('difference', 1);
      else if (command === 'previous-difference') actions.step('difference', -1);
    },
  );
}
