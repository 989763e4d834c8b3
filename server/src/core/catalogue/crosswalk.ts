/**
 * The crosswalk: which ISO/IEC 42001 controls (and, where no control fits, clauses) give
 * evidence for an item of another framework, each row naming whose mapping it is. For the AI
 * RMF, the published crosswalk NIST hosts (crosswalkAirc.ts: Microsoft's, against the FDIS
 * text) gives a row for 71 of the 72 subcategories; the project's own rows below are kept only
 * where they add a control or clause to it (51), each with its reason in our words. For the AI
 * Act there is no published crosswalk: every row is the project's. How to propose a change:
 * README, "Frameworks and the crosswalk". test/crosswalk.test.ts holds every ID to the
 * catalogues.
 */
import type { CrosswalkRow, OtherFrameworkId } from './types.js';
import { AIRC_CROSSWALK_SOURCE, AIRC_PAIRS } from './crosswalkAirc.js';

/** [framework item, controls, clauses, why]. */
type Row = readonly [string, readonly string[], readonly string[], string];

/** The project's AI RMF rows: only those that add to the published crosswalk's row for the subcategory. */
const RMF: readonly Row[] = [
  ['GOVERN 1.1', ['A.2.2', 'A.2.3'], ['4.1', '4.2'], 'Legal requirements are part of the context the AI policy is set in and aligned with.'],
  ['GOVERN 1.4', ['A.2.2'], ['6.1.2', '6.1.3', '8.2', '8.3'], 'A documented risk process and its results, under the AI policy.'],
  ['GOVERN 1.5', ['A.2.4'], ['9.1', '9.2', '9.3'], 'Monitoring, internal audit and management review are the planned reviews, with the policy reviewed too.'],
  ['GOVERN 1.7', ['A.6.1.3', 'A.6.2.6'], [], 'Life-cycle processes and operation cover retiring a system.'],
  ['GOVERN 2.2', ['A.4.6'], ['7.2', '7.3'], 'Competence and awareness of the people involved.'],
  ['GOVERN 2.3', [], ['5.1', '9.3'], 'Top management\'s leadership and its review of the management system.'],
  ['GOVERN 3.2', ['A.3.2', 'A.9.2'], [], 'Roles, and the processes for responsible use that include human oversight.'],
  ['GOVERN 4.2', ['A.5.3', 'A.6.2.3'], [], 'Recorded impact assessments and design documentation.'],
  ['GOVERN 4.3', ['A.6.2.4', 'A.8.4', 'A.3.3'], [], 'Verification and validation, incident communication and a way to raise concerns.'],
  ['GOVERN 5.1', ['A.8.5', 'A.3.3'], ['4.2'], 'Interested parties are identified, informed and able to report concerns.'],
  ['GOVERN 5.2', ['A.8.3', 'A.5.2'], [], 'External reports of adverse impacts feed the impact assessment process.'],
  ['GOVERN 6.2', ['A.10.3', 'A.4.4'], [], 'Supplier management and the documented tooling the system depends on.'],
  ['MAP 1.1', ['A.9.4', 'A.5.2'], ['4.1'], 'Intended use and context are recorded, and impacts assessed against them.'],
  ['MAP 1.2', ['A.4.6', 'A.3.2'], [], 'The people and competences involved are documented.'],
  ['MAP 1.3', ['A.6.1.2', 'A.9.3'], ['6.2'], 'AI objectives, for development and for use.'],
  ['MAP 1.5', [], ['6.1.1', '6.1.2'], 'Risk criteria, acceptable risk included, are set in planning.'],
  ['MAP 2.1', ['A.6.2.2', 'A.6.2.3'], [], 'Requirements and design documentation say what the system does and how.'],
  ['MAP 2.2', ['A.8.2', 'A.9.4'], [], 'Information for users states limits and how outputs are meant to be used.'],
  ['MAP 3.3', ['A.9.4', 'A.6.2.2'], [], 'Intended use bounds the scope of application.'],
  ['MAP 3.4', ['A.4.6', 'A.8.2'], [], 'Competent people and the information users need to operate the system.'],
  ['MAP 3.5', ['A.9.2', 'A.3.2'], [], 'Processes for responsible use, human oversight included, and who performs it.'],
  ['MAP 4.1', ['A.10.3', 'A.4.4', 'A.7.3'], [], 'Suppliers, tools and acquired data are the third-party components.'],
  ['MAP 4.2', ['A.10.3'], ['6.1.3'], 'Risk treatment selects controls, supplier controls included.'],
  ['MAP 5.1', ['A.5.2', 'A.5.4', 'A.5.5'], ['6.1.4'], 'AI system impact assessment.'],
  ['MAP 5.2', ['A.8.5', 'A.5.4'], [], 'Information to and from interested parties about impacts.'],
  ['MEASURE 1.1', ['A.6.2.4'], ['9.1'], 'What is measured and how, and the system\'s verification and validation.'],
  ['MEASURE 1.2', ['A.6.2.6'], ['9.1', '9.2'], 'Monitoring in operation and internal audit reassess controls.'],
  ['MEASURE 1.3', ['A.6.2.4'], ['9.2'], 'Internal audit by objective auditors, and validation.'],
  ['MEASURE 2.1', ['A.6.2.4', 'A.6.2.3'], [], 'Verification and validation, as documented in design.'],
  ['MEASURE 2.2', ['A.5.4', 'A.6.2.4'], [], 'Evaluations that affect people are assessed for their impact on them.'],
  ['MEASURE 2.3', ['A.6.2.4', 'A.6.2.5'], [], 'Validation before, and checks at, deployment.'],
  ['MEASURE 2.6', ['A.6.2.4', 'A.5.4'], [], 'Validation and the assessment of impacts on people, safety among them.'],
  ['MEASURE 2.7', ['A.6.2.4', 'A.6.2.6'], [], 'Testing and operational monitoring, security included.'],
  ['MEASURE 2.8', ['A.8.2', 'A.6.2.7'], [], 'Information for users and technical documentation make the system accountable.'],
  ['MEASURE 2.10', ['A.7.2', 'A.5.4'], [], 'Data management and impacts on individuals, privacy among them.'],
  ['MEASURE 2.11', ['A.7.4', 'A.5.4'], [], 'Data quality, bias included, and impacts on groups.'],
  ['MEASURE 2.13', ['A.6.2.4'], ['9.1'], 'Evaluation of monitoring and measurement, and of validation.'],
  ['MEASURE 3.1', ['A.6.2.6'], ['6.1.2'], 'Monitoring in operation and repeated risk assessment.'],
  ['MEASURE 3.3', ['A.3.3', 'A.8.3'], [], 'Ways to report concerns and adverse impacts.'],
  ['MEASURE 4.1', ['A.6.2.6', 'A.9.4'], [], 'Monitoring against the intended use.'],
  ['MEASURE 4.2', ['A.6.2.4', 'A.8.5'], [], 'Validation, and exchange with interested parties.'],
  ['MEASURE 4.3', ['A.6.2.6'], ['10.1'], 'Monitoring results feed continual improvement.'],
  ['MANAGE 1.1', ['A.6.2.5', 'A.9.4'], [], 'The deployment decision, against the intended use.'],
  ['MANAGE 1.3', [], ['6.1.3', '8.3'], 'A risk treatment plan, put into effect.'],
  ['MANAGE 1.4', ['A.8.2'], ['6.1.3'], 'Residual risk is accepted and users are told what they need to know.'],
  ['MANAGE 2.3', ['A.8.4', 'A.6.2.6'], [], 'Incidents are handled and communicated; operation is watched.'],
  ['MANAGE 2.4', ['A.6.2.6', 'A.9.2'], [], 'Operating and responsible-use processes include taking a system out of use.'],
  ['MANAGE 3.2', ['A.10.3', 'A.7.5', 'A.4.4'], [], 'Acquired models are supplier products with a provenance, used as tools.'],
  ['MANAGE 4.1', ['A.6.2.6', 'A.6.2.8'], [], 'Operation, monitoring and event logs after deployment.'],
  ['MANAGE 4.2', ['A.6.2.6'], ['10.1'], 'Continual improvement of the system in operation.'],
  ['MANAGE 4.3', ['A.8.4', 'A.8.3'], ['10.2'], 'Incident communication, external reports and corrective action.'],
];

const AI_ACT: readonly Row[] = [
  ['Article 4', ['A.4.6'], ['7.2', '7.3'], 'AI literacy is the competence and awareness of the people dealing with AI.'],
  ['Article 5', ['A.5.2', 'A.9.4'], [], 'Impact assessment and a stated intended use are where a prohibited practice would show.'],
  ['Article 6', ['A.5.2', 'A.9.4'], [], 'Whether a system is high-risk depends on its intended use and impacts.'],
  ['Article 9', ['A.5.2'], ['6.1.2', '6.1.3', '8.2', '8.3'], 'Risk assessment and treatment over the life cycle, with impact assessment.'],
  ['Article 10', ['A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'], [], 'The data controls of A.7 cover the data governance the article asks for.'],
  ['Article 11', ['A.6.2.7', 'A.6.2.3'], [], 'Technical and design documentation.'],
  ['Article 12', ['A.6.2.8'], [], 'Event logs.'],
  ['Article 13', ['A.8.2', 'A.9.4'], [], 'Documentation and information for users, stating the intended use.'],
  ['Article 14', ['A.9.2', 'A.3.2', 'A.6.2.2'], [], 'Oversight designed in as a requirement, assigned to people and part of responsible use.'],
  ['Article 15', ['A.6.2.4', 'A.6.2.6'], [], 'Verification and validation, then monitoring in operation.'],
  ['Article 16', ['A.6.1.3', 'A.6.2.5'], [], 'Responsible development processes and a controlled deployment.'],
  ['Article 17', ['A.6.1.3'], ['4.4', '7.5'], 'A documented management system with processes for responsible development.'],
  ['Article 18', ['A.6.2.7'], ['7.5.3'], 'Technical documentation, kept under document control.'],
  ['Article 19', ['A.6.2.8'], [], 'Event logs, kept.'],
  ['Article 20', ['A.8.4', 'A.8.3'], ['10.2'], 'Corrective action, and informing those concerned.'],
  ['Article 25', ['A.10.2', 'A.10.3', 'A.10.4'], [], 'Responsibilities allocated across suppliers, customers and partners.'],
  ['Article 26', ['A.9.2', 'A.9.4', 'A.6.2.6', 'A.6.2.8'], [], 'Use as intended, with oversight, monitoring and logs.'],
  ['Article 27', ['A.5.2', 'A.5.3', 'A.5.4'], [], 'A documented assessment of impacts on individuals and groups.'],
  ['Article 43', ['A.6.2.4'], ['9.2'], 'Verification and validation and internal audit prepare the conformity assessment.'],
  ['Article 50', ['A.8.2', 'A.8.5'], [], 'Information for users and interested parties.'],
  ['Article 53', ['A.6.2.7', 'A.8.2', 'A.10.4'], [], 'Technical documentation and information for the customers who build on a model.'],
  ['Article 55', ['A.6.2.4', 'A.8.4'], [], 'Evaluation of the model and reporting of serious incidents.'],
  ['Article 72', ['A.6.2.6'], ['9.1'], 'Monitoring the system in operation, by a plan.'],
  ['Article 73', ['A.8.4'], [], 'Communication of incidents.'],
  ['Article 86', ['A.8.5', 'A.8.2'], [], 'Information for the people affected, and explanations of outputs.'],
];

function rows(framework: OtherFrameworkId, data: readonly Row[]): CrosswalkRow[] {
  return data.map(([id, controls, clauses, rationale]) => ({ framework, id, controls, ...(clauses.length ? { clauses } : {}), source: 'project' as const, rationale }));
}

/** The published pairs as rows: FDIS Annex B items become the Annex A controls of the same number. */
function published(): CrosswalkRow[] {
  return AIRC_PAIRS.map(([id, items]) => {
    const all = items.split(' ');
    const controls = all.filter((i) => i.startsWith('B.')).map((i) => `A.${i.slice(2)}`);
    const clauses = all.filter((i) => !i.startsWith('B.'));
    return { framework: 'nist-ai-rmf' as const, id, controls, ...(clauses.length ? { clauses } : {}), source: AIRC_CROSSWALK_SOURCE.id };
  });
}

export const CROSSWALK: readonly CrosswalkRow[] = [...published(), ...rows('nist-ai-rmf', RMF), ...rows('eu-ai-act', AI_ACT)];
