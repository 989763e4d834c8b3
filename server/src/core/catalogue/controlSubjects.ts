/**
 * Words people use for each control's subject besides the words of its title: "Model cards"
 * for A.6.2.3, "Acceptable use" for A.9.2. A title written next to a control ID that uses one
 * of them keeps the control's meaning in other words: a paraphrase (a notice), not a title
 * that names another subject (a warning). Our own vocabulary, lower case, matched at word
 * starts; the official titles are in controls.ts.
 */
export const CONTROL_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  'A.2.2': ['ai policy', 'governance policy'],
  'A.2.3': ['alignment', 'other policies', 'policy alignment', 'policy integration'],
  'A.2.4': ['policy review', 'review of policy', 'policy update'],
  'A.3.2': ['roles', 'responsibilit', 'raci', 'accountabilit'],
  'A.3.3': ['concern', 'whistleblow', 'speak up', 'raising issues', 'reporting channel'],
  'A.4.2': ['resource inventory', 'resource documentation', 'documented resources', 'resource register'],
  'A.4.3': ['data resource', 'dataset'],
  'A.4.4': ['tool', 'tooling', 'software resource'],
  'A.4.5': ['compute', 'computing', 'infrastructure', 'hardware', 'system resource'],
  // Not "people": "decisions about people" and "people affected" are about those an AI system affects (A.5.4).
  'A.4.6': ['human resource', 'staff', 'personnel', 'competenc', 'skill'],
  'A.5.2': ['impact assessment process', 'impact assessment procedure', 'aisia process'],
  'A.5.3': ['impact assessment record', 'impact assessment documentation', 'documented impact assessment'],
  'A.5.4': ['impact on individuals', 'individual impact', 'impacts on individuals', 'affected individuals'],
  'A.5.5': ['societal', 'society', 'social impact', 'environmental impact'],
  'A.6.1.2': ['responsible development', 'development objectives', 'responsible ai objectives'],
  'A.6.1.3': ['design process', 'development process', 'responsible design', 'secure development', 'development lifecycle'],
  'A.6.2.2': ['system requirement', 'requirements specification', 'specification'],
  'A.6.2.3': ['design documentation', 'development documentation', 'model card', 'model documentation', 'architecture'],
  'A.6.2.4': ['testing', 'test', 'verification', 'validation', 'evaluation'],
  'A.6.2.5': ['deploy', 'release', 'rollout', 'go live'],
  'A.6.2.6': ['monitoring', 'operation', 'observability'],
  'A.6.2.7': ['technical documentation', 'technical file', 'model card', 'model documentation'],
  'A.6.2.8': ['log', 'logging', 'event', 'audit trail', 'record keeping'],
  'A.7.2': ['training data', 'development data', 'data for development'],
  'A.7.3': ['acquisition', 'acquir', 'data sourcing', 'data collection', 'sourcing', 'source', 'licen', 'obtain'],
  'A.7.4': ['data quality', 'quality of data'],
  'A.7.5': ['provenance', 'lineage'],
  'A.7.6': ['preparation', 'preprocessing', 'pre processing', 'labelling', 'labeling', 'annotation'],
  'A.8.2': ['user information', 'information for users', 'user documentation', 'instructions for use', 'capability information', 'transparency'],
  'A.8.3': ['external reporting', 'reporting to external'],
  'A.8.4': ['incident communication', 'incident notification', 'communicating incidents', 'incident reporting'],
  'A.8.5': ['interested parties', 'stakeholder information', 'information to stakeholders'],
  'A.9.2': ['acceptable use', 'responsible use', 'use policy', 'usage policy'],
  'A.9.3': ['use objectives', 'objectives for use'],
  'A.9.4': ['intended use', 'intended purpose'],
  'A.10.2': ['allocation of responsibilit', 'allocating responsibilit', 'shared responsibilit', 'responsibility allocation'],
  'A.10.3': ['supplier', 'vendor', 'third party', 'procurement'],
  'A.10.4': ['customer', 'client', 'provision', 'provided to'],
};
