/**
 * NIST AI Risk Management Framework 1.0 (NIST AI 100-1, January 2023): its 4 functions,
 * 19 categories and 72 subcategories. IDs are facts; every title here is a short
 * paraphrase in our own words (the official statements are full sentences).
 */
import type { FrameworkProvenance, RmfCategory, RmfFunction, RmfSubcategory } from './types.js';

export const NIST_AI_RMF_PROVENANCE: FrameworkProvenance = {
  framework: 'nist-ai-rmf',
  name: 'NIST AI Risk Management Framework 1.0',
  edition: 'NIST AI 100-1, January 2023',
  verified:
    'Every subcategory ID was checked against two public copies of the framework\'s structure: the AI RMF Playbook mirror ' +
    'bnodnarb/AIRMF (one page per subcategory, GOVERN 1.1 to MANAGE 4.3) and the NIST-hosted "NIST AI RMF to ISO/IEC FDIS 42001 ' +
    'Crosswalk" as transcribed by CloudSecurityAlliance-DataSets. Titles are ours, not NIST\'s wording.',
};

export const RMF_FUNCTIONS: readonly RmfFunction[] = [
  { id: 'GOVERN', abbr: 'GV', title: 'Govern', summary: 'Build the culture, policies, accountability and oversight that every other AI risk activity depends on.' },
  { id: 'MAP', abbr: 'MP', title: 'Map', summary: 'Understand the context of an AI system (purpose, users, settings, limits) and identify its risks and impacts there.' },
  { id: 'MEASURE', abbr: 'MS', title: 'Measure', summary: 'Test, evaluate and track the risks and trustworthiness of AI systems with suitable methods and metrics.' },
  { id: 'MANAGE', abbr: 'MG', title: 'Manage', summary: 'Prioritise and act on the risks found, including third-party ones, and respond to and learn from incidents.' },
];

/** [category ID, our short title]. */
const CATEGORIES: readonly (readonly [string, string])[] = [
  ['GOVERN 1', 'Policies and processes for AI risk are in place and applied'],
  ['GOVERN 2', 'Accountability: people are empowered, responsible and trained'],
  ['GOVERN 3', 'Diverse, inclusive and accessible teams inform risk decisions'],
  ['GOVERN 4', 'Teams are committed to a culture that considers and communicates AI risk'],
  ['GOVERN 5', 'Engagement with the AI actors and communities concerned'],
  ['GOVERN 6', 'Risks from third-party software, data and supply chains are addressed'],
  ['MAP 1', 'The context of use is established and understood'],
  ['MAP 2', 'The AI system is categorised'],
  ['MAP 3', 'Capabilities, intended use, goals, benefits and costs are understood'],
  ['MAP 4', 'Risks and benefits are mapped for every component, third-party ones included'],
  ['MAP 5', 'Impacts on people, groups, organisations and society are characterised'],
  ['MEASURE 1', 'Measurement methods and metrics are chosen and applied'],
  ['MEASURE 2', 'AI systems are evaluated for trustworthy characteristics'],
  ['MEASURE 3', 'Identified risks are tracked over time'],
  ['MEASURE 4', 'Feedback on how well measurement works is gathered and assessed'],
  ['MANAGE 1', 'Mapped and measured risks are prioritised and responded to'],
  ['MANAGE 2', 'Strategies to maximise benefits and minimise harms are planned and applied'],
  ['MANAGE 3', 'Risks and benefits from third parties are managed'],
  ['MANAGE 4', 'Treatments, responses, recovery and communication are documented and monitored'],
];

/** [subcategory ID, our short title]. */
const SUBCATEGORIES: readonly (readonly [string, string])[] = [
  ['GOVERN 1.1', 'Legal and regulatory requirements on AI are known and documented'],
  ['GOVERN 1.2', 'Trustworthy-AI characteristics are built into policies and practice'],
  ['GOVERN 1.3', 'The depth of risk management follows the organisation\'s risk tolerance'],
  ['GOVERN 1.4', 'The risk management process and its outcomes are set out transparently'],
  ['GOVERN 1.5', 'Monitoring and periodic review of risk management are planned, with owners'],
  ['GOVERN 1.6', 'AI systems are inventoried'],
  ['GOVERN 1.7', 'AI systems are decommissioned safely'],
  ['GOVERN 2.1', 'Roles, responsibilities and lines of communication for AI risk are documented'],
  ['GOVERN 2.2', 'Staff and partners are trained in AI risk management'],
  ['GOVERN 2.3', 'Executive leadership takes responsibility for AI risk decisions'],
  ['GOVERN 3.1', 'Diverse teams inform AI risk decisions across the life cycle'],
  ['GOVERN 3.2', 'Roles for human-AI configurations and human oversight are defined'],
  ['GOVERN 4.1', 'Design, development and deployment favour critical thinking and safety'],
  ['GOVERN 4.2', 'Teams document the risks and impacts of the AI they build and share them'],
  ['GOVERN 4.3', 'Testing, incident identification and information sharing are practised'],
  ['GOVERN 5.1', 'Feedback from outside the team on potential impacts is collected and used'],
  ['GOVERN 5.2', 'Adjudicated feedback from affected parties is fed back into the system'],
  ['GOVERN 6.1', 'Policies cover third-party AI risks, intellectual property included'],
  ['GOVERN 6.2', 'Contingencies exist for failures of high-risk third-party data or systems'],
  ['MAP 1.1', 'Intended purposes, expected uses, applicable laws and settings are documented'],
  ['MAP 1.2', 'Context is set by interdisciplinary and diverse actors'],
  ['MAP 1.3', 'The organisation\'s mission and goals for the AI are understood'],
  ['MAP 1.4', 'The business value or context of use is defined'],
  ['MAP 1.5', 'Organisational risk tolerances are determined and documented'],
  ['MAP 1.6', 'System requirements are elicited with their socio-technical implications'],
  ['MAP 2.1', 'The tasks and methods the AI system implements are defined'],
  ['MAP 2.2', 'The system\'s knowledge limits and how people use its outputs are documented'],
  ['MAP 2.3', 'Scientific integrity and test, evaluation, verification and validation are considered'],
  ['MAP 3.1', 'Potential benefits of the intended functionality are examined'],
  ['MAP 3.2', 'Potential costs of errors and harms, non-monetary ones included, are examined'],
  ['MAP 3.3', 'The targeted scope of application is specified'],
  ['MAP 3.4', 'How operators and practitioners become proficient is defined'],
  ['MAP 3.5', 'Human oversight processes are defined and documented'],
  ['MAP 4.1', 'Legal and technology risks of every component, third-party ones included, are mapped'],
  ['MAP 4.2', 'Internal risk controls for each component are identified'],
  ['MAP 5.1', 'The likelihood and size of each identified impact are documented'],
  ['MAP 5.2', 'Regular engagement with affected parties on impacts is practised'],
  ['MEASURE 1.1', 'Measurement approaches are chosen for the most significant risks'],
  ['MEASURE 1.2', 'Metrics and the effectiveness of controls are reassessed regularly'],
  ['MEASURE 1.3', 'Independent assessors and domain experts take part in assessments'],
  ['MEASURE 2.1', 'Test sets, metrics and tools used in evaluation are documented'],
  ['MEASURE 2.2', 'Evaluations involving people are representative and protect them'],
  ['MEASURE 2.3', 'Performance is measured in conditions like those of deployment'],
  ['MEASURE 2.4', 'The system\'s behaviour in production is monitored'],
  ['MEASURE 2.5', 'Validity and reliability are demonstrated, with limits of generalisation'],
  ['MEASURE 2.6', 'Safety risks are evaluated regularly'],
  ['MEASURE 2.7', 'Security and resilience are evaluated'],
  ['MEASURE 2.8', 'Transparency and accountability risks are examined'],
  ['MEASURE 2.9', 'The model is explained and validated, and its output interpreted in context'],
  ['MEASURE 2.10', 'Privacy risk is examined'],
  ['MEASURE 2.11', 'Fairness and bias are evaluated'],
  ['MEASURE 2.12', 'Environmental impact and sustainability are assessed'],
  ['MEASURE 2.13', 'The effectiveness of the evaluation metrics and processes is assessed'],
  ['MEASURE 3.1', 'Existing, unanticipated and emerging risks are tracked'],
  ['MEASURE 3.2', 'Risks that are hard to measure are tracked too'],
  ['MEASURE 3.3', 'End users and affected communities can report problems and appeal outcomes'],
  ['MEASURE 4.1', 'Measurement approaches are linked to the deployment context'],
  ['MEASURE 4.2', 'Trustworthiness results are checked with domain experts and the people concerned'],
  ['MEASURE 4.3', 'Gains and losses in performance are identified from feedback'],
  ['MANAGE 1.1', 'Whether the system meets its purpose, and should go ahead, is decided'],
  ['MANAGE 1.2', 'Treatment of documented risks is prioritised by impact and likelihood'],
  ['MANAGE 1.3', 'Responses to high-priority risks are developed, planned and documented'],
  ['MANAGE 1.4', 'Residual risks to acquirers and end users are documented'],
  ['MANAGE 2.1', 'Resources needed, and non-AI alternatives, are considered'],
  ['MANAGE 2.2', 'Mechanisms keep the value of deployed systems up'],
  ['MANAGE 2.3', 'Procedures respond to and recover from previously unknown risks'],
  ['MANAGE 2.4', 'Systems can be superseded, disengaged or deactivated when needed'],
  ['MANAGE 3.1', 'Third-party risks are monitored and risk controls applied'],
  ['MANAGE 3.2', 'Pre-trained models used in development are monitored'],
  ['MANAGE 4.1', 'Post-deployment monitoring plans are put into practice'],
  ['MANAGE 4.2', 'Continual improvement is built into system updates'],
  ['MANAGE 4.3', 'Incidents and errors are communicated to the people concerned and tracked'],
];

export const RMF_CATEGORIES: readonly RmfCategory[] = CATEGORIES.map(([id, title]) => ({ id, function: id.split(' ')[0]!, title }));

export const RMF_SUBCATEGORIES: readonly RmfSubcategory[] = SUBCATEGORIES.map(([id, title]) => ({ id, category: id.split('.')[0]!, title }));
