// The story view's keys beyond the grid's arrows: N/P (F8/Shift+F8, and the desktop menu's Go commands) between
// conflicting facts, Escape to drop a chosen cell, Ctrl+Z to undo a correction made here. The help overlay
// (app/shortcuts.ts) lists them.
import { escapeOrUndo, stepForKey } from '../compare/useCompareKeys';
import { isTyping } from '../shell/keys';
import { useWindowKeys } from '../shell/useWindowKeys';

export interface StoryKeyActions {
  readonly stepConflict: (direction: 1 | -1) => void;
  readonly escape: () => void;
  readonly undo: () => void;
  readonly canUndo: boolean;
}

export function useStoryKeys(actions: StoryKeyActions) {
  useWindowKeys(
    (e) => {
      if (isTyping(e.target)) return;
      const step = stepForKey(e);
      if (step?.what === 'conflict') {
        e.preventDefault();
        actions.stepConflict(step.direction);
      } else escapeOrUndo(e, actions);
    },
    (command) => {
      if (command === 'next-conflict') actions.stepConflict(1);
      else if (command === 'previous-conflict') actions.stepConflict(-1);
    },
  );
}
