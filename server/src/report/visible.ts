/**
 * Text for a terminal, one line at a time: control characters (C0 but tab, DEL, C1) and the
 * bidirectional overrides and isolates are written as visible escapes ("\x1b", "\n",
 * "\u202e"), so a file name or quoted document text cannot move the cursor, set the
 * terminal's title, start a new line that reads like a finding, or reorder what is shown.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Lines joined for a terminal: each made visible on its own (a line break inside one is shown, never obeyed). */
export function visibleLines(lines: readonly string[]): string {
  return lines.map(visible).join('\n') + '\n';
}
