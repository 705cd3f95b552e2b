import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { RULES } from '../../server/src/rules/all.generated';
import { citationLabel, citedReferences } from '../../server/src/citations/index';
import { AnalysisCache } from '../../server/src/document/analysis';
import { citationDoc, citationService, fixtureFileSystem, textsOf } from '../helpers/citations';
import { applyEdits, documentEdits } from '../helpers/service';

const at = (text: string, needle: string, delta = 1) => {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  return offset + delta;
};
const value = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

const ARTICLE = [
  'Tisagenlecleucel was approved in 2017 [1]. Axicabtagene ciloleucel followed [2, 3].',
  '',
  'Both remain in use [1–2].',
  '',
  '## References',
  '',
  '1. Oncology Nursing Society. FDA approves tisagenlecleucel for B-cell ALL and tocilizumab for cytokine release syndrome. 2017.',
  '2. MedTourCN. Yescarta approval for large B-cell lymphoma. 2017.',
  '3. Neelapu SS, et al. N Engl J Med. 2017.',
  '',
].join('\n');

describe('citations: hover', () => {
  const service = citationService();
  const document = citationDoc(ARTICLE);

  it('on a citation shows the full reference entry and its knowledge-base source', () => {
    const hover = service.hover(document, document.positionAt(at(ARTICLE, '[1]')));
    assert.match(value(hover), /Oncology Nursing Society\. FDA approves tisagenlecleucel/);
    assert.match(value(hover), /Knowledge-base source `ONS-KYM17`/);
    assert.equal(document.getText(hover!.range!), '[1]');
  });

  it("on a number inside a list shows that number's entry", () => {
    const hover = service.hover(document, document.positionAt(at(ARTICLE, '[2, 3]', 4)));
    assert.match(value(hover), /Neelapu SS/);
  });

  it('on an entry shows where it is cited', () => {
    const hover = service.hover(document, document.positionAt(at(ARTICLE, '\n1. Oncology', 1)));
    assert.match(value(hover), /Cited 2 times/);
    assert.match(value(hover), /line 1: `\[1\]`/);
    assert.match(value(hover), /line 3: `\[1–2\]`/);
  });

  it('on an unresolved citation says so', () => {
    const text = 'Claimed [9].\n\n## References\n\n1. A.\n';
    const d = citationDoc(text);
    assert.match(value(service.hover(d, d.positionAt(at(text, '[9]')))), /resolves to no reference entry/);
  });
});

describe('citations: definition and references', () => {
  const service = citationService();
  const document = citationDoc(ARTICLE);

  it('goes from a citation to its entry', () => {
    const [location] = service.definition(document, document.positionAt(at(ARTICLE, '[2, 3]', 4)));
    assert.ok(location);
    assert.equal(location.uri, document.uri);
    assert.equal(document.getText(location.range), '3');
    assert.equal(location.range.start.line, 8);
  });

  it('finds every citation of an entry, ranges included', () => {
    const found = service.references(document, document.positionAt(at(ARTICLE, '\n2. MedTourCN', 1)), false);
    assert.deepEqual(
      found.map((l) => l.range.start.line),
      [0, 2],
    );
    assert.deepEqual(textsOf(document, found), ['2', '2']);
    assert.equal(service.references(document, document.positionAt(at(ARTICLE, '\n2. MedTourCN', 1)), true).length, 3);
  });

  it('also works from a citation', () => {
    assert.equal(service.references(document, document.positionAt(at(ARTICLE, '[1]')), false).length, 2);
  });

  it('goes from a LaTeX citation into the .bib file', () => {
    const tex = readFileSync(path.resolve('test/fixtures/citations/latex-review.tex'), 'utf8');
    const d = citationDoc(tex, 'latex', 'file:///fixtures/latex-review.tex');
    const [location] = citationService({ fileSystem: fixtureFileSystem() }).definition(
      d,
      d.positionAt(at(tex, 'yescarta2017')),
    );
    assert.ok(location);
    assert.equal(location.uri, 'file:///fixtures/car-t.bib');
    const bibLines = readFileSync(path.resolve('test/fixtures/citations/car-t.bib'), 'utf8').split('\n');
    assert.match(bibLines[location.range.start.line]!, /@misc\{yescarta2017,/);
  });
});

describe('citations: completion', () => {
  const service = citationService({ fileSystem: fixtureFileSystem() });
  const labels = (text: string, language: 'markdown' | 'latex' = 'markdown', uri?: string) => {
    const cursor = text.indexOf('|');
    const clean = citationDoc(text.replace('|', ''), language, uri);
    return service.completion(clean, clean.positionAt(cursor)).items.map((i) => i.label);
  };

  it('offers numbered references inside [', () => {
    assert.deepEqual(labels(`${ARTICLE.split('\n')[0]} More [|\n\n## References\n\n1. A.\n2. B.\n`), ['1', '2']);
    assert.deepEqual(labels('More [1, |\n\n## References\n\n1. A.\n2. B.\n'), ['1', '2']);
  });

  it('offers bibliography keys inside [@ and after a ;', () => {
    assert.deepEqual(labels('---\nbibliography: car-t.json\n---\n\nShown [@|', 'markdown', 'file:///fixtures/new.md'), [
      'ons2017',
      'gazeau2023',
    ]);
    assert.deepEqual(
      labels('---\nbibliography: car-t.json\n---\n\nShown [@ons2017; @gaz|', 'markdown', 'file:///fixtures/new.md'),
      ['gazeau2023'],
    );
  });

  it('offers .bib keys inside \\cite{ and after a comma', () => {
    const tex = '\\bibliography{car-t}\nAs shown \\citep[p.~2]{ons2017kymriah, |';
    assert.deepEqual(labels(tex, 'latex', 'file:///fixtures/new.tex'), [
      'ons2017kymriah',
      'yescarta2017',
      'gazeau2023',
    ]);
  });

  it('offers footnote labels inside [^', () => {
    assert.deepEqual(labels('Text.[^|\n\n[^fda]: FDA.\n[^nci]: NCI.\n'), ['fda', 'nci']);
  });

  it('falls back to term completion elsewhere', () => {
    assert.ok(labels('Tisa|').includes('tisagenlecleucel'));
  });
});

describe('citations: bibliography files end to end', () => {
  const ruleIds = ['unknown-reference', 'uncited-reference', 'missing-citation'];
  const rules = RULES.filter((r) => ruleIds.includes(r.meta.id));
  const service = citationService({ fileSystem: fixtureFileSystem(), rules });
  const run = (file: string, language: 'markdown' | 'latex') => {
    const text = readFileSync(path.resolve('test/fixtures/citations', file), 'utf8');
    const d = citationDoc(text, language, `file:///fixtures/${file}`);
    return { d, diagnostics: service.diagnostics(d) };
  };

  it('LaTeX + .bib: an unknown key is an error; unused .bib entries are not reported', () => {
    const { d, diagnostics } = run('latex-review.tex', 'latex');
    assert.deepEqual(
      diagnostics.map((x) => [x.code, d.getText(x.range)]),
      [['unknown-reference', 'zuma1']],
    );
    assert.match(diagnostics[0]!.message, /not in car-t\.bib/);
  });

  it('Pandoc + CSL-JSON: keys resolve, a missing key is an error', () => {
    const { d, diagnostics } = run('pandoc-review.md', 'markdown');
    assert.deepEqual(
      diagnostics.map((x) => [x.code, d.getText(x.range)]),
      [['unknown-reference', 'missing2024']],
    );
  });

  it('a declared file that cannot be read is reported on its declaration', () => {
    const text = '---\nbibliography: nowhere.bib\n---\n\nShown [@a].\n';
    const d = citationDoc(text, 'markdown', 'file:///fixtures/x.md');
    const diagnostics = service.diagnostics(d);
    assert.deepEqual(
      diagnostics.map((x) => [x.code, d.getText(x.range)]),
      [['unknown-reference', 'nowhere.bib']],
    );
  });

  it('the claim-engine helper returns cited entries with their knowledge-base source ids', () => {
    const text = readFileSync(path.resolve('test/fixtures/citations/latex-review.tex'), 'utf8');
    const d = citationDoc(text, 'latex', 'file:///fixtures/latex-review.tex');
    const analysis = new AnalysisCache(service.index, fixtureFileSystem()).get(d);
    const sentence = analysis.sentences.find((s) => s.text.startsWith('Axicabtagene'))!;
    const cited = citedReferences(analysis, sentence);
    assert.deepEqual(
      cited.map((c) => [c.key.key, c.entry?.key, c.sourceId]),
      [
        ['yescarta2017', 'yescarta2017', 'MTC-YES17'],
        ['zuma1', undefined, undefined],
      ],
    );
    const first = analysis.sentences.find((s) => s.text.startsWith('Tisagenlecleucel'))!;
    assert.deepEqual(
      citedReferences(analysis, first).map((c) => c.sourceId),
      ['ONS-KYM17'],
    );
  });
});

describe('citations: quick fixes and severities', () => {
  const rules = RULES.filter((r) => ['unknown-reference', 'uncited-reference', 'missing-citation'].includes(r.meta.id));
  const OUT_OF_ORDER = 'Second [2], then first [1].\n\n## References\n\n1. A.\n2. B.\n';

  it("reports first-use order as information, unless the user sets the rule's level", () => {
    const d = citationDoc(OUT_OF_ORDER);
    assert.deepEqual(
      citationService({ rules })
        .diagnostics(d)
        .map((x) => [x.code, x.severity]),
      [['uncited-reference', 3]],
    );
    const strict = citationService({ rules, settings: { rules: { 'uncited-reference': 'error' } } });
    assert.deepEqual(
      strict.diagnostics(d).map((x) => x.severity),
      [1],
    );
  });

  it('offers the renumbering as a code action that edits citations and list together', () => {
    const service = citationService({ rules });
    const d = citationDoc(OUT_OF_ORDER);
    const diagnostics = service.diagnostics(d);
    const actions = service.codeActions(d, diagnostics[0]!.range, { diagnostics });
    const renumber = actions.find((a) => a.title === 'Renumber references in order of first citation');
    const edits = documentEdits(renumber?.edit, d.uri);
    assert.ok(edits);
    const edited = applyEdits(d, edits);
    assert.equal(edited, 'Second [1], then first [2].\n\n## References\n\n1. B.\n2. A.\n');
  });

  it('removing an uncited entry renumbers ranges and lists that cite later entries', () => {
    const text = 'See [1] and [3–5].\n\n## References\n\n1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n';
    const d = citationDoc(text);
    const service = citationService({ rules });
    const [diagnostic] = service.diagnostics(d);
    assert.equal(diagnostic?.message, 'Reference 2 is never cited in the text: cite it or remove it.');
    const [fix] = service.codeActions(d, diagnostic.range, { diagnostics: [diagnostic] });
    assert.equal(fix?.title, 'Remove reference 2 and renumber');
    assert.equal(
      applyEdits(d, documentEdits(fix?.edit, d.uri)!),
      'See [1] and [2–4].\n\n## References\n\n1. A.\n2. C.\n3. D.\n4. E.\n',
    );
  });

  it("writes a citation of an entry in the document's syntax", () => {
    const model = new AnalysisCache(citationService().index).get(
      citationDoc('A [1].\n\n## References\n\n1. A.\n'),
    ).citations;
    assert.equal(citationLabel(model.entries[0]!, 'markdown'), '[1]');
    const keyed = { ...model.entries[0]!, namespace: 'key' as const, key: 'june2018' };
    assert.equal(citationLabel(keyed, 'latex'), '\\cite{june2018}');
    assert.equal(citationLabel(keyed, 'markdown'), '[@june2018]');
  });
});
