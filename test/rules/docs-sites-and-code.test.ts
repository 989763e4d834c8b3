/**
 * Documentation sites and compliance kept as code, as trial 11's workspaces wrote them: MkDocs
 * content tabs labelled by a range of control groups, pandoc exports of Word documents whose
 * headings are numbered, one YAML file per Annex A control, IDs that are the last segment of
 * a link, a clinical hazard log. Fixtures in our own words, modelled on those styles.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('control-title-mismatch: a range of groups as a content tab\'s label ("A.2 – A.4") has no title', async () => {
  await check(
    `
//- docs/soa.md
# Statement of Applicability

This SoA records each ISO/IEC 42001 Annex A control's applicability.

=== "A.2 – A.4"

    | Control | Title | Applicable | Justification |
    |---|---|---|---|
    | A.2.2 | AI policy | Yes | Sets direction |

=== "A.5 - A.6"

    | Control | Title | Applicable | Justification |
    |---|---|---|---|
    | A.5.2 | AI system impact assessment process | Yes | Required for every system |

## A.7 – Customer relationships
         ^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes: ['control-title-mismatch'] },
  );
});
