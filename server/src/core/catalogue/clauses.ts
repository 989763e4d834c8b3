/**
 * Clauses 4-10 of ISO/IEC 42001:2023 and the documented information the main
 * body asks for. Clause numbers and titles are facts of the standard; every
 * summary and "what" string is our own plain-English paraphrase, not the
 * standard's wording.
 */
import type { ClauseInfo, DocumentedInfoRequirement } from './types.js';

export const CLAUSES: readonly ClauseInfo[] = [
  {
    id: '4',
    title: 'Context of the organization',
    summary:
      'Work out the setting the AI management system operates in: internal and external issues, who has a stake in it, and what it covers.',
  },
  {
    id: '4.1',
    title: 'Understanding the organization and its context',
    parent: '4',
    summary:
      'Identify the internal and external factors that affect your AI work, including your role (developer, provider, user and so on) and the intended purpose of your AI systems.',
  },
  {
    id: '4.2',
    title: 'Understanding the needs and expectations of interested parties',
    parent: '4',
    summary:
      'List the people and bodies with a stake in the AI management system, what they need from it, and which of those needs you will address.',
  },
  {
    id: '4.3',
    title: 'Determining the scope of the AI management system',
    parent: '4',
    summary:
      'Decide and write down the boundaries of the AI management system: which organisational units, AI systems, activities and locations it covers.',
  },
  {
    id: '4.4',
    title: 'AI management system',
    parent: '4',
    summary:
      'Set up, run, maintain and keep improving the AI management system, including the processes it needs and how they interact.',
  },
  {
    id: '5',
    title: 'Leadership',
    summary: 'Top management must visibly own the AI management system, set its policy and assign responsibilities.',
  },
  {
    id: '5.1',
    title: 'Leadership and commitment',
    parent: '5',
    summary:
      'Senior leaders show active support: they align the AI policy and objectives with strategy, provide resources, and make sure the system achieves its intended results.',
  },
  {
    id: '5.2',
    title: 'AI policy',
    parent: '5',
    summary:
      'Top management sets an AI policy that fits the organisation\'s purpose, frames its AI objectives, commits to meeting requirements and to improvement, and is shared with staff and, where suitable, outsiders.',
  },
  {
    id: '5.3',
    title: 'Roles, responsibilities and authorities',
    parent: '5',
    summary:
      'Assign and communicate who is responsible and accountable for the AI management system and for reporting on how it performs.',
  },
  {
    id: '6',
    title: 'Planning',
    summary: 'Plan how to handle AI risks and opportunities, set AI objectives, and manage changes to the system in an orderly way.',
  },
  {
    id: '6.1',
    title: 'Actions to address risks and opportunities',
    parent: '6',
    summary:
      'Plan actions that deal with the risks and opportunities arising from your context and stakeholders, covering AI risk assessment, risk treatment and impact assessment.',
  },
  {
    id: '6.1.1',
    title: 'General',
    parent: '6.1',
    summary:
      'Identify the risks and opportunities the system must handle, define what counts as acceptable versus unacceptable AI risk, and plan how to act on them and check that the actions work.',
  },
  {
    id: '6.1.2',
    title: 'AI risk assessment',
    parent: '6.1',
    summary:
      'Define a repeatable way to identify, analyse and evaluate AI risks, using the organisation\'s risk criteria and taking account of impacts on people and society.',
  },
  {
    id: '6.1.3',
    title: 'AI risk treatment',
    parent: '6.1',
    summary:
      'Define how AI risks are treated: choose treatment options, pick the controls needed (checking them against Annex A), produce a statement of applicability, and prepare a treatment plan approved by the risk owners.',
  },
  {
    id: '6.1.4',
    title: 'AI system impact assessment',
    parent: '6.1',
    summary:
      'Define a process for assessing the possible consequences of AI systems for individuals, groups and society, and record the results.',
  },
  {
    id: '6.2',
    title: 'AI objectives and planning to achieve them',
    parent: '6',
    summary:
      'Set measurable AI objectives consistent with the policy, and plan what will be done, by whom, with what resources, by when and how results are judged.',
  },
  {
    id: '6.3',
    title: 'Planning of changes',
    parent: '6',
    summary: 'When the AI management system needs to change, make the change in a planned and controlled way.',
  },
  {
    id: '7',
    title: 'Support',
    summary:
      'Provide the resources, skills, awareness, communication and document control that the AI management system depends on.',
  },
  {
    id: '7.1',
    title: 'Resources',
    parent: '7',
    summary: 'Work out and supply the people, budget and other resources the AI management system needs.',
  },
  {
    id: '7.2',
    title: 'Competence',
    parent: '7',
    summary:
      'Decide what skills people doing AI-related work need, make sure they have them through education, training or experience, and keep proof of it.',
  },
  {
    id: '7.3',
    title: 'Awareness',
    parent: '7',
    summary:
      'Make sure staff know the AI policy, how their work contributes to the system, and what happens if they do not follow its requirements.',
  },
  {
    id: '7.4',
    title: 'Communication',
    parent: '7',
    summary:
      'Decide what to communicate about the AI management system, when, to whom and how, both inside and outside the organisation.',
  },
  {
    id: '7.5',
    title: 'Documented information',
    parent: '7',
    summary:
      'Keep the documents and records the system needs, and manage how they are created, updated and controlled.',
  },
  {
    id: '7.5.1',
    title: 'General',
    parent: '7.5',
    summary:
      'The system must include the documents the standard asks for plus any others the organisation decides are needed for it to work well.',
  },
  {
    id: '7.5.2',
    title: 'Creating and updating documented information',
    parent: '7.5',
    summary:
      'Give documents proper identification (title, date, author or reference), a suitable format and medium, and a review and approval step.',
  },
  {
    id: '7.5.3',
    title: 'Control of documented information',
    parent: '7.5',
    summary:
      'Keep documents available where needed and protected, and manage their distribution, access, storage, versions, retention and disposal, including documents from outside sources.',
  },
  {
    id: '8',
    title: 'Operation',
    summary:
      'Run the planned processes day to day, and carry out risk assessment, risk treatment and impact assessment as the system operates.',
  },
  {
    id: '8.1',
    title: 'Operational planning and control',
    parent: '8',
    summary:
      'Plan, carry out and control the processes needed to meet requirements, set criteria for them, control planned changes and outsourced processes, and keep enough records to show things went as planned.',
  },
  {
    id: '8.2',
    title: 'AI risk assessment',
    parent: '8',
    summary:
      'Run the AI risk assessment at planned intervals and whenever significant changes are proposed or happen, and keep the results.',
  },
  {
    id: '8.3',
    title: 'AI risk treatment',
    parent: '8',
    summary:
      'Carry out the risk treatment plan, check that treatments are effective, and keep records of the outcomes.',
  },
  {
    id: '8.4',
    title: 'AI system impact assessment',
    parent: '8',
    summary:
      'Perform AI system impact assessments at planned intervals or when significant changes occur, and keep the results.',
  },
  {
    id: '9',
    title: 'Performance evaluation',
    summary:
      'Check how well the AI management system works through monitoring, internal audits and management reviews.',
  },
  {
    id: '9.1',
    title: 'Monitoring, measurement, analysis and evaluation',
    parent: '9',
    summary:
      'Decide what to monitor and measure, how and when, who analyses the results, and evaluate the performance and effectiveness of the system.',
  },
  {
    id: '9.2',
    title: 'Internal audit',
    parent: '9',
    summary:
      'Audit the AI management system at planned intervals to check it meets the organisation\'s own rules and the standard, and is working effectively.',
  },
  {
    id: '9.2.1',
    title: 'General',
    parent: '9.2',
    summary:
      'Internal audits confirm whether the system conforms to your own requirements and the standard, and whether it is effectively implemented and maintained.',
  },
  {
    id: '9.2.2',
    title: 'Internal audit programme',
    parent: '9.2',
    summary:
      'Plan and run an audit programme with defined frequency, methods, responsibilities and reporting; choose objective auditors, define criteria and scope for each audit, and report results to management.',
  },
  {
    id: '9.3',
    title: 'Management review',
    parent: '9',
    summary:
      'Top management periodically reviews the AI management system to confirm it remains suitable, adequate and effective.',
  },
  {
    id: '9.3.1',
    title: 'General',
    parent: '9.3',
    summary: 'Top management reviews the AI management system at planned intervals.',
  },
  {
    id: '9.3.2',
    title: 'Management review inputs',
    parent: '9.3',
    summary:
      'The review considers earlier actions, changes in context and stakeholder needs, performance trends (nonconformities, monitoring, audits), and opportunities for improvement.',
  },
  {
    id: '9.3.3',
    title: 'Management review results',
    parent: '9.3',
    summary:
      'The review ends in decisions on improvement opportunities and any needed changes to the system, and the results are kept as evidence.',
  },
  {
    id: '10',
    title: 'Improvement',
    summary: 'Keep making the AI management system better and deal properly with anything that goes wrong.',
  },
  {
    id: '10.1',
    title: 'Continual improvement',
    parent: '10',
    summary: 'Keep improving how suitable, adequate and effective the AI management system is.',
  },
  {
    id: '10.2',
    title: 'Nonconformity and corrective action',
    parent: '10',
    summary:
      'When a requirement is not met, contain and correct it, find the root cause, take action so it does not happen again, check the action worked, and record what happened and what was done.',
  },
];

/**
 * Documented information the main body asks for (one entry per row of the
 * reference table; 7.5.1 b, which is structural, is left out).
 */
export const DOCUMENTED_INFORMATION: readonly DocumentedInfoRequirement[] = [
  {
    id: '4.3-scope',
    clause: '4.3',
    what: 'scope of the AI management system',
    form: 'maintain',
    kinds: ['scope'],
  },
  {
    id: '5.2-policy',
    clause: '5.2',
    what: 'AI policy',
    form: 'maintain',
    kinds: ['policy'],
  },
  {
    // Form is uncertain in the public sources (retain vs maintain); 'retain' chosen.
    id: '6.1.1-risks-opportunities',
    clause: '6.1.1',
    what: 'actions planned to address AI risks and opportunities',
    form: 'retain',
    kinds: ['risk-assessment-process', 'risk-register'],
  },
  {
    id: '6.1.2-risk-assessment-process',
    clause: '6.1.2',
    what: 'description of the AI risk assessment process',
    form: 'retain',
    kinds: ['risk-assessment-process'],
  },
  {
    id: '6.1.3-treatment-process',
    clause: '6.1.3',
    what: 'description of the AI risk treatment process',
    form: 'retain',
    kinds: ['risk-treatment-plan', 'risk-assessment-process'],
  },
  {
    id: '6.1.3-soa',
    clause: '6.1.3',
    what: 'statement of applicability listing needed controls, reasons for including or excluding each, and implementation status',
    form: 'maintain',
    kinds: ['soa'],
    kindOnly: true,
  },
  {
    id: '6.1.3-treatment-plan',
    clause: '6.1.3',
    what: 'AI risk treatment plan',
    form: 'maintain',
    kinds: ['risk-treatment-plan'],
  },
  {
    id: '6.1.4-impact-assessment',
    clause: '6.1.4',
    what: 'results of AI system impact assessments',
    form: 'retain',
    kinds: ['impact-assessment'],
  },
  {
    id: '6.2-objectives',
    clause: '6.2',
    what: 'AI objectives',
    form: 'retain',
    kinds: ['objectives'],
  },
  {
    id: '7.2-competence',
    clause: '7.2',
    what: 'evidence that people are competent',
    form: 'retain',
    kinds: ['competence'],
  },
  {
    id: '8.1-operations',
    clause: '8.1',
    what: 'records showing operational processes ran as planned',
    form: 'maintain',
    kinds: ['ai-system', 'monitoring-report'],
  },
  {
    id: '8.2-risk-assessment-results',
    clause: '8.2',
    what: 'results of AI risk assessments',
    form: 'retain',
    kinds: ['risk-register'],
  },
  {
    id: '8.3-risk-treatment-results',
    clause: '8.3',
    what: 'results of AI risk treatment',
    form: 'retain',
    kinds: ['risk-treatment-plan'],
  },
  {
    id: '8.4-impact-assessment-results',
    clause: '8.4',
    what: 'results of AI system impact assessments performed in operation',
    form: 'retain',
    kinds: ['impact-assessment'],
  },
  {
    id: '9.1-monitoring-results',
    clause: '9.1',
    what: 'results of monitoring, measurement, analysis and evaluation',
    form: 'retain',
    kinds: ['monitoring-report'],
  },
  {
    id: '9.2.2-audit',
    clause: '9.2.2',
    what: 'audit programme and audit results',
    form: 'retain',
    kinds: ['audit-report'],
  },
  {
    id: '9.3.3-management-review',
    clause: '9.3.3',
    what: 'results of management reviews',
    form: 'retain',
    kinds: ['management-review'],
  },
  {
    id: '10.2-nonconformity',
    clause: '10.2',
    what: 'nature of nonconformities, actions taken and results of corrective action',
    form: 'retain',
    kinds: ['nonconformity-log'],
  },
];
