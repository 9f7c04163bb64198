// Applies the verdict palette of shared/presentation/verdicts.ts to the page as CSS custom properties
// (--agree, --agree-bg, --agree-line, …), light and dark through light-dark(), so the one module that colours
// the exports and the command line colours the UI too. CSSOM writes are allowed by the page's CSP.
import { MARK_STYLE, MARKS } from '../../shared/presentation/verdicts';

export function applyVerdictPalette(root: HTMLElement): void {
  for (const m of MARKS) {
    const s = MARK_STYLE[m];
    root.style.setProperty(`--${m}`, `light-dark(${s.light.ink}, ${s.dark.ink})`);
    root.style.setProperty(`--${m}-bg`, `light-dark(${s.light.wash}, ${s.dark.wash})`);
    root.style.setProperty(`--${m}-line`, s.underline);
  }
}
