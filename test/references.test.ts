import { test } from 'node:test';
import { check } from './support/check.js';

const codes = ['unknown-control', 'objective-as-control', 'control-title-mismatch'];

test('unknown-control: every written form of an Annex A reference', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
Logging is covered by A.6.2.9 and Annex A.6.2.12.
                      ^^^^^^^ unknown-control A.6.2.8
                                  ^^^^^^^^^^^^^^ unknown-control
Control A.3.4 handles concerns; see A.2.2-4 and A.5.2–A.5.5.
        ^^^^^ unknown-control
Groups A.5 and A.10 are fine, as are A.10.4 and B.6.2.4.
`,
    { codes },
  );
});

test('unknown-control: nothing inside code spans, fenced code or HTML comments', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001
Inline \`A.6.2.9\` is code.

\`\`\`yaml
controls: [A.9.9]
\`\`\`

<!-- A.4.9 in a comment -->
`,
    { codes },
  );
});

test('unknown-control: ISO/IEC 27001 controls in a 27001 context are not 42001 references', async () => {
  await check(
    `
//- mapping.md
# ISO/IEC 42001 to ISO/IEC 27001 mapping
| ISO 42001 | ISO 27001:2022 |
|---|---|
| A.6.2.8 | A.8.16 |
| A.9.9 | A.5.34 |
  ^^^^^ unknown-control

Also ISO/IEC 27001 A.8.15 applies.

| Standard | Control |
|---|---|
| ISO 27001:2022 | A.5.2 (Information security roles and responsibilities) |
`,
    { codes },
  );
});

test('a range expands to every control in it, and a bad range end is caught', async () => {
  const findings = await check(
    `
//- notes.md
# ISO 42001
Impact controls A.5.2-A.5.6 apply.
                ^^^^^^^^^^^ unknown-control
`,
    { codes },
  );
  if (!findings[0]!.message.includes('A.5.6')) throw new Error(findings[0]!.message);
});

test('objective-as-control: A.x.1 cited as a control', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
We implement A.2.1 and A.10.1 fully; A.6.2 is a group.
             ^^^^^ objective-as-control
                       ^^^^^^ objective-as-control
`,
    { codes },
  );
});

test('control-title-mismatch: a real ID next to another title, in prose, headings and rows', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
## A.7.4 Human oversight
         ^^^^^^^^^^^^^^^ control-title-mismatch Quality of data for AI systems
- A.2.2 AI policy
- A.3.2 (Roles and responsibilities)
- A.6.2.8 (Retirement)
           ^^^^^^^^^^ control-title-mismatch
- A.6.2.2 / A.6.2.3 — Requirements, design documentation

| Control | ID |
|---|---|
| Data Provenance | A.7.6 |
  ^^^^^^^^^^^^^^^ control-title-mismatch
| Data preparation | A.7.6 |
`,
    { codes },
  );
});

test('control-title-mismatch: a title in an emphasised table cell is underlined without its asterisks', async () => {
  await check(
    `
//- soa.md
# ISO/IEC 42001 controls
| ID | Control |
|---|---|
| A.7.4 | **Human oversight** |
            ^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes },
  );
});

test('A.6 states its objectives as A.6.1 and A.6.2: "A.6.1.1" and "A.6.2.1" are no IDs at all', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
Design follows A.6.1.1 and deployment A.6.2.1; policy A.2.1.
               ^^^^^^^ unknown-control
                                      ^^^^^^^ unknown-control
                                                      ^^^^^ objective-as-control
`,
    { codes: ['unknown-control', 'objective-as-control'] },
  );
});

test('a column headed with ISO/IEC 42001 holds 42001 clauses and controls, whatever the rest of the row cites', async () => {
  await check(
    `
//- mapping.md
# EU AI Act to ISO/IEC 42001

| EU AI Act requirement | Articles | Primary ISO 42001 clauses | ISO 27001 control |
|---|---|---|---|
| Data governance | Art. 10 | Clause 8.5 | A.5.34 |
                                     ^^^ unknown-clause
| Human oversight | Art. 14 | Clause 8.1 | A.8.16 |
`,
    { codes: ['unknown-clause', 'unknown-control'] },
  );
});

test('an invented A.x.y about AI in a document that also cites ISO/IEC 27001 is not taken for the 27001 control', async () => {
  await check(
    `
//- roadmap.md
# Roadmap

Our AI management system follows ISO/IEC 42001; security stays with ISO/IEC 27001.

**A.6.3 Deployment Controls:**
  ^^^^^ unknown-control
- Gate every release.

Awareness training follows A.6.3 of the security programme.
`,
    { codes: ['unknown-control'] },
  );
});
