/**
 * The EU AI Act, Regulation (EU) 2024/1689 (OJ L, 12.7.2024): 13 chapters, 113 articles,
 * 13 annexes. Numbers and titles are facts of EU law; summaries are ours. Every article title
 * has been checked against a public copy of the Official Journal text (below); an article
 * added without that check would say so with `verified: false`.
 */
import type { AiActAnnex, AiActArticle, AiActChapter, FrameworkProvenance } from './types.js';

export const EU_AI_ACT_PROVENANCE: FrameworkProvenance = {
  framework: 'eu-ai-act',
  name: 'EU AI Act',
  edition: 'Regulation (EU) 2024/1689, OJ L, 12.7.2024',
  verified:
    'Article numbers and titles were checked against public article indexes of the Official Journal text ' +
    '(artificialintelligenceact.eu, lexelerate.ai, ai-act-law.eu chapter IX, euai.app chapters VI and VII, ' +
    'complianceforge-ai.com chapter XIII, overview.legal article 111) and the annex titles against mlsecured.com ' +
    'and euai.app. The 20 titles not found there (Articles 46-50, 52-56, 71, 95-101, 112, 113) were then checked against ' +
    'the full text of the Regulation as marked up by CommonAccord/Cmacc-Org (Doc/G/EU/Artificial_Intelligence_Act/Sec/Article.md, ' +
    'the OJ text with defined terms as links), which also corrected Article 108 (Amendments, plural).',
};

export const AI_ACT_CHAPTERS: readonly AiActChapter[] = [
  { id: 'I', title: 'General provisions', first: 1, last: 4 },
  { id: 'II', title: 'Prohibited AI practices', first: 5, last: 5 },
  { id: 'III', title: 'High-risk AI systems', first: 6, last: 49 },
  { id: 'IV', title: 'Transparency obligations for providers and deployers of certain AI systems', first: 50, last: 50 },
  { id: 'V', title: 'General-purpose AI models', first: 51, last: 56 },
  { id: 'VI', title: 'Measures in support of innovation', first: 57, last: 63 },
  { id: 'VII', title: 'Governance', first: 64, last: 70 },
  { id: 'VIII', title: 'EU database for high-risk AI systems', first: 71, last: 71 },
  { id: 'IX', title: 'Post-market monitoring, information sharing and market surveillance', first: 72, last: 94 },
  { id: 'X', title: 'Codes of conduct and guidelines', first: 95, last: 96 },
  { id: 'XI', title: 'Delegation of power and committee procedure', first: 97, last: 98 },
  { id: 'XII', title: 'Penalties', first: 99, last: 101 },
  { id: 'XIII', title: 'Final provisions', first: 102, last: 113 },
];

/** Titles found in no public copy we could read (none now: see the provenance). */
const UNVERIFIED = new Set<number>([]);

/** Our one-line summaries, for the articles that put obligations on an organisation. */
const SUMMARIES: Readonly<Record<number, string>> = {
  4: 'Providers and deployers make sure the people dealing with their AI systems know enough about AI for their role.',
  5: 'Lists AI practices banned outright, such as manipulative techniques, social scoring and some uses of biometrics.',
  6: 'Says when an AI system is high-risk: a safety component of regulated products, or a use listed in Annex III.',
  9: 'A high-risk system needs a risk management process run across its whole life cycle, with testing and residual risk judged acceptable.',
  10: 'Training, validation and test data of a high-risk system are governed for relevance, representativeness, errors and bias.',
  11: 'Technical documentation showing compliance is drawn up before a high-risk system is placed on the market and kept current.',
  12: 'High-risk systems record events automatically, so their operation can be traced.',
  13: 'High-risk systems come with instructions that let deployers understand and use their output properly.',
  14: 'High-risk systems are designed so that people can oversee them, understand their limits and stop or override them.',
  15: 'High-risk systems reach an appropriate, declared level of accuracy, robustness and cybersecurity throughout their life.',
  16: 'Gathers what a provider of a high-risk system must do, from meeting the requirements to registration and corrective action.',
  17: 'Providers of high-risk systems run a documented quality management system.',
  18: 'Providers keep the documentation of a high-risk system available to authorities for ten years.',
  19: 'Providers keep the logs their high-risk systems generate, for as long as fits the purpose.',
  20: 'Providers act on a non-compliant high-risk system (correct, withdraw, recall) and inform those concerned.',
  25: 'Says when a distributor, importer, deployer or other party becomes a provider, and how value-chain parties cooperate.',
  26: 'Deployers use high-risk systems as instructed, assign human oversight, watch operation, keep logs and inform people affected.',
  27: 'Some deployers assess the impact of a high-risk system on fundamental rights before first use.',
  43: 'High-risk systems go through conformity assessment, by internal control or with a notified body.',
  47: 'Providers draw up an EU declaration of conformity for each high-risk system.',
  49: 'High-risk systems listed in Annex III are registered in the EU database before use.',
  50: 'People are told when they interact with an AI system, and synthetic or manipulated content is marked as such.',
  53: 'Providers of general-purpose AI models keep technical documentation, inform downstream providers and respect copyright.',
  55: 'Providers of general-purpose models with systemic risk evaluate, mitigate and report those risks and secure the model.',
  72: 'Providers monitor their high-risk systems after placing them on the market, following a plan.',
  73: 'Providers report serious incidents involving high-risk systems to the market surveillance authority.',
  86: 'People affected by a decision based on a high-risk system\'s output can ask for an explanation.',
};

/** [number, title]. */
const TITLES: readonly (readonly [number, string])[] = [
  [1, 'Subject matter'], [2, 'Scope'], [3, 'Definitions'], [4, 'AI literacy'],
  [5, 'Prohibited AI practices'],
  [6, 'Classification rules for high-risk AI systems'], [7, 'Amendments to Annex III'],
  [8, 'Compliance with the requirements'], [9, 'Risk management system'], [10, 'Data and data governance'],
  [11, 'Technical documentation'], [12, 'Record-keeping'], [13, 'Transparency and provision of information to deployers'],
  [14, 'Human oversight'], [15, 'Accuracy, robustness and cybersecurity'],
  [16, 'Obligations of providers of high-risk AI systems'], [17, 'Quality management system'], [18, 'Documentation keeping'],
  [19, 'Automatically generated logs'], [20, 'Corrective actions and duty of information'], [21, 'Cooperation with competent authorities'],
  [22, 'Authorised representatives of providers of high-risk AI systems'], [23, 'Obligations of importers'], [24, 'Obligations of distributors'],
  [25, 'Responsibilities along the AI value chain'], [26, 'Obligations of deployers of high-risk AI systems'],
  [27, 'Fundamental rights impact assessment for high-risk AI systems'],
  [28, 'Notifying authorities'], [29, 'Application of a conformity assessment body for notification'], [30, 'Notification procedure'],
  [31, 'Requirements relating to notified bodies'], [32, 'Presumption of conformity with requirements relating to notified bodies'],
  [33, 'Subsidiaries of notified bodies and subcontracting'], [34, 'Operational obligations of notified bodies'],
  [35, 'Identification numbers and lists of notified bodies'], [36, 'Changes to notifications'],
  [37, 'Challenge to the competence of notified bodies'], [38, 'Coordination of notified bodies'], [39, 'Conformity assessment bodies of third countries'],
  [40, 'Harmonised standards and standardisation deliverables'], [41, 'Common specifications'], [42, 'Presumption of conformity with certain requirements'],
  [43, 'Conformity assessment'], [44, 'Certificates'], [45, 'Information obligations of notified bodies'],
  [46, 'Derogation from conformity assessment procedure'], [47, 'EU declaration of conformity'], [48, 'CE marking'], [49, 'Registration'],
  [50, 'Transparency obligations for providers and deployers of certain AI systems'],
  [51, 'Classification of general-purpose AI models as general-purpose AI models with systemic risk'], [52, 'Procedure'],
  [53, 'Obligations for providers of general-purpose AI models'], [54, 'Authorised representatives of providers of general-purpose AI models'],
  [55, 'Obligations of providers of general-purpose AI models with systemic risk'], [56, 'Codes of practice'],
  [57, 'AI regulatory sandboxes'], [58, 'Detailed arrangements for, and functioning of, AI regulatory sandboxes'],
  [59, 'Further processing of personal data for developing certain AI systems in the public interest in the AI regulatory sandbox'],
  [60, 'Testing of high-risk AI systems in real world conditions outside AI regulatory sandboxes'],
  [61, 'Informed consent to participate in testing in real world conditions outside AI regulatory sandboxes'],
  [62, 'Measures for providers and deployers, in particular SMEs, including start-ups'], [63, 'Derogations for specific operators'],
  [64, 'AI Office'], [65, 'Establishment and structure of the European Artificial Intelligence Board'], [66, 'Tasks of the Board'],
  [67, 'Advisory forum'], [68, 'Scientific panel of independent experts'], [69, 'Access to the pool of experts by the Member States'],
  [70, 'Designation of national competent authorities and single points of contact'],
  [71, 'EU database for high-risk AI systems listed in Annex III'],
  [72, 'Post-market monitoring by providers and post-market monitoring plan for high-risk AI systems'], [73, 'Reporting of serious incidents'],
  [74, 'Market surveillance and control of AI systems in the Union market'],
  [75, 'Mutual assistance, market surveillance and control of general-purpose AI systems'],
  [76, 'Supervision of testing in real world conditions by market surveillance authorities'], [77, 'Powers of authorities protecting fundamental rights'],
  [78, 'Confidentiality'], [79, 'Procedure at national level for dealing with AI systems presenting a risk'],
  [80, 'Procedure for dealing with AI systems classified by the provider as non-high-risk in application of Annex III'],
  [81, 'Union safeguard procedure'], [82, 'Compliant AI systems which present a risk'], [83, 'Formal non-compliance'],
  [84, 'Union AI testing support structures'], [85, 'Right to lodge a complaint with a market surveillance authority'],
  [86, 'Right to explanation of individual decision-making'], [87, 'Reporting of infringements and protection of reporting persons'],
  [88, 'Enforcement of the obligations of providers of general-purpose AI models'], [89, 'Monitoring actions'],
  [90, 'Alerts of systemic risks by the scientific panel'], [91, 'Power to request documentation and information'],
  [92, 'Power to conduct evaluations'], [93, 'Power to request measures'], [94, 'Procedural rights of economic operators of the general-purpose AI model'],
  [95, 'Codes of conduct for voluntary application of specific requirements'], [96, 'Guidelines from the Commission on the implementation of this Regulation'],
  [97, 'Exercise of the delegation'], [98, 'Committee procedure'],
  [99, 'Penalties'], [100, 'Administrative fines on Union institutions, bodies, offices and agencies'], [101, 'Fines for providers of general-purpose AI models'],
  [102, 'Amendment to Regulation (EC) No 300/2008'], [103, 'Amendment to Regulation (EU) No 167/2013'], [104, 'Amendment to Regulation (EU) No 168/2013'],
  [105, 'Amendment to Directive 2014/90/EU'], [106, 'Amendment to Directive (EU) 2016/797'], [107, 'Amendment to Regulation (EU) 2018/858'],
  [108, 'Amendments to Regulation (EU) 2018/1139'], [109, 'Amendment to Regulation (EU) 2019/2144'], [110, 'Amendment to Directive (EU) 2020/1828'],
  [111, 'AI systems already placed on the market or put into service and general-purpose AI models already placed on the market'],
  [112, 'Evaluation and review'], [113, 'Entry into force and application'],
];

export const AI_ACT_ARTICLES: readonly AiActArticle[] = TITLES.map(([n, title]) => ({
  id: `Article ${n}`,
  number: n,
  title,
  chapter: AI_ACT_CHAPTERS.find((c) => n >= c.first && n <= c.last)!.id,
  ...(SUMMARIES[n] ? { summary: SUMMARIES[n] } : {}),
  ...(UNVERIFIED.has(n) ? { verified: false as const } : {}),
}));

export const AI_ACT_ANNEXES: readonly AiActAnnex[] = [
  { id: 'Annex I', title: 'List of Union harmonisation legislation' },
  { id: 'Annex II', title: 'List of criminal offences referred to in Article 5(1), first subparagraph, point (h)(iii)' },
  { id: 'Annex III', title: 'High-risk AI systems referred to in Article 6(2)', summary: 'The areas of use that make an AI system high-risk: biometrics, critical infrastructure, education, employment, essential services, law enforcement, migration and justice.' },
  { id: 'Annex IV', title: 'Technical documentation referred to in Article 11(1)', summary: 'What the technical documentation of a high-risk system contains.' },
  { id: 'Annex V', title: 'EU declaration of conformity' },
  { id: 'Annex VI', title: 'Conformity assessment procedure based on internal control' },
  { id: 'Annex VII', title: 'Conformity based on an assessment of the quality management system and an assessment of the technical documentation' },
  { id: 'Annex VIII', title: 'Information to be submitted upon the registration of high-risk AI systems in accordance with Article 49' },
  { id: 'Annex IX', title: 'Information to be submitted upon the registration of high-risk AI systems listed in Annex III in relation to testing in real world conditions in accordance with Article 60' },
  { id: 'Annex X', title: 'Union legislative acts on large-scale IT systems in the area of Freedom, Security and Justice' },
  { id: 'Annex XI', title: 'Technical documentation referred to in Article 53(1), point (a) — technical documentation for providers of general-purpose AI models' },
  { id: 'Annex XII', title: 'Transparency information referred to in Article 53(1), point (b) — technical documentation for providers of general-purpose AI models to downstream providers that integrate the model into their AI system' },
  { id: 'Annex XIII', title: 'Criteria for the designation of general-purpose AI models with systemic risk referred to in Article 51' },
];
