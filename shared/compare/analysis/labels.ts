// Stage 2b, labels: loaded names for one referent ("terroristes", "rebels", "militants" for armed opposition;
// "regime" / "government"; "riot" / "protest"), from each language's list and the researcher's own label pairs.
// The referent becomes a key, so two reports that name the same people differently still meet.
import { phraseWords } from '../language/phrases';
import { resourcesFor } from '../language/resources';
import { addKey, spanOf, type SentenceContext } from './context';

/** As much as a rare word: the referent is what two differently worded labels share. */
export const LABEL_WEIGHT = 1.2;

/**
 * The referent of a researcher's label pair: the built-in one if either term is a known label ("terroristes
 * d'al-Qaïda" is about the armed opposition, like "rebels", "militants"), so the pair joins that group.
 */
function referentOf(pair: readonly string[], fallback: string): string {
  for (const term of pair) {
    for (const code of ['en', 'fr']) {
      const words = phraseWords(term);
      const m = resourcesFor(code).labels.match(words, 0);
      if (m) return m.value.referent;
    }
  }
  return fallback;
}

export function findLabels(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const user = ctx.user.labels.match(words, i);
    const builtin = ctx.res.labels.match(words, i);
    const m = user ?? builtin;
    if (!m) continue;
    const to = i + m.words.length - 1;
    const referent = user ? referentOf(user.value.pair, user.value.referent) : m.value.referent;
    // A term that is also a built-in label keeps the built-in name, so "rebels" is one label whoever lists it.
    const label = builtin && builtin.words.length === m.words.length ? builtin.value.label : m.value.label;
    const mention = { span: spanOf(ctx, i, to), referent, label };
    ctx.labels.push(mention);
    for (let k = i; k <= to; k++) ctx.labelAt[k] = mention;
    addKey(ctx, i, `R:${referent}`, LABEL_WEIGHT);
    i = to;
  }
}
