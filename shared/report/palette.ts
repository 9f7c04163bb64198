// The colours of the claim marks (Okabe-Ito, safe for colour-blind readers), for the exports that carry colour:
// the HTML report and the REFI-QDA codebook.
export const MARK_COLOURS = {
  agree: '#0072B2',
  conflict: '#D55E00',
  framing: '#B07800',
  only: '#8a5a99',
} as const;
