/**
 * The report's HTML made fit for a webview: a content security policy that
 * allows only the report's own <style> and one script, both carrying the
 * nonce; the script posts {type:'open', href} for clicks on file links (in-page
 * anchors scroll as usual). No `vscode` here, so node tests check the result.
 */

/**
 * The link script. It reads only the href of the clicked link; nothing from the workspace runs.
 * It listens on the window in the capture phase and stops the event there: VS Code's own
 * handler (the webview host's, on the same window, bubbling) would otherwise also post the
 * link, resolved against the webview's address ("./risk/x.yaml" inside the webview's folder),
 * and the editor would log that file as not found. A middle click opens the file too.
 */
const LINK_SCRIPT = `
const vscode = acquireVsCodeApi();
if (typeof FOLDER === 'string') vscode.setState({ folder: FOLDER });
const follow = (event) => {
  if (event.type === 'auxclick' && event.button !== 1) return;
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a) return;
  const href = a.getAttribute('href') || '';
  if (href.startsWith('#')) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  vscode.postMessage({ type: 'open', href });
};
window.addEventListener('click', follow, true);
window.addEventListener('auxclick', follow, true);
`;

export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; form-action 'none'; base-uri 'none'`;
}

/** `folder`: the report's workspace folder, kept in the webview's state so that the tab comes back after a reload (reportPanel.ts). */
export function webviewHtml(reportHtml: string, nonce: string, folder?: string): string {
  if (!/^[A-Za-z0-9]+$/.test(nonce)) throw new Error('nonce must be alphanumeric');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">`;
  let html = reportHtml.replace(/<meta charset="utf-8">/i, (m) => `${m}\n${csp}`);
  if (!html.includes(csp)) html = html.replace(/<head>/i, (m) => `${m}\n${csp}`);
  // Only the report's own <style> elements get the nonce (the report escapes all workspace text, so none can appear in it).
  html = html.replace(/<style>/g, `<style nonce="${nonce}">`);
  // The folder as a JS string literal; "<" escaped, so no "</script>" can end the element early.
  const state = folder === undefined ? '' : `const FOLDER = ${JSON.stringify(folder).replace(/</g, '\\u003c').replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)};`;
  return html.replace(/<\/body>/i, () => `<script nonce="${nonce}">${state}${LINK_SCRIPT}</script>\n</body>`);
}
