/**
 * The documents `aims init --starter` writes: the few an organisation needs before anything
 * else (scope, policy, objectives, how risks are assessed, the register, the treatment plan,
 * the statement of applicability, one impact assessment and the record of the system it
 * assesses), each from its kind's template with an ID free in the workspace. Together they
 * check clean (test/templates holds every template to that); what they leave uncovered is
 * what `aims init` lists as the next gaps. Pure: the caller writes the files.
 */
import type { KindId } from '../catalogue/types.js';
import { getKind } from '../catalogue/kinds.js';
import type { AimsLanguageService } from '../service/api.js';
import { defaultFileName, formatsOf, type TemplateFormat } from '../templates/layout.js';
import { freeIdIn, getNewDocument } from './newDocument.js';

/** In the order a new AIMS is usually written. Data: change the set here. */
export const STARTER_KINDS: readonly KindId[] = ['scope', 'policy', 'objectives', 'risk-assessment-process', 'risk-register', 'risk-treatment-plan', 'soa', 'ai-system', 'impact-assessment'];

export interface StarterFile {
  /** Relative to the workspace root, '/'-separated. */
  readonly relativePath: string;
  readonly kind: KindId;
  readonly text: string;
  readonly id?: string;
}

export interface StarterOptions {
  readonly kinds: readonly KindId[];
  /** The folder the documents go in, relative to the workspace root ('' for the root). */
  readonly folder: string;
  /** YAML for the kinds that have a YAML template (registers and records); Markdown otherwise. */
  readonly prefer: TemplateFormat;
  readonly today: string;
}

/**
 * One file per kind. IDs are free in the workspace (`service`, indexed) and among the files
 * planned together; the example risk ID is the same in every file, so the plan and the SoA
 * cite the register's risk.
 */
export function planStarterFiles(service: AimsLanguageService, options: StarterOptions): StarterFile[] {
  const taken: string[] = [];
  const riskId = freeIdIn(service, 'R-001', 'risk');
  const folder = options.folder
    .split('/')
    .filter((p) => p !== '')
    .join('/');
  return options.kinds.map((kind) => {
    const spec = getKind(kind);
    if (!spec) throw new RangeError(`"${kind}" is not a document kind.`);
    const format: TemplateFormat = formatsOf(kind).includes(options.prefer) ? options.prefer : 'markdown';
    const proposed = getNewDocument(service, kind, format, { today: options.today, riskId });
    const id = proposed.id !== undefined && taken.includes(proposed.id) ? freeIdIn(service, proposed.id, undefined, taken) : proposed.id;
    const doc = id === proposed.id ? proposed : getNewDocument(service, kind, format, { today: options.today, riskId, ...(id !== undefined ? { id } : {}) });
    if (id !== undefined) taken.push(id);
    return { relativePath: (folder ? folder + '/' : '') + defaultFileName(spec, format), kind, text: doc.text, ...(id !== undefined ? { id } : {}) };
  });
}
