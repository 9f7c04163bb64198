// The comparison's keyboard: N/P (F8/Shift+F8) between conflicts, D/Shift+D (Alt+↓/Alt+↑) between differences
// of any kind, Escape to cancel linking or close the details, Ctrl+Z to undo; the desktop menu's Go commands too.
// The help overlay (app/shortcuts.ts) lists the same keys.
import { useEffect, useEffectEvent } from 'react';
import type { ShellCommand } from '../../../shared/api-methods';
import { isTyping } from '../shell/keys';

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

export function useCompareKeys(actions: CompareKeyActions) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (isTyping(e.target)) return;
    const step = stepForKey(e);
    if (step) {
      e.preventDefault();
      actions.step(step.what, step.direction);
    } else if (e.key === 'Escape') {
      actions.escape();
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && actions.canUndo) {
      e.preventDefault();
      actions.undo();
    }
  });
  const onCommand = useEffectEvent((command: ShellCommand) => {
    if (command === 'next-conflict') actions.step('conflict', 1);
    else if (command === 'previous-conflict') actions.step('conflict', -1);
    else if (command === 'next-difference') actions.step('difference', 1);
    else if (command === 'previous-difference') actions.step('difference', -1);
  });
  useEffect(() => {
    const key = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', key);
    const off = window.parallaxShell?.onCommand((command) => onCommand(command));
    return () => {
      window.removeEventListener('keydown', key);
      off?.();
    };
  }, []);
}
