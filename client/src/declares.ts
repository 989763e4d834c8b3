/**
 * Does the start of a document declare it an AIMS document? Markdown front
 * matter or a YAML file with a top-level `aims:` key (a block or a flow map).
 * Cheap on purpose: it runs on every Markdown/YAML file a non-AIMS workspace
 * opens. No `vscode` here, so node tests cover it.
 */
export function declaresAims(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  // Markdown: the front matter block only.
  if (/^---[ \t]*\r?\n/.test(text)) {
    const end = text.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
    const block = end >= 0 ? text.slice(0, end) : text;
    return /(?:^|\n)aims[ \t]*:/.test(block);
  }
  // YAML: a top-level key.
  return /(?:^|\n)aims[ \t]*:/.test(text);
}
