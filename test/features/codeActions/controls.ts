/** Quick-fix cases: unknown-control and control-title-mismatch. */
import { type FixCase, fm, REGISTER_YAML } from './case.js';

export const CONTROLS_CASES: readonly FixCase[] = [
  // unknown-control
  {
    name: 'unknown-control: the ID changes, nothing else (Markdown)',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, event logs follow A.6.2.$09.\n',
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'notes.md': ['follow A.6.2.9.', 'follow A.6.2.8.'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  {
    name: 'unknown-control: "Annex" before the ID stays',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, see Annex A.6.2.$09 for logs.\n',
    title: 'Change to A.6.2.7 (AI system technical documentation)',
    expected: { 'notes.md': ['Annex A.6.2.9 for', 'Annex A.6.2.7 for'] },
    gone: (f) => f.code === 'unknown-control',
  },
  {
    name: 'unknown-control: inside a range, only the wrong end changes',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, controls A.6.2.7-A.6.2.$09 apply.\n',
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'notes.md': ['A.6.2.7-A.6.2.9 apply', 'A.6.2.7-A.6.2.8 apply'] },
    gone: (f) => f.code === 'unknown-control',
  },
  {
    name: 'unknown-control: in a YAML list',
    fixture: `//- risk/register.yaml\n${REGISTER_YAML.replace('controls: [A.5.4]', 'controls: [A.5.4, A.6.2.$09]')}`,
    title: 'Change to A.6.2.8 (AI system recording of event logs)',
    expected: { 'risk/register.yaml': ['[A.5.4, A.6.2.9]', '[A.5.4, A.6.2.8]'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  {
    name: 'unknown-control: fix all takes the closest control for each',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, logs follow A.6.2.$09 and data A.7.7.\n',
    title: 'Fix all unknown-control in this file',
    kind: 'source.fixAll',
    expected: { 'notes.md': ['A.6.2.9 and data A.7.7.', 'A.6.2.8 and data A.7.6.'] },
    gone: (f) => f.code === 'unknown-control',
    crlf: true,
  },
  // control-title-mismatch
  {
    name: 'control-title-mismatch: the written title becomes the real one',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, reviews follow A.7.4 (Human $0oversight).\n',
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'notes.md': ['A.7.4 (Human oversight).', 'A.7.4 (Quality of data for AI systems).'] },
    gone: (f) => f.code === 'control-title-mismatch',
    crlf: true,
  },
  {
    name: 'control-title-mismatch: a bold title cell keeps its emphasis',
    fixture: '//- notes.md\n# Notes\n\nISO/IEC 42001 controls we rely on:\n\n| ID | Title |\n|---|---|\n| A.7.4 | **Human $0oversight** |\n',
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'notes.md': ['| **Human oversight** |', '| **Quality of data for AI systems** |'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
  {
    name: "control-title-mismatch: or the ID changes to the control the title names",
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, lineage follows A.7.4 (Data $0provenance).\n',
    title: 'Change the ID to A.7.5 (Data provenance)',
    expected: { 'notes.md': ['A.7.4 (Data provenance)', 'A.7.5 (Data provenance)'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
  {
    name: 'control-title-mismatch: in a YAML value',
    fixture: `//- objectives.yaml\n${fm('objectives', 'OBJ-1', false)}objectives:\n  - measure: A.7.4 (Human $0oversight)\n`,
    title: 'Use the real title: "Quality of data for AI systems"',
    expected: { 'objectives.yaml': ['A.7.4 (Human oversight)', 'A.7.4 (Quality of data for AI systems)'] },
    gone: (f) => f.code === 'control-title-mismatch',
  },
];
