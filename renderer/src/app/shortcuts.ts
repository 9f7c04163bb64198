// The keyboard shortcuts, as the help overlay lists them. The comparison's keys are handled in
// compare/useCompareKeys.ts, the story matrix's in story/StoryMatrix.tsx and story/useStoryKeys.ts, `?` in App.tsx;
// keep this list in step with them.
import type { ParseKeys } from 'i18next';

/** Keys whose names are words, translated (Shift is "Maj" on a French keyboard); the others are shown as they are. */
const NAMED_KEYS = ['Shift', 'Ctrl', 'Alt', 'Enter', 'Esc', 'Tab'] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];
export const isNamedKey = (k: string): k is NamedKey => (NAMED_KEYS as readonly string[]).includes(k);

export interface Shortcut {
  readonly keys: readonly (readonly string[])[];
  readonly action: ParseKeys;
}

export const SHORTCUT_GROUPS: readonly { readonly title: ParseKeys; readonly shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'shortcuts.group.compare',
    shortcuts: [
      { keys: [['D'], ['Alt', '↓']], action: 'shortcuts.nextDifference' },
      {
        keys: [
          ['Shift', 'D'],
          ['Alt', '↑'],
        ],
        action: 'shortcuts.previousDifference',
      },
      { keys: [['N'], ['F8']], action: 'shortcuts.nextConflict' },
      { keys: [['P'], ['Shift', 'F8']], action: 'shortcuts.previousConflict' },
      { keys: [['↓'], ['↑']], action: 'shortcuts.claims' },
      { keys: [['Enter']], action: 'shortcuts.select' },
      { keys: [['Esc']], action: 'shortcuts.escape' },
      { keys: [['Ctrl', 'Z']], action: 'shortcuts.undo' },
    ],
  },
  {
    title: 'shortcuts.group.story',
    shortcuts: [
      { keys: [['←'], ['↑'], ['→'], ['↓']], action: 'shortcuts.cells' },
      { keys: [['Enter']], action: 'shortcuts.pickCell' },
      {
        keys: [['N'], ['P'], ['F8'], ['Shift', 'F8']],
        action: 'shortcuts.storyConflict',
      },
    ],
  },
  {
    title: 'shortcuts.group.app',
    shortcuts: [
      { keys: [['?']], action: 'shortcuts.help' },
      {
        keys: [
          ['Alt', '←'],
          ['Alt', '→'],
        ],
        action: 'shortcuts.history',
      },
      { keys: [['Tab'], ['Shift', 'Tab']], action: 'shortcuts.tab' },
    ],
  },
];
