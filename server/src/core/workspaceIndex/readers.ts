/**
 * The index as workspace rules see it, with every read noted: a rule's findings for a document
 * depend on the fact keys (facts.ts) it read, and stay valid while none of them has a new
 * version. A register's edit that adds a risk then re-checks the documents that look that risk
 * up, not all five thousand.
 */
import type { Definition, DocumentSummary, EntityType, Reference, SoaEntry } from '../model/types.js';
import { citationKey, definitionKeysOf } from './facts.js';
import type { EveryDocument, IndexReader, Located, WorkspaceIndex } from './workspaceIndex.js';

/**
 * The keys a computation read and the sum of their versions then. A version never goes down
 * (factVersions.ts only bumps), so the sum is the same exactly when every one is: one number
 * kept per document's findings, where an array of them was as long as the keys.
 */
export interface Dependencies {
  readonly keys: readonly string[];
  readonly total: number;
}

export class RecordingReader implements IndexReader {
  private readonly seen = new Set<string>();

  constructor(private readonly index: WorkspaceIndex) {}

  private note(key: string): void {
    this.seen.add(key);
  }

  /** What was read so far, with the versions the index holds now. */
  dependencies(): Dependencies {
    const keys = [...this.seen];
    return { keys, total: totalVersion(this.index, keys) };
  }

  definitionsOf(type: EntityType, id: string): readonly Located<Definition>[] {
    const [k, noted] = definitionKeysOf(type, id);
    this.note(noted);
    return this.index.definitionsUnder(k);
  }

  definitionCount(type: EntityType, id: string): number {
    const [k, noted] = definitionKeysOf(type, id);
    this.note(noted);
    return this.index.countUnder(k);
  }

  soaEntriesFor(controlId: string): readonly Located<SoaEntry>[] {
    this.note('s:' + controlId);
    return this.index.soaEntriesFor(controlId);
  }

  citationsOf(type: Reference['type'], id: string): readonly Located<Reference>[] {
    this.note('c:' + citationKey(type, id));
    return this.index.citationsOf(type, id);
  }

  citingDocuments(type: Reference['type'], id: string): readonly string[] {
    this.note('c:' + citationKey(type, id));
    return this.index.citingDocuments(type, id);
  }

  document(uri: string): DocumentSummary | undefined {
    this.note('k:' + uri);
    return this.index.document(uri);
  }

  isRetired(uri: string): boolean {
    this.note('k:' + uri);
    return this.index.isRetired(uri);
  }

  statedRiskMethods(): readonly DocumentSummary[] {
    this.note('m');
    return this.index.statedRiskMethods();
  }

  everyDocument(): EveryDocument {
    this.note('g');
    return this.index.everyDocument();
  }

  mainDocument(): string | undefined {
    this.note('main');
    return this.index.mainDocument();
  }

  repeatedDefinitions(): ReadonlySet<string> {
    this.note('dup');
    return this.index.repeatedDefinitions();
  }

  excludedControls(): ReadonlySet<string> {
    this.note('sx');
    return this.index.excludedControls();
  }
}

/** Whether every key read still has the version it had. */
export function dependenciesHold(index: WorkspaceIndex, deps: Dependencies): boolean {
  return totalVersion(index, deps.keys) === deps.total;
}

function totalVersion(index: WorkspaceIndex, keys: readonly string[]): number {
  let total = 0;
  for (let i = 0; i < keys.length; i++) total += index.versionOf(keys[i]!);
  return total;
}
