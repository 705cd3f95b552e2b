import { type TermMatch, termTokensOf } from '../../terms/matcher';
import { sentenceCase } from '../sentenceCase';
import type { Rule } from '../types';
import { fitting } from '../../util/messages';

type Joint = 'hyphen' | 'space';

interface FirstUse {
  joint: Joint;
  example: string;
}

const HYPHEN = /^[-‐‑–]$/;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * How each pair of adjacent words in a term is joined, keyed by the two words and whether the pair ends
 * the term: "T cells" (a noun) and "T-cell therapy" (a compound modifier) are both right in one document,
 * but "CAR T-cell therapy" and "CAR-T cell therapy" are not.
 */
function joints(text: string): { key: string; joint: Joint }[] {
  const tokens = termTokensOf(text).filter((t) => WORD.test(t.text));
  const out: { key: string; joint: Joint }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    const joint: Joint | undefined = HYPHEN.test(gap) ? 'hyphen' : /^\s+$/.test(gap) ? 'space' : undefined;
    if (!joint) continue;
    out.push({ key: `${tokens[i]!.key} ${tokens[i + 1]!.key} ${i + 2 === tokens.length ? 'end' : 'mid'}`, joint });
  }
  return out;
}

/** The mention rewritten with the joints the document used first. */
function respell(text: string, wanted: (key: string) => Joint | undefined): string {
  const tokens = termTokensOf(text).filter((t) => WORD.test(t.text));
  let out = text.slice(0, tokens[0]?.start ?? 0);
  for (let i = 0; i < tokens.length; i++) {
    out += tokens[i]!.text;
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(tokens[i]!.end, next.start);
    const joint = wanted(`${tokens[i]!.key} ${next.key} ${i + 2 === tokens.length ? 'end' : 'mid'}`);
    out += joint === 'hyphen' && /^\s+$/.test(gap) ? '-' : joint === 'space' && HYPHEN.test(gap) ? ' ' : gap;
  }
  return out + text.slice(tokens[tokens.length - 1]?.end ?? text.length);
}

// Mentions repeat the same few spellings, in every document version: tokenize each spelling once
// (bounded: spellings come from documents).
const jointsCache = new Map<string, { key: string; joint: Joint }[]>();
function jointsOf(text: string): { key: string; joint: Joint }[] {
  let pairs = jointsCache.get(text);
  if (!pairs) {
    if (jointsCache.size >= 10_000) jointsCache.clear();
    jointsCache.set(text, (pairs = /[\s\-‐‑–]/.test(text) ? joints(text) : []));
  }
  return pairs;
}

/**
 * A multi-word mention in a spelling that can be a model: deprecated and misspelled forms are other rules' findings.
 */
function hasJoints(mention: TermMatch): boolean {
  const kind = mention.alias.kind;
  return (
    kind !== 'deprecated' && kind !== 'misspelling' && !mention.entity.deprecated && jointsOf(mention.text).length > 0
  );
}

const rule: Rule = {
  meta: {
    id: 'inconsistent-term',
    description:
      'One spelling per document for hyphenated terms ("CAR T-cell" vs "CAR-T cell"): the first one used wins.',
    // A style preference in a manuscript (the default profile); promotional copy raises it (settings PROFILES).
    defaultSeverity: 'hint',
    fixable: true,
    aboutTerms: true,
    messages: {
      inconsistent: 'Inconsistent spelling "{{term}}": write "{{respelled}}"{{asFirst}}.',
    },
  },
  check({ document, report }) {
    const first = new Map<string, FirstUse>();
    for (const mention of document.selectMentions('inconsistent-term', hasJoints)) {
      const pairs = jointsOf(mention.text);
      const differing: FirstUse[] = [];
      for (const { key, joint } of pairs) {
        const established = first.get(key);
        if (!established) first.set(key, { joint, example: mention.text });
        else if (established.joint !== joint) differing.push(established);
      }
      if (!differing.length) continue;
      const respelled = respell(mention.text, (key) => first.get(key)?.joint);
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, respelled);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'inconsistent',
        // The earlier spelling, where the line has room for it.
        data: fitting('inconsistent-term', rule.meta.messages, 'inconsistent', [
          { term: mention.text, respelled, asFirst: `, as this document does first ("${differing[0]!.example}")` },
          { term: mention.text, respelled, asFirst: '' },
        ]),
        fixes: [
          {
            title: `Write "${written}"`,
            edits: [{ start: mention.start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

export default rule;
