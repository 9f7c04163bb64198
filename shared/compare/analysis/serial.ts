// An analysis as text for the library's cache, and back. JSON, except that the unbounded end of an interval
// ("more than 100" is [100, ∞)) survives: JSON would turn Infinity into null.
import type { ArticleAnalysis } from './types';

const NUMBER_TAG = '$number';

export function serialiseAnalysis(analysis: ArticleAnalysis): string {
  return JSON.stringify(analysis, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? { [NUMBER_TAG]: String(value) } : value,
  );
}

export function parseAnalysis(json: string): ArticleAnalysis {
  // Most analyses have no unbounded figure: read them without a reviver (several times faster).
  if (!json.includes(`"${NUMBER_TAG}"`)) return JSON.parse(json) as ArticleAnalysis;
  return JSON.parse(json, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && NUMBER_TAG in value
      ? Number((value as Record<string, string>)[NUMBER_TAG])
      : value,
  ) as ArticleAnalysis;
}
