/**
 * A Docusaurus site's MDX pages are read by default, as Markdown: its imports and JSX tags are
 * no content, and a control ID in a tag's attribute (`<TabItem label="A.2 – A.5">`) has no title.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('MDX: a page defines the systems it lists, and its SoA is checked; JSX attributes give no titles', async () => {
  await check(
    `
//- docs/governance/scope.mdx
---
sidebar_position: 2
---
import Tabs from '@theme/Tabs';

# AIMS Scope

| System ID | System | Owner |
|---|---|---|
| SYS-001 | Scribe Transcribe | Clinical AI |

//- docs/risk/statement-of-applicability.mdx
---
sidebar_position: 2
title: Statement of Applicability
---

import TabItem from '@theme/TabItem';

# Statement of Applicability

Required by ISO/IEC 42001:2023 clause 6.1.3: each Annex A control with our decision.

:::note Legend
Yes = applicable, No = excluded.
:::

<Tabs>
  <TabItem value="a2a5" label="A.2 – A.5" default>

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Board direction |
| A.8.3 | External reporting | No | |
  ^^^^^ soa-missing-justification

  </TabItem>
  <TabItem value="a7a10" label="A.7 – A.10">
  </TabItem>
</Tabs>

//- docs/risk/risk-register.md
# AI risk register (ISO/IEC 42001)

| Risk ID | Risk | System | Likelihood | Impact |
|---|---|---|---|---|
| R-001 | Wrong transcript | SYS-001 | 3 | 3 |
| R-002 | Lost audio | SYS-002 | 3 | 3 |
                       ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference', 'soa-missing-justification', 'control-title-mismatch'] },
  );
});
