/**
 * Where a rule is documented: its section of the README, whose heading
 * test/support/generated.ts writes with ruleHeading and GitHub anchors with
 * githubAnchor. SARIF's helpUri and the README's own links use the same two, so
 * a link cannot point past its section (test/sarif.test.ts checks every rule's).
 */

/** The README heading of a rule's section (after "### "). */
export function ruleHeading(code: string): string {
  return `\`${code}\``;
}

/**
 * The anchor GitHub gives a heading (as github-slugger does): lower case, every character
 * that is not a letter, mark, digit, connector, space or hyphen dropped, spaces made hyphens.
 * (Repeated headings get -1, -2 …; rule headings are unique.)
 */
export function githubAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The project's web home from package.json's repository URL ("git+https://…/x.git" -> "https://…/x"). */
export function repositoryHome(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The URL of a rule's README section on the project's home. */
export function ruleHelpUri(home: string, code: string): string {
  return `${home}#${githubAnchor(ruleHeading(code))}`;
}
