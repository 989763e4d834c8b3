/**
 * Model and dataset cards (parse/cards.ts): known by their front matter's keys, read as records
 * of kind model-card / dataset-card with the parts a reviewer needs (missing-section), their
 * front matter checked offline (card-metadata), their parts counted as evidence for controls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverageModel, getReferences } from '../../server/src/core/index.js';
import { check, workspace } from '../support/check.js';

const codes = ['card-metadata', 'missing-section', 'kind-inferred'];

test('card-metadata: a model card without a license, a result without metrics or dataset, a dataset never described; its missing parts', async () => {
  await check(
    `
//- models/triage/README.md
---
^^^ card-metadata states no license
base_model: distilbert-base-uncased
pipeline_tag: text-classification
datasets:
  - veldra/support-tickets
  - imdb
    ^^^^ card-metadata The dataset "imdb" is named here but the card never describes it
model-index:
  - name: triage
    results:
      - task: { type: text-classification }
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ card-metadata names no dataset and no metrics
---
# Model card for triage
^^^^^^^^^^^^^^^^^^^^^^^ missing-section has nothing on 2 of the 6 parts its kind requires: "Out-of-scope use"

## Intended use
Routing support tickets for a human agent.

## Limitations, bias and risks
Non-English tickets are routed worse.

## Training data
veldra/support-tickets: tickets from 2024-2025, anonymised.
`,
    { codes },
  );
});

test('card-metadata: a complete model card, a dataset card, and documents that are not cards are silent', async () => {
  await check(
    `
//- models/ok/README.md
---
license: apache-2.0
library_name: transformers
datasets: [veldra/tickets]
model-index:
  - name: ok
    results:
      - task: { type: text-classification }
        dataset: { name: Tickets, type: veldra/tickets }
        metrics:
          - { type: f1, value: 0.9 }
---
# ok
## Intended use
Routing tickets.
## Out-of-scope use
Account decisions.
## Limitations
English only.
## Bias and risks
Language bias.
## Training data
veldra/tickets, collected 2025.
## Evaluation
F1 0.9.

//- data/tickets/README.md
---
license: cc-by-4.0
task_categories: [text-classification]
size_categories: [10K<n<100K]
---
# Dataset card for tickets
## Dataset description
Support tickets.
## Uses
Training the router.
## Source data
Exported from the helpdesk, 2025.
## Processing
Personal data removed.
## Bias, risks and limitations
English only.

//- blog/post.md
---
title: Our AI journey
tags: [ai, ml]
license: cc-by-4.0
date: 2026-01-01
---
# Our AI journey
We use A.6.2.8 ideas.
`,
    { codes },
  );
  const { service } = await workspace({ files: { 'blog/post.md': '---\ntitle: x\ntags: [ai]\nlicense: mit\n---\n# x\n' }, annotations: [] });
  assert.equal(service.getDocument('file:///ws/blog/post.md')?.meta.kind, undefined);
});

test('unknown-base-model: an inventory that names the model in a sentence or a Hub link knows it; a different model or a plain word does not', async () => {
  await check(
    `
//- models/a/README.md
---
license: mit
base_model:
  - mistralai/Mistral-7B-v0.1
  - meta-llama/Llama-3.1-8B-Instruct
  - acme/phi
    ^^^^^^^^ unknown-base-model The base model "acme/phi" is not recorded
  - acme/Llama-3.1-70B
    ^^^^^^^^^^^^^^^^^^ unknown-base-model The base model "acme/Llama-3.1-70B" is not recorded
---
# a

//- inventory.md
---
aims:
  kind: ai-system
  id: SYS-004
  title: Ticket triage
---
# Ticket triage

The triage assistant is fine-tuned from Mistral-7B-v0.1. Its retrieval step uses
[the instruct model](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct). A small phi
classifier was tried and dropped; Llama-3.1-8B stays the only Llama in use.
`,
    { codes: ['unknown-base-model'] },
  );
});

test('a card linked to its AI system by an aims block: the link is a reference (found among the references of the system, checked for a dangling ID), the card keeps its kind', async () => {
  const { service } = await workspace({
    files: {
      'systems/triage.yaml': 'aims:\n  kind: ai-system\n  id: SYS-004\n  title: Ticket triage\n',
      'models/triage/README.md': '---\nlicense: mit\nbase_model: x/y\naims:\n  systems: [SYS-004, SYS-404]\n---\n# triage\n',
    },
    annotations: [],
  });
  const card = service.getDocument('file:///ws/models/triage/README.md')!;
  assert.equal(card.meta.kind, 'model-card');
  assert.deepEqual(card.references.filter((r) => r.type === 'system').map((r) => r.id), ['SYS-004', 'SYS-404']);
  const dangling = service.getAllFindings().filter((f) => f.code === 'dangling-reference' && f.uri === card.uri);
  assert.deepEqual(dangling.map((f) => card.text.slice(f.span.start, f.span.end)), ['SYS-404']);
  const def = service.getDocument('file:///ws/systems/triage.yaml')!;
  const refs = getReferences(service, def.uri, def.lines.positionAt(def.text.indexOf('SYS-004')), false);
  assert.deepEqual(refs.map((r) => r.uri), [card.uri]);
});

test('cards as evidence: the parts a card has document their controls (coverage), and satisfy implemented-without-evidence', async () => {
  const { service } = await workspace({
    files: {
      'models/m/README.md': '---\nbase_model: x/y\nlicense: mit\n---\n# m\n\n## Intended use\nRouting.\n\n## Evaluation\nF1 0.9 on held-out tickets.\n',
      'soa.md': '---\naims:\n  kind: soa\n  id: SOA-001\n  title: SoA\n  status: draft\n---\n| Control | Title | Applicable | Justification | Status | Evidence |\n|---|---|---|---|---|---|\n| A.6.2.4 | AI system verification and validation | Yes | R-1 | Implemented | |\n| A.2.2 | AI policy | Yes | R-1 | Implemented | POL-001 |\n',
    },
    annotations: [],
  });
  assert.deepEqual(service.getDocument('file:///ws/models/m/README.md')?.meta.documents, ['A.6.2.4', 'A.8.2', 'A.9.4']);
  const model = computeCoverageModel(service);
  assert.deepEqual(model.annexA.controls.find((c) => c.id === 'A.6.2.4')!.declaredBy.map((d) => d.path), ['models/m/README.md']);
  assert.deepEqual(service.getAllFindings().filter((f) => f.code === 'implemented-without-evidence'), []);
});

test('unknown-base-model: a base model no system record or card records; known when a record names it (YAML or front matter) or a card describes it', async () => {
  await check(
    `
//- models/a/README.md
---
license: mit
base_model:
  - mistralai/Mistral-7B-v0.1
  - acme/unknown-llm
    ^^^^^^^^^^^^^^^^ unknown-base-model The base model "acme/unknown-llm" is not recorded
  - veldra/embedder
---
# a

//- systems/assistant.yaml
aims:
  kind: ai-system
  id: SYS-003
  title: Assistant
model:
  name: Mistral-7B-v0.1
base_model: mistralai/Mistral-7B-v0.1

//- models/embedder/README.md
---
license: mit
library_name: sentence-transformers
model-index:
  - name: veldra/embedder
    results: []
---
# embedder
`,
    { codes: ['unknown-base-model'] },
  );
});
