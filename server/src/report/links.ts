/**
 * The one way the reports link to a workspace file: "./path#L12", relative to the workspace
 * root. Every path segment is percent-encoded (":" included, so no segment can read as a
 * scheme such as "javascript:" or "http:"; "(", ")" and spaces too, so a Markdown link
 * destination cannot end early), "." and ".." segments are encoded as names, and "./" comes
 * first: the result is always a relative reference to a file inside the folder.
 */
export function relativeLink(path: string, line?: number): string {
  const segments = path.split(/[/\\]/).filter((s) => s !== '');
  const encoded = segments.map((s) => encodeURIComponent(s).replace(/[!'()*.]/g, (c) => (c === '.' && !/^\.+$/.test(s) ? c : `%${c.charCodeAt(0).toString(16).toUpperCase()}`)));
  return './' + encoded.join('/') + (line ? `#L${line}` : '');
}
