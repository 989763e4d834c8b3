/**
 * Tables written in HTML inside Markdown (parse/htmlTable.ts), as wiki and GRC exports write
 * them: read into rows like pipe tables, cells located exactly without their wrapping tags, and
 * only a whole table (a blank line inside one splits the HTML block: nothing of it is read as rows).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, workspace } from '../support/check.js';

test('html tables: an SoA exported as an HTML table is read row by row, with exact cells', async () => {
  await check(
    `
//- soa/statement-of-applicability.md
# Statement of Applicability

<table>
<thead>
<tr><th>Control</th><th>Title</th><th>Applicable</th><th>Justification</th></tr>
</thead>
<tbody>
<tr><td>A.2.2</td><td><p>AI policy</p></td><td><strong>Yes</strong></td><td>Required</td></tr>
<tr><td class="id">A.7.4</td><td>Human oversight</td><td>Yes</td><td>Needed</td></tr>
                                 ^^^^^^^^^^^^^^^ control-title-mismatch
<tr><td>A.10.4</td><td>Customers</td><td>No</td><td> </td></tr>
        ^^^^^^ soa-missing-justification
<tr>
  <td>A.6.2.9</td>
      ^^^^^^^ unknown-control
  <td>Model registry</td><td>Yes</td><td>Ours</td>
</tr>
</tbody>
</table>
`,
    { codes: ['control-title-mismatch', 'soa-missing-justification', 'unknown-control'] },
  );
});

test('html tables: decisions are read from a whole table only', async () => {
  const { service } = await workspace(`
//- whole.md
# Statement of Applicability
<table>
<tr><th>Control</th><th>Applicable</th><th>Justification</th></tr>
<tr><td>A.2.2</td><td><p><strong>Yes</strong></p></td><td>Required</td></tr>
<tr><td>A.2.3</td><td>No</td><td>Single policy set</td></tr>
</table>

//- split.md
# Statement of Applicability
<table>
<tr><th>Control</th><th>Applicable</th><th>Justification</th></tr>
<tr><td>A.2.2</td><td>Yes</td><td>Required</td></tr>

<tr><td>A.2.3</td><td>No</td><td>Single policy set</td></tr>
</table>
`);
  const soaOf = (name: string) => service.index.documents.find((d) => d.uri.endsWith(name))!.soa.map((e) => `${e.controlId}:${e.applicable}`);
  assert.deepEqual(soaOf('whole.md'), ['A.2.2:true', 'A.2.3:false']);
  assert.deepEqual(soaOf('split.md'), []);
});
