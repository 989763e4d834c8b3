import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['unknown-clause'];

test('unknown-clause: every lead word (Clause, clauses, cl., §, ISO/IEC 42001) and lists after it', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
See Clause 8.5 and clause 6.1.2.
           ^^^ unknown-clause Clause 8 (Operation) has 8.1, 8.2, 8.3, 8.4
Clauses 6.1.2, 6.4 and 9.4 apply; §7.6 and cl. 10.3 too.
               ^^^ unknown-clause
                       ^^^ unknown-clause
                                   ^^^ unknown-clause
                                               ^^^^ unknown-clause
ISO/IEC 42001:2023 6.1.5 and ISO 42001 clause 4.5.
                   ^^^^^ unknown-clause 6.1.1, 6.1.2, 6.1.3, 6.1.4
                                              ^^^ unknown-clause
Clauses 6.1.2-6.1.5 are planning; clause 6.1.2.1 is too deep.
              ^^^^^ unknown-clause
                                         ^^^^^^^ unknown-clause has no sub-clauses
Clause 11 is beyond the last clause.
       ^^ unknown-clause
`,
    { codes },
  );
});

test('unknown-clause: real clauses, clauses 1-3 and numbers that are not clause references', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
Clauses 4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 5.3, 6.1.1-6.1.4, 6.2, 6.3 and 7.5.3 all exist.
So do Clause 8.4, clause 9.2.2, cl. 9.3.3, §10.2 and Clause 10.
Clause 3.26 defines a term; clause 1 is the scope of the standard.
Section 6.4 of this document, version 8.5 of the tool and step 9.4 are our own numbers.
Inline \`Clause 8.5\` is code. <!-- Clause 7.6 in a comment -->

\`\`\`text
Clause 6.4
\`\`\`
`,
    { codes },
  );
});

test('unknown-clause: another standard named before the number owns it', async () => {
  await check(
    `
//- mapping.md
# ISO/IEC 42001 and other standards
ISO/IEC 27001:2022 Clause 6.4 is not ours to check; neither is ISO 9001 clause 8.5.
The EU AI Act Article 9 and clause 6.4 of ISO/IEC 23894 are related.
ISO 27001 clause 6.1.3 and ISO/IEC 42001 Clause 9.4 sit side by side.
                                                ^^^ unknown-clause
Laws number articles, not clauses: EU AI Act Article 9(5) sits beside Clause 6.1.5,
                                                                             ^^^^^ unknown-clause
and GDPR Art. 35 beside clause 8.6; GDPR Article 22 and § 7.6.
                               ^^^ unknown-clause
                                                          ^^^ unknown-clause
Statutes' sections: BDSG (§ 26 on employee data) and BetrVG § 87(1); but §10.3 is not ours.
                                                                          ^^^^ unknown-clause
Other documents' sections: IMS-POL-001 §5.4, AIMS-PR-02 section 4.9, DPA-2024-7's clause 3.1; not ISO-42001 clause 4.5.
                                                                                                                   ^^^ unknown-clause

| Standard | Clause | Topic |
|---|---|---|
| ISO 9001:2015 | 8.5 | Production |
| ISO/IEC 27001:2022 | 6.4 | Changes |
| ISO/IEC 42001:2023 | 8.4 | Impact assessment |
| ISO/IEC 42001:2023 | 8.6 | Impact assessment |
                       ^^^ unknown-clause
`,
    { codes },
  );
});

test('unknown-clause: a Clause column of a table takes bare numbers', async () => {
  await check(
    `
//- requirements.md
# ISO 42001 requirements tracker
| Requirement | Clause | Evidence |
|---|---|---|
| Risk assessment | 6.1.2 | RAP-001 |
| Risk appetite | 6.1.5 | RAP-001 |
                  ^^^^^ unknown-clause
| Monitoring | 9.1 | MON-001 |
`,
    { codes },
  );
});

test('unknown-clause: YAML clauses fields, in the aims block and in nested items', async () => {
  await check(
    `
//- governance/policy.yaml
aims:
  kind: policy
  id: POL-001
  clauses: ["5.2", "6.4"]
                    ^^^ unknown-clause
requirements:
  - clause: 8.5
            ^^^ unknown-clause
    topic: operations
  - clause: "8.1"
    topic: operations
  - clauses: [9.1, 9.4]
                   ^^^ unknown-clause
`,
    { codes },
  );
});

test('unknown-clause: a document that does not mention ISO/IEC 42001 and declares nothing is not checked', async () => {
  await check(
    `
//- contracts/msa-summary.md
# Master services agreement: summary
Clause 14.2 covers incident reporting and clause 6.4 covers liability.
`,
    { codes },
  );
});

test("unknown-clause: a manual's own subsections of a clause the standard does not divide are not clauses", async () => {
  await check(
    `
//- AIMS-Manual.md
# AI Management System Manual (ISO/IEC 42001)
Section numbers are the standard's clause numbers.
## 5 Leadership
### 5.2 AI policy
#### 5.2.1 Purpose
#### 5.2.7 Review of the policy
## 8 Operation
### 8.1 Operational planning and control
#### 8.1.4 Verification and validation
### 8.2 AI risk assessment
### 8.5 AI system lifecycle
    ^^^ unknown-clause Clause 8.5 does not exist
## 9 Performance evaluation
### 9.1 Monitoring, measurement, analysis and evaluation
### 9.2 Internal audit
#### 9.2.3 Audit reporting
     ^^^^^ unknown-clause Clause 9.2.3 does not exist
See clause 8.1.4 for the gates.
           ^^^^^ unknown-clause Clause 8.1.4 does not exist
`,
    { codes: ['unknown-clause'] },
  );
});
