/**
 * Documentation sites put small sections in call-out boxes (rules/sectionContent.ts): MkDocs'
 * `!!! note "Title"` and collapsible `??? info "Title"`, Docusaurus' `:::note[Title]` and
 * `:::tip Title`, PyMdown's `/// details | Title` and content tabs `=== "Title"`. Their titles name content as headings do, so
 * missing-section does not report a part that sits in such a box. Fixtures in our own words,
 * modelled on MkDocs and Docusaurus sites.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

/** A risk method with every part its kind requires except the impact scale, which `box` holds. */
function method(box: string, expected = ''): string {
  return `
//- docs/risk/method.md
# AI risk assessment methodology
${expected}
## Risk identification
Risks are identified per AI system in a workshop, using the Annex C risk sources as a checklist.

## Method
Each risk gets a likelihood and an impact on a 1-5 scale; the score is likelihood x impact.

??? info "Likelihood scale"
    | Value | Label |
    |---|---|
    | 1 | Rare |

${box}
    | Value | Label |
    |---|---|
    | 1 | Negligible |

## Risk criteria and acceptance
| Score | Level |
|---|---|
| 1-4 | Low |

## Analysis and evaluation
The owner rates each risk; the quality team challenges the rating.

## Responsibilities
The risk owner rates and treats the risk.

## Frequency and triggers
Monthly, and after any incident.
`;
}

const boxed = ['???+ note "Impact scale"', '!!! info "Impact scale"', '!!! info inline end "Impact scale"', ':::note[Impact scale]', ':::tip Impact scale', '/// details | Impact scale', '=== "Impact scale"'];

for (const box of boxed)
  test(`site call-outs: the title of ${box.split(/[ [|]/)[0]} names the part it holds`, async () => {
    await check(method(box), { codes: ['missing-section'] });
  });

for (const box of ['??? info "Other notes"', '!!! info Impact scale', '::: tip'])
  test(`site call-outs: "${box}" names no impact scale, which is reported`, async () => {
    await check(method(box, '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section no "Impact scale" section\n'), { codes: ['missing-section'] });
  });

// An MkDocs admonition's body (and a content tab's) is indented four spaces after a blank line:
// CommonMark reads it as an indented code block, MkDocs as the box's Markdown. Its citations are the document's.
test('site call-outs: an admonition body after a blank line is read as prose, its code spans and real code blocks still not', async () => {
  await check(
    `
//- docs/policy.md
---
aims:
  kind: ai-policy
  id: POL-001
---
# AI policy

Under ISO/IEC 42001 we keep the controls below.

!!! warning "Human oversight"

    Every decision on a candidate is reviewed by a person (A.9.9).
                                                           ^^^^^ unknown-control A.9.9

    The reviewer records the outcome; see also A.6.2.99.
                                               ^^^^^^^^ unknown-control A.6.2.99

??? note

    A template placeholder such as \`A.9.8\` is not a citation.

=== "For the team"

    - Monitor drift weekly (A.6.2.66 AI system verification).
                            ^^^^^^^^ unknown-control A.6.2.66

An example of the log format:

    entry: A.9.7 reviewed by J. Smith
`,
    { codes: ['unknown-control'] },
  );
});
