import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Rule } from '../../server/src/rules/types';
import type { Sentence } from '../../server/src/text/sentences';
import { AnalysisCache, type DocumentAnalysis } from '../../server/src/document/analysis';
import { keptIn, slotOf } from '../../server/src/document/blocks';
import { KnowledgeIndex } from '../../server/src/kb/index';
import { builtInKnowledgeBase, service } from '../helpers/service';

/** A rule that reports every sentence containing "flag" and records which sentences it checked. */
function countingRule(checked: string[], reachOutside = false): Rule {
  return {
    meta: {
      id: 'overstated-claim',
      description: 'test rule',
      defaultSeverity: 'warning',
      fixable: false,
      messages: { flagged: 'flagged: {{sentence}}' },
    },
    check(context) {
      context.forEachSentence((sentence, report) => {
        checked.push(sentence.text.trim());
        if (sentence.text.includes('flag'))
          report({
            start: sentence.start,
            end: reachOutside ? sentence.end + 1 : sentence.end,
            messageId: 'flagged',
            data: { sentence: sentence.text.trim() },
          });
      });
    },
  };
}

const edit = (document: TextDocument, from: string, to: string) => {
  const at = document.getText().indexOf(from);
  return TextDocument.update(
    document,
    [{ range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, text: to }],
    document.version + 1,
  );
};

describe('forEachSentence replay', () => {
  it('an edit re-checks only the block it changed, and replayed findings move with the text', () => {
    const checked: string[] = [];
    const lint = service({ rules: [countingRule(checked)] });
    let document = TextDocument.create(
      'file:///memo.md',
      'markdown',
      1,
      'First flag here. Second.\n\nThird block flag.\n\nFourth block.\n',
    );
    assert.deepEqual(
      lint.diagnostics(document).map((d) => d.message),
      ['flagged: First flag here.', 'flagged: Third block flag.'],
    );
    checked.length = 0;
    document = edit(document, 'Fourth', 'The fourth');
    const messages = lint.diagnostics(document).map((d) => d.message);
    assert.deepEqual(checked, ['The fourth block.']);
    assert.deepEqual(messages, ['flagged: First flag here.', 'flagged: Third block flag.']);

    checked.length = 0;
    document = edit(document, 'First', 'The very first');
    const moved = lint.diagnostics(document);
    assert.deepEqual(checked, ['The very first flag here.', 'Second.']);
    const third = moved.find((d) => d.message.includes('Third'))!;
    assert.equal(document.getText(third.range), 'Third block flag.', 'the replayed finding is shifted to the text');
  });

  it('in a long block, only the edited sentence is checked again', () => {
    const checked: string[] = [];
    const lint = service({ rules: [countingRule(checked)] });
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here${i === 30 ? ' flag' : ''}.`);
    let document = TextDocument.create('file:///long.md', 'markdown', 1, sentences.join(' ') + '\n');
    lint.diagnostics(document);
    checked.length = 0;
    document = edit(document, 'number 7 ', 'number seven ');
    const found = lint.diagnostics(document);
    assert.deepEqual(checked, ['Sentence number seven is here.']);
    assert.equal(document.getText(found[0]!.range), 'Sentence number 30 is here flag.');
  });

  it('findings that reach outside their sentence are never replayed', () => {
    const checked: string[] = [];
    const lint = service({ rules: [countingRule(checked, true)] });
    let document = TextDocument.create('file:///outside.md', 'markdown', 1, 'A flag here. Plain.\n\nOther block.\n');
    lint.diagnostics(document);
    checked.length = 0;
    document = edit(document, 'Other', 'Another');
    lint.diagnostics(document);
    assert.deepEqual(checked, ['A flag here.', 'Plain.', 'Another block.']);
  });

  it('a block moved by an edit reports its kept findings moved, and keeps them where it was checked', () => {
    const cache = new AnalysisCache(new KnowledgeIndex(builtInKnowledgeBase()));
    const check = (sentence: Sentence, report: (finding: Finding) => void) => {
      if (sentence.text.includes('flag'))
        report({ start: sentence.start, end: sentence.end, messageId: 'flagged', message: 'flagged' });
    };
    const run = (document: TextDocument) => {
      const analysis = cache.get(document);
      const reported: [Finding, Finding | undefined][] = [];
      cache.sentenceChecks.forEach('test', analysis, check, '', (finding, kept) => reported.push([finding, kept]));
      const keptThird = keptIn<{ findings: Finding[] }>(analysis.blocks[1]!.result, slotOf('findings', 'test\0'));
      return { reported, keptThird: keptThird?.findings[0] };
    };
    let document = TextDocument.create('file:///kept.md', 'markdown', 1, 'A flag here.\n\nThird block flag.\n');
    const first = run(document);
    assert.equal(first.reported[1]![1], first.reported[1]![0], 'a finding checked now is reported as kept');
    assert.equal(first.keptThird, first.reported[1]![0]);
    for (const [from, to] of [
      ['A flag', 'A longer flag'],
      ['A longer flag', 'A much longer flag'],
    ]) {
      document = edit(document, from!, to!);
      const { reported, keptThird } = run(document);
      const [moved, kept] = reported[1]!;
      assert.equal(document.getText().slice(moved.start, moved.end), 'Third block flag.', 'moved with its block');
      assert.equal(kept, first.reported[1]![0], 'the object kept when the block was checked');
      assert.equal(keptThird, kept, 'the block keeps no copy where it stands now');
    }
  });

  it('a diagnostic published for a kept finding is published again where its position is the same', () => {
    const lint = service({ rules: [countingRule([])] });
    const capped = { fixEdits: false, capped: true };
    // The paragraph written twice keeps one set of findings for both places.
    let document = TextDocument.create('file:///built.md', 'markdown', 1, 'A flag.\n\nTwice flag.\n\nTwice flag.\n');
    const first = lint.diagnostics(document, capped);
    document = edit(document, 'A flag', 'A longer flag');
    const second = lint.diagnostics(document, capped);
    assert.deepEqual(
      second.map((d) => [d.message, d.range.start.line]),
      [
        ['flagged: A longer flag.', 0],
        ['flagged: Twice flag.', 2],
        ['flagged: Twice flag.', 4],
      ],
    );
    assert.notEqual(second[0], first[0], 'the edited sentence is checked again');
    assert.equal(second[1], first[1]);
    assert.equal(second[2], first[2]);
  });

  it('finish completes checked and replayed findings alike, and is never memoized', () => {
    const checked: string[] = [];
    let version = 0;
    const rule: Rule = {
      meta: {
        id: 'overstated-claim',
        description: 'test rule',
        defaultSeverity: 'warning',
        fixable: false,
        messages: { flagged: 'flagged' },
      },
      check(context) {
        version++;
        context.forEachSentence(
          (sentence, report) => {
            checked.push(sentence.text.trim());
            if (sentence.text.includes('flag'))
              report({ start: sentence.start, end: sentence.end, messageId: 'flagged', detail: sentence.text.trim() });
          },
          '',
          (finding) => ({ ...finding, message: `${finding.message} (${String(finding.detail)}, run ${version})` }),
        );
      },
    };
    const lint = service({ rules: [rule] });
    let document = TextDocument.create('file:///finish.md', 'markdown', 1, 'A flag here.\n\nOther block.\n');
    assert.deepEqual(
      lint.diagnostics(document).map((d) => d.message),
      ['flagged (A flag here., run 1)'],
    );
    checked.length = 0;
    document = edit(document, 'Other', 'Another');
    assert.deepEqual(
      lint.diagnostics(document).map((d) => d.message),
      ['flagged (A flag here., run 2)'],
    );
    assert.deepEqual(checked, ['Another block.'], 'the flagged block was replayed, not checked');
  });
});

describe('selectMentions', () => {
  it('chooses per block once, and returns the document mentions in order', () => {
    const looked: string[] = [];
    let selected: string[] = [];
    let kept: unknown[] = [];
    const rule: Rule = {
      meta: {
        id: 'deprecated-term',
        description: 'test rule',
        defaultSeverity: 'warning',
        fixable: false,
        messages: {},
      },
      check({ document }) {
        selected = document
          .selectMentions('test-brands', (m) => {
            looked.push(m.text);
            return m.alias.kind === 'brand';
          })
          .map((m) => `${m.text}@${m.start}`);
        kept = document.blocks.map(({ result }) => keptIn(result, slotOf('selection', 'mentions\0test-brands')));
      },
    };
    const lint = service({ rules: [rule] });
    let document = TextDocument.create('file:///select.md', 'markdown', 1, 'Kymriah and CRS.\n\nYescarta and ICANS.\n');
    lint.diagnostics(document);
    assert.deepEqual(selected, ['Kymriah@0', 'Yescarta@18']);
    // Kept per block as (mention index, picked) pairs in one flat list: no object per pick.
    assert.deepEqual(kept, [
      [0, true],
      [0, true],
    ]);
    looked.length = 0;
    document = edit(document, 'Kymriah and', 'Kymriah, tisagenlecleucel, and');
    lint.diagnostics(document);
    assert.deepEqual(looked, ['Kymriah', 'tisagenlecleucel', 'CRS'], 'only the changed block is looked at');
    assert.deepEqual(
      selected,
      ['Kymriah@0', 'Yescarta@37'],
      'unchanged blocks bring their mentions at their new offsets',
    );
  });

  it('selectSentences passes each sentence with its own mentions', () => {
    let selected: string[] = [];
    const rule: Rule = {
      meta: {
        id: 'deprecated-term',
        description: 'test rule',
        defaultSeverity: 'warning',
        fixable: false,
        messages: {},
      },
      check({ document }) {
        selected = document
          .selectSentences('test-with-terms', (_, mentions) => (mentions.length ? mentions[0]!.text : undefined))
          .map(({ sentence, picked }) => `${document.text.slice(sentence.start, sentence.end)} (${picked})`);
      },
    };
    const lint = service({ rules: [rule] });
    lint.diagnostics(
      TextDocument.create(
        'file:///sentences.md',
        'markdown',
        1,
        'Plain words. Kymriah is here.\n\nNothing. CRS too.\n',
      ),
    );
    assert.deepEqual(selected, ['Kymriah is here. (Kymriah)', 'CRS too. (CRS)']);
  });
});

// A block's sentences and mentions are the analysis's own objects (one set, not a relative and an absolute copy), placed
// where the block stands in the version analyzed.
describe('block results share the analysis sentences and mentions', () => {
  const index = new KnowledgeIndex(builtInKnowledgeBase());

  /**
   * Every sentence and mention stands at its text in this version, and is its block's own object where the block was
   * placed last (a paragraph written twice is placed at its last place).
   */
  function assertPlaced(analysis: DocumentAnalysis): void {
    const lastPlace = new Map(analysis.blocks.map(({ result }, b) => [result, b]));
    analysis.blocks.forEach(({ result, firstSentence, firstMention }, b) => {
      const own = lastPlace.get(result) === b;
      if (own) assert.equal(result.at, analysis.prose.blocks[b]!.start);
      result.sentences.forEach((_, i) => {
        const s = analysis.sentences[firstSentence + i]!;
        if (own) assert.equal(s, result.sentences[i]);
        assert.equal(s.blockIndex, b);
        assert.equal(analysis.prose.masked.slice(s.start, s.end), s.text);
      });
      result.mentions.forEach((_, i) => {
        const m = analysis.mentions[firstMention + i]!;
        if (own) assert.equal(m, result.mentions[i]);
        assert.equal(analysis.text.slice(m.start, m.end), m.text);
      });
    });
  }

  it('in a new document, after an edit moves blocks, and for a paragraph written twice', () => {
    const cache = new AnalysisCache(index);
    const twice = 'Kymriah is approved. Yescarta is not.';
    let document = TextDocument.create(
      'file:///placed.md',
      'markdown',
      1,
      `# Review\n\n${twice}\n\nCRS.\n\n${twice}\n`,
    );
    const first = cache.get(document);
    assertPlaced(first);
    assert.equal(first.mentions.length, 5);
    document = edit(document, 'Review', 'A longer review');
    const second = cache.get(document);
    assertPlaced(second);
    // A moved block's objects are new; an unmoved one keeps its objects.
    assert.notEqual(second.mentions.at(-1), first.mentions.at(-1));
    assert.equal(second.mentions.at(-1)!.start, first.mentions.at(-1)!.start + 'A longer '.length);
  });

  it('pickMentions sees offsets relative to the block, wherever the block stands', () => {
    const cache = new AnalysisCache(index);
    const document = TextDocument.create('file:///picked.md', 'markdown', 1, '# Title\n\nWords before Kymriah here.\n');
    const picked = cache
      .get(document)
      .pickMentions(
        'test-relative',
        (mention, blockSource) => `${mention.start}:${blockSource.slice(mention.start, mention.end)}`,
      );
    assert.deepEqual(
      picked.map((p) => p.picked),
      ['13:Kymriah'],
    );
  });
});
