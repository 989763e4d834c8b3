/**
 * What a document's path says about it: a copy kept in an archive folder, or a file about the
 * project (change log, contribution guide) rather than about its AIMS.
 */

/** A repository's own files about the project rather than its AIMS: change logs, contribution guides, security policies. */
const PROJECT_FILE = /^(?:change ?log|changes|history|release[-_ ]?notes|news|contributing|code[-_]of[-_]conduct|security|support|authors|notice|licen[cs]e)(?:\.[a-z]+)?$/i;
const PROJECT_TITLE = /^(?:change ?log|changes|release notes|version history|contributing\b.*|code of conduct|security policy)$/i;

/** A package's manifest or a tool's configuration: its description may name the standard, it is still no AIMS document. */
const TOOL_FILE = /^(?:package(?:-lock)?\.json|composer\.json|(?:ts|js)config(?:\.[\w-]+)?\.json|cargo\.toml|pyproject\.toml|(?:hugo|config|netlify|wrangler|samconfig|rustfmt|ruff|\.?taplo)\.toml|hugo\.(?:ya?ml|json))$/i;

export function isProjectFile(relativePath: string, title: string | undefined): boolean {
  const base = relativePath.split('/').pop() ?? relativePath;
  return PROJECT_FILE.test(base) || TOOL_FILE.test(base) || (title !== undefined && PROJECT_TITLE.test(title.trim()));
}

/** A folder that keeps earlier copies: `_history/`, `archive/`, `old/`, `superseded/` ... */
const ARCHIVE_FOLDER = /^(?:_?history|\.history|archived?|_archived?|old|obsolete|superseded|deprecated|previous[-_ ]versions?|backups?|attic)$/i;

export function isArchivePath(relativePath: string): boolean {
  const parts = relativePath.split('/');
  return parts.slice(0, -1).some((p) => ARCHIVE_FOLDER.test(p));
}

