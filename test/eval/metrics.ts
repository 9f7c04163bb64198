// Classification scores for the evaluation scripts: accuracy, per-class precision/recall/F1, macro-F1.

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Scores {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Readonly<Record<string, ClassScores>>;
}

export function score(gold: readonly string[], predicted: readonly string[], classes: readonly string[]): Scores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const perClass: Record<string, ClassScores> = {};
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support: tp + fn };
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return {
    n: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: classes.reduce((s, c) => s + perClass[c]!.f1, 0) / classes.length,
    perClass,
  };
}

export const pct = (x: number) => (100 * x).toFixed(1);

/** Reads a TSV with a header row into records. */
export function parseTsv(text: string, options: { quoted?: boolean } = {}): Record<string, string>[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l.trim());
  const cols = header!.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t').map((cell) => (options.quoted ? unquote(cell) : cell));
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/**
 * A cell written with spreadsheet quoting (DACCORD, RTE3-FR): `" the ""fusion"" of two viruses "` holds
 * ` the "fusion" of two viruses `. Read as it stands, the engine would see doubled quotation marks that no article
 * has. The sentence-pair scores read cells this way (`quoted`); the report pairs keep the cells as they stand,
 * since their gold spans and fingerprints were written on them.
 */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')
    ? cell.slice(1, -1).replaceAll('""', '"')
    : cell;
}
