import { authorCitations, citingFor, type Citing } from '../../claims/citation';
import { checkSentenceIn } from '../../claims/engine';
import { correctionFixes, substitutionFix } from '../../claims/fixes';
import { checkFramed } from '../../claims/framing';
import { checkNotation } from '../../claims/notation';
import {
  answersSlot,
  checkUnit,
  elidesCondition,
  framePeriod,
  leadInElsewhere,
  unitContext,
  unjudgedFrame,
} from '../../claims/bullets';
import { antecedentKey } from '../../claims/discourse';
import { headingElsewhere, headingPlaceOf, namesNonDefaultRegulator, placeIn } from '../../claims/place';
import { wordsOf } from '../../claims/words';
import { underRefutingHeading } from '../../claims/heading';
import type { KnowledgeIndex } from '../../kb/index';
import type { DocumentAnalysis } from '../../document/analysis';
import { RELATIONS } from '../../claims/relations/all.generated';
import { documentContextKey } from '../../claims/period';
import { endAfterCitations, startAfterCitations } from '../../citations/edits';
import type { ClaimFinding } from '../../claims/relations/types';
import type { Rule } from '../types';
import { type Fix, lazyFix } from '../../document/findings';
import { identifyingData, type MessageData } from '../../util/messages';
import { spellOutAbbreviations } from './abbreviations';
import { rewriteKeeps } from '../../claims/rewrite';
import { lowerBound } from '../../util/sorted';
import { detach } from '../../util/memo';

// Sentences whose assertion the knowledge base contradicts, judged by the relations in claims/relations/.
// "Mark as reviewed" is the suppression quick fix every diagnostic gets from codeActions.ts.
const rule: Rule = {
  meta: {
    id: 'unsupported-claim',
    description:
      'A statement the knowledge base contradicts (approvals, targets, classes, design, firsts, management, safety, terminology).',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      // The relation's own one-line message (claims/relations/*/index.ts): what the text says and what is recorded.
      contradicted: '{{claim}}',
    },
  },
  check(context) {
    const { document, index } = context;
    // How fixes cite depends on the reference list, not on the sentence: added by `finish`, after the memo.
    let citing: Citing | undefined;
    context.forEachSentence(
      (sentence, report) => {
        // A bullet under a heading dated after the knowledge base ("## Outlook for 2030") is a forecast.
        const frame = framePeriod(document, sentence, index);
        if (unjudgedFrame(frame) || underRefutingHeading(document, sentence)) return;
        // "Breyanzi — Gene editing: no" is a frame: read as a sentence, its "no" would be lost.
        const result =
          answersSlot(document, sentence) || elidesCondition(document, sentence)
            ? undefined
            : checkSentenceIn(document, sentence, index, undefined, frame);
        if (!result) {
          // A table cell says what its row and column make of it, a bullet what its lead-in frames: judged as that
          // statement, on the cell or the bullet.
          const units = checkUnit(document, sentence, index);
          for (const finding of units)
            report({
              start: sentence.start,
              end: sentence.end,
              messageId: 'contradicted',
              data: claimData(finding),
              sources: finding.sources,
            });
          // A terse notation line ("Yescarta sponsor -> Novartis", a YAML or JSON record): judged as the table row it
          // writes, on its line.
          if (!units.length)
            for (const { finding, start, end } of checkNotation(document, sentence, index, frame))
              report({ start, end, messageId: 'contradicted', data: claimData(finding), sources: finding.sources });
          // A statement carried by a frame around the main clause (a relative, an appositive, an absolute premise, a comparison's
          // standard, an endorsed quotation): judged as a plain sentence, on the words that carry it.
          for (const { finding, start, end } of checkFramed(document, sentence, index))
            report({ start, end, messageId: 'contradicted', data: claimData(finding), sources: finding.sources });
          return;
        }
        // Given with each finding for its fix, without the spare room `push` left (a 15 MB document has 66,000).
        const findings = result.findings.slice();
        // Without a superscript citation of the sentence before, which the splitter leaves at its start.
        const sentenceStart = startAfterCitations(document.citations, document.text, result.start);
        // One finding per statement: alone in its sentence, on the sentence (its fix rewrites it); among several,
        // on its own words when the relation says which.
        const several = findings.length > 1;
        for (const finding of findings) {
          const start = several && finding.start !== undefined ? Math.max(finding.start, sentenceStart) : sentenceStart;
          report({
            start,
            end: several && finding.end !== undefined ? Math.min(finding.end, result.end) : result.end,
            messageId: 'contradicted',
            data: claimData(finding),
            sources: finding.sources,
            // Relative to the finding: a replayed finding is moved with its sentence, its detail is not.
            detail: { start: sentenceStart - start, end: result.end - start } satisfies SentenceSpan,
            // An open document does not keep them with the findings it replays: `contradictedIn` works them out again.
            transient: findings,
          });
        }
      },
      // A sentence is judged as of its document's date, and in the place its title names.
      documentContextKey(document.prose),
      (finding) => {
        // Under a heading that names another regulator ("## Japan"), no statement is judged by the default
        // regulator's record; one that names another regulator ("- Approved by the NMPA in 2018") is judged by that
        // one's. Applied after the per-sentence memo: a paragraph's text does not say its heading.
        if (
          REGULATED.has(String(finding.data?.relation)) &&
          (headingElsewhere(document, finding, index) || leadInElsewhere(document, finding, index)) &&
          !namesOtherRegulator(document, finding, index)
        )
          return;
        const { detail, transient, ...rest } = finding;
        if (!detail) return rest;
        // The fix rewrites the whole sentence, with its own citations right after it (keeping them).
        const relative = detail as SentenceSpan;
        const sentence = { start: finding.start + relative.start, end: finding.start + relative.end };
        let findings = transient as ClaimFinding[] | undefined;
        const claim = String(finding.data?.claim ?? '');
        // "Replace "CD19" with "BCMA"": on part of a sentence too, as it changes only the wrong value.
        const substitution = (preferred: boolean) => {
          const own = replacementOf(finding.data!, sentence, claim, () =>
            (findings ??= contradictedIn(document, sentence.start, index)).find((f) => f.message === claim),
          );
          const text = document.text.slice(sentence.start, sentence.end);
          return own && substitutionFix(text, sentence.start, own, index, preferred);
        };
        // A sentence rewrite would change words outside a finding on part of the sentence.
        if (finding.start !== sentence.start || finding.end !== sentence.end)
          return { ...rest, fixes: () => [substitution(true)].filter((f) => f !== undefined) };
        const spell = (statement: string) => spellOutAbbreviations(document, sentence.start, statement, index);
        const fixesSpelled = (spelling: (statement: string) => string) => {
          const end = endAfterCitations(document.citations, document.text, sentence.end);
          // The rewrite replaces the whole sentence: offered only when the sentence says nothing beyond its claim.
          // The message names what the claim got wrong ("…, not Novartis"): those words may go.
          const names = document.mentionsIn(sentence.start, sentence.end);
          const text = withoutCitations(document, sentence.start, sentence.end);
          const keepsSentence = (statement: string) =>
            rewriteKeeps(text, sentence.start, names, `${statement} ${claim}`, index);
          return correctionFixes(
            () => (citing ??= citingFor(document, index)).writer(),
            sentence.start,
            end,
            (findings ??= contradictedIn(document, sentence.start, index)),
            authorCitations(document, sentence.start, end),
            index,
            spelling,
            keepsSentence,
          );
        };
        // Computed only when an output shows fixes (never for CLI text): rewriting and re-checking each choice costs.
        // The rewrite, when one is kept, also cites the source: preferred over the substitution.
        return {
          ...rest,
          fixes: () => {
            const rewrites = fixesWithKnownTitles(finding.data!, spell, fixesSpelled);
            const substituted = substitution(!rewrites.some((f) => f.isPreferred));
            return substituted ? [...rewrites, substituted] : rewrites;
          },
        };
      },
      // "It targets BCMA." is judged by the product named before it; a table cell by its row and column, a bullet
      // by its lead-in, a subjectless sentence by its section's heading.
      (sentence) => {
        const unit = unitContext(document, sentence, index);
        // A heading naming the default regulator's place gives the sentence its regulator.
        const key =
          headingPlaceOf(document, sentence, index) === 'default'
            ? `${antecedentKey(document, sentence)}\0default`
            : antecedentKey(document, sentence);
        // A heading that turns its section into quoted errors changes every verdict under it.
        const refuted = underRefutingHeading(document, sentence) ? '\0refuted' : '';
        return sentence.block === 'table-cell' || sentence.block === 'list-item' || unit
          ? `${key}\0${unit}${refuted}`
          : `${key}${refuted}`;
      },
    );
  },
};
export default rule;

const REGULATED = new Set(RELATIONS.filter((r) => r.meta.regulated).map((r) => r.meta.id));

/**
 * Whether the sentence a finding is on names a regulator other than the default one ("- Approved by the NMPA in 2018"),
 * by name or country, and no place the knowledge base does not cover: that record judged it, not the default one's.
 */
function namesOtherRegulator(
  document: DocumentAnalysis,
  finding: { start: number; end: number; detail?: unknown },
  index: KnowledgeIndex,
): boolean {
  const relative = finding.detail as SentenceSpan | undefined;
  const start = relative ? finding.start + relative.start : finding.start;
  const end = relative ? finding.start + relative.end : finding.end;
  const words = wordsOf(document.text.slice(start, end));
  const mentions = document.mentionsIn(start, end);
  if (placeIn(words, mentions) !== 'named') return false;
  return namesNonDefaultRegulator(words, mentions, index);
}

/** The document's text from `start` to `end` with its citations blanked: the rewrite keeps them (`authorCitations`). */
function withoutCitations(document: DocumentAnalysis, start: number, end: number): string {
  let text = document.text.slice(start, end);
  // A binary search, as in `authorCitations`: a manuscript has thousands of citations, and this runs per fix.
  const { citations } = document.citations;
  for (let i = Math.max(lowerBound(citations, start) - 1, 0); i < citations.length && citations[i]!.start < end; i++) {
    if (citations[i]!.end <= start) continue;
    const from = Math.max(citations[i]!.start, start) - start;
    const to = Math.min(citations[i]!.end, end) - start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** What a claim finding keeps for its fix: its sentence, offsets relative to the finding's start. */
interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The statements the knowledge base contradicts in the sentence at `offset`, as its check found them: a replayed
 * finding is the check's result in this version (the memo replays it only where the check would say the same).
 */
function contradictedIn(document: DocumentAnalysis, offset: number, index: KnowledgeIndex): ClaimFinding[] {
  const sentence = document.sentenceAt(offset);
  const frame = sentence && framePeriod(document, sentence, index);
  if (!sentence || unjudgedFrame(frame) || answersSlot(document, sentence)) return [];
  const result = checkSentenceIn(document, sentence, index, undefined, frame);
  return result && 'findings' in result ? result.findings.slice() : [];
}

/**
 * What the sentence's check found to replace for the finding with this message data, as `substitutionFix` reads it
 * (placed in the sentence where it stands now). A replayed finding keeps its message data, and the memo replays it only
 * where the check would say the same of the same sentence: what an earlier version worked out is kept with the data, so
 * that the sentence is not checked again at every keystroke to title its fix (that check was two thirds of an edit's
 * work on a 3,000-line manuscript). `find` works it out when nothing is kept (a new finding, or a sentence whose length
 * changed).
 */
function replacementOf(
  data: MessageData,
  sentence: SentenceSpan,
  claim: string,
  find: () => ClaimFinding | undefined,
): Pick<ClaimFinding, 'message' | 'replace'> | undefined {
  const length = sentence.end - sentence.start;
  let known = replacements.get(data);
  if (!known || known.length !== length) {
    const own = find();
    const replace = own?.replace && {
      from: own.replace.start - sentence.start,
      to: own.replace.end - sentence.start,
      // A copy: a slice of the document would keep that version's whole text.
      text: detach(own.replace.text),
    };
    replacements.set(data, (known = { length, found: own !== undefined, replace }));
  }
  if (!known.found) return undefined;
  const { replace } = known;
  return {
    message: claim,
    replace: replace && { start: sentence.start + replace.from, end: sentence.start + replace.to, text: replace.text },
  };
}

/** Per finding's message data: whether its sentence's check found it, and what to replace, relative to the sentence. */
const replacements = new WeakMap<
  MessageData,
  { length: number; found: boolean; replace: { from: number; to: number; text: string } | undefined }
>();

/**
 * A sentence's fixes whose titles an earlier version already wrote: the same statements (a replayed finding keeps its
 * message data), spelled alike where they stand, get the same titles, so the titles of an unchanged sentence are not
 * written again at every keystroke. Their edits, which depend on the whole document (its citations and reference
 * list), are computed afresh when asked for.
 */
function fixesWithKnownTitles(
  data: MessageData,
  spell: (statement: string) => string,
  fixesSpelled: (spell: (statement: string) => string) => Fix[],
): Fix[] {
  const known = titlesOf.get(data);
  if (known && [...known.spelled].every(([statement, spelled]) => spell(statement) === spelled)) {
    let computed: Fix[] | undefined;
    return known.fixes.map(({ title, isPreferred, large }, i) =>
      lazyFix(title, () => (computed ??= fixesSpelled(spell))[i]!.edits, isPreferred, large),
    );
  }
  // Titles depend on the statements, the knowledge base and how each statement is spelled here: what is kept.
  const spelled = new Map<string, string>();
  const fixes = fixesSpelled((statement) => {
    const written = spell(statement);
    spelled.set(statement, written);
    return written;
  });
  titlesOf.set(data, {
    spelled,
    fixes: fixes.map(({ title, isPreferred, large }) => ({ title, isPreferred, large })),
  });
  return fixes;
}

/** Per finding's message data (kept on the sentence's memoized finding): its fixes' titles and how it spelled them. */
const titlesOf = new WeakMap<
  MessageData,
  { spelled: Map<string, string>; fixes: Pick<Fix, 'title' | 'isPreferred' | 'large'>[] }
>();

/** The relation's message, with its verdict and what identifies it (CLI, SARIF, tests compare findings by these). */
function claimData(finding: ClaimFinding): MessageData {
  return {
    claim: finding.message,
    relation: finding.relation,
    verdict: finding.messageId,
    ...Object.fromEntries(
      Object.entries(identifyingData(finding.data ?? {})).map(([key, value]) => [`${finding.relation}.${key}`, value]),
    ),
  };
}
