// Discourse cases (issue 12): a statement whose subject is a set named in the sentence or line before it ("Both",
// "They", "4 of them"), or an answer's "both" for the two products its question names. Generated from each approved
// CAR-T's recorded costimulatory domain and targets: a set anaphor takes the verdict of the named set; a set named
// as objects beside another subject, or a count of a listed set, is not read and stays clean.
import type { Case } from './generate';
import { type Entity, type Knowledge, displayName, longName, year } from './knowledge';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const say = (n: number) => WORDS[n] ?? String(n);

export function setAnaphorCases(approved: Entity[]): Case[] {
  const carT = approved.filter((p) => p.modality === 'car-t' && !p.design?.unverified && p.design?.costimulatory);
  const domains = [...new Set(carT.map((p) => p.design!.costimulatory!))].sort();
  const cases: Case[] = [];
  const add = (capability: string, test: Case['test'], truth: boolean, text: string, basis: string) =>
    cases.push({ capability, test, fact: 'costimulatory', expect: truth ? 'clean' : 'flag', text, basis });
  // Every ordered pair once, both domains: "both" is true only when both products use the domain.
  for (const [i, a] of carT.entries())
    for (const b of carT.slice(i + 1)) {
      const [x, y] = [displayName(a), displayName(b)];
      const basis = `products.json design.costimulatory: ${x} ${a.design!.costimulatory}, ${y} ${b.design!.costimulatory}`;
      for (const d of domains) {
        const truth = a.design!.costimulatory === d && b.design!.costimulatory === d;
        add('set-anaphor', 'MFT', truth, `${x} and ${y} are FDA-approved CAR-Ts. Both use ${d} co-stimulation.`, basis);
        add(
          'set-anaphor',
          'MFT',
          truth,
          `${x} and ${y} are autologous products. They use a ${d} costimulatory domain.`,
          basis,
        );
        add(
          'set-anaphor-answer',
          'MFT',
          truth,
          `Q: Does ${x} use the same costimulatory domain as ${y}?\nA: Yes, both use ${d}.`,
          basis,
        );
        // The set named as objects beside a subject "they" may mean: not read.
        add('set-anaphor', 'INV', true, `Our doctors compared ${x} and ${y}. They use ${d} co-stimulation.`, basis);
      }
    }
  // "N FDA-approved CAR-Ts" over "k of them use …": a count of the class counted before it.
  const total = carT.length;
  if (approved.filter((p) => p.modality === 'car-t').length === total)
    for (const d of domains) {
      const n = carT.filter((p) => p.design!.costimulatory === d).length;
      const basis = `products.json design.costimulatory: ${n} of ${total} FDA-approved CAR-Ts use ${d}`;
      for (const k of [n, n + 1 <= total ? n + 1 : n - 1]) {
        add(
          'set-anaphor-count',
          'MFT',
          k === n,
          `- ${total} FDA-approved CAR-Ts\n- ${k} of them use ${d} co-stimulation`,
          basis,
        );
        add(
          'set-anaphor-count',
          'MFT',
          k === n,
          `There are ${say(total)} FDA-approved CAR-Ts. ${cap(say(k))} of them use ${d} co-stimulation.`,
          basis,
        );
      }
      // A count of a listed set is not read as a count of the class.
      const listed = carT.slice(0, 3).map(displayName);
      add(
        'set-anaphor-count',
        'INV',
        true,
        `${listed.join(', ')} are FDA-approved CAR-Ts. ${cap(say(n + 1))} of them use ${d} co-stimulation.`,
        basis,
      );
    }
  return cases;
}

const LINES = ['no', 'one', 'two', 'three', 'four', 'five'];
const lines = (n: number) => `${LINES[n] ?? n} prior line${n === 1 ? '' : 's'}`;

/**
 * "This use", "in this setting" after a described use (a referral, a coverage request, a clause before ";"): judged
 * as the use with its line of therapy, from an approval's fewest prior lines for `name`.
 */
export function useAnaphorCases(s: string, name: string, fewest: number, basis: string): Case[] {
  const cases: Case[] = [];
  const add = (capability: string, test: Case['test'], truth: boolean, text: string) =>
    cases.push({ capability, test, fact: 'line', expect: truth ? 'clean' : 'flag', text, basis });
  add(
    'use-anaphor',
    'MFT',
    false,
    `Coverage request: ${s} as first-line treatment for ${name}. This use is FDA-approved.`,
  );
  // Asked about, the use is not asserted.
  add(
    'use-anaphor',
    'INV',
    true,
    `Coverage request: ${s} as first-line treatment for ${name}. Please confirm whether this use is FDA-approved.`,
  );
  if (fewest < 1) return cases;
  add(
    'use-anaphor',
    'MFT',
    true,
    `Referral: relapsed ${name} after ${lines(fewest)} of therapy. ${s} is FDA-approved in this setting.`,
  );
  add(
    'use-anaphor',
    'MFT',
    true,
    `The patient's ${name} has relapsed after ${lines(fewest)}; ${s} is FDA-approved in this setting.`,
  );
  if (fewest < 2) return cases;
  add(
    'use-anaphor',
    'MFT',
    false,
    `Referral: relapsed ${name} after ${lines(fewest - 1)} of therapy. ${s} is FDA-approved in this setting.`,
  );
  add(
    'use-anaphor',
    'MFT',
    false,
    `The patient's ${name} has relapsed after ${lines(fewest - 1)}; ${s} is FDA-approved in this setting.`,
  );
  return cases;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Timelines: a bare year line dates the month-labelled entries under it ("2021\nMarch: Abecma approved for …") and
 * the entry right after it ("2021. Abecma approved for …"), from each CAR-T's recorded FDA approval dates. The same
 * entry under a year in which the product had no approval for that disease is flagged; an entry that names its own
 * date keeps it, and a year line that is not bare ("Reviewed 2015") dates nothing.
 */
export function timelineCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved.filter((e) => e.modality === 'car-t')) {
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.date && !a.unverified);
    for (const a of fda) {
      const indication = kb.entities.get(a.indication);
      if (!indication || fda.some((b) => b !== a && b.indication === a.indication)) continue;
      const [y, m] = [year(a.date)!, MONTH_NAMES[Number(a.date!.slice(5, 7)) - 1]!];
      const entry = `${displayName(p)} approved for ${longName(indication)}.`;
      const basis = `products.json#${p.id} approvals (FDA, ${a.indication}, ${a.date})`;
      const add = (test: Case['test'], truth: boolean, text: string) =>
        cases.push({ capability: 'timeline', test, fact: 'date', expect: truth ? 'clean' : 'flag', text, basis });
      const wrong = y - 2;
      add('MFT', true, `${y}\nJanuary: Trial results presented.\n${m}: ${entry}`);
      add('MFT', false, `${wrong}\nJanuary: Trial results presented.\n${m}: ${entry}`);
      add('MFT', true, `${y}. ${entry}`);
      add('MFT', false, `${wrong}. ${entry}`);
      add('MFT', false, `${wrong}. January: Trial results presented. ${m}: ${entry}`);
      // Its own date, or a year line that is not a timeline's: nothing from the line above.
      add('INV', true, `${wrong}\n${m} ${y}: ${entry}`);
      add('INV', true, `Reviewed ${wrong}\n${m}: ${entry}`);
      // An approval worded as an event: the disease added to the product's label, or a licence won.
      const event = (test: Case['test'], truth: boolean, text: string) =>
        cases.push({ capability: 'event-wording', test, fact: 'date', expect: truth ? 'clean' : 'flag', text, basis });
      const disease = longName(indication);
      event('MFT', true, `In ${m} ${y}, ${disease} was added to ${displayName(p)}'s label.`);
      event('MFT', false, `In ${m} ${wrong}, ${disease} was added to ${displayName(p)}'s label.`);
      event('MFT', false, `${wrong}. ${m}: ${disease} is added to the ${displayName(p)} label.`);
      // What was added is a statement about the disease, not the disease.
      event('INV', true, `In ${wrong}, data on ${disease} were added to ${displayName(p)}'s label.`);
    }
  }
  return cases;
}

/**
 * Speaker-labelled dialogue, from each approved CAR-T's recorded targets: an answer in another speaker's turn (a name
 * or a forum handle labels it) fills the question's gap; a confirming turn asserts a learner's answer or a tag question, and a rejecting turn or no
 * confirmation leaves a learner's answer unjudged. Every recorded target against every antigen a CAR-T targets.
 */
export function dialogueCases(kb: Knowledge, approved: Entity[]): Case[] {
  const carT = approved.filter((p) => p.modality === 'car-t' && !p.design?.unverified && p.design?.targets?.length);
  const antigens = [...new Set(carT.flatMap((p) => p.design!.targets!))].sort();
  const cases: Case[] = [];
  for (const p of carT) {
    const x = displayName(p);
    const basis = `products.json#${p.id} design.targets = ${p.design!.targets!.join(', ')}`;
    for (const id of antigens) {
      const t = displayName(kb.entities.get(id)!);
      const truth = p.design!.targets!.includes(id);
      const add = (test: Case['test'], clean: boolean, text: string) =>
        cases.push({ capability: 'dialogue', test, fact: 'target', expect: clean ? 'clean' : 'flag', text, basis });
      const asked = `Nurse: Which antigen does your ${x} target?\nPatient: ${t}.`;
      add('MFT', truth, `${asked}\nNurse: Right.`);
      add('MFT', truth, `${asked}\nNurse: Exactly, ${t}.`);
      add('MFT', truth, `INTERVIEWER: Which antigen does ${x} target?\nDR. LEE: ${t}.`);
      add('MFT', truth, `HOST: And ${x} targets ${t}, correct?\nGUEST: Correct.`);
      // Forum and chat handles label turns as names do.
      add('MFT', truth, `u/mm_dad: which antigen does ${x} target?\nDr_CARTnurse: ${t}.`);
      add('MFT', truth, `@caregiver_22: Which antigen does ${x} target?\n@hemedoc: ${t}.`);
      // A learner's answer nobody confirms, one the next turn rejects, a tag question rejected: not asserted.
      add('INV', true, asked);
      add('INV', true, `${asked}\nNurse: Not quite.`);
      add('INV', true, `HOST: And ${x} targets ${t}, correct?\nGUEST: No.`);
    }
  }
  return cases;
}

/**
 * Crossword clues, from each approved CAR-T's recorded targets and costimulatory domain: a clue over an answer line
 * defines the answer ("7 Down: BCMA-directed CAR-T (6)" over "Answer: ABECMA"), numbered after or before its label;
 * a clue without an answer line, or an answer that only guesses, says nothing.
 */
export function clueCases(kb: Knowledge, approved: Entity[]): Case[] {
  const carT = approved.filter((p) => p.modality === 'car-t' && !p.design?.unverified && p.design?.targets?.length);
  const antigens = [...new Set(carT.flatMap((p) => p.design!.targets!))].sort();
  const domains = [...new Set(carT.flatMap((p) => p.design!.costimulatory ?? []))].sort();
  const cases: Case[] = [];
  for (const p of carT) {
    const x = displayName(p);
    const letters = `(${x.length})`;
    const add = (fact: string, test: Case['test'], clean: boolean, text: string, basis: string) =>
      cases.push({ capability: 'clue', test, fact, expect: clean ? 'clean' : 'flag', text, basis });
    for (const id of antigens) {
      const t = displayName(kb.entities.get(id)!);
      const basis = `products.json#${p.id} design.targets = ${p.design!.targets!.join(', ')}`;
      const truth = p.design!.targets!.includes(id);
      add('target', 'MFT', truth, `7 Down: ${t}-directed CAR-T ${letters}\nAnswer: ${x.toUpperCase()}`, basis);
      add('target', 'MFT', truth, `Across 12: A ${t}-directed CAR-T.\nSolution: ${x}`, basis);
      add('target', 'INV', true, `7 Down: ${t}-directed CAR-T ${letters}`, basis);
      add('target', 'INV', true, `7 Down: ${t}-directed CAR-T ${letters}\nAnswer: ${x.toUpperCase()}?`, basis);
    }
    if (!p.design?.costimulatory) continue;
    for (const d of domains) {
      const basis = `products.json#${p.id} design.costimulatory = ${p.design.costimulatory}`;
      add('costimulatory', 'MFT', p.design.costimulatory === d, `Clue 3: ${d} CAR-T ${letters}\n\nAnswer: ${x}`, basis);
    }
  }
  return cases;
}

/**
 * Result clauses, from each CAR-T's FDA approvals' populations: after ", so" a clause of its own, however long its
 * subject or whatever verb its pronoun takes, so its words ("the children's version") do not change the main clause's
 * claim. "adults only" is false for a product with a pediatric approval and true for one whose approvals are all adult.
 */
export function resultClauseCases(approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved.filter((p) => p.modality === 'car-t')) {
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
    const pediatric = fda.some((a) => a.population?.pediatric === true);
    if (!pediatric && !fda.every((a) => a.population?.pediatric === false)) continue;
    const x = displayName(p);
    const basis = `products.json#${p.id} approvals (FDA) population.pediatric`;
    const add = (adultsOnly: boolean, text: string) =>
      cases.push({
        capability: 'result-clause',
        test: 'MFT',
        fact: 'population',
        expect: adultsOnly === !pediatric ? 'clean' : 'flag',
        text,
        basis,
      });
    add(true, `${x} is approved for adults only, so the children's version of the leaflet is not needed.`);
    add(true, `Note to translators: ${x} is for adults only, so we drop the pediatric leaflet.`);
    add(true, `${x} is approved for adults only, so the pediatric section of our patient guide was removed.`);
    add(false, `${x} is approved for children too, so the children's section of the leaflet stays.`);
  }
  return cases;
}

/**
 * Answers to a question asking what a product is approved or used to treat, from each CAR-T's FDA approvals: every
 * disease a CAR-T is approved for, as the answer on the line after the question; true for the product's own diseases.
 */
export function indicationAnswerCases(kb: Knowledge, approved: Entity[]): Case[] {
  const carT = approved.filter((p) => p.modality === 'car-t');
  const fda = (p: Entity) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
  const diseases = [...new Set(carT.flatMap((p) => fda(p).map((a) => a.indication)))].sort();
  const cases: Case[] = [];
  for (const p of carT) {
    const x = displayName(p);
    const own = new Set(fda(p).map((a) => a.indication));
    const basis = `products.json#${p.id} approvals (FDA) indication = ${[...own].join(', ')}`;
    for (const id of diseases) {
      const d = cap(longName(kb.entities.get(id)!));
      const expect = own.has(id) ? 'clean' : 'flag';
      for (const text of [`Q: What is ${x} approved to treat?\nA: ${d}.`, `**What is ${x} used to treat?**\n${d}.`])
        cases.push({ capability: 'answer-indication', test: 'MFT', fact: 'indication', expect, text, basis });
    }
  }
  return cases;
}
