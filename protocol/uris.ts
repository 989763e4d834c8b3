/**
 * URIs compared and taken apart as URIs, with vscode-uri, in one place for the server
 * (lsp/, node/, cli/) and the client. One file has many spellings: VS Code sends
 * `file:///c%3A/Users/me/a%20b.md`, Node's pathToFileURL makes `file:///C:/Users/me/a%20b.md`,
 * another client may send `file:///c:/…`. Comparing them as strings made one file two
 * documents, and a folder `…/aims` own the files of `…/aims2`. Here every comparison is on
 * the canonical form (vscode-uri's toString(): lower-case drive letter and authority, `:`
 * in the path as %3A, each segment percent-encoded the same way), and relative paths come
 * from the URI's path, never from `fsPath`, whose meaning depends on the platform vscode-uri
 * was loaded on: so the tests can hold Windows URIs to account on Linux.
 *
 * A document keeps the URI its client gave it (answers must name it as the client does);
 * these functions only decide what contains what and what a path is.
 */
import { URI } from 'vscode-uri';

/** VS Code's spelling of a URI; a string that is not a URI is returned as it was. */
export function canonicalUri(uri: string): string {
  try {
    return URI.parse(uri, true).toString();
  } catch {
    return uri;
  }
}

/** The canonical form of a folder's URI, ending in '/'. */
export function folderKey(folderUri: string): string {
  const c = canonicalUri(folderUri);
  return c.endsWith('/') ? c : c + '/';
}

/**
 * The part of `uri` below `folderUri`, percent-encoded as vscode-uri encodes it ("a%20b/c.md"),
 * or undefined when `uri` is not inside the folder. Whole segments only: `…/aims2/x.md` is not
 * inside `…/aims`.
 */
export function relativeReference(folderUri: string, uri: string): string | undefined {
  const folder = folderKey(folderUri);
  const c = canonicalUri(uri);
  return c.startsWith(folder) && c.length > folder.length ? c.slice(folder.length) : undefined;
}

/** The '/'-separated, decoded path of `uri` below `folderUri` ("a b/c.md"), or undefined when it is not inside. */
export function relativePathOf(folderUri: string, uri: string): string | undefined {
  const ref = relativeReference(folderUri, uri);
  return ref === undefined ? undefined : ref.split('/').map(decodeOrKeep).join('/');
}

/** Whether `uri` is `folderUri` itself or inside it. */
export function isInsideFolder(folderUri: string, uri: string): boolean {
  return folderKey(uri) === folderKey(folderUri) || relativeReference(folderUri, uri) !== undefined;
}

/** The folder holding a document, as its URI ending in '/' (canonical). */
export function parentFolder(uri: string): string {
  const c = canonicalUri(uri);
  const cut = c.lastIndexOf('/', c.endsWith('/') ? c.length - 2 : c.length - 1);
  return cut < 0 ? c : c.slice(0, cut + 1);
}

/** The last segment of a URI's path, decoded ("résumé.md"). */
export function baseName(uri: string): string {
  const c = canonicalUri(uri).replace(/\/+$/, '');
  return decodeOrKeep(c.slice(c.lastIndexOf('/') + 1));
}

/**
 * The URI of a '/'-separated relative path (decoded segments) inside a folder, each segment
 * percent-encoded as vscode-uri encodes it; undefined for a segment that would leave the
 * folder ('..', or one holding a separator).
 */
export function joinRelative(folderUri: string, relativePath: string): string | undefined {
  const parts = relativePath.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..' || p.includes('\\'))) return undefined;
  const folder = URI.parse(folderKey(folderUri));
  return folder.with({ path: folder.path.replace(/\/?$/, '/') + parts.join('/') }).toString();
}

/** A URI segment decoded; kept as written when its %-escapes are malformed ("100%.md"), so the file is still read. */
export function decodeOrKeep(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
