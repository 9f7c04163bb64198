// Stage 9, dispute: a sentence that calls a story false as a whole ("the story is a hoax", "there is no truth to
// the report", "c'est une infox"). It needs a dispute cue that is not itself negated ("not a hoax" confirms),
// and a word for the story (story, report, claim, video, "it", "this") in the same sentence.
import type { SentenceContext } from './context';

export function findDispute(ctx: SentenceContext): void {
  const { words, tokens, res } = ctx;
  for (let i = 0; i < words.length; i++) {
    const m = res.disputes.match(words, i);
    if (!m || res.notDispute.match(words, i)) continue;
    const negated = ctx.negations.some(
      (n) => n.kind === 'not' && n.span[1] <= tokens[i]!.start && tokens[i]!.start - n.span[1] < 12,
    );
    if (negated && !/^(no|aucune|pas)$/.test(words[i]!)) continue;
    if (!words.some((w) => res.storyWords.has(w))) continue;
    ctx.dispute = [tokens[i]!.start, tokens[i + m.words.length - 1]!.end];
    return;
  }
}
