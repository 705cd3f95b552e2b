// Agent–patient frames of one predicate class, read by structure so that a relation's vocabulary (data/lexicon) covers
// its paraphrases: active ("Autolus developed Aucatzyl"), subject relative ("Autolus, which developed Aucatzyl"), object relative ("Aucatzyl, which Autolus developed"), agent
// noun ("Autolus, the developer of Aucatzyl", "the developer of Aucatzyl is Autolus") and patient noun ("Aucatzyl, a
// product of Autolus", "Aucatzyl is a product of Autolus"). The passive with "by" right after the verb is read by the
// relations' own link lists; here only the passive whose verb takes an adjunct before "by" ("Aucatzyl is marketed in the
// United States by Autolus"). A frame is read only when both
// slots are filled: the patient a mention heading its phrase, the agent a phrase that holds a named agent and ends with
// its name or an agent head noun ("Gilead's Kite unit").
import { lexiconWords } from './lexicon';
import { isTherapyHead } from './phrases';
import type { ClaimSentence, Mention } from './sentence';
import { findAllPhrases, type Word } from './words';
import { wordClass } from './word-classes';

/** A named agent on the sentence's words: [at, at + length). */
export interface AgentSpan {
  at: number;
  length: number;
}

export interface FrameVocabulary {
  /** Verb forms whose subject is the agent and whose object is the patient. */
  verbs: readonly string[];
  /** Nouns of the agent's role that take the patient after "of" ("developer"). */
  agentNouns: readonly string[];
  /** Nouns of the patient's kind that take the agent after "of" ("product"). */
  patientNouns: ReadonlySet<string>;
  /** Head nouns an agent's phrase may end with after its name ("unit", "subsidiary"). */
  agentHeads: ReadonlySet<string>;
  /** Words of a legal name after the agent's name ("Kite Pharma, Inc."): the phrase ends at the name before them. */
  agentSuffixes?: ReadonlySet<string>;
  /** A possessive relative makes the patient the agent's ("Kite, whose Yescarta …"), as "Kite's Yescarta" does. */
  possession?: true;
}

export interface AgentFrame {
  /** The named agents in the agent's phrase (one or more, "Gilead's Kite unit"). */
  agents: AgentSpan[];
  patient: Mention;
  /** The predicate word: the verb or the role noun. */
  predicate: number;
  /** An apposition or a relative clause presupposes its link: it holds whether or not its clause is asserted. */
  presupposed: boolean;
}

const RELATIVES = wordClass('relatives-that-which');
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained']);
const LIST_CONJUNCTIONS = wordClass('and-or');
// Before a passive's participle: "is marketed", "has been marketed".
const PASSIVE_AUXILIARIES = wordClass('be-have-auxiliaries');
// The prepositions a role noun takes its product with: "the maker of Kymriah", "the BLA holder for Yescarta".
const ROLE_PREPOSITIONS = new Set(['of', 'for']);
// Words of a passive's adjunct between its verb and "by": "marketed in the United States by".
const MAX_ADJUNCT = 6;
// Between a subject and its verb in the active: a perfect's auxiliary ("has developed"); a form of "be" makes a passive.
const PERFECT = wordClass('have-forms');
// Before an -ing verb, a form of "be" makes the progressive, still active ("Kite is selling", "has been marketing").
const PROGRESSIVE = wordClass('be-auxiliaries');
// Adjectives between a role noun and its determiner: "the original developer of".
const MAX_ROLE_MODIFIERS = 2;
// Words between a patient noun's determiner and the noun: "a CD19-directed CAR-T product of".
const MAX_PATIENT_MODIFIERS = 4;

/** The frames in the sentence whose patient is one of `patients` and whose agent phrase holds one of `agents`. */
export function agentFrames(
  sentence: ClaimSentence,
  patients: readonly Mention[],
  agents: readonly AgentSpan[],
  vocabulary: FrameVocabulary,
): AgentFrame[] {
  const { words } = sentence;
  const frames: AgentFrame[] = [];
  const boundaries = lexiconWords('noun-phrase-boundaries');
  const auxiliaries = lexiconWords('auxiliaries');
  const determiners = lexiconWords('determiners');
  const adverbs = lexiconWords('predicate-adverbs');
  const ends = (k: number) => {
    const word = words[k];
    return !word || word.punct || boundaries.has(word.lower) || auxiliaries.has(word.lower);
  };
  const patientAt = (k: number) => patients.find((m) => m.from === k);
  /** The patient heading the phrase from `k`: past a determiner, therapy words and other mentions ("the CAR-T Aucatzyl"). */
  const patientHeading = (k: number): Mention | undefined => {
    if (determiners.has(words[k]?.lower ?? '')) k++;
    for (;;) {
      const patient = patientAt(k);
      if (patient) return ends(patient.to) && !possessiveAfter(sentence, patient.to - 1) ? patient : undefined;
      const other = sentence.mentions.find((m) => m.from === k);
      if (other) k = other.to;
      else if (isTherapyHead(words[k])) k++;
      else return undefined;
    }
  };
  /** The agents of the phrase that ends at `end` (exclusive), when its head is an agent's name or an agent head noun. */
  const agentsEndingAt = (end: number): { agents: AgentSpan[]; from: number } | undefined => {
    // "Kite Pharma, Inc. holds": back over the legal name's suffix words, their periods and the comma before them.
    const suffixes = vocabulary.agentSuffixes;
    const inSuffix = (k: number) =>
      !!suffixes &&
      (suffixes.has(words[k]?.lower ?? '') ||
        (words[k]?.lower === '.' && suffixes.has(words[k - 1]?.lower ?? '')) ||
        (words[k]?.lower === ',' && suffixes.has(words[k + 1]?.lower ?? '')));
    while (end > 1 && inSuffix(end - 1) && !agents.some((a) => a.at + a.length === end)) end--;
    const head = end - 1;
    if (head < 0 || words[head]!.punct) return undefined;
    const named = agents.some((a) => a.at + a.length === end) || vocabulary.agentHeads.has(words[head]!.lower);
    if (!named) return undefined;
    let from = end;
    while (from > 0 && !ends(from - 1) && !RELATIVES.has(words[from - 1]!.lower)) {
      from--;
      if (determiners.has(words[from]!.lower)) break;
    }
    const inside = agents.filter((a) => a.at >= from && a.at + a.length <= end);
    return inside.length ? { agents: inside, from } : undefined;
  };
  /** The agents of the phrase that starts at `from`, up to its first boundary. */
  const agentsStartingAt = (from: number): AgentSpan[] => {
    if (words[from]?.lower === 'the') from++;
    if (!agents.some((a) => a.at === from)) return [];
    let end = from;
    while (end < words.length && !ends(end)) end++;
    return agents.filter((a) => a.at >= from && a.at + a.length <= end);
  };

  // Active and object relative: the agent's phrase, a perfect's auxiliary, a progressive's "be" or an adverb, the verb.
  for (const verb of findAllPhrases(words, vocabulary.verbs)) {
    if (sentence.negatedAt(verb.at)) continue;
    let k = verb.at - 1;
    const progressive = words[verb.at + verb.length - 1]!.lower.endsWith('ing');
    const skipped = (w: string) => PERFECT.has(w) || adverbs.has(w) || (progressive && PROGRESSIVE.has(w));
    while (k >= 0 && skipped(words[k]!.lower)) k--;
    if (RELATIVES.has(words[k]?.lower ?? '')) {
      // "Kite, which manufactures Yescarta", "the Gilead unit that makes Tecartus": the relative's antecedent is the
      // agent and its gap the subject; the verb's object is the patient.
      const subject = agentsEndingAt(words[k - 1]?.lower === ',' ? k - 1 : k);
      const patient = subject && patientHeading(verb.at + verb.length);
      if (patient) frames.push({ agents: subject!.agents, patient, predicate: verb.at, presupposed: true });
      continue;
    }
    const subject = agentsEndingAt(k + 1);
    if (!subject) continue;
    const before = subject.from - 1;
    if (RELATIVES.has(words[before]?.lower ?? '')) {
      // "Aucatzyl, which Autolus developed, …": the relative's antecedent is the patient; its object is the gap.
      const antecedentEnd = words[before - 1]?.lower === ',' ? before - 1 : before;
      const patient = patients.find((m) => m.to === antecedentEnd);
      if (patient && ends(verb.at + verb.length))
        frames.push({ agents: subject.agents, patient, predicate: verb.at, presupposed: true });
      continue;
    }
    const patient = patientHeading(verb.at + verb.length);
    if (patient) frames.push({ agents: subject.agents, patient, predicate: verb.at, presupposed: false });
  }

  // Passive with an adjunct: "Aucatzyl is marketed in the United States by Autolus", "Yescarta, produced in
  // California by Kite, …" (a reduced relative: presupposed).
  for (const verb of findAllPhrases(words, vocabulary.verbs)) {
    const after = verb.at + verb.length;
    const opener = words[after]?.lower ?? '';
    if (!boundaries.has(opener) || opener === 'by' || sentence.negatedAt(verb.at)) continue;
    let by = after + 1;
    while (by < after + MAX_ADJUNCT && words[by] && !words[by]!.punct && words[by]!.lower !== 'by') by++;
    if (words[by]?.lower !== 'by' || patients.some((m) => m.from < by && m.to > after)) continue;
    const named = agentsStartingAt(by + 1);
    if (!named.length) continue;
    let k = verb.at - 1;
    let passive = false;
    while (k >= 0 && (adverbs.has(words[k]!.lower) || PASSIVE_AUXILIARIES.has(words[k]!.lower))) {
      passive ||= PASSIVE_AUXILIARIES.has(words[k]!.lower) && !PERFECT.has(words[k]!.lower);
      k--;
    }
    const reduced = !passive && k === verb.at - 1 && words[k]?.lower === ',';
    if (!passive && !reduced) continue;
    const patient = patients.find((m) => m.to === k + (reduced ? 0 : 1));
    if (patient) frames.push({ agents: named, patient, predicate: verb.at, presupposed: reduced });
  }

  // Agent noun: "Kite, the developer of Yescarta", "Kite is the maker of Yescarta", "the maker of Yescarta is Kite".
  for (const noun of findAllPhrases(words, vocabulary.agentNouns)) {
    const after = noun.at + noun.length;
    if (!ROLE_PREPOSITIONS.has(words[after]?.lower ?? '') || sentence.negatedAt(noun.at)) continue;
    const patient = patientHeading(after + 1);
    if (!patient) continue;
    let k = noun.at - 1;
    for (let m = 0; m < MAX_ROLE_MODIFIERS && k >= 0 && !ends(k) && !determiners.has(words[k]!.lower); m++) k--;
    // "Novartis, maker of Kymriah, will …": a role phrase without a determiner right after the agent's comma is an
    // appositive when a comma closes it before anything else (a comma and "and" after it make it a list's member).
    if (
      words[k]?.lower === ',' &&
      words[patient.to]?.lower === ',' &&
      !LIST_CONJUNCTIONS.has(words[patient.to + 1]?.lower ?? '')
    ) {
      const subject = agentsEndingAt(k);
      if (subject) frames.push({ agents: subject.agents, patient, predicate: noun.at, presupposed: true });
      continue;
    }
    if (!determiners.has(words[k]?.lower ?? '')) continue;
    const link = words[k - 1]?.lower ?? '';
    // The role phrase as the subject of a copula: the agent is its complement.
    if (words[k]!.lower === 'the' && COPULAS.has(words[patient.to]?.lower ?? '') && !sentence.negatedAt(patient.to)) {
      const named = agentsStartingAt(patient.to + 1);
      if (named.length) {
        frames.push({ agents: named, patient, predicate: noun.at, presupposed: false });
        continue;
      }
    }
    if (link !== ',' && !COPULAS.has(link)) continue;
    const subject = agentsEndingAt(k - 1);
    if (subject) frames.push({ agents: subject.agents, patient, predicate: noun.at, presupposed: link === ',' });
  }

  // Possessive role noun: "Kite, Kymriah's manufacturer", "Kite is Kymriah's maker", "Legend, Carvykti's co-developer".
  for (const noun of findAllPhrases(words, vocabulary.agentNouns)) {
    const after = noun.at + noun.length;
    if (!ends(after) || sentence.negatedAt(noun.at)) continue;
    // "Kite, Kymriah's maker, and Novartis": a role phrase between list members may be a member itself.
    const next = words[after]?.lower === ',' ? after + 1 : after;
    if (LIST_CONJUNCTIONS.has(words[next]?.lower ?? '')) continue;
    let end = noun.at;
    for (let m = 0; m < MAX_ROLE_MODIFIERS && !patients.some((p) => p.to === end) && end > 0 && !ends(end - 1); m++)
      end--;
    const patient = patients.find((p) => p.to === end && possessiveAfter(sentence, p.to - 1));
    if (!patient) continue;
    const link = words[patient.from - 1]?.lower ?? '';
    if ((link !== ',' && !COPULAS.has(link)) || sentence.negatedAt(patient.from - 1)) continue;
    const subject = agentsEndingAt(patient.from - 1);
    if (subject) frames.push({ agents: subject.agents, patient, predicate: noun.at, presupposed: link === ',' });
  }

  // Possessive relative: "Janssen, whose Yescarta program …": its antecedent owns the product its phrase opens with.
  if (vocabulary.possession)
    for (let w = 2; w < words.length; w++) {
      if (words[w]!.lower !== 'whose' || words[w - 1]!.lower !== ',') continue;
      let k = w + 1;
      let patient: Mention | undefined;
      for (;;) {
        const at = sentence.mentions.find((m) => m.from === k);
        patient = at && patients.find((p) => p === at);
        if (patient || !(at || isTherapyHead(words[k]))) break;
        k = at ? at.to : k + 1;
      }
      const subject = patient && agentsEndingAt(w - 1);
      if (subject) frames.push({ agents: subject.agents, patient: patient!, predicate: w, presupposed: true });
    }

  // Patient noun: "Aucatzyl, a product of Autolus", "Tecartus is a product of Kite".
  for (const patient of patients) {
    const link = words[patient.to]?.lower ?? '';
    if (link !== ',' && !COPULAS.has(link)) continue;
    let k = patient.to + 1;
    if (!determiners.has(words[k]?.lower ?? '')) continue;
    k++;
    for (let m = 0; m < MAX_PATIENT_MODIFIERS && !vocabulary.patientNouns.has(words[k]?.lower ?? ''); m++) {
      if (ends(k)) break;
      k++;
    }
    if (!vocabulary.patientNouns.has(words[k]?.lower ?? '') || words[k + 1]?.lower !== 'of') continue;
    if (sentence.negatedAt(k)) continue;
    const named = agentsStartingAt(k + 2);
    if (named.length) frames.push({ agents: named, patient, predicate: k, presupposed: link === ',' });
  }
  return frames;
}

/** Whether the word at `at` carries a possessive "'s" (the tokenizer drops it from the words). */
function possessiveAfter(sentence: ClaimSentence, at: number): boolean {
  const word: Word | undefined = sentence.words[at];
  return !!word && /^['’]s?(?!\w)/.test(sentence.text.slice(word.end - sentence.start));
}
