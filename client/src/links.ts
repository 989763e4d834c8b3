/**
 * Workspace-relative links (the coverage model's paths, the report's "path#L12"
 * hrefs) resolved against a folder URI. A link that would leave the folder
 * ("../", an absolute path, another scheme) resolves to nothing: the report and
 * the tree only ever open files inside the workspace. No `vscode` here, so
 * node tests cover it.
 */
import { decodeOrKeep, joinRelative } from '../../protocol/uris.js';

/** The URI of a workspace-relative path inside `folder`, or undefined when it would leave the folder. */
export function locationUri(folder: string, relativePath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relativePath) || relativePath.startsWith('/') || relativePath.startsWith('\\')) return undefined;
  const parts: string[] = [];
  for (const raw of relativePath.split(/[/\\]/)) {
    const part = decodeOrKeep(raw);
    if (part === '' || part === '.') continue;
    if (part === '..' || part.includes('/') || part.includes('\\')) return undefined;
    parts.push(part);
  }
  if (parts.length === 0) return undefined;
  // vscode-uri encodes each segment as VS Code does, so the URI names the same document as the editor's.
  return joinRelative(folder, parts.join('/'));
}

/** A report href ("risk/register.yaml#L12") as a URI and 1-based line, when it stays inside the folder. */
export function reportLink(folder: string, href: string): { uri: string; line?: number } | undefined {
  const hash = href.indexOf('#');
  const path = hash >= 0 ? href.slice(0, hash) : href;
  const line = hash >= 0 ? /^L(\d+)$/.exec(href.slice(hash + 1))?.[1] : undefined;
  if (path === '') return undefined; // an anchor inside the report
  const uri = locationUri(folder, path);
  if (!uri) return undefined;
  return line ? { uri, line: Number(line) } : { uri };
}
