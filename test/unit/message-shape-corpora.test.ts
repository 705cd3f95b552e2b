import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MESSAGE_MAX } from '../../server/src/util/messages';
import { doc, service } from '../helpers/service';

// Every claim finding on the texts writers and readers wrote (the blind probes and the real-text corpora) reads as one
// correct English line: at most MESSAGE_MAX characters, a singular article or "every" before a singular noun, no
// "not all … : all N are …" (none is, so "not all" would imply some are), no clause said twice, no cut mid-word
// followed by a full stop.

const lint = service();
const root = process.cwd();
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);
const PLURAL_HEADS = '(?:therapies|products|cells|analogs|analogues|inhibitors|antibodies|drugs|tumors|tumours|CAR-Ts)';
// "a gene therapies", "every CAR T-cell therapies"; "one of the products" is not one ("of" ends the phrase).
const SINGULAR_BEFORE_PLURAL = new RegExp(`\\b(?:a|an|every|each)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PLURAL_HEADS}\\b`);

function shapeProblems(message: string): string[] {
  // What the writer wrote is quoted as written; only the message's own words are checked.
  const own = message.replace(/"[^"]*"|“[^”]*”/g, '""');
  const found: string[] = [];
  if (message.length > MESSAGE_MAX) found.push(`${message.length} characters`);
  if (SINGULAR_BEFORE_PLURAL.test(own)) found.push('a singular determiner before a plural noun');
  if (/^Not all [^:]+: all \d+ /.test(own)) found.push('"not all" where all differ');
  if (/…\.$|\.\.$/.test(own)) found.push('a cut followed by a full stop');
  const clauses = own.match(/(?:after|in) [^()]{3,40} \(/g) ?? [];
  if (new Set(clauses).size < clauses.length) found.push('a clause said twice');
  if (repeatedConjunct(own)) found.push('a repeated conjunct');
  return found;
}

// A list of names ("Kymriah, Yescarta and Kymriah") or two conjuncts ("the REMS for Breyanzi and Breyanzi") that say
// the same thing twice.
const NAME_LIST = /(?:[\p{Lu}\d][\p{L}\d-]*(?:, |,? (?:and|or) ))+[\p{Lu}\d][\p{L}\d-]*/gu;
// The repeat ends its conjunct: "Autolus and Autolus GmbH" names two companies.
const TWICE =
  /(?:^|[^\p{L}\d-])([\p{L}\d-]+(?: [\p{L}\d-]+){0,3}),? (?:and|or) \1(?=[,.;:)]|$| (?:in|on|for|is|are|was|were|and|or)\b)/u;
function repeatedConjunct(own: string): boolean {
  for (const match of own.matchAll(NAME_LIST)) {
    const [list] = match;
    // A list inside a longer name ("Autolus and Autolus GmbH") is not one of names.
    const after = own.slice(match.index + list.length);
    if (/^ [\p{Lu}\d]/u.test(after) || /[\p{Lu}\d][\p{L}\d-]* $/u.test(own.slice(0, match.index))) continue;
    const items = list.split(/, (?:and |or )?|,? (?:and|or) /);
    if (new Set(items).size < items.length) return true;
  }
  return TWICE.test(own);
}

function claimProblems(diagnostics: Diagnostic[], where: string): string[] {
  return diagnostics
    .filter((d) => CLAIM_CODES.has(String(d.code)))
    .flatMap((d) => shapeProblems(d.message).map((p) => `${where}: ${p}: ${d.message}`));
}

describe('message shape over the probes and real corpora: agreement and length of every claim finding', () => {
  it('finds the defects it looks for', () => {
    assert.deepEqual(shapeProblems('Octreotide is not a gene therapies: it is a somatostatin analog (SSA).'), [
      'a singular determiner before a plural noun',
    ]);
    assert.deepEqual(
      shapeProblems('Not every CAR T-cell therapies uses single infusion: Aucatzyl uses multiple infusions.'),
      ['a singular determiner before a plural noun'],
    );
    assert.deepEqual(shapeProblems('Not all CAR T cells are MHC/HLA-restricted: all 17 are MHC-independent.'), [
      '"not all" where all differ',
    ]);
    assert.deepEqual(
      shapeProblems(
        'Aucatzyl is approved for B-ALL after ≥1 prior line (Nov 2024) and after ≥1 prior line (Jul 2025).',
      ),
      ['a clause said twice'],
    );
    assert.deepEqual(shapeProblems('Octreotide is not approved for carcinoid tumors. Antiproliferative use for….'), [
      'a cut followed by a full stop',
    ]);
    assert.deepEqual(shapeProblems('x'.repeat(MESSAGE_MAX + 1)), [`${MESSAGE_MAX + 1} characters`]);
    assert.deepEqual(
      shapeProblems('No REMS applies now: the FDA eliminated the REMS for Breyanzi and Breyanzi in Jun 2025.'),
      ['a repeated conjunct'],
    );
    assert.deepEqual(shapeProblems('Kymriah, Yescarta and Kymriah are approved for LBCL.'), ['a repeated conjunct']);
    assert.deepEqual(shapeProblems('Kymriah, Yescarta and Breyanzi are approved for LBCL and FL.'), []);
    assert.deepEqual(shapeProblems('Aucatzyl is from Autolus and Autolus GmbH, not Novartis.'), []);
    assert.deepEqual(
      shapeProblems('"Every patient treated with…" overstates efficacy: one of the products is a CAR-T.'),
      [],
    );
  });

  // One test per probe file and per share of a corpus, so none runs near mocha's limit under load; the totals that
  // show the texts exercise the messages are checked after every share has run.
  const dir = join(root, 'test', 'fixtures', 'blind-probes');
  let probeFindings = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    it(`holds for every claim finding of every row of probe ${file}`, function () {
      this.timeout(120_000);
      const found: string[] = [];
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const [id, , , sentence] = line.split('\t');
        if (line.startsWith('#') || !sentence) continue;
        const diagnostics = lint.diagnostics(doc(`${sentence.replaceAll('\\n', '\n')}\n`));
        probeFindings += diagnostics.filter((d) => CLAIM_CODES.has(String(d.code))).length;
        found.push(...claimProblems(diagnostics, `${file} ${id}`));
      }
      assert.deepEqual(found, []);
    });
  }
  it('the probes exercise the claim messages (over 1000 findings in all)', () => {
    assert.ok(probeFindings > 1000, `${probeFindings} findings`);
  });

  const fixtures = join(root, 'test', 'fixtures');
  const SHARE = 100;
  let documents = 0;
  for (const corpus of readdirSync(fixtures).filter((d) => d.startsWith('real-'))) {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true }))
        if (d.isDirectory()) walk(join(dir, d.name));
        else if (d.name.endsWith('.md')) files.push(join(dir, d.name));
    };
    walk(join(fixtures, corpus, 'docs'));
    documents += files.length;
    for (let from = 0; from < files.length; from += SHARE) {
      const share = files.slice(from, from + SHARE);
      it(`holds for every claim finding of ${corpus}, documents ${from + 1}–${from + share.length}`, function () {
        this.timeout(120_000);
        const found: string[] = [];
        for (const file of share)
          found.push(...claimProblems(lint.diagnostics(doc(readFileSync(file, 'utf8'))), file.slice(root.length + 1)));
        assert.deepEqual(found, []);
      });
    }
  }
  it('the real-text corpora hold over 1000 documents', () => {
    assert.ok(documents > 1000, `${documents} documents`);
  });
});
