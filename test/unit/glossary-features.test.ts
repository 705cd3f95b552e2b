import * as assert from 'node:assert/strict';
import {
  CompletionItemKind,
  type MarkupContent,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildKnowledgeBase, builtInDataDir, readDataFiles } from '../../server/src/kb/load';
import { compactCard } from '../../server/src/service/languageFeatures/hover';
import { builtInKnowledgeBase, doc, service } from '../helpers/service';
import { fixtureService } from '../fixtures/terminology/fixture';

// Hover card, completion, highlights, the glossary commands' answers and "Add to workspace glossary",
// on a fixed knowledge base. Assertions name the content that matters, not whole blobs.
const svc = fixtureService();

function hoverAt(text: string, needle: string, delta = 0): string | undefined {
  const document = doc(text);
  const hover = svc.hover(document, document.positionAt(text.indexOf(needle) + delta));
  return (hover?.contents as MarkupContent | undefined)?.value;
}

function complete(text: string, settings?: unknown) {
  const document = doc(text);
  const service = settings ? fixtureService({ settings }) : svc;
  return service.completion(document, document.positionAt(text.length)).items;
}

describe('glossary: hover card', () => {
  const card = hoverAt('Kymriah is given once.', 'Kymriah')!;
  it('has the AMA headline, badges by name and the aliases by kind', () => {
    assert.match(card, /^### tisagenlecleucel \(Kymriah\)$/m);
    assert.match(card, /`Product` · `FDA-approved` · `CAR T-cell therapy`/);
    assert.match(card, /\*\*Brand:\*\* Kymriah/);
    assert.match(card, /\*\*Short:\*\* tisa-cel/);
    assert.match(card, /\*\*Code:\*\* CTL019/);
    assert.doesNotMatch(card, /Kymirah/, 'misspellings are not aliases to show');
  });
  it('is compact: one-line definition, approvals table, top sources, a link to the full card', () => {
    assert.match(card, /A CD19-directed autologous CAR T-cell therapy\./);
    assert.match(card, /\| FDA: LBCL \| 2018-05 \| Adults \|/);
    assert.match(
      card,
      /\*\*Sources:\*\* \[Kymriah prescribing information \(FDA, 2025-06\)\]\(https:\/\/example\.org\/kymriah\)/,
    );
    assert.match(card, /\[Full card\]\(command:therapyLint\.showGlossaryCard\?%5B%22kymriah%22%5D\)/);
    assert.match(card, /as of 2026-10-31/);
    assert.ok(card.split('\n').length <= 25, `${card.split('\n').length} lines`);
    assert.ok((card.match(/\]\(http/g) ?? []).length <= 3, 'at most three sources');
  });
  it('shows no internal ids (entity or source ids)', () => {
    const ids = [...svc.index.entities()].map((e) => e.id).filter((id) => id.includes('-'));
    for (const needle of ['Kymriah', 'CRES']) {
      const hover = hoverAt(`${needle} was given.`, needle)!;
      const text = hover.replace(/\]\([^)]*\)/g, ']');
      for (const id of ids) assert.doesNotMatch(text, new RegExp(`(?<![\\w-])${id}(?![\\w-])`), `${needle}: ${id}`);
      assert.doesNotMatch(text, /\[[A-Z0-9]+(?:-[A-Z0-9]+)+\]/, `${needle}: a source id`);
    }
  });
  it('stays within 25 lines and shows no source id for every entity of the built-in knowledge base', () => {
    const index = service().index;
    // Internal source ids have a hyphen (ONS-KYM17, JCPT-TABLE); a bare one (AMG119, PMC…) is also a code or number.
    const sourceIds = [...builtInKnowledgeBase().sources.keys()].filter((id) => id.includes('-'));
    for (const entity of index.entities()) {
      const hover = compactCard(entity, index);
      assert.ok(hover.split('\n').length <= 25, `${entity.id}: ${hover.split('\n').length} lines`);
      const shown = hover.replace(/\]\([^)]*\)/g, ']');
      for (const id of sourceIds) assert.ok(!shown.includes(id), `${entity.id}: source id ${id}`);
      assert.doesNotMatch(shown, /\[[A-Z0-9]+(?:-[A-Z0-9]+)+\]/, entity.id);
      if (entity.modality?.includes('-'))
        assert.ok(!shown.includes(`\`${entity.modality}\``), `${entity.id}: modality id`);
    }
  });
  it('Show Glossary keeps the full card (facts, every approval, notes)', () => {
    const full = svc.glossaryCard('kymriah')!;
    assert.match(full, /\| \*\*Target\*\* \| CD19 \|/);
    assert.match(full, /\| FDA \| r\/r LBCL after two or more lines \| 2018-05-01 \|/);
  });
  it('works on every alias, plurals and possessives', () => {
    for (const [text, needle, delta] of [
      ['tisa-cel was given', 'tisa-cel', 2],
      ['CTL019 trial', 'CTL019', 0],
      ["Kymriah's label", "'s", 1],
      ['Kymriah’s label', '’s', 0],
    ] as const) {
      assert.match(hoverAt(text, needle, delta) ?? '', /tisagenlecleucel \(Kymriah\)/, text);
    }
    assert.match(hoverAt('NETs are rare.', 'NETs', 3) ?? '', /### neuroendocrine tumor/);
  });
  it('marks outdated terms with their replacement', () => {
    assert.match(
      hoverAt('CRES was graded.', 'CRES')!,
      /\*\*Outdated term:\*\* write \*immune effector cell-associated neurotoxicity syndrome\*/,
    );
  });
  it('is empty off a term', () => {
    assert.equal(hoverAt('Nothing to see here.', 'Nothing'), undefined);
  });
});

describe('glossary: completion', () => {
  it('completes by prefix with kind icons by entity type', () => {
    const items = complete('The drug Kym');
    const kymriah = items.find((i) => i.label === 'Kymriah');
    assert.equal(kymriah?.kind, CompletionItemKind.Class);
    // The glossary card comes with completionItem/resolve, not with the list.
    assert.equal(kymriah?.documentation, undefined);
    assert.match(
      (svc.resolveCompletion(kymriah!).documentation as MarkupContent).value,
      /### tisagenlecleucel \(Kymriah\)/,
    );
    assert.equal(
      complete('Fever means cytok').find((i) => i.label === 'cytokine release syndrome')?.kind,
      CompletionItemKind.Event,
    );
  });
  it('offers "generic (Brand)" first for a brand, per the setting', () => {
    assert.equal(complete('The drug Kym')[0]?.label, 'tisagenlecleucel (Kymriah)');
    assert.equal(
      complete('The drug Kym', { genericNameStyle: 'Brand (generic)' })[0]?.label,
      'Kymriah (tisagenlecleucel)',
    );
  });
  it('completes fuzzily: later words, letters in order, one typo', () => {
    assert.ok(
      complete('graded as neurotox').some((i) => i.label === 'immune effector cell-associated neurotoxicity syndrome'),
    );
    assert.ok(complete('given tsgn').some((i) => i.label === 'tisagenlecleucel'));
    assert.ok(complete('given tisagenlek').some((i) => i.label === 'tisagenlecleucel'));
    assert.ok(!complete('given tisagenlek').some((i) => i.label === 'Breyanzi'));
  });
  it('expands an abbreviation on its first use only', () => {
    const first = complete('Patients had CR');
    assert.equal(first[0]?.label, 'cytokine release syndrome (CRS)');
    assert.equal(first[0]?.preselect, true);
    const later = complete('Cytokine release syndrome (CRS) is common. Grade 2 CR');
    assert.ok(!later.some((i) => i.label === 'cytokine release syndrome (CRS)'));
    assert.ok(later.some((i) => i.label === 'CRS'));
  });
});

describe('glossary: commands and highlights', () => {
  it('lists every entity for the quick pick and renders its card', () => {
    const entries = svc.glossary();
    assert.equal(entries.length, svc.index.kb.entities.size);
    const kymriah = entries.find((e) => e.id === 'kymriah');
    assert.equal(kymriah?.label, 'tisagenlecleucel (Kymriah)');
    assert.match(kymriah?.detail ?? '', /tisa-cel/);
    assert.match(svc.glossaryCard('crs') ?? '', /### cytokine release syndrome/);
    assert.equal(svc.glossaryCard('no-such-entity'), undefined);
  });
  it('inserts "generic (Brand)" and "Full name (ABBR)" on first use, the short form after', () => {
    const fresh = doc('Start. ');
    assert.equal(svc.insertTerm(fresh, fresh.positionAt(7), 'kymriah'), 'tisagenlecleucel (Kymriah)');
    assert.equal(svc.insertTerm(fresh, fresh.positionAt(7), 'crs'), 'cytokine release syndrome (CRS)');
    const used = doc('Kymriah and CRS. ');
    assert.equal(svc.insertTerm(used, used.positionAt(17), 'kymriah'), 'Kymriah');
    assert.equal(svc.insertTerm(used, used.positionAt(17), 'crs'), 'CRS');
  });
  it('highlights every mention of the term under the cursor, any alias', () => {
    const text = 'Kymriah (tisa-cel) differs from Breyanzi. Kymriah’s label.';
    const document = doc(text);
    const ranges = svc.documentHighlights(document, document.positionAt(1)).map((h) => document.getText(h.range));
    assert.deepEqual(ranges, ['Kymriah', 'tisa-cel', 'Kymriah']);
    assert.deepEqual(svc.documentHighlights(document, document.positionAt(text.indexOf('differs'))), []);
  });
});

describe('glossary: "Add to workspace glossary"', () => {
  const folder = 'file:///work/space';
  const glossaryUri = `${folder}/.therapy-lint/glossary.json`;
  const actionFor = (text: string, word: string, files: Record<string, string> = {}) => {
    const document = TextDocument.create(`${folder}/notes.md`, 'markdown', 1, text);
    const service = fixtureService({ workspaceFolders: [folder], files });
    const at = document.positionAt(text.indexOf(word) + 1);
    return service
      .codeActions(document, { start: at, end: at }, { diagnostics: [] })
      .find((a) => a.title.includes('workspace glossary'));
  };
  const written = (edit: WorkspaceEdit | undefined) => {
    const change = edit?.documentChanges?.find((c): c is TextDocumentEdit => 'edits' in c);
    return JSON.parse(change!.edits[0]!.newText) as {
      entities: { name: string; aliases: { text: string }[]; sources: string[] }[];
      sources: { id: string }[];
    };
  };

  it('creates .therapy-lint/glossary.json with a sourced product entry', () => {
    const action = actionFor('We also gave Zevorcel to two patients.', 'Zevorcel');
    assert.equal(action?.title, 'Add "Zevorcel" to the workspace glossary');
    assert.deepEqual(action?.edit?.documentChanges?.[0], {
      kind: 'create',
      uri: glossaryUri,
      options: { ignoreIfExists: true },
    });
    const data = written(action?.edit);
    assert.equal(data.entities[0]?.name, 'Zevorcel');
    assert.deepEqual(
      data.entities[0]?.aliases.map((a) => a.text),
      ['Zevorcel'],
    );
    assert.ok(
      data.sources.some((s) => data.entities[0]!.sources.includes(s.id)),
      'the entry cites a source in the file',
    );
  });
  it('writes a file the shipped schema accepts, which adds the term to the knowledge base', () => {
    const edit = actionFor('We also gave Zevorcel-2 to two patients.', 'Zevorcel')?.edit;
    const change = edit?.documentChanges?.find((c): c is TextDocumentEdit => 'edits' in c);
    const text = change!.edits[0]!.newText;
    const builtIn = readDataFiles([builtInDataDir()]).files;
    const { kb, problems } = buildKnowledgeBase([...builtIn, { file: '/ws/.therapy-lint/glossary.json', text }]);
    assert.deepEqual(problems, []);
    const added = [...kb.entities.values()].find((e) => e.name === 'Zevorcel-2');
    assert.ok(added, 'the term is in the knowledge base');
    // Its source is there for the writer to complete.
    const source = kb.sources.get(added.sources[0]!);
    assert.match(source?.title ?? '', /to be completed/);
    // Adding a second term to that file keeps it valid.
    const glossaryUri = 'file:///work/space/.therapy-lint/glossary.json';
    const second = actionFor('We also gave Novacel.', 'Novacel', { [glossaryUri]: text })?.edit;
    const secondText = second?.documentChanges?.find((c): c is TextDocumentEdit => 'edits' in c)?.edits[0]?.newText;
    assert.ok(secondText, 'the second term is added');
    assert.deepEqual(
      buildKnowledgeBase([...builtIn, { file: '/ws/.therapy-lint/glossary.json', text: secondText }]).problems,
      [],
    );
  });
  it('extends an existing glossary and leaves a broken one alone', () => {
    const existing = JSON.stringify({
      entities: [
        { id: 'workspace-other', type: 'product', name: 'Other', aliases: [], definition: 'x', sources: ['s'] },
      ],
      sources: [{ id: 's', title: 't', publisher: 'p', citation: 'c', date: '2026' }],
    });
    const data = written(actionFor('We also gave Zevorcel.', 'Zevorcel', { [glossaryUri]: existing })?.edit);
    assert.deepEqual(
      data.entities.map((e) => e.name),
      ['Other', 'Zevorcel'],
    );
    assert.equal(actionFor('We also gave Zevorcel.', 'Zevorcel', { [glossaryUri]: '{ broken' }), undefined);
  });
  it('is not offered for known terms, English words or a sentence’s first word', () => {
    assert.equal(actionFor('We also gave Kymriah.', 'Kymriah'), undefined);
    assert.equal(actionFor('We also gave medicine.', 'medicine'), undefined);
    assert.equal(actionFor('Patients were treated.', 'Patients'), undefined);
  });
});
