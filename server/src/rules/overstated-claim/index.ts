import { STATEMENT_MEMO_CHARS, TextMemo } from '../../util/memo';
import { notAsserted } from '../../claims/assertion';
import { isTherapy } from '../../claims/knowledge';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type DocumentAnalysis } from '../../document/analysis';
import type { KnowledgeIndex } from '../../kb/index';
import type { Sentence } from '../../text/sentences';
import { capitalize } from '../../util/text';
import { measuredWording, overstatementsIn } from '../../claims/overstatement';
import { claimSentenceOf } from '../../claims/sentence';
import { findPhrase } from '../../claims/words';
import type { Fix, Rule } from '../types';
import { gist } from '../../util/messages';

// Therapies are named by a knowledge-base term or a generic noun; absolute language about anything else is not ours.
const THERAPY_NOUNS = [
  'therapy',
  'therapies',
  'treatment',
  'treatments',
  'drug',
  'drugs',
  'cell',
  'cells',
  'medicine',
  'immunotherapy',
];
// Words every overstatement contains: a cheap test before any word-level work.
const CUE_WORDS =
  /cure|effective|work|guarant|fail|respon|remission|miracle|safe|side.effect|adverse|risk|harmless|toxic|kill|eliminat|eradicat|destroy|relaps|never (?:comes back|returns)/i;
// "will cure your cancer": a promise, not a possibility; the certainty is the overstatement ("may cure" stays hedged).
const CERTAIN_MODALS = ['will', 'shall'];
// Any text containing one of THERAPY_NOUNS: the second cheap test, before the sentence is split into words.
const THERAPY_TEXT = /therap|treatment|drug|cell|medicine/i;

// The fix writes the phrase's measured wording; "Suppress" is the quick fix every diagnostic gets from codeActions.ts.
const rule: Rule = {
  meta: {
    id: 'overstated-claim',
    description:
      'Absolute efficacy or safety language about a therapy ("cures cancer", "100% effective", "no side effects").',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      efficacy:
        '"{{phrase}}" overstates efficacy: responses vary and many patients relapse; say what the evidence shows (e.g. durable remissions in some).',
      safety:
        '"{{phrase}}" overstates safety: cell therapies carry boxed warnings (CRS, neurologic toxicities, secondary cancers); name the risks.',
    },
  },
  check(context) {
    const { document } = context;
    context.forEachSentence((sentence, report) => {
      const hit = overstatementAt(document, sentence);
      if (!hit) return;
      const written = document.text.slice(hit.start, hit.end);
      // A long phrase is quoted by its first words: the squiggle shows the rest, and the message stays one line.
      const quoted = gist(written.replace(/\s+/g, ' '), 30);
      report({
        start: hit.start,
        end: hit.end,
        messageId: hit.kind,
        data: { phrase: quoted },
        // Computed when an output shows fixes: the rewritten sentence is checked again.
        fixes: () => {
          const measured = measuredFix(document, sentence, hit, context.index);
          return measured ? [measured] : [];
        },
      });
    });
  },
};
export default rule;

/** The sentence's first overstatement about a therapy, in an asserted clause. */
function overstatementAt(
  document: DocumentAnalysis,
  sentence: Sentence,
): { start: number; end: number; kind: 'efficacy' | 'safety'; phrase: string } | undefined {
  if (!CUE_WORDS.test(sentence.text)) return undefined;
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  const namesTherapy = mentions.some((m) => isTherapy(m.entity));
  if (!namesTherapy && !THERAPY_TEXT.test(sentence.text)) return undefined;
  const prepared = claimSentenceOf(document, sentence);
  // Too long to judge: unsupported-claim says so.
  if (prepared === 'too long') return undefined;
  if (!namesTherapy && findPhrase(prepared.words, THERAPY_NOUNS) === undefined) return undefined;
  const starts = new Set(prepared.mentions.map((m) => m.from));
  for (const clause of prepared.clauses) {
    if (notAsserted(prepared, clause, CERTAIN_MODALS)) continue;
    const hit = overstatementsIn(prepared.words, clause, starts)[0];
    if (!hit) continue;
    const first = prepared.words[hit.at]!;
    const last = prepared.words[hit.at + hit.length - 1]!;
    return { start: first.start, end: last.end, kind: hit.kind, phrase: hit.phrase };
  }
  return undefined;
}

/**
 * "Write \"may lead to\"": the phrase's measured wording in its place, offered only when the sentence so rewritten
 * overstates nothing (checked on its own).
 */
function measuredFix(
  document: DocumentAnalysis,
  sentence: Sentence,
  hit: { start: number; end: number; phrase: string },
  index: KnowledgeIndex,
): Fix | undefined {
  const measured = measuredWording(hit.phrase);
  if (!measured) return undefined;
  const newText = /^\p{Lu}/u.test(document.text.slice(hit.start, hit.end)) ? capitalize(measured) : measured;
  const rewritten =
    document.text.slice(sentence.start, hit.start) + newText + document.text.slice(hit.end, sentence.end);
  if (overstatesAlone(rewritten, index)) return undefined;
  return { title: `Write "${newText}"`, edits: [{ start: hit.start, end: hit.end, newText }], isPreferred: true };
}

// Per knowledge base: whether a rewritten sentence, checked on its own, still overstates.
const judged = new WeakMap<KnowledgeIndex, TextMemo<boolean>>();

function overstatesAlone(text: string, index: KnowledgeIndex): boolean {
  let memo = judged.get(index);
  if (!memo) judged.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  let overstates = memo.get(text);
  if (overstates === undefined) {
    const analysis = analyze(TextDocument.create('untitled:measured', 'plaintext', 1, text), index);
    overstates = analysis.sentences.some((s) => overstatementAt(analysis, s) !== undefined);
    memo.set(text, overstates);
  }
  return overstates;
}
