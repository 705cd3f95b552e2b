import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TABLES as RELATION_TABLES } from '../../server/src/claims/relations/tests.generated';
import { TABLES as RULE_TABLES } from '../../server/src/rules/tests.generated';
import type { Entity } from '../../server/src/kb/types';
import { MESSAGE_MAX } from '../../server/src/util/messages';
import { MAX_FINDING_SOURCES } from '../../server/src/service/languageFeatures/diagnostics';
import { builtInKnowledgeBase, doc, service } from '../helpers/service';

// Issue 14: a finding is read in one line of a Problems panel. Every message of every rule and relation, rendered
// from the knowledge base's own data, is one line of at most MESSAGE_MAX characters, and carries at most
// MAX_FINDING_SOURCES sources and no related information (that is for places in documents, not data rows).

const lint = service();

function problems(diagnostics: Diagnostic[], where: string): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    if (d.message.includes('\n')) out.push(`${where}: ${d.code}: several lines: ${JSON.stringify(d.message)}`);
    if (d.message.length > MESSAGE_MAX)
      out.push(`${where}: ${d.code}: ${d.message.length} characters: ${JSON.stringify(d.message)}`);
    if (d.relatedInformation?.length) out.push(`${where}: ${d.code}: related information on a knowledge-base finding`);
    // A name that already carries its abbreviation is not given it again ("cytokine release syndrome (CRS) (CRS)").
    if (/(\([^()]+\)) \1/.test(d.message)) out.push(`${where}: ${d.code}: doubled parenthesis: ${d.message}`);
    const sources = (d.data as { sources?: string[] } | undefined)?.sources ?? [];
    if (sources.length > MAX_FINDING_SOURCES) out.push(`${where}: ${d.code}: ${sources.length} sources`);
  }
  return out;
}

const root = process.cwd();

/** Sentences built from the knowledge base: each product and class against each condition, target and date. */
function knowledgeSentences(): string[] {
  const entities = [...builtInKnowledgeBase().entities.values()];
  const name = (e: Entity) => e.aliases.find((a) => a.kind === 'brand')?.text ?? e.name;
  const products = entities.filter((e) => e.type === 'product' || e.type === 'drug');
  const conditions = entities.filter((e) => e.type === 'indication' || e.type === 'syndrome');
  const antigens = entities.filter((e) => e.type === 'antigen');
  const classes = entities.filter((e) => e.type === 'therapy-class');
  const sentences: string[] = [];
  for (const p of products) {
    for (const c of conditions)
      sentences.push(
        `${name(p)} is approved for ${c.name}.`,
        `${name(p)} is not FDA-approved for ${c.name}.`,
        `${name(p)} is approved for children with ${c.name} in the first line.`,
      );
    for (const a of antigens) sentences.push(`${name(p)} targets ${a.name}.`);
    sentences.push(
      `${name(p)} was first approved in 2010.`,
      `${name(p)} was the first CAR-T approved by the FDA.`,
      `${name(p)} had no boxed warning and no REMS.`,
    );
  }
  for (const k of classes)
    for (const c of conditions)
      sentences.push(
        `No ${k.name} is FDA-approved for ${c.name}.`,
        `Several ${k.name} products are approved for ${c.name}.`,
      );
  return sentences;
}

describe('message shape: one line, at most about 160 characters, at most three sources', () => {
  it('holds for every invalid case of every rule and relation test table', () => {
    const found: string[] = [];
    for (const [id, tests] of Object.entries(RULE_TABLES))
      for (const c of tests.invalid) found.push(...problems(lint.diagnostics(doc(c.text, c.language)), `${id} table`));
    for (const [id, tests] of Object.entries(RELATION_TABLES))
      for (const c of tests.invalid) found.push(...problems(lint.diagnostics(doc(c.text)), `${id} table`));
    assert.deepEqual(found, []);
  });

  it('holds for sentences built from every product, class, condition and antigen in the knowledge base', function () {
    this.timeout(900_000); // whole corpora: minutes on a loaded 2-core machine
    const sentences = knowledgeSentences();
    const found: string[] = [];
    let flagged = 0;
    // In documents of a few hundred sentences, as writers' documents are.
    for (let i = 0; i < sentences.length; i += 200) {
      const diagnostics = lint.diagnostics(doc(sentences.slice(i, i + 200).join('\n\n')));
      flagged += diagnostics.filter((d) => d.code === 'unsupported-claim').length;
      found.push(...problems(diagnostics, 'knowledge-base sentences'));
    }
    assert.ok(flagged > 500, `the generated sentences exercise the claim messages (${flagged} findings)`);
    assert.deepEqual(found, []);
  });

  it('holds on the examples and on both real-text corpora', function () {
    this.timeout(900_000); // whole corpora: minutes on a loaded 2-core machine
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true }))
        if (d.isDirectory()) walk(join(dir, d.name));
        else if (/\.(md|txt|tex)$/.test(d.name)) files.push(join(dir, d.name));
    };
    walk(join(root, 'examples'));
    walk(join(root, 'test', 'fixtures', 'real-corpus', 'docs'));
    walk(join(root, 'test', 'fixtures', 'real-heldout', 'docs'));
    const found: string[] = [];
    for (const file of files) {
      const language = file.endsWith('.tex') ? 'latex' : file.endsWith('.txt') ? 'plaintext' : 'markdown';
      found.push(...problems(lint.diagnostics(doc(readFileSync(file, 'utf8'), language)), file.slice(root.length + 1)));
    }
    assert.deepEqual(found, []);
  });
});
