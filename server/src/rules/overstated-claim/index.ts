import { notAsserted } from '../../claims/assertion';
import { isTherapy } from '../../claims/knowledge';
import { overstatementsIn } from '../../claims/overstatement';
import { claimSentenceOf } from '../../claims/sentence';
import { findPhrase } from '../../claims/words';
import type { Rule } from '../types';
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
  /cure|effective|work|guarant|fail|respond|remission|miracle|safe|side.effect|adverse|risk|harmless|toxic|kill|eliminat|eradicat|destroy|relaps|never (?:comes back|returns)/i;
// Any text containing one of THERAPY_NOUNS: the second cheap test, before the sentence is split into words.
const THERAPY_TEXT = /therap|treatment|drug|cell|medicine/i;

// "Mark as reviewed" is the suppression quick fix every diagnostic gets from codeActions.ts.
const rule: Rule = {
  meta: {
    id: 'overstated-claim',
    description:
      'Absolute efficacy or safety language about a therapy ("cures cancer", "100% effective", "no side effects").',
    defaultSeverity: 'warning',
    fixable: false,
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
      if (!CUE_WORDS.test(sentence.text)) return;
      const mentions = document.mentionsIn(sentence.start, sentence.end);
      const namesTherapy = mentions.some((m) => isTherapy(m.entity));
      if (!namesTherapy && !THERAPY_TEXT.test(sentence.text)) return;
      const prepared = claimSentenceOf(document, sentence);
      // Too long to judge: unsupported-claim says so.
      if (prepared === 'too long') return;
      if (!namesTherapy && findPhrase(prepared.words, THERAPY_NOUNS) === undefined) return;
      const starts = new Set(prepared.mentions.map((m) => m.from));
      for (const clause of prepared.clauses) {
        if (notAsserted(prepared, clause)) continue;
        const hit = overstatementsIn(prepared.words, clause, starts)[0];
        if (!hit) continue;
        const first = prepared.words[hit.at]!;
        const last = prepared.words[hit.at + hit.length - 1]!;
        // A long phrase is quoted by its first words: the squiggle shows the rest, and the message stays one line.
        const quoted = gist(document.text.slice(first.start, last.end).replace(/\s+/g, ' '), 30);
        report({
          start: first.start,
          end: last.end,
          messageId: hit.kind,
          data: { phrase: quoted },
        });
        return;
      }
    });
  },
};
export default rule;
