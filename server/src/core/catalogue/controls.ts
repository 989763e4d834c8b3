/**
 * Annex A of ISO/IEC 42001:2023: control groups (objectives) and the 38
 * reference controls. IDs and titles are facts of the standard; objectives,
 * guidance and evidence are our own practical paraphrases, not its wording.
 * Annex B gives the standard's implementation guidance under the same numbers.
 */
import type { ControlGroupInfo, ControlInfo } from './types.js';

export const CONTROL_GROUPS: readonly ControlGroupInfo[] = [
  {
    id: 'A.2',
    title: 'Policies related to AI',
    objectiveId: 'A.2.1',
    objective:
      'Management gives direction and backing for AI systems through policy, in line with what the business needs.',
  },
  {
    id: 'A.3',
    title: 'Internal organization',
    objectiveId: 'A.3.1',
    objective:
      'Clear accountability exists inside the organisation for implementing, running and managing AI systems responsibly.',
  },
  {
    id: 'A.4',
    title: 'Resources for AI systems',
    objectiveId: 'A.4.1',
    objective:
      'The organisation keeps track of the resources behind its AI systems (data, tools, computing, people) so their risks and impacts can be understood and handled.',
  },
  {
    id: 'A.5',
    title: 'Assessing impacts of AI systems',
    objectiveId: 'A.5.1',
    objective:
      'The organisation assesses how its AI systems could affect individuals, groups and society at each stage of their life cycle.',
  },
  {
    id: 'A.6',
    title: 'AI system life cycle',
    objective:
      'AI systems are designed, built, tested, deployed, operated and monitored under defined objectives, processes and criteria, from first idea to retirement.',
  },
  {
    id: 'A.6.1',
    title: 'Management guidance for AI system development',
    parent: 'A.6',
    objective:
      'The organisation sets and documents objectives for responsible AI development and puts processes in place to meet them in design and development.',
  },
  {
    id: 'A.6.2',
    title: 'AI system life cycle',
    parent: 'A.6',
    objective:
      'Criteria and requirements are defined for each life-cycle stage of an AI system, from requirements through deployment, operation and logging.',
  },
  {
    id: 'A.7',
    title: 'Data for AI systems',
    objectiveId: 'A.7.1',
    objective:
      'The organisation understands the part data plays in its AI systems, and the effects of that data, across the whole life cycle.',
  },
  {
    id: 'A.8',
    title: 'Information for interested parties of AI systems',
    objectiveId: 'A.8.1',
    objective:
      'People affected by or relying on AI systems get the information they need to understand and judge the risks and impacts.',
  },
  {
    id: 'A.9',
    title: 'Use of AI systems',
    objectiveId: 'A.9.1',
    objective: 'The organisation uses AI systems responsibly and in line with its own policies.',
  },
  {
    id: 'A.10',
    title: 'Third-party and customer relationships',
    objectiveId: 'A.10.1',
    objective:
      'When suppliers, partners or customers take part in an AI system\'s life cycle, responsibilities are clear and risks are shared out appropriately.',
  },
];

export const CONTROLS: readonly ControlInfo[] = [
  // A.2 Policies related to AI
  {
    id: 'A.2.2',
    title: 'AI policy',
    group: 'A.2',
    guidance:
      'Write a short, approved AI policy that states why the organisation uses or builds AI, the principles it follows and the commitments it makes. A good policy names its owner, points to the objectives and supporting procedures, and says how it is communicated. A common gap is a policy of values with no link to the risk process or to who enforces it.',
    evidence: ['approved AI policy', 'record of top management sign-off', 'evidence of communication to staff'],
    relatedClauses: ['5.2', '5.1'],
    kinds: ['policy'],
  },
  {
    id: 'A.2.3',
    title: 'Alignment with other organizational policies',
    group: 'A.2',
    guidance:
      'Check which existing policies touch AI (information security, privacy, quality, procurement, HR, ethics) and show how the AI policy fits with them. List the overlaps and any conflicts, and say which policy wins or how conflicts are resolved. Reviewers look for an explicit cross-reference, not just a statement that policies are "aligned".',
    evidence: ['policy cross-reference matrix', 'record of alignment review', 'updated related policies'],
    relatedClauses: ['5.2', '4.1'],
    kinds: ['policy'],
  },
  {
    id: 'A.2.4',
    title: 'Review of the AI policy',
    group: 'A.2',
    guidance:
      'State how often the AI policy is reviewed, who reviews it, and which events (new law, new AI system, major incident) trigger an early review. Keep a version history showing reviews actually took place. A frequent gap is a review date in the header with no record of what was checked or changed.',
    evidence: ['policy version history', 'review minutes or sign-off', 'defined review schedule and triggers'],
    relatedClauses: ['5.2', '9.3.2', '7.5.2'],
    kinds: ['policy', 'management-review'],
  },

  // A.3 Internal organization
  {
    id: 'A.3.2',
    title: 'AI roles and responsibilities',
    group: 'A.3',
    guidance:
      'Define who does what for AI across the organisation: system owners, risk owners, data stewards, human oversight, impact assessment and approval roles. A RACI or role table linked to named positions works well. Gaps usually appear around accountability for deployed systems and for decisions to accept residual risk.',
    evidence: ['role and responsibility matrix', 'job descriptions or appointment letters', 'organisation chart for AI governance'],
    relatedClauses: ['5.3', '7.2'],
    kinds: ['roles'],
  },
  {
    id: 'A.3.3',
    title: 'Reporting of concerns',
    group: 'A.3',
    guidance:
      'Provide a way for staff and others to raise concerns about AI systems, with options for confidentiality or anonymity and protection from retaliation. Say who receives reports, how quickly they are handled, and how outcomes are escalated. Reviewers check that the channel is known to people and that reports are actually logged and followed up.',
    evidence: ['concern reporting procedure', 'log of reported concerns and outcomes', 'awareness material describing the channel'],
    relatedClauses: ['5.3', '7.4', '10.2'],
    kinds: ['roles', 'communication', 'nonconformity-log'],
  },

  // A.4 Resources for AI systems
  {
    id: 'A.4.2',
    title: 'Resource documentation',
    group: 'A.4',
    guidance:
      'Keep an inventory of the resources each AI system relies on at each life-cycle stage: data, tools, models, infrastructure and people. Link each entry to the AI system record so it can feed the risk and impact assessments. A common gap is an inventory of systems that never lists what they depend on.',
    evidence: ['AI resource inventory', 'per-system dependency list', 'inventory update records'],
    relatedClauses: ['7.1', '8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.4.3',
    title: 'Data resources',
    group: 'A.4',
    guidance:
      'For each AI system, record the data it uses: sources, categories (including personal data), intended use, known quality limits, and retention. Note who is responsible for each dataset. Reviewers expect this to connect to the data controls in A.7 rather than repeating them.',
    evidence: ['dataset register', 'data source descriptions', 'data ownership assignments'],
    relatedClauses: ['7.1', '8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.4.4',
    title: 'Tooling resources',
    group: 'A.4',
    guidance:
      'List the tools used to build, train, test and run AI systems: frameworks, libraries, pre-trained models, MLOps platforms and evaluation tools, with versions where it matters. Show how new tools are approved. Gaps often include unrecorded open-source models or third-party APIs.',
    evidence: ['tooling inventory', 'approved tools list', 'software bill of materials'],
    relatedClauses: ['7.1', '8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.4.5',
    title: 'System and computing resources',
    group: 'A.4',
    guidance:
      'Record the computing and hosting resources each AI system needs (cloud services, hardware, storage, network), including where they run and who provides them. Note capacity limits and any environmental or cost considerations. Reviewers check that hosting arrangements match what the risk assessment assumed.',
    evidence: ['infrastructure description per AI system', 'hosting and capacity records', 'cloud service agreements'],
    relatedClauses: ['7.1', '8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.4.6',
    title: 'Human resources',
    group: 'A.4',
    guidance:
      'Identify the people and skills needed across the AI life cycle, such as data scientists, engineers, domain experts, reviewers and human overseers. Show that the right skills are available, or how gaps are filled. This often overlaps with competence records for clause 7.2, which can be referenced.',
    evidence: ['skills and staffing plan', 'competence records', 'training plans for AI roles'],
    relatedClauses: ['7.1', '7.2'],
    kinds: ['competence', 'roles', 'ai-system'],
  },

  // A.5 Assessing impacts of AI systems
  {
    id: 'A.5.2',
    title: 'AI system impact assessment process',
    group: 'A.5',
    guidance:
      'Describe a repeatable process for assessing AI system impacts: when it is triggered, who takes part, what is considered, how severity and likelihood are rated, and how results feed risk treatment. Cover the whole life cycle, including re-assessment after significant changes. A common gap is a template with no rules on when it must be used.',
    evidence: ['impact assessment procedure', 'assessment template', 'criteria for triggering reassessment'],
    relatedClauses: ['6.1.4', '8.4'],
    kinds: ['impact-assessment'],
  },
  {
    id: 'A.5.3',
    title: 'Documentation of AI system impact assessments',
    group: 'A.5',
    guidance:
      'Keep the results of each impact assessment, with the date, system version, assessors and decisions taken, for a defined retention period. Results should be findable per AI system and updated when the system changes. Reviewers check that old assessments are not silently overwritten.',
    evidence: ['completed impact assessments', 'retention rule for assessments', 'assessment history per AI system'],
    relatedClauses: ['6.1.4', '8.4', '7.5.3'],
    kinds: ['impact-assessment'],
  },
  {
    id: 'A.5.4',
    title: 'Assessing AI system impact on individuals or groups of individuals',
    group: 'A.5',
    guidance:
      'Assess how the system could affect specific people or groups, for example through unfair outcomes, loss of privacy, safety harm or restricted access to services. Name the affected groups, including vulnerable ones, and the safeguards planned. A common gap is assessing only the organisation\'s own risk rather than harm to the people affected.',
    evidence: ['impact assessment covering affected groups', 'fairness or bias analysis', 'list of safeguards for individuals'],
    relatedClauses: ['6.1.4', '8.4'],
    kinds: ['impact-assessment'],
  },
  {
    id: 'A.5.5',
    title: 'Assessing societal impacts of AI systems',
    group: 'A.5',
    guidance:
      'Consider wider effects beyond individual users, such as effects on the environment, employment, public trust, democratic processes or access to information. Scale the depth of analysis to the system\'s reach. Reviewers often find this section left blank or answered with "not applicable" without a reason.',
    evidence: ['societal impact section of the assessment', 'justification where impacts are judged minor', 'mitigation actions for societal effects'],
    relatedClauses: ['6.1.4', '8.4'],
    kinds: ['impact-assessment'],
  },

  // A.6.1 Management guidance for AI system development
  {
    id: 'A.6.1.2',
    title: 'Objectives for responsible development of AI system',
    group: 'A.6.1',
    guidance:
      'Set and write down objectives that guide responsible development, such as fairness targets, explainability expectations or security requirements, and build them into development practice. Link them to the AI objectives under clause 6.2 and make them measurable where possible. A common gap is objectives that never show up in requirements or test criteria.',
    evidence: ['documented development objectives', 'link from objectives to requirements', 'measures used to track them'],
    relatedClauses: ['6.2', '8.1'],
    kinds: ['objectives', 'ai-system'],
  },
  {
    id: 'A.6.1.3',
    title: 'Processes for responsible AI system design and development',
    group: 'A.6.1',
    guidance:
      'Define the development process for AI systems: life-cycle stages, review and approval gates, testing expectations, human oversight design, and when impact and risk assessments are done. Document it so teams follow the same path. Reviewers check that real projects pass the defined gates.',
    evidence: ['AI development procedure', 'stage-gate approval records', 'project checklists'],
    relatedClauses: ['8.1', '6.1.2'],
    kinds: ['ai-system', 'policy'],
  },

  // A.6.2 AI system life cycle
  {
    id: 'A.6.2.2',
    title: 'AI system requirements and specification',
    group: 'A.6.2',
    guidance:
      'Record the requirements for each new AI system or significant enhancement: purpose, intended users, functional and performance needs, and constraints from risk and impact assessments. Requirements should be traceable to later design and test work. Gaps often include missing non-functional needs such as robustness, fairness or logging.',
    evidence: ['requirements specification', 'traceability matrix', 'approved change requests for enhancements'],
    relatedClauses: ['8.1', '6.1.3'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.6.2.3',
    title: 'Documentation of AI system design and development',
    group: 'A.6.2',
    guidance:
      'Document the design choices made and why: model type, architecture, training approach, data used and how the design meets the stated objectives and requirements. Keep enough detail for someone else to review or reproduce the work. A common gap is design knowledge that lives only in notebooks or with one engineer.',
    evidence: ['design documents', 'model cards or equivalent', 'design review records'],
    relatedClauses: ['8.1', '7.5.2'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.6.2.4',
    title: 'AI system verification and validation',
    group: 'A.6.2',
    guidance:
      'Define how the system is tested before release: test methods, datasets, acceptance criteria and who signs off. Include checks for accuracy, robustness, fairness and security where relevant, and record the results. Reviewers look for criteria set before testing, not chosen after seeing the results.',
    evidence: ['verification and validation plan', 'test results against acceptance criteria', 'release sign-off'],
    relatedClauses: ['8.1', '9.1'],
    kinds: ['ai-system', 'monitoring-report'],
  },
  {
    id: 'A.6.2.5',
    title: 'AI system deployment',
    group: 'A.6.2',
    guidance:
      'Write a deployment plan covering the release approach, environment checks, rollback, user communication and the conditions that must be met before go-live. Note any differences between the test and production environments. A common gap is deployment by an engineer with no recorded approval.',
    evidence: ['deployment plan', 'go-live approval', 'rollback procedure'],
    relatedClauses: ['8.1', '6.3'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.6.2.6',
    title: 'AI system operation and monitoring',
    group: 'A.6.2',
    guidance:
      'Describe what is needed to run the system once live: performance and drift monitoring, error handling, updates, retraining, user support and who responds when something goes wrong. Set thresholds that trigger action. Reviewers check that monitoring results are actually looked at and acted on.',
    evidence: ['operations runbook', 'monitoring dashboards or reports', 'records of updates and retraining'],
    relatedClauses: ['8.1', '9.1'],
    kinds: ['ai-system', 'monitoring-report'],
  },
  {
    id: 'A.6.2.7',
    title: 'AI system technical documentation',
    group: 'A.6.2',
    guidance:
      'Decide what technical documentation each audience needs, for example users, operators, auditors or regulators, and provide it in a suitable form. Typical content covers capabilities, limitations, performance, data used and how to operate the system safely. A common gap is a single engineering document that serves no outside audience.',
    evidence: ['technical documentation per audience', 'documentation distribution list', 'version-controlled technical files'],
    relatedClauses: ['7.5', '8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.6.2.8',
    title: 'AI system recording of event logs',
    group: 'A.6.2',
    guidance:
      'Decide at which life-cycle stages the system keeps event logs, and make sure logging is on at least while the system is in use. State what is logged, how long logs are kept and who can access them. Reviewers check that logs are enough to trace a decision or investigate an incident.',
    evidence: ['logging specification', 'log retention settings', 'sample log extracts'],
    relatedClauses: ['8.1', '9.1'],
    kinds: ['ai-system'],
  },

  // A.7 Data for AI systems
  {
    id: 'A.7.2',
    title: 'Data for development and enhancement of AI system',
    group: 'A.7',
    guidance:
      'Define and apply data management processes for the data used to develop and improve AI systems, covering privacy, security, transparency and fitness for purpose. Show who approves the use of each dataset. A common gap is ad-hoc data handling in experiments that later becomes production training data.',
    evidence: ['data management procedure', 'dataset approval records', 'data protection assessment where personal data is used'],
    relatedClauses: ['8.1', '6.1.2'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.7.3',
    title: 'Acquisition of data',
    group: 'A.7',
    guidance:
      'Record where data comes from and on what terms: source, licence or legal basis, consent where needed, collection method and selection criteria. This is especially important for scraped, purchased or third-party data. Reviewers check that usage rights cover the intended AI use.',
    evidence: ['data acquisition records', 'data licences or agreements', 'legal basis assessment'],
    relatedClauses: ['8.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.7.4',
    title: 'Quality of data for AI systems',
    group: 'A.7',
    guidance:
      'Set data quality requirements for each use (completeness, accuracy, representativeness, timeliness, label quality) and check data against them. Note how bias in data is looked for and handled. A common gap is quality requirements that exist only for production data, not for training and test sets.',
    evidence: ['data quality requirements', 'data quality check results', 'bias and representativeness analysis'],
    relatedClauses: ['8.1', '9.1'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.7.5',
    title: 'Data provenance',
    group: 'A.7',
    guidance:
      'Have a process for recording where each dataset came from and what happened to it over time: origin, versions, transformations and who changed it. Provenance should let you answer which data a given model version was trained on. Gaps often show up when datasets are copied or merged without tracking.',
    evidence: ['provenance records or data lineage', 'dataset version history', 'link between model versions and datasets'],
    relatedClauses: ['8.1', '7.5.3'],
    kinds: ['ai-system'],
  },
  {
    id: 'A.7.6',
    title: 'Data preparation',
    group: 'A.7',
    guidance:
      'Define the criteria for choosing data preparation methods such as cleaning, labelling, normalisation, augmentation or anonymisation, and record the methods actually used. Explain how preparation could introduce or remove bias. Reviewers look for preparation steps that are repeatable rather than manual one-offs.',
    evidence: ['data preparation criteria', 'preparation pipeline description', 'labelling guidelines'],
    relatedClauses: ['8.1'],
    kinds: ['ai-system'],
  },

  // A.8 Information for interested parties of AI systems
  {
    id: 'A.8.2',
    title: 'System documentation and information for users',
    group: 'A.8',
    guidance:
      'Give users the information they need to use the system properly: what it does, that they are dealing with AI where relevant, its limits, how to interpret outputs and how to get help. Write it for the actual audience, not for engineers. A common gap is user information that omits known limitations.',
    evidence: ['user guide or notice', 'AI disclosure text', 'record of information provided to users'],
    relatedClauses: ['7.4', '8.1'],
    kinds: ['ai-system', 'communication'],
  },
  {
    id: 'A.8.3',
    title: 'External reporting',
    group: 'A.8',
    guidance:
      'Provide a way for people outside the organisation to report adverse effects or problems with an AI system, and say how those reports are handled. Make the channel easy to find. Reviewers check that external reports reach the right owner and feed into incident and improvement processes.',
    evidence: ['external reporting channel', 'handling procedure for reports', 'log of external reports'],
    relatedClauses: ['7.4', '10.2'],
    kinds: ['communication', 'nonconformity-log'],
  },
  {
    id: 'A.8.4',
    title: 'Communication of incidents',
    group: 'A.8',
    guidance:
      'Plan how AI incidents are communicated to users and other affected parties: what counts as an incident, who decides to notify, timelines, and any legal notification duties. Connect it to the general incident process. A common gap is an incident process built for IT outages that does not cover harmful AI outputs.',
    evidence: ['incident communication plan', 'incident register', 'notification templates'],
    relatedClauses: ['7.4', '10.2'],
    kinds: ['communication', 'nonconformity-log'],
  },
  {
    id: 'A.8.5',
    title: 'Information for interested parties',
    group: 'A.8',
    guidance:
      'Decide which information about AI systems is shared with interested parties such as regulators, customers or the public, and document what is reported and when. Include obligations that come from law or contracts. Reviewers look for a clear list of reporting commitments and proof they were met.',
    evidence: ['register of reporting obligations', 'published statements or reports', 'records of disclosures made'],
    relatedClauses: ['4.2', '7.4'],
    kinds: ['communication'],
  },

  // A.9 Use of AI systems
  {
    id: 'A.9.2',
    title: 'Processes for responsible use of AI systems',
    group: 'A.9',
    guidance:
      'Define and document how AI systems may be used in the organisation: approval before adoption, acceptable and prohibited uses, human review of outputs and how issues are raised. This applies to bought-in tools such as generative AI services as well as in-house systems. A common gap is staff using public AI tools outside any approved process.',
    evidence: ['acceptable use procedure', 'AI use approval records', 'register of approved AI tools'],
    relatedClauses: ['8.1', '5.2'],
    kinds: ['policy', 'ai-system'],
  },
  {
    id: 'A.9.3',
    title: 'Objectives for responsible use of AI system',
    group: 'A.9',
    guidance:
      'Set and write down objectives that guide how AI systems are used, for example levels of human oversight, accuracy expectations or limits on automated decisions. Make them measurable and link them to the AI objectives under clause 6.2. Reviewers check that the objectives are monitored in practice.',
    evidence: ['documented use objectives', 'measures and targets', 'monitoring results against objectives'],
    relatedClauses: ['6.2', '9.1'],
    kinds: ['objectives'],
  },
  {
    id: 'A.9.4',
    title: 'Intended use of the AI system',
    group: 'A.9',
    guidance:
      'State the intended purpose of each AI system and make sure it is used that way, in line with its documentation. Describe foreseeable misuse and how it is prevented or detected. A common gap is systems quietly extended to new purposes without a fresh risk or impact assessment.',
    evidence: ['intended use statement per system', 'usage monitoring', 'change records for new uses'],
    relatedClauses: ['8.1', '4.1'],
    kinds: ['ai-system'],
  },

  // A.10 Third-party and customer relationships
  {
    id: 'A.10.2',
    title: 'Allocating responsibilities',
    group: 'A.10',
    guidance:
      'Record how responsibilities across the AI life cycle are split between the organisation and its partners, suppliers, customers and other third parties. Contracts and agreements should reflect this split. Reviewers often find shared responsibilities, such as monitoring or incident handling, that no party has actually taken on.',
    evidence: ['responsibility allocation matrix', 'contract clauses on AI responsibilities', 'supplier and customer agreements'],
    relatedClauses: ['5.3', '8.1'],
    kinds: ['policy', 'roles'],
  },
  {
    id: 'A.10.3',
    title: 'Suppliers',
    group: 'A.10',
    guidance:
      'Make sure AI-related products and services bought from suppliers fit the organisation\'s approach to responsible AI. Assess suppliers before use, set requirements in contracts, and review them periodically. A common gap is treating AI model or API providers like any other software vendor without checking their data and model practices.',
    evidence: ['supplier assessment records', 'AI requirements in contracts', 'periodic supplier reviews'],
    relatedClauses: ['8.1', '6.1.2'],
    kinds: ['policy', 'ai-system', 'risk-register'],
  },
  {
    id: 'A.10.4',
    title: 'Customers',
    group: 'A.10',
    guidance:
      'When providing AI systems to customers, take their needs and expectations into account and make clear what the system is for, its limits and what the customer is responsible for. Reflect this in contracts and product information. Reviewers check that customer-facing commitments match what the system can actually do.',
    evidence: ['customer requirements records', 'customer-facing product information', 'contract terms on AI use'],
    relatedClauses: ['4.2', '8.1'],
    kinds: ['policy', 'ai-system', 'communication'],
  },
];
