/**
 * The workspace's main document: where findings about the whole workspace are reported (the
 * documented information nothing provides). Its AI policy, else its scope, else the first AIMS
 * document (shallowest path first); none for a workspace that is not (yet) an AIMS.
 */
import type { DocumentSummary } from '../model/types.js';
import { isRetired, kindOfTitle, titleInAnotherLanguage } from '../parse/meta.js';
import { isCodeDocument } from '../parse/code.js';

/**
 * None for a workspace that is not (yet) an AIMS: fewer than three documents about ISO/IEC 42001,
 * or none of a known kind (unless two are titled in another language, from which no kind is read:
 * an AIMS kept in Portuguese is one, and is told what cannot be judged).
 */
export function mainDocumentOf(docs: readonly DocumentSummary[]): string | undefined {
  let best: { uri: string; rank: number; depth: number } | undefined;
  let relevant = 0;
  let kinds = 0;
  let unread = 0;
  for (const d of docs) {
    // A template for a kind of document ("aims-scope-template.md") is a sign of an AIMS being built, though it provides nothing.
    if (!d.relevant && isKindTemplate(d.uri)) relevant++;
    // Source files with tags cite controls; they are not documents of the AIMS.
    if (!d.relevant || isRetired(d) || isCodeDocument(d)) continue;
    relevant++;
    if (d.meta.kind) kinds++;
    else if (titleInAnotherLanguage(d.title)) unread++;
    const rank = d.meta.kind === 'policy' ? 0 : d.meta.kind === 'scope' ? 1 : d.meta.kind ? 2 : 3;
    const depth = d.uri.split('/').length;
    if (!best || rank < best.rank || (rank === best.rank && (depth < best.depth || (depth === best.depth && d.uri < best.uri)))) best = { uri: d.uri, rank, depth };
  }
  return relevant >= 3 && (kinds >= 1 || unread >= 2) ? best?.uri : undefined;
}

/** A file named as a template of one of the kinds: "ai-policy-template.md", "TEMPLATE-risk-register.yaml". */
function isKindTemplate(uri: string): boolean {
  const raw = uri.slice(uri.lastIndexOf('/') + 1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // An editor's URI with a stray "%" (bad%zz.md): the name as written.
  }
  const name = decoded.replace(/\.[^.]+$/, '');
  if (!/template/i.test(name)) return false;
  return !!kindOfTitle(name.replace(/templates?/gi, ' ').replace(/[-_.]+/g, ' '));
}

