import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity, OnSiteDrug } from '../../../kb/types';
import { defaultRegulator, label, monthYear, therapiesOf, uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { NEGATION_WORDS } from '../../negation';
import { qualifiersOf } from '../../qualifiers';
import { therapiesIn } from '../../roles';
import { findPhrase, mayHavePhrase } from '../../words';
import type { Relation } from '../types';
import { listWithin } from '../../../util/messages';

// "Centres must keep tocilizumab on site": a drug a REMS required on site (rems.onSite), stated as a requirement after
// the REMS ended. Said of a product without that record (Aucatzyl never had a REMS), or of a local policy ("our
// hospital keeps tocilizumab on site"), it is not judged.
const ON_SITE = lexicon('on-site-cues');
const REQUIRED = lexicon('on-site-requirement-cues');
// The clause tells the past or the rule's end: "had to", "until June 2025", "the requirement ended".
const PAST = lexicon('rems-past-cues');
const REMOVED = lexicon('removal-verbs');
const NEGATIONS = new Set(NEGATION_WORDS);
const AUXILIARIES = lexiconWords('auxiliaries');
// "are still required": the auxiliary before an adverb sets the tense.
const VERB_GROUP_ADVERBS = lexiconWords('verb-group-adverbs');

const relation: Relation = {
  meta: {
    id: 'on-site-drug',
    regulated: true,
    description:
      'A drug a REMS required on site ("centres must keep tocilizumab on site"), stated as required after the REMS ended.',
    messages: {
      ended: 'The requirement to have {{drug}} on site ended with the REMS for {{products}} ({{date}}).',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'drug') && mayHavePhrase(text, ON_SITE) && mayHavePhrase(text, REQUIRED),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses(REQUIRED)) {
      const find = (phrases: readonly string[]) => findPhrase(words, phrases, clause.from, clause.to);
      const place = find(ON_SITE);
      const required = find(REQUIRED);
      if (!place || !required) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const drug = sentence.mentions.find(
        (m) =>
          m.clause === clauseIndex && !m.mark && m.entity.type === 'drug' && onSiteOwners(index, m.entity.id).length,
      );
      // "The end of the REMS lifts the mandate to keep tocilizumab on site": the requirement removed.
      if (!drug || find(PAST) || find(REMOVED)) continue;
      // "Centres no longer need to …", "is not required": the requirement denied.
      if (sentence.negatedAt(required.at) || words.slice(clause.from, required.at).some((w) => NEGATIONS.has(w.lower)))
        continue;
      // "as the Yescarta REMS required": a requirement verb in the simple past tells history.
      const verb = words[required.at]!;
      let auxiliary = required.at - 1;
      while (auxiliary > clause.from && VERB_GROUP_ADVERBS.has(words[auxiliary]!.lower)) auxiliary--;
      if (required.length === 1 && verb.lower.endsWith('ed') && !AUXILIARIES.has(words[auxiliary]?.lower ?? ''))
        continue;
      const { regulator, date } = qualifiersOf(sentence, clause);
      if (regulator && regulator !== defaultRegulator(index)) continue;
      // "The 2022 audit found …", "in 2025": a date not wholly after the REMS ended.
      if (date && !afterEnd(date, remsEnd(index, drug.entity.id))) continue;
      // The products named, else every product whose REMS required the drug.
      // A class ("every CAR-T patient") stands for its members that had the requirement; a product named without it
      // (Aucatzyl) is not judged.
      const owners = onSiteOwners(index, drug.entity.id);
      const refs = therapiesIn(sentence, clause, index).filter((ref) => ref.mention !== drug);
      if (refs.some((ref) => !ref.isClass && !ref.members.every((m) => owners.includes(m)))) continue;
      const named = refs.flatMap((ref) => ref.members.filter((m) => owners.includes(m)));
      if (refs.length && !named.length) continue;
      const members = named.length ? [...new Set(named)] : owners;
      const ended = members.filter((m) => m.rems!.eliminated);
      if (!ended.length || ended.length !== members.length) continue;
      const record = recordOf(ended[0]!, drug.entity.id)!;
      report({
        messageId: 'ended',
        data: {
          drug: drug.match.text,
          products: listWithin(
            ended.map((m) => label(index, m)),
            60,
          ),
          date: monthYear(ended[0]!.rems!.eliminated!),
        },
        sources: uniqueSources(...ended.map((m) => recordOf(m, drug.entity.id)!.sources)),
        correction: record.text,
      });
    }
  },
};
export default relation;

function recordOf(product: Entity, drug: string): OnSiteDrug | undefined {
  return product.rems?.onSite?.find((r) => r.drug === drug && !r.unverified);
}

/** The products whose REMS required `drug` on site (as the index stands on the day judged). */
function onSiteOwners(index: KnowledgeIndex, drug: string): Entity[] {
  return therapiesOf(index).filter((e) => !e.rems?.unverified && recordOf(e, drug));
}

/** The earliest day a REMS that required `drug` on site ended. */
function remsEnd(index: KnowledgeIndex, drug: string): string | undefined {
  return onSiteOwners(index, drug)
    .flatMap((e) => (e.rems?.eliminated ? [e.rems.eliminated] : []))
    .sort()[0];
}

/** A date wholly after the end's month: a bare year of the end may be before it. */
function afterEnd(date: { year: number; month?: number }, end: string | undefined): boolean {
  if (!end) return true;
  const [year, month] = end.split('-').map(Number);
  return date.year > year! || (date.year === year && date.month !== undefined && date.month > month!);
}
