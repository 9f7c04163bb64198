// Stage 7, attribution: who a statement is credited to ("according to the ministry", "selon Al-Masdar", "Peskov
// said", "a déclaré le porte-parole") and how strongly the writer stands behind it. Attribution strength is
// symmetric across languages: "said", "a dit", "a déclaré", "according to", "selon" are neutral; "claimed",
// "affirme", "prétend" distance the writer; "reportedly", "selon des informations", "may have" and the French
// reportative conditional ("aurait proposé") hedge.
import { isStopword, type SentenceContext } from './context';
import type { Hedge } from './types';

const BEFORE_SOURCE = new Set(['according', 'selon', 'apres', 'citing', 'citant', 'cite', 'quoting', 'quoted']);

/** Keys of the noun phrase starting at token `from` going in `step` direction, up to a clause boundary. */
function phraseKeys(ctx: SentenceContext, from: number, step: 1 | -1): { keys: string[]; to: number } {
  const keys: string[] = [];
  let to = from;
  for (let k = from, n = 0; k >= 0 && k < ctx.tokens.length && n < 4; k += step) {
    const [a, b] = step === 1 ? [k - 1, k] : [k, k + 1];
    if (k !== from && /[,;:.()«»“”"]/.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start))) break;
    const t = ctx.tokens[k]!;
    if (ctx.res.pronouns.has(t.folded)) return { keys: [], to };
    if (isStopword(ctx, k) || ctx.inPhrase[k]) continue;
    const entity = ctx.entityAt[k];
    const own = entity
      ? entity.keys
      : [...ctx.keys[k]!.keys()].filter((x) => !x.startsWith('s:') && !x.startsWith('unit:'));
    if (!own.length) break;
    keys.push(...own);
    to = k;
    n++;
    if (!entity && step === -1) break;
  }
  return { keys: [...new Set(keys)], to };
}

function addHedge(ctx: SentenceContext, from: number, to: number, level: Hedge['level'], conditional = false): void {
  const span: Hedge['span'] = [ctx.tokens[from]!.start, ctx.tokens[to]!.end];
  if (ctx.hedges.some((h) => h.span[0] <= span[0] && h.span[1] >= span[1])) return;
  ctx.hedges.push({ span, cue: ctx.text.slice(span[0], span[1]), level, ...(conditional ? { conditional } : {}) });
}

export function findAttribution(ctx: SentenceContext): void {
  const { tokens, res, words } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hedge = ctx.user.hedges.match(words, i) ?? res.hedged.match(words, i);
    if (hedge) {
      const conditional = res.reportativeConditional.has(t.folded);
      // "Il a affirmé que la Syrie serait discutée": a conditional in reported speech (after "que") or after a
      // hypothesis ("si …, il aurait") is grammar, not the writer distancing itself.
      const before = words.slice(0, i);
      const reported = conditional && before.some((w) => w === 'que' || w === 'qu');
      const hypothetical = before.includes('si') || before.includes('if');
      // The conditional is shown with its participle: "aurait proposé".
      const to = conditional && tokens[i + 1] && !isStopword(ctx, i + 1) ? i + 1 : i + hedge.words.length - 1;
      if (!(conditional && (hypothetical || reported))) addHedge(ctx, i, to, 'hedged', conditional);
    }
    const distancing = res.distancing.match(words, i);
    if (distancing) addHedge(ctx, i, i + distancing.words.length - 1, 'distancing');

    const cue = res.attribution.match(words, i);
    if (!cue) continue;
    const end = i + cue.words.length - 1;
    // The span covers the cue and who is credited: "According to Al-Masdar", "Peskov said".
    let found: { keys: string[]; to: number };
    let span: [number, number] = [t.start, tokens[end]!.end];
    if (BEFORE_SOURCE.has(t.folded) || (t.folded === 'd' && words[i + 1] === 'apres')) {
      found = phraseKeys(ctx, end + 1, 1);
      if (found.keys.length) span = [t.start, tokens[found.to]!.end];
    } else {
      // "Peskov said", "the ministry said"; else the inverted "said Peskov", "a déclaré le porte-parole".
      found = phraseKeys(ctx, i - 1, -1);
      if (found.keys.length) span = [tokens[found.to]!.start, tokens[end]!.end];
      else if (tokens[end + 1]) {
        found = phraseKeys(ctx, end + 1, 1);
        if (found.keys.length) span = [t.start, tokens[found.to]!.end];
      }
    }
    if (found.keys.length) ctx.sources.push({ span, who: found.keys });
    i = end;
  }
}
