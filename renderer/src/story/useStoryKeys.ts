// The story view's keys beyond the grid's arrows: N/P (F8/Shift+F8, and the desktop menu's Go commands) between
// conflicting facts, Escape to drop a chosen cell, Ctrl+Z to undo a correction made here. The help overlay
// (app/shortcuts.ts) lists them.
import { useEffect, useEffectEvent } from 'react';
import { stepForKey } from '../compare/useCompareKeys';
import { isTyping } from '../shell/keys';

export interface StoryKeyActions {
  readonly stepConflict: (direction: 1 | -1) => void;
  readonly escape: () => void;
  readonly undo: () => void;
  readonly canUndo: boolean;
}

export function useStoryKeys(actions: StoryKeyActions) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (isTyping(e.target)) return;
    const step = stepForKey(e);
    if (step?.what === 'conflict') {
      e.preventDefault();
      actions.stepConflict(step.direction);
    } else if (e.key === 'Escape') {
      actions.escape();
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && actions.canUndo) {
      e.preventDefault();
      actions.undo();
    }
  });
  const onCommand = useEffectEvent((command: string) => {
    if (command === 'next-conflict') actions.stepConflict(1);
    else if (command === 'previous-conflict') actions.stepConflict(-1);
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
