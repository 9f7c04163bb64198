// Text from the library or from files, made safe to print on a terminal: a title, a snippet or a file name may
// hold escape sequences (ESC ]0; retitles the window, ESC [2J clears the screen) or line breaks that forge output
// lines. Control characters are shown as visible escapes instead. JSON output is exact and never goes through this.

function visible(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** Body text: line breaks and tabs kept, every other control character escaped. */
export function forTerminal(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : visible(c)));
}

/** One field on one line (a title, an outlet, a file name): line breaks and separators escaped too. */
export function oneLine(text: string): string {
  return text
    .replace(/\n/g, '\\n')
    .replace(/\t/g, ' ')
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/\p{Cc}/gu, visible);
}

/** One line of the command's own output on standard output. */
export function write(line: string): void {
  process.stdout.write(line + '\n');
}
