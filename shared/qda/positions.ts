// REFI-QDA counts text positions in Unicode characters (code points); JavaScript strings count UTF-16 code
// units, so a character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) is one position
// there and two here. Every offset that crosses the format goes through these two maps.

/** Maps UTF-16 offsets of one text to code point offsets and back, in time proportional to the text, once. */
export class CodePointIndex {
  /** Code point offset of every UTF-16 offset (0..length); a low surrogate maps like its high one. */
  private readonly toPoint: Uint32Array;
  /** UTF-16 offset of every code point offset (0..points). */
  private readonly toUnit: Uint32Array;

  constructor(text: string) {
    this.toPoint = new Uint32Array(text.length + 1);
    const units: number[] = [];
    let point = 0;
    for (let i = 0; i < text.length; i++) {
      this.toPoint[i] = point;
      units.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.toPoint[i + 1] = point;
          i++;
        }
      }
      point++;
    }
    this.toPoint[text.length] = point;
    units.push(text.length);
    this.toUnit = Uint32Array.from(units);
  }

  /** The number of code points in the text. */
  get length(): number {
    return this.toUnit.length - 1;
  }

  point(unitOffset: number): number {
    return this.toPoint[Math.max(0, Math.min(unitOffset, this.toPoint.length - 1))]!;
  }

  unit(pointOffset: number): number {
    return this.toUnit[Math.max(0, Math.min(pointOffset, this.toUnit.length - 1))]!;
  }
}
