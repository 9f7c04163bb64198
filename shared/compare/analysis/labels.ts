// Stage 2b, labels: loaded names for one referent ("terroristes", "rebels", "militants" for armed opposition;
// "regime" / "government"; "riot" / "protest"), from each language's list and the researcher's own label pairs.
// The referent becomes a key, so two reports that name the same people differently still meet.
import { addKey, spanOf, type SentenceContext } from './context';

export const LABEL_WEIGHT = 1.0;

export function findLabels(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const m = ctx.user.labels.match(words, i) ?? ctx.res.labels.match(words, i);
    if (!m) continue;
    const to = i + m.words.length - 1;
    const mention = { span: spanOf(ctx, i, to), referent: m.value.referent, label: m.value.label };
    ctx.labels.push(mention);
    for (let k = i; k <= to; k++) ctx.labelAt[k] = mention;
    addKey(ctx, i, `R:${m.value.referent}`, LABEL_WEIGHT);
    i = to;
  }
}
