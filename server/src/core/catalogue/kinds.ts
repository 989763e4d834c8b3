/**
 * Document kinds and what each must contain, as data. A required item is met by
 * a heading, a table column header or a YAML key whose normalised text contains
 * one of its synonyms at a word start (so "authorit" meets "Authorities").
 * Wording of titles and hints is ours; clause and control numbers are facts.
 */
import type { KindId } from './types.js';
import { OTHER_LANGUAGE_SECTIONS } from './sectionWords.js';

export interface RequiredItem {
  /** Stable slug used in findings' data and quick fixes. */
  readonly id: string;
  /** The heading a quick fix would insert. */
  readonly title: string;
  /**
   * Normalised phrases (lower case, no punctuation) that satisfy the item; one written "=policy"
   * only as a whole label (a policy's section headed "3. Policy" is its statement, "Policy owner" is not).
   */
  readonly synonyms: readonly string[];
  /** One line telling the writer what belongs there. */
  readonly hint: string;
  /**
   * Met only by a heading, label or key, never by words in the text: a record of a decision
   * or an approval is a part of its own, and "decision" occurs in any prose about AI.
   */
  readonly labelOnly?: true;
  /** Met also by citing an ID of this type: a scope that names its AI systems by ID lists them. */
  readonly citedBy?: 'system' | 'risk';
  /** Met also when these items (by id) are all there: a method written as its steps, each a section. */
  readonly metBy?: readonly string[];
  /** Annex A controls a document of the kind evidences when it has this part (model and dataset cards). */
  readonly controls?: readonly string[];
}

/** Register-style content: a Markdown table or a YAML list with these columns. */
export interface EntriesSpec {
  readonly entity: 'risks' | 'soa' | 'objectives' | 'nonconformities';
  /** The YAML key holding the list. */
  readonly yamlKey: string;
  /** Canonical column names that every table or item must have. */
  readonly requiredColumns: readonly string[];
}

export interface KindSpec {
  readonly id: KindId;
  /** Human name, e.g. "Statement of applicability". */
  readonly name: string;
  readonly clauses: readonly string[];
  readonly controls: readonly string[];
  /**
   * The controls a document of this kind in force is itself evidence of (implemented-without-evidence):
   * an impact assessment done shows the assessment process runs; an AI policy is A.2.2. Fewer than
   * `controls`: an AI policy does not show it was reviewed (A.2.4), nor a system record every
   * control it touches.
   */
  readonly evidences?: readonly string[];
  /** Regular expression (case-insensitive) on the document title or file name used to infer the kind. */
  readonly titlePattern: string;
  /** Words in the same part of a title that make it another document of that name (a certification body's audit report). */
  readonly titleNotPattern?: string;
  readonly sections: readonly RequiredItem[];
  /** `aims:` fields required beyond the common ones. */
  readonly fields: readonly string[];
  readonly entries?: EntriesSpec;
  /**
   * A record of results (an audit report, a monitoring report ...): a title that names a
   * procedure, programme, plan or method about it is not one (see meta.ts).
   */
  readonly record?: true;
}

/** Fields every declared AIMS document carries. */
export const COMMON_FIELDS = ['kind', 'id', 'title', 'owner', 'version', 'status'] as const;
/** Required once `status: approved`. */
export const APPROVAL_FIELDS = ['approved_by', 'approved_on', 'next_review'] as const;
export const STATUSES = ['draft', 'approved', 'retired'] as const;
/** Every `aims:` key the engine understands (anything else is a schema finding). */
export const KNOWN_FIELDS = [
  ...COMMON_FIELDS,
  ...APPROVAL_FIELDS,
  'clauses',
  'controls',
  'frameworks',
  'systems',
  'risks',
  'supersedes',
  'classification',
  'sectors',
] as const;

const item = (id: string, title: string, synonyms: string[], hint: string, labelOnly = false, controls?: string[]): RequiredItem => ({
  id,
  title,
  synonyms: [...synonyms, ...(OTHER_LANGUAGE_SECTIONS[id] ?? []).filter((s) => !synonyms.includes(s))],
  hint,
  ...(labelOnly ? { labelOnly: true as const } : {}),
  ...(controls ? { controls } : {}),
});

/**
 * "... of AI" after a register's name in French, Spanish, Italian, Portuguese, German and Dutch
 * ("Registro dei rischi IA", "Registro de riesgos de la IA"). "." stands for an apostrophe
 * ("dell'IA"), as in the other-language title patterns below.
 */
const OF_AI = "( ((de|di|des|der|du|del|della|dell.|de la) ?)?(l.|la )?(ia|ki|ai|intelligence artificielle|inteligencia artificial|intelligenza artificiale|kunstmatige intelligentie))?";

export const KINDS: readonly KindSpec[] = [
  {
    id: 'context',
    name: 'Context of the organisation',
    clauses: ['4.1'],
    controls: [],
    titlePattern: '\\b(organi[sz]ational |organi[sz]ation.s )?context( of the organi[sz]ation)?( and issues)?( register| analysis| statement)?$|\\b(internal and external )?issues register\\b',
    // "AIMS Scope and Context": the scope, the documented information the clause asks for, with its context.
    titleNotPattern: '\\bscope and context\\b',
    fields: [],
    sections: [
      item('external', 'External issues', ['external', 'extern', 'externe', 'externo', 'pestle', 'pestel'], 'The external issues (legal, market, social, technological, climate) that affect what the AIMS must achieve.'),
      item('internal', 'Internal issues', ['internal', 'intern', 'interne', 'interno'], 'The internal issues (culture, capabilities, resources, AI roles) that affect what the AIMS must achieve.'),
    ],
  },
  {
    id: 'interested-parties',
    name: 'Interested parties register',
    clauses: ['4.2'],
    controls: [],
    titlePattern: '\\b(interested part(y|ies)|stakeholders?)( register| analysis| map(ping)?| requirements| and (their )?requirements)*$',
    fields: [],
    sections: [
      item('parties', 'Interested parties', ['interested part', 'stakeholder', 'party', 'parties', 'partie', 'beteiligt', 'interessiert', 'parte'], 'Who has an interest in the AIMS: customers, regulators, employees, affected people ...'),
      item('requirements', 'Needs and requirements', ['requirement', 'need', 'expectation', 'exigence', 'anforderung', 'requisito'], 'What each party needs or expects, and which of it is a requirement.'),
      item('addressed', 'How the AIMS addresses them', ['address', 'response', 'aims response', 'treatment', 'action', 'managed', 'addressed through', 'relevant'], 'Which requirements the AIMS takes on, and how.'),
    ],
  },
  {
    id: 'leadership',
    name: 'Leadership commitment statement',
    clauses: ['5.1'],
    controls: [],
    titlePattern: '\\b(leadership|management|executive)( and)? commitment( statement)?$|\\bstatement of (leadership |management )?commitment\\b',
    fields: [],
    sections: [
      item('commitments', 'Commitments of top management', ['commit', 'engagement', 'verpflicht', 'compromiso', 'we will', 'pledge', 'commit to', 'we commit', 'management will'], 'What top management commits to: policy and objectives, integration into processes, resources, support for others.'),
      item('signature', 'Signature or approval by top management', ['signature', 'signed', 'sign off', 'approv', 'endorse', 'unterschrift', 'firma'], 'Who in top management signs the commitment, and when.'),
    ],
  },
  {
    id: 'policy',
    name: 'AI policy',
    clauses: ['5.2'],
    controls: ['A.2.2', 'A.2.3', 'A.2.4'],
    evidences: ['A.2.2'],
    titlePattern: '\\b(ai|aims|artificial intelligence)( governance| management system| management)? policy\\b|\\bpolicy (on|for) (the )?(responsible |ethical |safe )?(use of )?(ai|artificial intelligence)( systems)?$',
    // "Acceptable Use of AI Policy": staff rules for using AI tools, a topic-specific policy (A.9.2).
    titleNotPattern: '\\bacceptable[- ]use\\b',
    fields: ['approved_by', 'next_review'],
    sections: [
      item('purpose', 'Purpose', ['purpose', 'introduction', 'intent'], 'Why the organisation has this policy and what it sets out to achieve.'),
      item('scope', 'Scope', ['scope', 'applicab'], 'Which AI systems, activities and people the policy covers.'),
      item('principles', 'Policy statement and principles', ['principle', 'policy statement', 'statement', 'commitment', 'values', 'policy requirement', 'policy provision', 'policy rule', '=policy'], 'The direction top management gives for responsible AI.'),
      item('objectives', 'Framework for AI objectives', ['objective'], 'How AI objectives are set and followed up (clause 6.2).'),
      item('requirements', 'Meeting applicable requirements', ['requirement', 'compliance', 'legal', 'regulat', 'obligation'], 'The commitment to meet legal, contractual and other applicable requirements.'),
      item('improvement', 'Continual improvement', ['continual improvement', 'continuous improvement', 'improvement', 'continually improve', 'continuously improve', 'continually improving', 'continuously improving'], 'The commitment to keep improving the AI management system.'),
      item('roles', 'Roles and responsibilities', ['role', 'responsib', 'accountab', 'governance structure'], 'Who owns the policy and who is accountable for AI decisions.'),
      item('review', 'Review of the policy', ['review', 'maintenance', 'revision', 'reviewed annually', 'reviewed yearly', 'reviewed every', 'reviewed at least', 'annual review'], 'When and by whom the policy is reviewed (control A.2.4).'),
    ],
  },
  {
    id: 'scope',
    name: 'AIMS scope',
    clauses: ['4.3'],
    controls: [],
    // "Scope of the AI Management System": the scope's own object follows it (a title names a kind at its end).
    titlePattern: '\\b(aims|ai management system)? ?scope( statement)?( of (the |our )?(aims|ai management system))?( and context)?\\b',
    fields: [],
    sections: [
      item('boundaries', 'Boundaries and applicability', ['scope', 'boundar', 'applicab', 'in scope'], 'The organisational units, locations and activities the AIMS covers.'),
      { ...item('systems', 'AI systems in scope', ['ai system', 'systems in scope', 'products', 'services'], 'The AI systems, products or services inside the boundary.'), citedBy: 'system' },
      item('exclusions', 'Exclusions', ['exclusion', 'out of scope', 'excluded', 'what s out', 'what is out', 'not in scope', 'not covered'], 'What is deliberately left out, and why.'),
      item('context', 'Internal and external issues', ['issue', 'context', 'external issues', 'internal issues'], 'The issues from clause 4.1 that shaped the scope.'),
      item('parties', 'Interested parties', ['interested part', 'stakeholder'], 'The interested parties and requirements from clause 4.2.'),
      item('interfaces', 'Interfaces and dependencies', ['interface', 'dependenc', 'third part', 'supplier'], 'Where the AIMS touches activities or organisations outside it.'),
    ],
  },
  {
    id: 'roles',
    name: 'Roles and responsibilities document',
    clauses: ['5.3'],
    controls: ['A.3.2', 'A.3.3'],
    evidences: ['A.3.2'],
    titlePattern: '\\broles?,? (and )?responsibilit|\\braci\\b',
    fields: [],
    sections: [
      item('roles', 'Roles and responsibilities', ['role', 'responsib', 'raci'], 'Each AIMS role and what it is responsible for.'),
      item('authorities', 'Authorities and escalation', ['authorit', 'escalat', 'decision right', 'approval'], 'Who may decide, approve and stop AI work.'),
      item('top-management', 'Top management accountability', ['top management', 'leadership', 'accountab', 'executive'], 'How top management holds overall accountability (clause 5.1).'),
      item('concerns', 'Reporting of concerns', ['concern', 'whistleblow', 'speak up', 'reporting'], 'How anyone can raise a concern about an AI system (control A.3.3).'),
    ],
  },
  {
    id: 'risk-assessment-process',
    name: 'AI risk assessment process',
    clauses: ['6.1.1', '6.1.2'],
    controls: [],
    titlePattern: '\\brisk (assessment |management )?(process|procedure|methodology|method|framework)\\b|\\b(ai|aims) risk (assessment |management )?(policy|system)\\b|\\brisk management system\\b',
    fields: [],
    sections: [
      item('criteria', 'Risk criteria and acceptance', ['risk criteria', 'acceptance', 'acceptab', 'accept', 'appetite', 'criteria', 'threshold', 'tolerance'], 'The criteria for accepting risks and for deciding which need treatment.'),
      // "## Risk identification", "## Analysis and evaluation": the method, step by step.
      { ...item('method', 'Method', ['method', 'approach', 'process', 'procedure'], 'How risks are identified, analysed and evaluated, step by step.'), metBy: ['identification', 'evaluation'] },
      item('likelihood', 'Likelihood scale', ['likelihood', 'probability'], 'The likelihood scale with a meaning for each value.'),
      item('impact', 'Impact scale', ['impact', 'consequence', 'severity'], 'The impact scale, covering harm to individuals and society as well as to the organisation.'),
      item('identification', 'Risk identification', ['identif', 'risk source', 'source', 'find risks', 'finding risks', 'spot risks'], 'Where risks come from (Annex C risk sources) and how they are found.'),
      item('evaluation', 'Analysis and evaluation', ['analys', 'evaluat', 'rating', 'matrix', 'scor', 'level', 'acceptab', 'risikowert', 'bewertung', 'stufe', 'akzeptanz', 'niveau', 'nivel'], 'How likelihood and impact combine into a level, and what each level requires.'),
      item('responsibilities', 'Responsibilities', ['responsib', 'role', 'owner'], 'Who runs assessments and who owns each risk.'),
      item('frequency', 'Frequency and triggers', ['frequen', 'interval', 'trigger', 'review', 'schedule', 'annually', 'quarterly', 'every year', 'each year', 'once a year', 'significant change', 'before deployment'], 'When assessments are repeated (planned intervals, significant change).'),
    ],
  },
  {
    id: 'risk-register',
    record: true,
    name: 'AI risk register',
    clauses: ['6.1.2', '8.2'],
    controls: [],
    // "Loan Underwriting AI — Risk Assessment": one system's assessed risks, the title's own part
    // ("AI Risk Assessment" alone may name the process, or a record of another shape).
    // Also as registers kept in German, French, Spanish, Italian, Portuguese and Dutch are titled ("KI-Risikoregister", "Registro dei rischi IA").
    titlePattern: `\\brisk (register|catalog(ue)?|log|inventory)\\b|^risk assessment( results| report)?$|risikoregister\\b|\\bregistre des risques${OF_AI}$|\\bregistro de (riesgos|riscos)${OF_AI}$|\\bregisto de riscos${OF_AI}$|\\bregistro dei rischi${OF_AI}$|\\brisicoregister\\b`,
    fields: [],
    sections: [],
    entries: {
      entity: 'risks',
      yamlKey: 'risks',
      requiredColumns: ['id', 'title', 'owner', 'likelihood', 'impact', 'treatment', 'status'],
    },
  },
  {
    id: 'risk-treatment-plan',
    name: 'AI risk treatment plan',
    clauses: ['6.1.3', '8.3'],
    controls: [],
    titlePattern: '\\b(risk )?treatment plan\\b|\\brisk treatment\\b',
    fields: [],
    sections: [
      item('options', 'Treatment options', ['treatment option', 'option', 'approach', 'strateg', 'choose a treatment', 'choosing a treatment', 'treatment choice'], 'The option chosen for each risk: modify, avoid, share or retain.'),
      item('actions', 'Planned actions', ['action', 'measure', 'activit', 'treatment plan', 'plan'], 'What will be done, with the Annex A (or other) controls it relies on.'),
      item('responsibilities', 'Responsibilities', ['responsib', 'owner', 'accountab'], 'Who carries out each action.'),
      item('timeline', 'Timeline', ['timeline', 'target date', 'due', 'schedule', 'timescale', 'deadline', 'milestone', '=by', 'when', 'by when'], 'When each action is due.'),
      item('residual', 'Residual risk', ['residual'], 'The level expected after treatment.'),
      item('approval', 'Approval by risk owners', ['approval', 'approved', 'sign off', 'signed off', 'acceptance', 'accepted'], 'The risk owners\' approval of the plan and acceptance of residual risk.', true),
    ],
  },
  {
    id: 'soa',
    name: 'Statement of applicability',
    clauses: ['6.1.3'],
    controls: [],
    // Also in German, French, Spanish, Italian, Portuguese and Dutch ("Erklärung zur Anwendbarkeit", "Déclaration d'applicabilité", its apostrophe written ".").
    titlePattern: '\\bstatement of applicability\\b|^soa\\b|\\bsoa$|\\banwendbarkeitserkl[äa]rung\\b|\\berkl[äa]rung (zur|über die) anwendbarkeit\\b|\\bd[ée]claration d.applicabilit[ée]|\\bdeclaraci[óo]n de aplicabilidad\\b|\\bdichiarazione di applicabilit[àa]|\\bdeclara[çc][ãa]o de aplicabilidade\\b|\\bverklaring van toepas(selijk|baar)heid\\b',
    fields: [],
    sections: [],
    entries: {
      entity: 'soa',
      yamlKey: 'controls',
      requiredColumns: ['control', 'applicable', 'justification', 'status'],
    },
  },
  {
    id: 'impact-assessment',
    record: true,
    name: 'AI system impact assessment',
    clauses: ['6.1.4', '8.4'],
    controls: ['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    evidences: ['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    // Another regime's assessment is not this one: a DPIA, a privacy impact assessment, a UK public body's equality impact assessment (EqIA).
    titlePattern: '(?<!(?:data protection|privacy|information protection|equality|equalities) )\\bimpact assessment\\b|\\bai ?sia\\b|\\baiia\\b',
    fields: ['systems'],
    sections: [
      item('system', 'System description', ['system description', 'description', 'overview', 'about the system', 'system'], 'What the AI system is and how it works, in plain terms.'),
      item('intended-use', 'Intended use', ['intended use', 'intended purpose', 'use case', 'purpose', 'who uses', 'what it is for', 'used for'], 'What the system is for, and for whom.'),
      item('affected', 'Affected individuals and groups', ['affected', 'stakeholder', 'individual', 'group', 'impacted', 'user'], 'Who is affected directly or indirectly, including vulnerable groups.'),
      item('impacts', 'Impacts on individuals', ['impacts on individual', 'individual impact', 'potential impact', 'impact', 'harm', 'benefit'], 'Foreseeable benefits and harms to individuals or groups (control A.5.4).'),
      item('societal', 'Societal impacts', ['societ', 'environment', 'community', 'public', 'wider effect', 'wider impact', 'broader effect', 'broader impact'], 'Wider effects on society and the environment (control A.5.5).'),
      item('misuse', 'Foreseeable misuse', ['misuse', 'foreseeable', 'abuse', 'failure'], 'How the system could be misused or fail, and what follows.'),
      item('mitigations', 'Mitigations', ['mitigat', 'measure', 'control', 'safeguard'], 'What reduces each impact, and who owns it.'),
      item('results', 'Results and decision', ['result', 'conclusion', 'decision', 'outcome', 'sign off', 'approval', 'recommendation'], 'The conclusion, the decision taken and who took it.', true),
    ],
  },
  {
    id: 'objectives',
    name: 'AI objectives',
    clauses: ['6.2'],
    controls: ['A.6.1.2', 'A.9.3'],
    titlePattern: '\\b(ai |aims )?objectives\\b',
    fields: [],
    sections: [
      item('objectives', 'Objectives', ['objective', 'goal'], 'Each AI objective, consistent with the AI policy.'),
      item('measures', 'Measures and targets', ['measur', 'target', 'kpi', 'metric', 'indicator'], 'How achievement is measured, with a target for each objective.'),
      item('owners', 'Responsibilities', ['owner', 'responsib', 'accountab'], 'Who is responsible for each objective.'),
      item('resources', 'Resources', ['resource', 'budget'], 'What each objective needs.'),
      item('timeline', 'Timeline', ['timeline', 'due', 'deadline', 'when', 'target date', 'schedule', 'by when', 'by date', 'complete by', 'achieve by', '=by', 'deliver by'], 'When each objective is to be achieved.'),
      item('evaluation', 'Evaluation of results', ['evaluat', 'progress', 'status', 'monitor', 'review', 'evaluated', 'evaluation'], 'How and when results are evaluated.'),
    ],
  },
  {
    id: 'competence',
    record: true,
    name: 'Competence record',
    clauses: ['7.2'],
    controls: ['A.4.6'],
    evidences: ['A.4.6'],
    titlePattern: '\\bcompetenc(e|y|ies)( and (awareness|training))?|\\btraining (plan|record|matrix)\\b',
    fields: [],
    sections: [
      // Also in German, French and Spanish (the languages documentLanguage tells), as a register's columns name them.
      item('requirements', 'Required competence', ['required competence', 'competence requirement', 'competenc', 'skill', 'role', 'kompetenz', 'anforderung', 'rolle', 'competencia'], 'The competence each AIMS role needs.'),
      item('training', 'Training and development', ['training', 'education', 'development', 'course', 'schulung', 'weiterbildung', 'formation', 'formacion', 'capacitacion'], 'How people acquire the competence.'),
      item('evidence', 'Evidence of competence', ['evidence', 'record', 'certificat', 'qualification', 'nachweis', 'zertifikat', 'preuve', 'evidencia'], 'Where the evidence of competence is kept.'),
      item('effectiveness', 'Effectiveness of actions', ['effectiveness', 'evaluat', 'assessment', 'did it work', 'wirksamkeit', 'efficacite', 'eficacia'], 'How the effectiveness of training is checked.'),
    ],
  },
  {
    id: 'communication',
    name: 'Communication plan',
    clauses: ['7.4'],
    controls: ['A.8.3', 'A.8.4', 'A.8.5'],
    titlePattern: '\\bcommunication( and awareness)?( plan)?\\b',
    fields: [],
    sections: [
      item('what', 'What is communicated', ['what', 'topic', 'content', 'message', 'subject'], 'The topics communicated about the AIMS.'),
      item('when', 'When', ['when', 'frequen', 'timing', 'schedule'], 'When or how often each communication happens.'),
      item('audience', 'With whom', ['audience', 'whom', 'recipient', 'interested part', 'stakeholder'], 'Who receives each communication, inside and outside.'),
      item('channel', 'How', ['how', 'channel', 'method', 'medium', 'format'], 'The channel used for each communication.'),
      item('responsible', 'Who communicates', ['who', 'responsib', 'owner', 'sender'], 'Who is responsible for each communication.'),
    ],
  },
  {
    id: 'monitoring-report',
    record: true,
    name: 'Monitoring report',
    clauses: ['9.1'],
    controls: ['A.6.2.6'],
    evidences: ['A.6.2.6'],
    titlePattern: '\\b(performance )?monitoring( and measurement)? (report|results)\\b|\\bpost[- ]market surveillance (report|results)\\b',
    fields: [],
    sections: [
      item('what', 'What is monitored', ['monitor', 'metric', 'measur', 'kpi', 'indicator'], 'What is monitored and measured.'),
      item('methods', 'Methods', ['method', 'approach', 'how'], 'The methods that make results valid and comparable.'),
      item('results', 'Results', ['result', 'finding', 'measurement', 'data'], 'The measured results for the period.'),
      item('evaluation', 'Analysis and evaluation', ['analys', 'evaluat', 'trend', 'conclusion'], 'What the results mean for the AIMS and the AI systems.'),
      item('period', 'Period', ['period', 'date', 'frequen', 'when', 'reporting'], 'The period covered and when monitoring happens.'),
    ],
  },
  {
    id: 'audit-report',
    record: true,
    name: 'Internal audit report',
    clauses: ['9.2', '9.2.1', '9.2.2'],
    controls: [],
    // Also in German, French, Spanish, Italian, Portuguese and Dutch ("Interner Auditbericht", "Rapport d'audit interne").
    titlePattern: '\\b(internal )?audit (report|results|findings)\\b|\\binternal audit$|\\b(interner )?auditbericht\\b|\\brapport d.audit( interne)?\\b|\\binforme de auditor[íi]a( interna)?\\b|\\brapporto di audit( interno)?\\b|\\brelat[óo]rio de auditoria( interna)?\\b|\\b(intern )?auditrapport\\b',
    // A certification body's, a customer's or a supplier's audit is not the organisation's internal audit (9.2).
    titleNotPattern: '\\b(stage ?(1|2|one|two|i|ii)|certification|recertification|surveillance|external|third[- ]party|supplier|vendor|customer)\\b',
    fields: [],
    sections: [
      item('scope', 'Audit scope', ['scope'], 'What the audit covered.'),
      item('criteria', 'Audit criteria', ['criteria', 'standard', 'requirement'], 'What the audit checked against.'),
      item('team', 'Audit team', ['auditor', 'audit team', 'team', 'independen'], 'Who audited, and their independence from the audited area.'),
      item('findings', 'Findings', ['finding', 'nonconformit', 'observation', 'result'], 'Nonconformities, observations and opportunities found.'),
      item('conclusion', 'Conclusion', ['conclusion', 'summary', 'opinion', 'overall'], 'The overall conclusion on the AIMS.'),
      // Not "management" or "report" alone: "AI management system" in a heading, or a
      // "Report date:" line, says nothing of who received the report.
      item('reporting', 'Reported to', ['reported to', 'reporting to', 'report to', 'report distribution', 'distribution', 'top management', 'management review', 'recipient', 'presented to', 'submitted to', 'circulat', 'addressee'], 'Which management received the results.'),
    ],
  },
  {
    id: 'management-review',
    record: true,
    name: 'Management review',
    clauses: ['9.3', '9.3.1', '9.3.2', '9.3.3'],
    controls: ['A.2.4'],
    // Also in German, French, Spanish, Italian, Portuguese and Dutch ("Managementbewertung", "Revue de direction").
    titlePattern: '\\bmanagement review\\b|\\b(managementbewertung|management-review|revue de direction|revisi[óo]n por la direcci[óo]n|riesame della direzione|an[áa]lise cr[íi]tica pela dire[çc][ãa]o|directiebeoordeling)( (du |de la |del |des |do |da |dell.)?(smia|sgia|kims|sgsi|aims|ia|ki))?(?= |$)',
    fields: [],
    sections: [
      item('attendees', 'Attendees', ['attendee', 'participant', 'present', 'attendance'], 'Who took part, including top management.'),
      item('previous-actions', 'Status of previous actions', ['previous', 'status of action', 'action items', 'follow up', 'prior', 'last review', 'earlier review'], 'Progress on actions from earlier reviews.'),
      item('changes', 'Changes in issues and needs', ['change', 'issue', 'context', 'interested part'], 'Changes in internal and external issues and in interested parties\' needs.'),
      item('performance', 'AIMS performance', ['performance', 'nonconformit', 'monitoring', 'audit', 'objective'], 'Trends in nonconformities, monitoring results, audit results and objectives.'),
      item('opportunities', 'Opportunities for improvement', ['opportunit', 'improvement'], 'Where the AIMS can improve.'),
      item('decisions', 'Decisions and actions', ['decision', 'output', 'outcome', 'action', 'result'], 'Decisions on improvement and any need for change.'),
    ],
  },
  {
    id: 'nonconformity-log',
    record: true,
    name: 'Nonconformity and corrective action log',
    clauses: ['10.2'],
    controls: [],
    titlePattern: '\\bpoa&?m\\b|\\bnon-?conformit|\\bncr\\b|\\bcapa\\b|\\bcorrective action|\\b(ai )?incident (log|register|record)( entry)?',
    fields: [],
    sections: [
      // Also in German, French and Spanish, as a log's columns name them ("Ursache", "Korrekturmaßnahme").
      item('description', 'Nonconformity', ['nonconformit', 'description', 'finding', 'issue', 'beschreibung', 'abweichung', 'feststellung', 'non conformit', 'no conformidad', 'descripcion', 'constat', 'hallazgo'], 'What went wrong and where it was found.'),
      item('cause', 'Root cause', ['root cause', 'cause', 'ursache', 'causa'], 'Why it happened.'),
      item('action', 'Corrective action', ['corrective action', 'correction', 'action', 'korrektur', 'massnahme', 'maßnahme', 'mesure', 'accion'], 'The correction and the action that stops it recurring.'),
      item('owner', 'Owner', ['owner', 'responsib', 'assigned', 'verantwortlich', 'zustandig', 'responsable'], 'Who is responsible.'),
      item('effectiveness', 'Effectiveness review', ['effectiveness', 'verif', 'closure', 'closed', 'result', 'wirksamkeit', 'efficacite', 'eficacia'], 'How the action was checked to work.'),
    ],
  },
  {
    id: 'improvement',
    name: 'Continual improvement log',
    clauses: ['10.1'],
    controls: [],
    titlePattern: '\\b(continual|continuous) improvement( log| register| plan| record(s)?)?$|\\bimprovement (log|register)$',
    fields: [],
    sections: [
      item('opportunity', 'Improvement opportunity', ['opportunit', 'improvement', 'description', 'finding', 'amelioration', 'verbesserung', 'mejora'], 'What could be better, and where the idea came from.'),
      item('action', 'Action', ['action', 'measure', 'massnahme', 'accion'], 'What will be done about it.'),
      item('owner', 'Owner', ['owner', 'responsib', 'assigned', 'lead'], 'Who is responsible for the action.'),
      item('status', 'Status', ['status', 'progress', 'closed', 'completed', 'due', 'target date'], 'Where the action stands.'),
    ],
  },
  {
    id: 'ai-system',
    record: true,
    name: 'AI system record',
    clauses: ['8.1'],
    controls: ['A.4.2', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8', 'A.7.2', 'A.7.4', 'A.7.5', 'A.8.2', 'A.9.4'],
    // A title that is just "AI System" (AISystem-001.yaml) names a record of one; "AI System Inventory" does not.
    titlePattern: '\\b(model|system) card\\b|\\bai system (record|description|profile|documentation)\\b|^ai system$',
    fields: [],
    sections: [
      item('purpose', 'Purpose', ['purpose', 'description', 'overview', 'summary', 'model details'], 'What the system does and why it exists.'),
      item('intended-use', 'Intended use', ['intended use', 'intended purpose', 'use case', 'users', 'out of scope use'], 'Who uses it, for what, and uses it is not meant for (control A.9.4).'),
      item('data', 'Data', ['data', 'dataset', 'training'], 'Data sources, provenance, quality and preparation (controls A.7.2-A.7.6).'),
      item('verification', 'Verification and validation', ['verification', 'validation', 'testing', 'test', 'evaluation', 'metric'], 'How the system was tested and against which criteria (control A.6.2.4).'),
      item('deployment', 'Deployment', ['deploy', 'release', 'rollout'], 'How and where it is deployed (control A.6.2.5).'),
      item('monitoring', 'Monitoring', ['monitor', 'operation', 'observab'], 'How it is watched in operation (control A.6.2.6).'),
      item('event-logs', 'Event logs', ['log', 'event', 'record keeping', 'audit trail'], 'Which events are logged and kept (control A.6.2.8).'),
    ],
  },
  // Model and dataset cards (the Hugging Face convention: a README.md whose front matter holds
  // license, datasets, base_model, model-index ...; parse/cards.ts) read as AI system records.
  // Known by those keys or a declaration: a title that says "model card" alone stays an AI
  // system record (that kind comes first), as such documents in the wild are written.
  // the parts a 42001 reviewer needs, each with the controls it evidences. Our words throughout.
  {
    id: 'model-card',
    record: true,
    name: 'Model card',
    clauses: [],
    controls: ['A.6.2.7', 'A.8.2', 'A.9.4', 'A.7.5', 'A.7.6', 'A.6.2.4', 'A.5.4'],
    evidences: ['A.6.2.7'],
    titlePattern: '\\bmodel card\\b',
    fields: [],
    sections: [
      item('intended-use', 'Intended use', ['intended use', 'direct use', 'downstream use', 'intended purpose', 'use cases', 'uses'], 'What the model is for and who is meant to use it (controls A.9.4, A.8.2).', false, ['A.9.4', 'A.8.2']),
      item('out-of-scope', 'Out-of-scope use', ['out of scope', 'misuse', 'not intended', 'prohibited use', 'unsupported use'], 'Uses the model must not be put to, and why (control A.9.4).', false, ['A.9.4']),
      item('limitations', 'Limitations', ['limitation', 'known issues', 'caveats'], 'Where the model fails or is unreliable (control A.8.2).', false, ['A.8.2']),
      item('bias-risks', 'Bias and risks', ['bias', 'risks', 'fairness', 'ethical considerations', 'harms'], 'Who could be harmed and how, and what was done about it (control A.5.4).', false, ['A.5.4']),
      item('training-data', 'Training data', ['training data', 'training details', 'training dataset', 'training procedure', 'data'], 'Which data the model was trained on, where it came from and how it was prepared (controls A.7.5, A.7.6).', false, ['A.7.5', 'A.7.6']),
      item('evaluation', 'Evaluation', ['evaluation', 'results', 'metrics', 'benchmark', 'testing data'], 'How the model was evaluated: data, metrics and results (control A.6.2.4).', false, ['A.6.2.4']),
    ],
  },
  {
    id: 'dataset-card',
    record: true,
    name: 'Dataset card',
    clauses: [],
    controls: ['A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
    evidences: ['A.7.5'],
    titlePattern: '\\bdataset card\\b',
    fields: [],
    sections: [
      item('description', 'Dataset description', ['dataset description', 'dataset summary', 'description', 'summary', 'overview'], 'What the data is and what it was collected for (control A.7.2).', false, ['A.7.2']),
      item('uses', 'Uses', ['uses', 'intended use', 'direct use', 'out of scope'], 'What the data may and may not be used for (control A.7.2).', false, ['A.7.2']),
      item('source-data', 'Source data', ['source data', 'data collection', 'provenance', 'curation', 'acquisition'], 'Where the data comes from and on what terms (controls A.7.3, A.7.5).', false, ['A.7.3', 'A.7.5']),
      item('processing', 'Processing', ['processing', 'preprocessing', 'annotation', 'cleaning', 'preparation', 'filtering'], 'How the data was cleaned, labelled and transformed (control A.7.6).', false, ['A.7.6']),
      item('bias-risks', 'Bias, risks and limitations', ['bias', 'risk', 'limitation', 'personal and sensitive', 'quality'], 'What the data over- or under-represents, personal data in it, and its quality limits (control A.7.4).', false, ['A.7.4']),
    ],
  },
];

const BY_ID = new Map(KINDS.map((k) => [k.id, k]));

export function getKind(id: string): KindSpec | undefined {
  return BY_ID.get(id as KindId);
}

export const KIND_IDS: readonly KindId[] = KINDS.map((k) => k.id);

/** "AI policy" stays, "Statement of applicability" -> "statement of applicability" (for use mid-sentence). */
export function kindNoun(kind: KindSpec): string {
  return /^[A-Z]{2}/.test(kind.name) ? kind.name : kind.name[0]!.toLowerCase() + kind.name.slice(1);
}

/** "an AI policy", "a statement of applicability". */
export function kindWithArticle(kind: KindSpec): string {
  const n = kindNoun(kind);
  // A plural name ("AI objectives") takes no article.
  if (/[^s]s$/.test(n) && !/(?:process|analysis|status)$/i.test(n)) return n;
  return (/^[aeiou]/i.test(n) ? 'an ' : 'a ') + n;
}
