import { type TermMatch, termTokensOf } from '../../terms/matcher';
import { sentenceCase } from '../sentenceCase';
import { MODIFIER_WINDOW, modifierFollows } from '../../terms/terminology';
import type { Rule } from '../types';
import { fitting, type MessageData } from '../../util/messages';
import { detach } from '../../util/memo';

type Joint = 'hyphen' | 'space';
/** How a spelling joins its adjacent words (jointsOf: one array per spelling). */
type Joints = readonly { key: string; joint: Joint }[];

const HYPHEN = /^[-‐‑–]$/;
// The style writes the therapy "CAR T-cell therapy", never "CAR T therapy" (a spelling nobody would be told to use).
const CAR_T_THERAPY = /\b(CAR|TCR) T ((?:immuno)?therap(?:y|ies))\b/;
const INVENTED = /\b\p{Lu}{2,}[-‐‑]T[-‐‑]cells?\b/u;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * How each pair of adjacent words in a term is joined, keyed by the two words and whether the pair ends
 * the term: "T cells" (a noun) and "T-cell therapy" (a compound modifier) are both right in one document,
 * but "CAR T-cell therapy" and "CAR-T cell therapy" are not.
 */
function joints(text: string, modifier: boolean): { key: string; joint: Joint }[] {
  const tokens = termTokensOf(text).filter((t) => WORD.test(t.text));
  const out: { key: string; joint: Joint }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    const joint: Joint | undefined = HYPHEN.test(gap) ? 'hyphen' : /^\s+$/.test(gap) ? 'space' : undefined;
    if (!joint) continue;
    out.push({
      key: `${tokens[i]!.key} ${tokens[i + 1]!.key} ${i + 2 === tokens.length && !modifier ? 'end' : 'mid'}`,
      joint,
    });
  }
  return out;
}

/** The mention rewritten with the wanted joints. */
function respell(text: string, modifier: boolean, wanted: (key: string) => Joint | undefined): string {
  const tokens = termTokensOf(text).filter((t) => WORD.test(t.text));
  let out = text.slice(0, tokens[0]?.start ?? 0);
  for (let i = 0; i < tokens.length; i++) {
    out += tokens[i]!.text;
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(tokens[i]!.end, next.start);
    const joint = wanted(`${tokens[i]!.key} ${next.key} ${i + 2 === tokens.length && !modifier ? 'end' : 'mid'}`);
    out += joint === 'hyphen' && /^\s+$/.test(gap) ? '-' : joint === 'space' && HYPHEN.test(gap) ? ' ' : gap;
  }
  return out + text.slice(tokens[tokens.length - 1]?.end ?? text.length);
}

// Mentions repeat the same few spellings, in every document version: tokenize each spelling once
// (bounded: spellings come from documents). Kept as copies: a mention's text is a slice of its document, and a
// key or word sliced from it kept that whole document alive after it was checked.
const jointsCache = new Map<string, { key: string; joint: Joint }[]>();
const modifierJointsCache = new Map<string, { key: string; joint: Joint }[]>();
function jointsOf(text: string, modifier = false): { key: string; joint: Joint }[] {
  const cache = modifier ? modifierJointsCache : jointsCache;
  let pairs = cache.get(text);
  if (!pairs) {
    if (cache.size >= 10_000) cache.clear();
    const own = detach(text);
    cache.set(own, (pairs = /[\s\-‐‑–]/.test(own) ? joints(own, modifier) : []));
  }
  return pairs;
}

/**
 * The configured house style (AMA Manual of Style and the NCI style: "CAR T-cell therapy", "CAR T cells",
 * "B-cell lymphoma", "immune effector cell-associated"): a compound of a one- or two-letter cell name and "cell" is
 * hyphenated before the noun it modifies and open as a noun; "CAR T", "TCR T", "immune effector" and "stem cell"
 * are open; "cell-associated", "cell-mediated" and the like are hyphenated. Undefined where the style is silent:
 * there the document's first spelling is the model.
 */
function styleJoint(key: string): Joint | null {
  let joint = styleJoints.get(key);
  if (joint === undefined) {
    if (styleJoints.size >= 10_000) styleJoints.clear();
    styleJoints.set(key, (joint = styleJointOf(key) ?? null));
  }
  return joint;
}

// Keys repeat in every mention of every version: each is matched against the style once (bounded, as jointsCache).
const styleJoints = new Map<string, Joint | null>();

function styleJointOf(key: string): Joint | undefined {
  const [a, b, at] = key.split(' ') as [string, string, string];
  if (/^(?:[a-z]|nk)$/.test(a) && /^cells?$/.test(b)) return at === 'mid' ? 'hyphen' : 'space';
  if (/^(?:car|tcr)$/.test(a) && /^(?:t|nk)$/.test(b)) return 'space';
  if (a === 'immune' && b === 'effector') return 'space';
  if (a === 'stem' && /^cells?$/.test(b)) return 'space';
  if (/^cells?$/.test(a) && /^(?:associated|mediated|based|derived|directed|specific)$/.test(b)) return 'hyphen';
  return undefined;
}

/**
 * A multi-word mention in a spelling that can be a model: deprecated and misspelled forms are other rules' findings.
 */
function hasJoints(mention: TermMatch): boolean {
  const kind = mention.alias.kind;
  return (
    kind !== 'deprecated' && kind !== 'misspelling' && !mention.entity.deprecated && /[\s\-‐‑–]/.test(mention.text)
  );
}

/** A mention's spelling as the rule reads it: its joints, and whether it modifies the noun after it. */
interface Spelling {
  modifier: boolean;
  pairs: Joints;
}
const NOT_MODIFIER_TEXT = new WeakMap<Joints, Spelling>();

/** What follows the mention is read past its block's end: in the document, at each check. */
const AFTER_BLOCK = 'after block';

/**
 * The mentions the rule reads (hasJoints), with their spelling. Whether one ending in "cell" modifies the noun after it
 * ("CAR T-cell products", "(CAR T-cell) therapy") is read MODIFIER_WINDOW characters on: within the block, whose source
 * is the document's text there, it is read once per block.
 */
function spellingInBlock(mention: TermMatch, blockSource: string): Spelling | typeof AFTER_BLOCK | undefined {
  if (!hasJoints(mention)) return undefined;
  if (/cell$/i.test(mention.text) && mention.end + MODIFIER_WINDOW > blockSource.length) return AFTER_BLOCK;
  return spellingOf(mention.text, /cell$/i.test(mention.text) && modifierFollows(blockSource, mention.end));
}

/** One object per spelling (jointsOf's arrays stand for them), so that each block keeps no more than a reference. */
function spellingOf(text: string, modifier: boolean): Spelling {
  const pairs = jointsOf(text, modifier);
  const spellings = modifier ? MODIFIER_TEXT : NOT_MODIFIER_TEXT;
  let spelling = spellings.get(pairs);
  if (!spelling) spellings.set(pairs, (spelling = { modifier, pairs }));
  return spelling;
}
const MODIFIER_TEXT = new WeakMap<Joints, Spelling>();

/** A spelling's verdict, with what it read of the document's joints (see check): kept while that is the same. */
const verdictsKept = new WeakMap<Joints, { reads: string; verdict: Verdict | null }>();
type Verdict = { respelled: string; data: MessageData };

const rule: Rule = {
  meta: {
    id: 'inconsistent-term',
    description:
      'One spelling per document for hyphenated terms ("CAR T-cell" vs "CAR-T cell"): the house style (AMA/NCI "CAR T-cell therapy", "CAR T cells") wins, else the first one used.',
    // A style preference in a manuscript (the default profile); promotional copy raises it (settings PROFILES).
    defaultSeverity: 'hint',
    fixable: true,
    aboutTerms: true,
    messages: {
      inconsistent: 'Inconsistent spelling "{{term}}": write "{{respelled}}"{{asFirst}}.',
    },
  },
  check({ document, report }) {
    const { text } = document;
    const mentions = document.pickMentions('inconsistent-term', spellingInBlock).map(({ mention, picked }) => ({
      mention,
      spelling:
        picked === AFTER_BLOCK
          ? spellingOf(mention.text, /cell$/i.test(mention.text) && modifierFollows(text, mention.end))
          : picked,
    }));
    // Every spelling of each joint in the document, and its first example.
    const seen = new Map<string, Map<Joint, string>>();
    // One spelling (jointsOf's array stands for it) adds nothing after its first mention.
    const spellings = new Set<Joints>();
    for (const { mention, spelling } of mentions) {
      const { pairs } = spelling;
      if (spellings.has(pairs)) continue;
      spellings.add(pairs);
      for (const { key, joint } of pairs) {
        let written = seen.get(key);
        if (!written) seen.set(key, (written = new Map()));
        if (!written.has(joint)) written.set(joint, mention.text);
      }
    }
    // The house style where it has a rule, else the document's first spelling.
    const wanted = (key: string): Joint | undefined => styleJoint(key) ?? seen.get(key)?.keys().next().value;
    // What is wrong with a spelling, and its message, depend on the spelling and the document's joints only: worked
    // out once per spelling (jointsOf's array), not once per mention (a long document repeats a few spellings
    // thousands of times).
    const verdicts = new Map<Joints, Verdict | null>();
    // Kept across documents (verdictsKept): copies of the texts, not slices that would keep a document alive.
    const verdictOf = (mentionText: string, modifier: boolean, pairs: Joints): Verdict | null => {
      const text = detach(mentionText);
      // Reported only where the document itself mixes two spellings of a joint, on the mentions off the model.
      const off = pairs.filter(({ key, joint }) => (seen.get(key)?.size ?? 0) > 1 && wanted(key) !== joint);
      if (!off.length) return null;
      // Only the joints the document mixes change: a fix never starts a new inconsistency.
      const respelled = respell(text, modifier, (key) =>
        (seen.get(key)?.size ?? 0) > 1 ? wanted(key) : undefined,
      ).replace(CAR_T_THERAPY, '$1 T-cell $2');
      // No invented spelling: "CAR-T-cell therapy" (the document's "CAR-T" with the style's "T-cell") is nobody's.
      if (INVENTED.test(respelled) || respelled === text) return null;
      const example = detach(seen.get(off[0]!.key)!.get(wanted(off[0]!.key)!)!);
      // The spelling the document also uses, where the line has room for it.
      const data = fitting('inconsistent-term', rule.meta.messages, 'inconsistent', [
        { term: text, respelled, asFirst: `, as this document also does ("${example}")` },
        { term: text, respelled, asFirst: '' },
      ]);
      return { respelled, data };
    };
    // All a verdict reads of the document: for each of its joints, how many ways the document writes it, the way it
    // wants and that way's example. The same from one version to the next (an edit rarely changes a spelling), the
    // last verdict stands, message and all.
    const readsOf = (pairs: Joints) => {
      let reads = '';
      for (const { key } of pairs) {
        const written = seen.get(key);
        const want = wanted(key);
        reads += `${written?.size ?? 0}\u0001${want}\u0001${want && written?.get(want)}\u0002`;
      }
      return reads;
    };
    for (const { mention, spelling } of mentions) {
      const { modifier, pairs } = spelling;
      let verdict = verdicts.get(pairs);
      if (verdict === undefined) {
        const reads = readsOf(pairs);
        const kept = verdictsKept.get(pairs);
        verdict = kept?.reads === reads ? kept.verdict : verdictOf(mention.text, modifier, pairs);
        verdicts.set(pairs, verdict);
        if (kept?.reads !== reads) verdictsKept.set(pairs, { reads: detach(reads), verdict });
      }
      if (!verdict) continue;
      const { respelled, data } = verdict;
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, respelled);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'inconsistent',
        data,
        fixes: () => [
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
