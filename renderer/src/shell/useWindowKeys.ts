// A screen's keys on the whole window, and the desktop menu's commands, for as long as the screen is shown. The
// handlers always see the screen's latest state (useEffectEvent); the listeners are added once.
import { useEffect, useEffectEvent } from 'react';
import type { ShellCommand } from '../../../shared/api-methods';

export function useWindowKeys(onKey: (e: KeyboardEvent) => void, onCommand: (command: ShellCommand) => void): void {
  const key = useEffectEvent(onKey);
  const command = useEffectEvent(onCommand);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => key(e);
    window.addEventListener('keydown', listener);
    const off = window.parallaxShell?.onCommand((c) => command(c));
    return () => {
      window.removeEventListener('keydown', listener);
      off?.();
    };
  }, []);
}
