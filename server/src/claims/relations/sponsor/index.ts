import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { isEnglishWord } from '../../../terms/vocabulary';
import { label, monthYear, uniqueSources } from '../../knowledge';
import { joinAnd } from '../../../util/messages';
import { isTherapyHead } from '../../phrases';
import { type ClaimSentence, isPossessive, type Mention } from '../../sentence';
import { relativeParts, type Clause } from '../../clauses';
import { distributedItemsOf } from '../../coordination';
import { lexicon, lexiconWords } from '../../lexicon';
import { findAllPhrases, findPhrase, mayHavePhrase, phraseStartingAt, type Word, wordsOf } from '../../words';
import { agentFrames, type FrameVocabulary } from '../../frames';
import type { Relation } from '../types';
import { wordClass } from '../../word-classes';
import { passivesWithBy } from '../../verb-classes';

// "Breyanzi is marketed by Novartis", "Iovance's Tecelra": a product linked to a company that is none of its recorded
// sponsors, developers or authorisation holders. Companies are the names the knowledge base records as sponsors;
// a clause is judged only with one product, a link word or a possessive, and no company that is on its record.

const CURRENT_LINKS = lexicon('sponsor-current-links');
// The link words with the passives of the verbs of making ("made by", "engineered by"): one list, scans index it once.
const SPONSOR_LINKS = [...lexicon('sponsor-links'), ...passivesWithBy('making-verbs')];
// The verbs of a maker's frames: the class of making and the commercial verbs ("markets", "sells").
const MAKER_VERBS = [...lexicon('making-verbs'), ...lexicon('sponsor-frame-verbs')];
// "a Novartis therapy", "the Gilead medicine": a capitalized name between an article and the noun (not "CAR-T
// therapy", "CD19 therapy"), as the noun alone would let most sentences through.
const COMPANY_THERAPY = /\b(?:an?|the)\s+[A-Z][a-z][\w&-]*\s+(?:therapy|therapies|medicine|medicines)\b/;
const LINK_TEXT =
  /\bits\b|market|make|made|develop|manufactur|sold|sponsor|from|product|drug|behind|compan|acquired|bought|purchased|took over|transferred|divested|announce|report|present|release|said|whose|'s\b|s'/i;
// Every phrase of the link and frame lexicons, so a form the regular expression above does not spell ("sells",
// "distributes") lets the sentence through; each phrase needs all its words ("made by"), so "by" alone does not.
// "Kite holds the BLA for Yescarta", "the licence holder for Breyanzi": a licence noun composed with its verbs and "holder".
const HOLDING = lexicon('sponsor-holding-verbs').flatMap((v) =>
  lexicon('sponsor-licences').map((n) => `${v} the ${n} for`),
);
const HOLDERS = lexicon('sponsor-licences').flatMap((n) => [`${n} holder`, `${n} holders`]);
const LINK_PHRASES = [...SPONSOR_LINKS, ...MAKER_VERBS, ...lexicon('sponsor-current-links'), ...HOLDING, ...HOLDERS];
// "maker", "makers", "sponsor", …: the role nouns of sponsor-agent-nouns, singular and plural.
const AGENT_NOUNS = new Set(lexicon('sponsor-agent-nouns').flatMap((n) => [n, `${n}s`]));
const FLOATING = lexiconWords('floating-quantifiers');
const isProduct = (e: Entity) => e.type === 'product' || e.type === 'drug';
const OF_COMPANY_NOUNS = new Set(['product', 'drug', 'therapy', 'medicine']);
// "Breyanzi is from Juno", "Carvykti comes from Legend Biotech".
const COPULAS = new Set(['is', 'are', 'was', 'were', 'comes', 'come', 'came']);
// "new data for Kymriah", "results of Carvykti", "sales from Yescarta".
const REPORT_PREPOSITIONS = new Set(['for', 'on', 'of', 'from']);
// "US WorldMeds has acquired Tecelra": the perfect's auxiliary between the buyer and its verb.
const AUXILIARIES = wordClass('have-forms');
// "Autolus developed Aucatzyl", "Aucatzyl, which Autolus developed", "Autolus, the developer of Aucatzyl", "Aucatzyl, a
// product of Autolus": the frames of a company that develops or markets a product (claims/frames.ts).
const FRAMES: FrameVocabulary = {
  verbs: [...MAKER_VERBS, ...HOLDING],
  agentNouns: [...lexicon('sponsor-agent-nouns'), ...HOLDERS],
  patientNouns: OF_COMPANY_NOUNS,
  agentHeads: lexiconWords('sponsor-agent-heads'),
  agentSuffixes: lexiconWords('company-suffixes'),
  possession: true,
};

// Per knowledge base: every recorded company name, as lower-case words, and per product its own.
const companies = new WeakMap<KnowledgeIndex, { all: string[]; of: Map<string, Set<string>>; common: Set<string> }>();

/** "Kite, a Gilead company" → "kite", "gilead"; "Janssen Biotech (Johnson & Johnson)" → also "janssen". */
function namesIn(sponsor: string): string[] {
  const suffixes = lexiconWords('company-suffixes');
  const names: string[] = [];
  for (const part of sponsor.split(/,\s*an?\s+|\s+company\b|[()]|\s+and\s+/)) {
    const words = wordsOf(part)
      .filter((w) => !w.punct)
      .map((w) => w.lower);
    if (!words.length) continue;
    names.push(words.join(' '));
    let end = words.length;
    while (end > 1 && suffixes.has(words[end - 1]!)) end--;
    if (end < words.length) names.push(words.slice(0, end).join(' '));
  }
  return names;
}

function companiesOf(index: KnowledgeIndex) {
  let known = companies.get(index);
  if (!known) {
    const all = new Set<string>();
    const of = new Map<string, Set<string>>();
    for (const entity of index.entities()) {
      const own = new Set((entity.sponsors ?? []).flatMap((s) => namesIn(s.name)));
      for (const name of own) all.add(name);
      of.set(entity.id, own);
    }
    // Longest first: "juno therapeutics" before "juno".
    // "Chimeric" of "Chimeric Therapeutics", "Legend" of "Legend Biotech": a name that is also an English word is the
    // company only when capitalized ("chimeric antigen receptor" is not).
    const common = new Set([...all].filter((n) => !n.includes(' ') && isEnglishWord(n)));
    known = { all: [...all].sort((a, b) => b.length - a.length), of, common };
    companies.set(index, known);
  }
  return known;
}

const relation: Relation = {
  meta: {
    id: 'sponsor',
    description:
      'Which company markets or develops a product ("Breyanzi is marketed by Novartis"), against its recorded sponsors.',
    messages: {
      otherCompany: '{{product}} is from {{sponsors}}, not {{company}}.',
      ownCompanyDenied: '{{product}} is from {{sponsors}}.',
      formerSponsor: '{{product}} is from {{sponsors}} now; {{company}} was its sponsor until {{until}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => isProduct(m.entity)) &&
    (LINK_TEXT.test(text) || COMPANY_THERAPY.test(text) || mayHavePhrase(text, LINK_PHRASES)),
  check({ sentence, index, assertedClauses, clauses, report }) {
    const { words } = sentence;
    const textOf = (c: { at: number; length: number }) =>
      words
        .slice(c.at, c.at + c.length)
        .map((w) => w.text)
        .join(' ');
    /**
     * "Novartis announced data for its CAR-T therapy Yescarta": "its", after the company and before the product
     * with only therapy words between, makes the product the company's.
     */
    const ownedBy = (named: readonly { at: number }[], mentions: readonly Mention[]) =>
      mentions.some((m) => {
        if (!isProduct(m.entity)) return false;
        // Back over therapy words: head nouns ("therapy") and other mentions ("CAR-T", "CD19").
        let k = m.from - 1;
        for (;;) {
          const other = mentions.find((c) => c.to === k + 1 && !isProduct(c.entity));
          if (other) k = other.from - 1;
          else if (isTherapyHead(words[k])) k--;
          else break;
        }
        return words[k]?.lower === 'its' && named.some((c) => c.at < k);
      });
    /**
     * "Autolus announced that Tecartus, its CD19-directed CAR-T, …": an apposition opened by "its" and made of therapy
     * words presupposes the product is the company's, whether the clause is asserted or reported. A noun phrase: read
     * over the sentence's mentions, wherever its clauses are cut.
     */
    const apposedAsOwn = (product: Mention) => {
      if (words[product.to]?.lower !== ',' || words[product.to + 1]?.lower !== 'its') return false;
      let k = product.to + 2;
      let therapy = false;
      for (;;) {
        const other = sentence.mentions.find((c) => c.from === k && !isProduct(c.entity));
        if (other) {
          therapy ||= other.entity.type === 'therapy-class';
          k = other.to;
        } else if (isTherapyHead(words[k])) {
          therapy = true;
          k++;
        } else if (words[k]?.hyphenBefore && !words[k]!.punct) k++;
        else break;
      }
      return therapy && (k >= words.length || APPOSITION_ENDS.has(words[k]!.lower));
    };
    /** The product is the first noun after `k`: only "the", therapy words and other mentions before it. */
    const headsAfter = (k: number, mentions: readonly Mention[]) => {
      if (words[k]?.lower === 'the') k++;
      for (;;) {
        const at = mentions.find((m) => m.from === k);
        if (at && isProduct(at.entity)) return true;
        if (at) k = at.to;
        else if (isTherapyHead(words[k])) k++;
        else return false;
      }
    };
    /** The noun phrase after a possessive, up to a boundary word, holds the product or ends in a product noun. */
    const possessesProduct = (from: number, to: number, mentions: readonly Mention[]) => {
      const boundaries = lexiconWords('noun-phrase-boundaries');
      let end = from;
      while (end < to && !words[end]!.punct && !boundaries.has(words[end]!.lower)) end++;
      if (mentions.some((m) => isProduct(m.entity) && m.from >= from && m.to <= end)) return true;
      const head = end - 1;
      return (
        head >= from &&
        (OF_COMPANY_NOUNS.has(words[head]!.lower) || mentions.some((m) => m.from <= head && head < m.to))
      );
    };
    /** "Carvykti, from Janssen", "the BCMA CAR-T from Janssen", "Breyanzi is from Juno": what "from" hangs on. */
    const fromAttachesToProduct = (at: number, mentions: readonly Mention[]) => {
      const before = words[at - 1];
      if (!before) return false;
      if (before.punct || COPULAS.has(before.lower) || isTherapyHead(before)) return true;
      // "Breyanzi and Abecma, both from Kite": after a floating quantifier opening an appositive.
      if (FLOATING.has(before.lower) && words[at - 2]?.lower === ',') return true;
      return mentions.some((m) => m.to === at && (isProduct(m.entity) || m.entity.type === 'therapy-class'));
    };
    /** "Yescarta's main competitor": the product only determines another noun (the tokenizer drops the "'s"). */
    const possessiveAfter = (m: Mention) =>
      isPossessive(sentence, m) &&
      !isTherapyHead(words[m.to]) &&
      !OF_COMPANY_NOUNS.has(words[m.to]?.lower ?? '') &&
      !sentence.mentions.some((other) => other.from === m.to);
    /** "Carvykti's sponsors are …": a role noun before its copula links only when a product's possessive owns it. */
    const possessedRole = (l: { at: number }, mentions: readonly Mention[]) =>
      !AGENT_NOUNS.has(words[l.at]!.lower) ||
      mentions.some((m) => m.to === l.at && isProduct(m.entity) && isPossessive(sentence, m));
    const productAt = (k: number, mentions: readonly Mention[]) =>
      mentions.find((m) => m.from === k && isProduct(m.entity));
    /** The company a product went to: after "sold <product> to", or before "acquired <product>". */
    const buyerOf = (
      named: readonly { name: string; at: number; length: number }[],
      mentions: readonly Mention[],
      from: number,
    ) => {
      for (let k = 0; k < named.length; k++) {
        const c = named[k]!;
        const sale = findPhrase(words, lexicon('sponsor-sale-links'), from, c.at);
        const sold = sale && productAt(sale.at + sale.length, mentions);
        if (sold && words[sold.to]?.lower === 'to' && sold.to + 1 === c.at && !sentence.negatedAt(sale.at)) return c;
        let v = c.at + c.length;
        if (AUXILIARIES.has(words[v]?.lower ?? '')) v++;
        const buy = findPhrase(words, lexicon('sponsor-buyer-links'), v, v + 2);
        if (buy?.at === v && productAt(v + buy.length, mentions) && !sentence.negatedAt(v)) return c;
      }
      return undefined;
    };
    /**
     * The company that reports on the product as its own: "Novartis (today) announced new data for Breyanzi",
     * "Legend Biotech said Abecma sales rose": the verb right after the company (one word may stand between), then
     * a phrase headed by a report object for the product, or the product before a report object.
     */
    const reporterOf = (
      named: readonly { name: string; at: number; length: number }[],
      mentions: readonly Mention[],
    ) => {
      const objects = lexiconWords('sponsor-report-objects');
      const boundaries = lexiconWords('noun-phrase-boundaries');
      for (const c of named) {
        const after = c.at + c.length;
        const verbAt = (list: readonly string[]) =>
          [after, after + 1].map((v) => findPhrase(words, list, v, v + 1)).find((v) => v !== undefined);
        const speech = verbAt(lexicon('sponsor-report-speech-verbs'));
        const verb = speech ?? verbAt(lexicon('sponsor-report-verbs'));
        if (!verb || sentence.negatedAt(verb.at)) continue;
        const e = verb.at + verb.length;
        const own = productAt(e, mentions);
        if (own && objects.has(words[own.to]?.lower ?? '')) return c;
        if (speech) continue;
        // The object phrase runs from the verb to the first boundary word ("new long-term data | for Breyanzi").
        let end = e;
        while (end < words.length && !words[end]!.punct && !boundaries.has(words[end]!.lower)) end++;
        if (end === e || !objects.has(words[end - 1]!.lower)) continue;
        if (REPORT_PREPOSITIONS.has(words[end]?.lower ?? '') && headsAfter(end + 1, mentions)) return c;
      }
      return undefined;
    };
    const known = companiesOf(index);
    const asserted = new Set(assertedClauses());
    const namedIn = (from: number, to: number, mentions: readonly Mention[]) => {
      const found: { name: string; at: number; length: number }[] = [];
      for (let at = from; at < to; at++) {
        if (mentions.some((m) => m.from <= at && at < m.to)) continue;
        // Indexed by first word: a lookup per word, not a pass over every company's name.
        const name = phraseStartingAt(words, at, known.all)?.phrase;
        if (!name || (known.common.has(name) && words[at]!.text === words[at]!.lower)) continue;
        const length = name.split(' ').length;
        found.push({ name, at, length });
        at += length - 1;
      }
      return found;
    };
    // A frame names the product's company by structure, wherever the sentence's clauses are cut: judged when its
    // agents hold no recorded sponsor; an apposition or a relative clause presupposes it, a main verb asserts it.
    const framed = new Set<Entity>();
    const everyCompany = namedIn(0, words.length, sentence.mentions);
    const products = sentence.mentions.filter((m) => isProduct(m.entity) && !m.mark);
    for (const frame of agentFrames(sentence, products, everyCompany, FRAMES)) {
      const product = frame.patient.entity;
      const facts = product.sponsors ?? [];
      if (framed.has(product) || !facts.length || facts.some((s) => s.unverified)) continue;
      if (!frame.presupposed && !asserted.has(sentence.clauseOf(frame.predicate))) continue;
      const agents = everyCompany.filter((c) => frame.agents.some((a) => a.at === c.at));
      const own = known.of.get(product.id)!;
      if (agents.some((c) => own.has(c.name))) continue;
      framed.add(product);
      const sponsors = sponsorsText(facts, index.asOf);
      report({
        messageId: 'otherCompany',
        data: { product: label(index, product), sponsors, company: textOf(agents[0]!) },
        sources: uniqueSources(...facts.map((f) => f.sources)),
        correction: `${label(index, product)} is from ${sponsors}.`,
      });
    }
    for (const clause of clauses) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const products = [...new Set(mentions.filter((m) => isProduct(m.entity)).map((m) => m.entity))];
      // "Abecma and Carvykti are made by Kite", "Breyanzi and Abecma, both from Kite": said of each product.
      const subject = products.length > 1 ? distributedItemsOf(sentence, clause) : undefined;
      const each = products.length === 1 || subject?.length === mentions.filter((m) => isProduct(m.entity)).length;
      for (const product of each ? products : []) {
        if (framed.has(product)) continue;
        const facts = product.sponsors ?? [];
        if (!facts.length || facts.some((s) => s.unverified)) continue;
        const named = namedIn(clause.from, clause.to, mentions);
        // An apposition's "its" links the company named nearest before the product to it, whatever stands between them
        // ("announced that"), and is presupposed even where the clause is reported, hedged or asked.
        const apposed = mentions.find((m) => isProduct(m.entity) && apposedAsOwn(m));
        const owner = apposed && named.filter((c) => c.at < apposed.from).at(-1);
        if (owner) {
          if (!named.some((c) => known.of.get(product.id)!.has(c.name))) {
            const sponsors = sponsorsText(facts, index.asOf);
            report({
              messageId: 'otherCompany',
              data: { product: label(index, product), sponsors, company: textOf(owner) },
              sources: uniqueSources(...facts.map((f) => f.sources)),
              correction: `${label(index, product)} is from ${sponsors}.`,
            });
          }
          continue;
        }
        if (!asserted.has(clause)) continue;
        // A company and the product parted by a relative clause of another noun are not linked ("Novartis reported data
        // from a study in which Breyanzi was the comparator").
        const productMentions = mentions.filter((m) => isProduct(m.entity));
        const linked = named.filter(
          (c) =>
            !productMentions.every((m) =>
              m.from > c.at
                ? relativeParts(words, c.at, c.at + c.length, m.from)
                : relativeParts(words, m.from, m.to, c.at),
            ),
        );
        if (!linked.length) continue;
        named.splice(0, named.length, ...linked);
        const own = known.of.get(product.id)!;
        // "Adaptimmune continues to market Tecelra": said of now, only a current sponsor holds.
        const current = findPhrase(words, CURRENT_LINKS, clause.from, clause.to);
        if (current && !sentence.negatedAt(current.at)) {
          const ended = facts.filter((s) => s.until !== undefined && s.until <= index.asOf);
          const now = facts.filter((s) => !ended.includes(s));
          const former = named.find((c) => ended.some((s) => namesIn(s.name).includes(c.name)));
          if (former && now.length && !named.some((c) => now.some((s) => namesIn(s.name).includes(c.name)))) {
            const until = ended.find((s) => namesIn(s.name).includes(former.name))!.until!;
            const sponsors = joinAnd([...new Set(now.map((s) => s.name))]);
            report({
              messageId: 'formerSponsor',
              data: { product: label(index, product), sponsors, company: textOf(former), until: monthYear(until) },
              sources: uniqueSources(...facts.map((s) => s.sources)),
              correction: `${sponsors} ${now.length > 1 ? 'market' : 'markets'} ${label(index, product)}.`,
            });
            continue;
          }
        }
        const link = findAllPhrases(words, SPONSOR_LINKS, clause.from, clause.to).find((l) => {
          const end = l.at + l.length;
          if (!possessedRole(l, mentions)) return false;
          // "the maker of Carvykti", "the company behind Carvykti" link the company to the product only when the product
          // heads what follows ("the maker of a rival to Carvykti" does not).
          if (words[end - 1]?.lower === 'of' || words[end - 1]?.lower === 'behind') return headsAfter(end, mentions);
          // "from" links only the company it takes ("Carvykti, from Janssen"), not another noun ("data from a study").
          // It must also hang on the product, not on another noun or participle ("a process licensed from Juno").
          if (l.phrase === 'from')
            return (
              fromAttachesToProduct(l.at, mentions) &&
              named.some((c) => c.at === end + (words[end]?.lower === 'the' ? 1 : 0))
            );
          // A verb before the product links it only where the product heads its object, not where it stands in another
          // noun's complement or possessive: "Novartis makes the main competitor of Yescarta", "… Yescarta's competitor".
          const after = productMentions.find((m) => m.from >= end);
          if (after && !productMentions.some((m) => m.to <= l.at))
            return (
              !words.slice(end, after.from).some((w) => COMPLEMENT_PREPOSITIONS.has(w.lower)) && !possessiveAfter(after)
            );
          return true;
        });
        if (link && deniesCurrentSponsor(sentence, clause, link, named, mentions, facts, index.asOf)) {
          const sponsors = sponsorsText(facts, index.asOf);
          report({
            messageId: 'ownCompanyDenied',
            data: { product: label(index, product), sponsors },
            sources: uniqueSources(...facts.map((s) => s.sources)),
          });
          continue;
        }
        // "Adaptimmune sold Tecelra to Novartis", "Novartis acquired Tecelra", "Novartis announced data for Breyanzi":
        // the buyer or the reporting company must be one of its sponsors.
        const buyer = buyerOf(named, mentions, clause.from) ?? reporterOf(named, mentions);
        if (buyer && !own.has(buyer.name)) {
          const sponsors = sponsorsText(facts, index.asOf);
          report({
            messageId: 'otherCompany',
            data: { product: label(index, product), sponsors, company: textOf(buyer) },
            sources: uniqueSources(...facts.map((s) => s.sources)),
            correction: `${label(index, product)} is from ${sponsors}.`,
          });
          continue;
        }
        // "Abecma, from Bristol Myers Squibb, is made by Arcellx": the company the link governs is the one after it; an
        // own sponsor set off by commas before the link is an aside.
        const governing = findAllPhrases(words, SPONSOR_LINKS, clause.from, clause.to)
          .filter(
            (l) =>
              !linkNegated(sentence, l, named) &&
              possessedRole(l, mentions) &&
              (l.phrase !== 'from' || fromAttachesToProduct(l.at, mentions)),
          )
          .map((l) => ({ at: l.at, object: named.find((c) => c.at === l.at + l.length) }))
          .find((l) => l.object && !own.has(l.object.name));
        // "Carvykti is made by Janssen and Novartis": the companies a link takes, listed to the clause's end, are its
        // sponsors as a set (the record holds them all), so a company on it that is none of them is wrong.
        const listed = findAllPhrases(words, SPONSOR_LINKS, clause.from, clause.to)
          .filter(
            (l) =>
              !linkNegated(sentence, l, named) &&
              possessedRole(l, mentions) &&
              (l.phrase !== 'from' || fromAttachesToProduct(l.at, mentions)),
          )
          .map((l) => companyList(words, named, l.at + l.length, clause.to))
          .find((list) => list?.some((c) => !own.has(c.name)));
        // Beside a coordinated subject the list may pair off ("Kymriah and Yescarta are made by Novartis and Kite").
        const stranger = products.length === 1 ? listed?.find((c) => !own.has(c.name)) : undefined;
        if (stranger && named.every((c) => listed!.includes(c))) {
          const sponsors = sponsorsText(facts, index.asOf);
          report({
            messageId: 'otherCompany',
            data: { product: label(index, product), sponsors, company: textOf(stranger) },
            sources: uniqueSources(...facts.map((s) => s.sources)),
            correction: `${label(index, product)} is from ${sponsors}.`,
          });
          continue;
        }
        const object = governing?.object;
        if (object && named.every((c) => c === object || (own.has(c.name) && isAsideBefore(words, c, governing!.at)))) {
          const sponsors = sponsorsText(facts, index.asOf);
          const current = currentSponsors(facts, index.asOf);
          report({
            messageId: 'otherCompany',
            data: { product: label(index, product), sponsors, company: textOf(object) },
            sources: uniqueSources(...facts.map((s) => s.sources)),
            correction: `${label(index, product)} is from ${sponsors}.`,
            // The company the link takes ("made by Kite"), replaced by the product's own, unless it is the sponsor of
            // another product named beside it ("made by Novartis, like Kymriah") or the sentence names its own already.
            ...(current.length &&
            named.every((c) => !own.has(c.name)) &&
            !sentence.mentions.some((m) => m.entity !== product && known.of.get(m.entity.id)?.has(object.name))
              ? {
                  replace: {
                    start: words[object.at]!.start,
                    end: words[object.at + object.length - 1]!.end,
                    text: namesOf(current),
                  },
                }
              : {}),
          });
          continue;
        }
        if (named.some((c) => own.has(c.name))) continue;
        // The tokenizer drops a possessive's "'s": it is read from the text after the name. The company owns the product
        // only when what it possesses is the product ("Iovance's Tecelra", "Kite's lymphoma therapy"), not a platform or
        // a process the product was built with ("developed using Juno Therapeutics' process platform").
        const possessive = named.some(
          (c) =>
            /^['’]s?(?!\w)/.test(sentence.text.slice(words[c.at + c.length - 1]!.end - sentence.start)) &&
            possessesProduct(c.at + c.length, clause.to, mentions),
        );
        // "Breyanzi is a Gilead product", "Tecartus is the Novartis drug", "Aucatzyl became a Gilead product": the product
        // said to be one of the company's.
        const ofCompany = named.some(
          (c) =>
            OF_COMPANY_NOUNS.has(words[c.at + c.length]?.lower ?? '') &&
            /^(?:an?|the)$/.test(words[c.at - 1]?.lower ?? '') &&
            /^(?:is|was|became|becomes|remains)$/.test(words[c.at - 2]?.lower ?? ''),
        );
        if ((!link || linkNegated(sentence, link, named)) && !possessive && !ofCompany && !ownedBy(named, mentions))
          continue;
        // "Abecma is made by BMS, not Novartis": a company the clause denies is not the one it links.
        const company = named.find((c) => !sentence.negatedAt(c.at));
        if (!company) continue;
        const sponsors = sponsorsText(facts, index.asOf);
        report({
          messageId: 'otherCompany',
          data: {
            product: label(index, product),
            sponsors,
            company: textOf(company),
          },
          sources: uniqueSources(...facts.map((s) => s.sources)),
          correction: `${label(index, product)} is from ${sponsors}.`,
        });
      }
    }
  },
};
export default relation;

/** A company between commas that close before `link` (", from Bristol Myers Squibb,", ", from A and B,"). */
function isAsideBefore(words: readonly Word[], company: { at: number; length: number }, link: number): boolean {
  let end = company.at + company.length;
  while (end < link && !words[end]!.punct) end++;
  if (end >= link || words[end]?.lower !== ',') return false;
  for (let k = company.at - 1; k >= 0; k--) {
    if (words[k]!.lower === ',') return true;
    if (words[k]!.punct) return false;
  }
  return false;
}

/**
 * A link's negation. A role noun's ("Yescarta's maker is not Novartis") is the predicate noun's after its copula: read
 * at the first company named after the link.
 */
function linkNegated(
  sentence: ClaimSentence,
  link: { at: number; length: number },
  named: readonly { at: number }[],
): boolean {
  const role = AGENT_NOUNS.has(sentence.words[link.at]!.lower);
  const end = link.at + link.length;
  return sentence.negatedAt(role ? (named.find((c) => c.at >= end)?.at ?? end) : link.at);
}

/**
 * The companies listed from word `at` ("Janssen and Legend Biotech", "A, B and C") with one "and" before the last, the
 * list ending the clause or closed by punctuation; undefined for anything else between or after them ("or", a phrase).
 */
function companyList(
  words: readonly Word[],
  named: readonly { name: string; at: number; length: number }[],
  at: number,
  to: number,
): { name: string; at: number; length: number }[] | undefined {
  const list: { name: string; at: number; length: number }[] = [];
  for (let k = at, last = false; ; ) {
    const company = named.find((c) => c.at === k);
    if (!company) return undefined;
    list.push(company);
    k = company.at + company.length;
    if (last) return k >= to || words[k]!.punct ? list : undefined;
    if (words[k]?.lower === ',') k++;
    if (words[k]?.lower === 'and') {
      last = true;
      k++;
    } else if (words[k - 1]?.lower !== ',') return undefined;
  }
}

// "a rival to Yescarta", "the main competitor of Yescarta", "a CAR-T similar to Yescarta".
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for', 'against', 'than', 'versus', 'vs']);

// Where an apposition ends: "Tecartus, its CAR-T, is …", "… Tecartus, its CAR-T."
const APPOSITION_ENDS = new Set([',', '.', ';', ')', '—']);

// "not made by Novartis alone": a denied exclusivity, not a denied sponsor.
const EXCLUSIVE = new Set(['only', 'alone', 'solely', 'just', 'exclusively', 'sole']);

/**
 * "Kymriah is not made by Novartis": a negated link from the product, before it, to companies that are all its
 * current sponsors, with nothing after them in the clause (a place or a time may make the denial true).
 */
function deniesCurrentSponsor(
  sentence: ClaimSentence,
  clause: Clause,
  link: { at: number; length: number },
  named: readonly { name: string; at: number; length: number }[],
  mentions: readonly Mention[],
  facts: NonNullable<Entity['sponsors']>,
  asOf: string,
): boolean {
  const { words } = sentence;
  if (!linkNegated(sentence, link, named)) return false;
  if (!mentions.some((m) => isProduct(m.entity) && m.to <= link.at)) return false;
  const current = new Set(facts.filter((s) => s.until === undefined || s.until > asOf).flatMap((s) => namesIn(s.name)));
  if (!named.every((c) => current.has(c.name)) || named[0]!.at !== link.at + link.length) return false;
  for (let k = clause.from; k < clause.to; k++) if (EXCLUSIVE.has(words[k]!.lower)) return false;
  // The companies, joined by "and", run to the clause's end.
  let k = link.at + link.length;
  for (const c of named) {
    if (c.at !== k) return false;
    k = c.at + c.length;
    if (words[k]?.lower === 'and') k++;
  }
  while (k < clause.to && words[k]!.punct) k++;
  return k === clause.to;
}

/**
 * The companies a message names as a product's: its current sponsors, then those whose part has ended
 * ("Bristol Myers Squibb (formerly also bluebird bio and 2seventy bio)"), so a history does not read as today's list.
 */
function sponsorsText(facts: NonNullable<Entity['sponsors']>, asOf: string): string {
  const current = currentSponsors(facts, asOf);
  const former = facts.filter((f) => !current.includes(f));
  if (!current.length || !former.length) return namesOf(facts);
  return `${namesOf(current)} (formerly also ${namesOf(former)})`;
}

/** The sponsors whose part has not ended by `asOf`. */
function currentSponsors(facts: NonNullable<Entity['sponsors']>, asOf: string): NonNullable<Entity['sponsors']> {
  return facts.filter((f) => f.until === undefined || f.until > asOf);
}

const namesOf = (facts: NonNullable<Entity['sponsors']>) => joinAnd([...new Set(facts.map((f) => f.name))]);
