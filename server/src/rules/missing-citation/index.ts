import {
  appendReference,
  insertCitation,
  numberedCiting,
  referenceText,
  startAfterCitations,
  type NumberedCiting,
} from '../../citations/edits';
import type { CitationModel } from '../../citations/index';
import { type KnowledgeIndex, sourceDate } from '../../kb/index';
import type { Source } from '../../kb/types';
import type { TermMatch } from '../../terms/matcher';
import type { DocumentAnalysis } from '../../document/analysis';
import type { Sentence } from '../../text/sentences';
import { lazyFix, type Fix, type Rule } from '../types';
import { gist } from '../../util/messages';

// What makes a sentence checkable. `mention`: only with a knowledge-base term in the sentence, so that
// "approval takes years" or "the first step" is not a claim about a therapy.
const CUES: { kind: string; pattern: RegExp; mention: boolean }[] = [
  {
    kind: 'a statistic',
    pattern:
      /\d[\d.,]*\s?(?:%|percent\b)|\b(?:hazard ratio|odds ratio|HR|OR)\b[\s=:,]*\d|\bp\s?[<=>≤]\s?0?\.\d|\bmedian\b[^.;]{0,60}\d/i,
    mention: false,
  },
  {
    kind: 'an approval',
    pattern: /\b(?:approv(?:ed|al|als|es)|authori[sz](?:ed|ation)|licensed|cleared by)\b/i,
    mention: true,
  },
  {
    kind: 'a date',
    pattern:
      /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}(?:-\d{2})?|(?:in|since|by|until)\s+(?:19|20)\d{2})\b/i,
    mention: true,
  },
  {
    kind: 'an efficacy or safety result',
    pattern:
      /\b(?:(?:overall |objective |complete |partial )?response rates?|complete (?:response|remission)s?|(?:progression|event|disease|relapse|leukemia)-free survival|overall survival|(?:met|missed|failed to meet) (?:its|the) (?:primary )?end ?point|(?:reduced|improved|prolonged) (?:the )?(?:risk|survival)|non-relapse mortality|treatment-related deaths?|(?:occurred|developed|reported) in \d)/i,
    mention: true,
  },
  {
    kind: 'a "first"',
    pattern: /\b(?:the|its|their) first\b(?![- ]line)|\bfirst-(?:ever|in-class)\b|\bfirst to\b/i,
    mention: true,
  },
];
// Hedged, general or the authors' own statements are not claims that need a source (statistics still do).
const HEDGE =
  /\b(?:may|might|could|possibly|potentially|perhaps|suggests?|suggested|appears?|seems?|likely|unlikely|unclear|uncertain|unknown|hypothes\w*|whether|hopes?|expected to|would|generally|typically|usually|often|in general)\b/i;
const OWN_WORK = /\b(?:we|our|this (?:review|article|paper|chapter))\b/i;
const CLAIM_BLOCKS = new Set(['paragraph', 'list-item', 'quote']);

const rule: Rule = {
  meta: {
    id: 'missing-citation',
    description:
      'A sentence stating a checkable fact (an approval, a date, a statistic, a result, a "first") without a citation.',
    defaultSeverity: 'warning',
    fixable: true,
    // A false statement is to be corrected, not cited.
    supersededBy: { 'unsupported-claim': ['contradicted'] },
    messages: {
      uncited: 'States {{claim}} without a citation: cite a source.',
      uncitedKnownSource:
        'States {{claim}} without a citation: cite a source (the knowledge base cites {{publisher}}, {{date}}).',
      uncitedParagraph: 'States {{claim}} without a citation in its paragraph: cite a source.',
      uncitedParagraphKnownSource:
        'States {{claim}} without a citation in its paragraph: cite a source (the knowledge base cites {{publisher}}, {{date}}).',
    },
  },
  check(context) {
    const analysis = context.document;
    const model = analysis.citations;
    // A document with no citation, reference list or bibliography (a leaflet, a web page) is not held to citing.
    if (!model.citations.length && !model.entries.length && !model.bibliographies.length) return;
    const byParagraph = context.settings.citationPlacement === 'paragraph';
    let citing: CitingFacts | undefined;
    // A sentence's claim kind and the knowledge base's source for it depend only on its text and its
    // terms: chosen once per block.
    const claims = analysis.selectSentences('missing-citation', (sentence, mentions) => {
      const kind = isClaim(sentence) ? cueOf(sentence.text, mentions.length > 0) : undefined;
      return kind ? { kind, sourceId: claimSource(sentence.text, mentions, context.index) } : undefined;
    });
    for (const {
      sentence,
      picked: { kind, sourceId },
    } of claims) {
      if (model.inReferenceRegion(sentence.start)) continue;
      const block = analysis.prose.blocks[sentence.blockIndex]!;
      const span = byParagraph ? block : sentence;
      if (model.citationsFor(span.start, span.end).some((c) => !c.silent)) continue;
      const start = startAfterCitations(model, analysis.text, sentence.start);
      const source = sourceId ? context.index.source(sourceId) : undefined;
      context.report({
        start,
        end: sentence.end,
        messageId: `uncited${byParagraph ? 'Paragraph' : ''}${source ? 'KnownSource' : ''}`,
        data: {
          claim: kind,
          ...(source ? { publisher: gist(source.publisher, 50), date: sourceDate(source) } : {}),
        },
        ...(source ? { sources: [source.id] } : {}),
        // Computed only when an output shows fixes.
        ...(source
          ? {
              fixes: () => {
                const fix = citeFix(analysis, model, (citing ??= citingFacts(analysis.text, model)), sentence, source);
                return fix ? [fix] : [];
              },
            }
          : {}),
      });
    }
  },
};

const isClaim = (sentence: Sentence) => CLAIM_BLOCKS.has(sentence.block) && !sentence.text.endsWith('?');

function cueOf(text: string, hasMention: boolean): string | undefined {
  if (OWN_WORK.test(text)) return undefined;
  const hedged = HEDGE.test(text);
  for (const cue of CUES) {
    if (cue.mention && (!hasMention || hedged)) continue;
    if (cue.pattern.test(text)) return cue.kind;
  }
  return undefined;
}

/**
 * The knowledge base's source for the sentence's claim: the approval it names (by indication or year), or its "first".
 */
function claimSource(text: string, mentions: readonly TermMatch[], index: KnowledgeIndex): string | undefined {
  const entities = [...new Map(mentions.map((m) => [m.entity.id, m.entity])).values()];
  const indications = entities.filter((e) => e.type === 'indication').map((e) => e.id);
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  for (const entity of entities) {
    for (const approval of entity.approvals ?? []) {
      if (approval.unverified || !approval.sources.length) continue;
      const sameIndication = indications.some(
        (i) => index.isA(i, approval.indication) || index.isA(approval.indication, i),
      );
      if (sameIndication || years.has(approval.date.slice(0, 4))) return approval.sources[0];
    }
  }
  if (/\bfirst\b/i.test(text)) {
    for (const entity of entities) {
      const first = entity.firsts?.find((f) => !f.unverified && f.sources.length);
      if (first) return first.sources[0];
    }
  }
  return undefined;
}

/** What every fix of one document needs, computed once per document (not once per finding: that was quadratic). */
interface CitingFacts extends NumberedCiting {
  citesByKey: boolean;
}

function citingFacts(text: string, model: CitationModel): CitingFacts {
  return { ...numberedCiting(text, model), citesByKey: model.citations.some((c) => c.namespace === 'key') };
}

/**
 * Cite the source: reuse its entry when the document already lists it, else append it to the list in the
 * list's style. The edits are computed when the fix is asked for.
 */
function citeFix(
  analysis: DocumentAnalysis,
  model: CitationModel,
  citing: CitingFacts,
  sentence: Sentence,
  source: Source,
): Fix | undefined {
  const text = analysis.text;
  const existing = citing.entryOfSource.get(source.id);
  const style = citing.style;
  if (existing) {
    return lazyFix(
      `Cite reference ${existing.key} (${source.title})`,
      () => [insertCitation(text, sentence.end, Number(existing.key), style)],
      true,
    );
  }
  // Documents that cite by key (Pandoc, LaTeX) keep their references in bibliography files.
  if (analysis.prose.language === 'latex' || (citing.citesByKey && !model.lists.length)) return undefined;
  const language = analysis.prose.language === 'markdown' ? 'markdown' : 'plaintext';
  return lazyFix(
    `Add "${source.title}" as reference ${citing.next()} and cite it`,
    () => {
      const { number, edit } = appendReference(text, model, referenceText(source), language);
      return [insertCitation(text, sentence.end, number, style), edit];
    },
    true,
  );
}

export default rule;
