// CheckList-style behavioural cases for the claim check (Ribeiro et al., ACL 2020), generated from the
// knowledge base's data files. For each recorded fact it writes a true statement (must stay clean) and a
// contradiction (must be flagged) in several genres, then invariance and direction variants of them.
// Only contradictions the knowledge base can decide are generated: a negative ("not approved") only where it
// declares its FDA approvals complete, never from a record marked unverified.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { type Entity, type Knowledge, displayName, longName, shortName, year } from './knowledge';
import { frameHeaderCases, headerCases, rowFrameCases } from './headers';
import { outsiderCases } from './outsider';
import { writerCases } from './writers';
import {
  clueCases,
  dialogueCases,
  indicationAnswerCases,
  resultClauseCases,
  setAnaphorCases,
  timelineCases,
  useAnaphorCases,
} from './discourse';
import { capitalize, MONTHS as MONTHS_LOWER } from '../../server/src/util/text';

export type Expect = 'flag' | 'clean';

export interface Case {
  /** What the case probes: a genre, a variant (negation, pronoun …) or `plain`. */
  capability: string;
  /** CheckList test type: minimum functionality, invariance, or direction (the verdict must flip). */
  test: 'MFT' | 'INV' | 'DIR';
  /** The kind of fact the case rests on (approval, target …). */
  fact: string;
  expect: Expect;
  text: string;
  /** The knowledge-base record the label comes from. */
  basis: string;
}

/** One statement about a product, in the forms the templates need. */
interface Claim {
  fact: string;
  truth: boolean;
  product: Entity;
  /** Verb phrase after the subject: "targets CD19". */
  vp: string;
  /** Its negation: "does not target CD19". */
  negVp: string;
  /** A yes/no question, `{S}` standing for the subject. */
  question: string;
  /** Slide-bullet form after "Subject: ". */
  nominal: string;
  /** Table column header and cell. */
  column: [string, string];
  /** The object alone ("CD19"), for contrast and lists. */
  object: string;
  basis: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "2022-05-27" or "2022-05" as "May 2022". */
const monthYear = (date: string) =>
  new Date(`${date.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const list = (items: string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The company a press release or news item names: the record's sponsor without the notes after it. */
const sponsorOf = (p: Entity) => p.sponsor?.split(/[;(/,]/)[0]?.trim() || undefined;

/** " (generic name)" after a brand, as releases and abstracts write it; nothing when the name is the same. */
const also = (e: Entity, shown: string) => (e.name.toLowerCase() === shown.toLowerCase() ? '' : ` (${e.name})`);

/** Deterministic picks so the generated set is stable from run to run. */
function pick<T>(items: T[], seed: number, count: number): T[] {
  if (!items.length) return [];
  const out: T[] = [];
  for (let i = 0; out.length < Math.min(count, items.length); i++) {
    const item = items[(seed + i * 3) % items.length]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** Two common typing slips: swapping the second and third letters, and dropping the last one. */
export function misspellings(name: string): string[] {
  const swapped = name.length > 4 ? name[0]! + name[2]! + name[1]! + name.slice(3) : name;
  const dropped = name.slice(0, -1);
  return [swapped, dropped].filter((m) => m !== name);
}

export function generateCases(kb: Knowledge): Case[] {
  // Each modality's primary class ("CAR T-cell therapy", not its child "allogeneic CAR T-cell therapy").
  const classes = kb.byType('therapy-class');
  const MODALITY_NAMES: Record<string, string> = {};
  for (const c of classes)
    if (
      c.classModality &&
      !MODALITY_NAMES[c.classModality] &&
      !c.parents?.some((p) => classes.find((o) => o.id === p)?.classModality === c.classModality)
    )
      MODALITY_NAMES[c.classModality] = c.name;
  const products = kb
    .byType('product')
    .filter((p) => p.modality && kb.completeFdaModalities.has(p.modality))
    .sort((a, b) => a.id.localeCompare(b.id));
  const approved = products.filter((p) => p.status === 'fda-approved');
  const indication = (id: string) => kb.entities.get(id);
  const fdaApprovals = (p: Entity) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);

  // Indications a contradiction may name: every indication of a recorded approval, and the solid-tumour
  // umbrella terms writers use. A candidate is "related" to a product (so not a contradiction) when it equals,
  // contains or is contained by one of its approved indications.
  const candidates = [
    ...new Set([...products.flatMap((p) => (p.approvals ?? []).map((a) => a.indication)), 'solid-tumor', 'net']),
  ]
    .filter((id) => indication(id))
    .sort();
  const related = (p: Entity, id: string) =>
    (p.approvals ?? []).some((a) => kb.lineage(a.indication).has(id) || kb.lineage(id).has(a.indication));
  const allTargets = [...new Set(products.flatMap((p) => p.design?.targets ?? []))].sort();
  const companies = [...new Set(products.map(sponsorOf).filter((c): c is string => !!c))].sort();

  const claimsByProduct = new Map<string, Claim[]>();
  const add = (c: Claim) => claimsByProduct.set(c.product.id, [...(claimsByProduct.get(c.product.id) ?? []), c]);

  products.forEach((p, seed) => {
    const base = `products.json#${p.id}`;
    // Approvals (FDA, declared complete for these modalities).
    const approvedFor = [...new Set(fdaApprovals(p).map((a) => a.indication))];
    const approval = (id: string, truth: boolean): Claim => {
      const name = longName(indication(id)!);
      return {
        fact: 'approval',
        truth,
        product: p,
        vp: `is FDA-approved for ${name}`,
        negVp: `is not FDA-approved for ${name}`,
        question: `Is {S} FDA-approved for ${name}?`,
        nominal: `FDA-approved for ${name}`,
        column: ['FDA-approved indication', shortName(indication(id)!)],
        object: name,
        basis: `${base} approvals ${truth ? `include ${id}` : `(FDA, complete) exclude ${id}`}`,
      };
    };
    for (const id of approvedFor) add(approval(id, true));
    if (p.status === 'fda-approved')
      for (const id of pick(
        candidates.filter((c) => !related(p, c)),
        seed,
        2,
      ))
        add(approval(id, false));
    else {
      const status: Record<string, string> = {
        investigational: 'is an investigational therapy',
        'under-review': 'is under FDA review',
        'approved-outside-us': 'is not approved in the United States',
      };
      const vp = p.status && status[p.status];
      if (vp)
        add({
          fact: 'status',
          truth: true,
          product: p,
          vp,
          negVp: vp.startsWith('is not') ? vp.replace('is not', 'is') : vp.replace(/^is/, 'is not'),
          question: `Is {S} ${vp.replace(/^is /, '')}?`,
          nominal: vp.replace(/^is /, ''),
          column: ['FDA status', vp.replace(/^is /, '')],
          object: vp,
          basis: `${base} status ${p.status}`,
        });
      add({
        fact: 'status',
        truth: false,
        product: p,
        vp: 'is FDA-approved',
        negVp: 'is not FDA-approved',
        question: 'Is {S} FDA-approved?',
        nominal: 'FDA-approved',
        column: ['FDA status', 'approved'],
        object: 'FDA-approved',
        basis: `${base} status ${p.status}, no FDA approval on record`,
      });
    }

    // Design: targets, costimulatory domain, vector, cell source.
    const design = p.design && !p.design.unverified ? p.design : undefined;
    const targets = design?.targets ?? [];
    const target = (id: string, truth: boolean): Claim => {
      const name = displayName(kb.entities.get(id)!);
      return {
        fact: 'target',
        truth,
        product: p,
        vp: `targets ${name}`,
        negVp: `does not target ${name}`,
        question: `Does {S} target ${name}?`,
        nominal: `${name}-directed`,
        column: ['Target antigen', name],
        object: name,
        basis: `${base} design.targets = ${targets.join(', ')}`,
      };
    };
    for (const t of targets) add(target(t, true));
    if (targets.length)
      for (const t of pick(
        allTargets.filter((t) => !targets.includes(t)),
        seed,
        1,
      ))
        add(target(t, false));
    const domains = ['4-1BB', 'CD28'];
    if (design?.costimulatory && domains.includes(design.costimulatory))
      for (const d of domains)
        add({
          fact: 'costimulatory',
          truth: d === design.costimulatory,
          product: p,
          vp: `uses a ${d} costimulatory domain`,
          negVp: `does not use a ${d} costimulatory domain`,
          question: `Does {S} use a ${d} costimulatory domain?`,
          nominal: `${d} co-stimulation`,
          column: ['Costimulatory domain', d],
          object: `${d}`,
          basis: `${base} design.costimulatory = ${design.costimulatory}`,
        });
    const vectors: Record<string, string> = { lentiviral: 'lentiviral', 'gamma-retroviral': 'gamma-retroviral' };
    if (design?.vector && vectors[design.vector])
      for (const v of Object.keys(vectors))
        add({
          fact: 'vector',
          truth: v === design.vector,
          product: p,
          vp: `is made with a ${v} vector`,
          negVp: `is not made with a ${v} vector`,
          question: `Is {S} made with a ${v} vector?`,
          nominal: `${v} vector`,
          column: ['Vector', v],
          object: `a ${v} vector`,
          basis: `${base} design.vector = ${design.vector}`,
        });
    if (design?.origin === 'autologous')
      for (const [o, truth] of [
        ['autologous', true],
        ['allogeneic, off-the-shelf', false],
      ] as const)
        add({
          fact: 'origin',
          truth,
          product: p,
          vp: `is an ${o} cell therapy`,
          negVp: `is not an ${o} cell therapy`,
          question: `Is {S} an ${o} cell therapy?`,
          nominal: `${o} cells`,
          column: ['Cell source', o],
          object: o,
          basis: `${base} design.origin = autologous`,
        });

    // How it is made and given, and who makes it: single-valued records, so another value contradicts them.
    const yesNo = (fact: string, vp: string, negVp: string, truth: boolean, question: string, basis: string) =>
      add({
        fact,
        truth,
        product: p,
        vp,
        negVp,
        question,
        nominal: vp.replace(/^(is|was) /, ''),
        column: [fact, vp.replace(/^(is|was) /, '')],
        object: vp,
        basis: `${base} ${basis}`,
      });
    if (design?.geneEdited === false)
      yesNo(
        'manufacturing',
        'is gene-edited with CRISPR',
        'is not gene-edited with CRISPR',
        false,
        'Is {S} gene-edited with CRISPR?',
        'design.geneEdited = false',
      );
    if (design && 'geneticallyModified' in design && typeof design.geneticallyModified === 'boolean')
      yesNo(
        'manufacturing',
        'is genetically modified',
        'is not genetically modified',
        design.geneticallyModified,
        'Is {S} genetically modified?',
        `design.geneticallyModified = ${design.geneticallyModified}`,
      );
    if (design?.infusions === 1 || design?.infusions === 2) {
      const basis = `design.infusions = ${design.infusions}`;
      yesNo(
        'infusions',
        'is given as a single infusion',
        'is not given as a single infusion',
        design.infusions === 1,
        'Is {S} given as a single infusion?',
        basis,
      );
      yesNo(
        'infusions',
        'is given as a split dose of two infusions',
        'is not given as a split dose of two infusions',
        design.infusions === 2,
        'Is {S} given as a split dose of two infusions?',
        basis,
      );
    }
    if (typeof design?.hlaRestricted === 'boolean')
      yesNo(
        'hla',
        'requires HLA matching',
        'does not require HLA matching',
        design.hlaRestricted,
        'Does {S} require HLA matching?',
        `design.hlaRestricted = ${design.hlaRestricted}`,
      );
    // HLA eligibility: the typed alleles an approval requires (recorded even where the approval's date is unverified).
    const hlaMarkers = (p.approvals ?? [])
      .filter((a) => a.regulator === 'FDA')
      .flatMap((a) => a.biomarkers ?? [])
      .filter((b) => b.kind === 'hla-type' && b.required && !b.unverified);
    const alleles = hlaMarkers.flatMap((b) => [...b.marker.matchAll(/([ABC])\*(\d{2})(?::\d{2,3}P?)?/g)]);
    if (alleles.length) {
      const own = `HLA-${alleles[0]![0]}`;
      const groups = new Set(alleles.map((m) => `${m[1]}*${m[2]}`));
      const other = `HLA-${['A*01', 'A*03', 'A*11', 'A*24'].find((g) => !groups.has(g))}`;
      const basis = `${base} approvals[].biomarkers (hla-type, required): ${hlaMarkers.map((b) => b.marker).join('; ')}`;
      for (const [type, polarity, truth] of [
        [own, 'positive', true],
        [own, 'negative', false],
        [other, 'positive', false],
      ] as const)
        add({
          fact: 'hla-eligibility',
          truth,
          product: p,
          vp: `is for patients who are ${type} ${polarity}`,
          negVp: `is not for patients who are ${type} ${polarity}`,
          question: `Is {S} for patients who are ${type} ${polarity}?`,
          nominal: `for ${type}-${polarity} patients`,
          column: ['Eligibility', `${type} ${polarity}`],
          object: `patients who are ${type} ${polarity}`,
          basis,
        });
    }
    const company = sponsorOf(p);
    if (company) {
      const other = pick(
        companies.filter((c) => !p.sponsor!.includes(c.split(' ')[0]!)),
        seed,
        1,
      )[0];
      for (const [name, truth] of [[company, true] as const, ...(other ? [[other, false] as const] : [])])
        yesNo(
          'sponsor',
          `is made by ${name}`,
          `is not made by ${name}`,
          truth,
          `Is {S} made by ${name}?`,
          `sponsor = ${p.sponsor}`,
        );
    }

    // What kind of therapy it is.
    const others = ['car-t', 'tcr-t', 'til'].filter((m) => m !== p.modality && MODALITY_NAMES[m]);
    for (const [m, truth] of [[p.modality!, true] as const, ...pick(others, seed, 1).map((m) => [m, false] as const)]) {
      const name = MODALITY_NAMES[m];
      if (!name) continue;
      const article = /^[aeiou]/i.test(name) ? 'an' : 'a';
      add({
        fact: 'modality',
        truth,
        product: p,
        vp: `is ${article} ${name}`,
        negVp: `is not ${article} ${name}`,
        question: `Is {S} ${article} ${name}?`,
        nominal: name,
        column: ['Type', name],
        object: `${article} ${name}`,
        basis: `${base} modality = ${p.modality}`,
      });
    }

    // Year of first FDA approval.
    const dates = fdaApprovals(p)
      .map((a) => a.date)
      .filter((d): d is string => !!d)
      .sort();
    const first = year(dates[0]);
    if (first)
      for (const [y, truth] of [
        [first, true],
        [first - 2, false],
      ] as const)
        add({
          fact: 'approval-year',
          truth,
          product: p,
          vp: `was first approved by the FDA in ${y}`,
          negVp: `was not first approved by the FDA in ${y}`,
          question: `Was {S} first approved by the FDA in ${y}?`,
          nominal: `first FDA approval ${y}`,
          column: ['First FDA approval', String(y)],
          object: String(y),
          basis: `${base} earliest FDA approval ${dates[0]}`,
        });
  });

  const asOfMonth = new Date(`${kb.asOf.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const LABEL_FACTS = new Set(['target', 'costimulatory', 'vector', 'approval-year']);
  const SLOT_FACTS = new Set(['approval', 'approval-year', 'target', 'costimulatory', 'vector', 'population', 'line']);
  const cases: Case[] = [];
  const push = (c: Omit<Case, 'basis'> & { basis: string }) => cases.push(c);
  // The earliest FDA approval on record: every other approval came after it, so an event clause naming it dates
  // another approval truly.
  const earliest = approved
    .flatMap((p) => fdaApprovals(p).flatMap((a) => (a.date ? [{ product: p, approval: a, date: a.date }] : [])))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const verdict = (truth: boolean): Expect => (truth ? 'clean' : 'flag');
  const S = (c: Claim) => displayName(c.product);
  const sentence = (c: Claim, subject = S(c)) => `${cap(subject)} ${c.vp}.`;

  for (const claims of claimsByProduct.values()) {
    for (const c of claims) {
      const p = c.product;
      const s = S(c);
      const expect = verdict(c.truth);
      const one = (capability: string, test: Case['test'], text: string, e: Expect = expect) =>
        push({ capability, test, fact: c.fact, expect: e, text, basis: c.basis });
      // Minimum functionality and genres (invariance: the genre must not change the verdict).
      one('plain', 'MFT', sentence(c));
      one('genre:leaflet', 'INV', `Your care team may talk with you about ${s}. ${cap(s)} ${c.vp}.`);
      one(
        'genre:press-release',
        'INV',
        `FOR IMMEDIATE RELEASE. ${sponsorOf(p) ? `${sponsorOf(p)} today provided an update on its portfolio. ` : ''}${cap(s)}${also(p, s)} ${c.vp}.`,
      );
      one(
        'genre:abstract',
        'INV',
        `Background: ${cap(s)}${also(p, s)} ${c.vp}. Methods: We reviewed the published label.`,
      );
      one('genre:slide', 'INV', `# Key facts\n\n- ${cap(s)}: ${c.nominal}`);
      one('genre:table', 'INV', `| Product | ${c.column[0]} |\n| --- | --- |\n| ${s} | ${c.column[1]} |`);
      // A slide bullet without a subject takes the product its lead-in or its section heading names.
      const predicate = cap(c.vp.replace(/^(?:is|was) /, ''));
      one('genre:slide-lead-in', 'INV', `${cap(s)}:\n\n- ${predicate}`);
      one('genre:slide-heading', 'INV', `## ${cap(s)}\n\nKey points for the clinic.\n\n- ${predicate}.`);
      // A heading or lead-in about one product, its name in a frame, is the subject of every bullet shape.
      one('genre:slide-frame', 'INV', `Key facts about ${s}\n\n- ${predicate}`);
      one('genre:slide-frame', 'INV', `## ${cap(s)} at a glance\n\n- ${cap(c.nominal)}`);
      // A lead-in naming the product and the slot ("Kymriah target"), or only the slot under a heading naming the
      // product, over a bullet that is the value.
      // Only for slots whose table cell is a plain value ("CD19", "2017"), not a predicate or a yes/no.
      if (SLOT_FACTS.has(c.fact)) {
        one('genre:slide-slot', 'INV', `${cap(s)} ${c.column[0].toLowerCase()}\n\n- ${c.column[1]}`);
        one('genre:slide-slot', 'INV', `## ${cap(s)}\n\n${c.column[0]}:\n\n- ${c.column[1]}`);
      }
      // A slide is a heading and a bullet tree: a nested "Label: value" takes the subject of the items it hangs from,
      // and a title about one product (an aspect of it, or a clause a question word opens) is the subject of its
      // labelled bullets. Not for use slots (indication, population, line): a clause title may be about a trial.
      if (LABEL_FACTS.has(c.fact)) {
        const bullet = `${c.column[0]}: ${c.column[1]}`;
        one('genre:slide-nested', 'INV', `${cap(s)}\n\n- Key facts\n  - ${bullet}`);
        one('genre:slide-nested', 'INV', `## ${cap(s)}\n\n- Details\n  - ${bullet}`);
        one('genre:slide-title', 'INV', `${cap(s)} timeline\n\n- ${bullet}`);
        one('genre:slide-title', 'INV', `How ${s} works\n\n- ${bullet}`);
      }
      // A heading's place qualifies its subject, it does not make the line a topic; another regulator's place leaves
      // the bullet to that regulator's record (EMA approvals are not declared complete: clean).
      one('genre:slide-place', 'INV', `## ${cap(s)} (FDA)\n\n- ${predicate}`);
      one('genre:slide-place', 'INV', `## ${cap(s)} in the US\n\n- ${cap(c.nominal)}`);
      if (c.fact === 'approval') one('genre:slide-place', 'INV', `## ${cap(s)} in the EU\n\n- ${predicate}`, 'clean');
      // A heading's period dates its bullets: as of the knowledge base's own month they say what it records; dated
      // after it, they are a forecast, not judged.
      one('genre:slide-period', 'INV', `## ${cap(s)} (as of ${asOfMonth})\n\n- ${predicate}`);
      one('genre:slide-period', 'INV', `## ${cap(s)} in ${Number(kb.asOf.slice(0, 4)) + 4}\n\n- ${predicate}`, 'clean');
      // A negated fragment under the product's heading: the verdict flips.
      if (c.fact === 'approval')
        one('genre:slide-negated', 'DIR', `## ${cap(s)}\n\n- Not ${c.nominal}`, verdict(!c.truth));
      // A question heading and the fragment answering it.
      if (c.fact === 'approval' && p.approvals?.length)
        one('genre:slide-question', 'INV', `## Who can have ${s}?\n\n- People with ${c.object}`);
      if (c.fact === 'target') one('genre:slide-question', 'INV', `## What does ${s} target?\n\n- ${c.object}`);
      // A question and its answer under a quiz's, a flashcard's or a chat's labels: the answer fills the gap.
      if (c.fact === 'target') {
        one('answer-label', 'INV', `Quiz 3. What does ${s} target?\nAnswer: ${c.object}.`);
        one('answer-label', 'INV', `Front: What does ${s} target?\nBack: ${c.object}.`);
        one('answer-label', 'INV', `User: What does ${s} target?\nAssistant: ${c.object}.`);
      }
      // Under an approved product's name, a bullet that only names a disease names one of its approvals.
      if (c.fact === 'approval' && p.approvals?.length)
        one('genre:slide-indication', 'INV', `${cap(s)}\n\n- ${cap(c.object)}`);
      // A yes/no question on a slide and its answer: a yes says the question's statement, a no denies it.
      const asked = c.question.replace('{S}', s);
      one('genre:slide-answer', 'INV', `## Questions from the clinic\n\n- ${asked} Yes.`);
      if (c.fact === 'approval' || c.fact === 'target')
        one('genre:slide-answer', 'DIR', `## Questions from the clinic\n\n- ${asked}\n- No.`, verdict(!c.truth));
      // A label worded as the predicate, answered yes or no under the product's title.
      if (c.fact === 'approval') {
        one('genre:slide-yes-no', 'INV', `## ${cap(s)}\n\n- ${cap(c.nominal)}: yes`);
        one('genre:slide-yes-no', 'DIR', `## ${cap(s)}\n\n- ${cap(c.nominal)}: no`, verdict(!c.truth));
      }
      // A dated milestone under the product's title: the use approved that month, or one never approved.
      const approvedOn =
        c.fact === 'approval' &&
        (fdaApprovals(p).find((a) => longName(indication(a.indication)!) === c.object) ?? fdaApprovals(p)[0])?.date;
      if (approvedOn)
        one('genre:slide-milestone', 'INV', `## ${cap(s)} milestones\n\n- ${monthYear(approvedOn)}: ${c.object}`);
      // A section that presents its bullets as myths quotes them: none is the writer's claim, as it is under a title
      // that does not refute them.
      one('genre:slide-myths', 'DIR', `## Common myths\n\n- ${sentence(c)}`, 'clean');
      if (!c.truth) one('genre:slide-myths', 'DIR', `## What the label says\n\n- ${sentence(c)}`);
      one(
        'genre:news',
        'INV',
        `NEW YORK, March 3 — ${cap(s)}${sponsorOf(p) ? `, from ${sponsorOf(p)},` : ''} ${c.vp}.`,
      );
      // Direction: negating a statement flips its truth.
      one('negation', 'DIR', `${cap(s)} ${c.negVp}.`, verdict(!c.truth));
      // Invariance: hedges and a question do not change what is true; a question asserts nothing.
      one('hedge', 'INV', `To our knowledge, ${s} ${c.vp}.`);
      one('hedge', 'INV', `It is generally accepted that ${s} ${c.vp}.`);
      // An adverbial "likely" before a lexical verb lowers confidence but still states the fact; "likely to" predicts.
      if (/^(?:targets|uses) /.test(c.vp)) {
        one('hedge-adverbial', 'INV', `${cap(s)} likely ${c.vp}.`);
        one('hedge-adverbial', 'INV', `${cap(s)} is likely to be studied further.`, 'clean');
      }
      // "Its" after a sentence naming a disease stands for the product when what it possesses only a therapy has (a
      // vector; a disease may have a "target").
      const treated = p.approvals?.[0] && indication(p.approvals[0].indication);
      if (c.fact === 'vector' && treated)
        one('pronoun-possessive', 'INV', `${cap(s)} treats ${longName(treated)}. Its vector is ${c.column[1]}.`);
      one('question', 'INV', c.question.replace('{S}', s), 'clean');
      // A question and its answer: the question asserts nothing; an answer word ("Yes,", "No.") negates nothing and
      // leaves "it" standing for what the question named; the answer's own clause is judged.
      one('answer', 'INV', `Can I ask my doctor about ${s}? Yes, it ${c.vp}.`);
      one('answer', 'INV', `**Is ${s} an option for me?**\nNo, it ${c.vp}.`);
      one('answer', 'DIR', `**Is ${s} an option for me?**\nNo. ${cap(s)} ${c.negVp}.`, verdict(!c.truth));
      // A quiz item and its answer are one unit: the item asserts nothing; an answer accepting it says it (judged on
      // the answer), one rejecting it or none leaves it unjudged.
      one('verdict-item', 'INV', `True or false: ${cap(s)} ${c.vp}.\nAnswer: True.`);
      one('verdict-item', 'INV', `Myth or fact? ${cap(s)} ${c.vp}.\nFact.`);
      one('verdict-item', 'INV', `- T/F: ${cap(s)} ${c.vp}.\n- A: True.`);
      one('verdict-item', 'INV', `True or false: ${cap(s)} ${c.vp}.\nAnswer: False.`, 'clean');
      one('verdict-item', 'INV', `Fact or fiction: ${cap(s)} ${c.vp}.\nFiction — see the label.`, 'clean');
      one('verdict-item', 'INV', `True or false? ${cap(s)} ${c.vp}.`, 'clean');
      // A false premise in a subordinate clause is still asserted.
      one('premise', 'DIR', `Given that ${s} ${c.vp}, what should patients ask their doctor?`);
      // A reason after a hedged main clause is stated as given; "it" there is the sentence's subject.
      one('premise-reason', 'INV', `${cap(s)} may be discussed at your visit because it ${c.vp}.`);
      // An event clause only dates the main clause: its subject and its disease are not the main claim's.
      if (c.fact === 'approval' && earliest && earliest.product !== p)
        one(
          'event-clause',
          'INV',
          `${cap(s)} ${c.vp}, a label it gained after ${displayName(earliest.product)} was approved for ${longName(indication(earliest.approval.indication)!)}.`,
        );
      // A time phrase whose object is another event ("years after P's approval for Y") dates the main clause: its
      // product and disease are the event's, not the main claim's.
      if (c.fact === 'approval' && earliest && earliest.product !== p)
        one(
          'event-phrase',
          'INV',
          `${cap(s)} ${c.vp}, years after ${displayName(earliest.product)}'s approval for ${longName(indication(earliest.approval.indication)!)}.`,
        );
      // A value premodifying the subject's phrase is given: a negation in another predicate before it does not deny it.
      if (c.fact === 'costimulatory' || c.fact === 'vector')
        one(
          'presupposed-modifier',
          'INV',
          `In patients who did not respond to chemotherapy, ${s} and other ${c.column[1]} CAR-T products produced durable remissions.`,
        );
      // "X is excluded from P's approved indications" denies the approval: the verdict flips.
      if (c.fact === 'approval' && p.approvals?.length)
        one('exclusion', 'DIR', `${cap(c.object)} is excluded from ${s}'s approved indications.`, verdict(!c.truth));
      // A drug inside a modifier of the object ("bendamustine-based therapy") is not the subject.
      if (c.fact === 'approval')
        one(
          'modifier-subject',
          'INV',
          `${cap(s)} ${c.vp}, including disease that progressed on bendamustine-based therapy.`,
        );
      // Attribution: a claim reported as wrong is not asserted; a true one attributed to the label stays true.
      if (c.truth) one('attribution', 'INV', `According to the prescribing information, ${s} ${c.vp}.`);
      else one('attribution', 'DIR', `Some websites wrongly claim that ${s} ${c.vp}.`, 'clean');
      // The writer's own voice, set against others': the statement is asserted.
      one('attribution', 'INV', `Contrary to some reports, ${s} ${c.vp}.`);
      // Discourse: a pronoun or a definite description in the next sentence refers back to the product.
      one('pronoun', 'INV', `${cap(s)} is one of the options we discuss with patients. It ${c.vp}.`);
      one('pronoun', 'INV', `${cap(s)} is one of the options we discuss with patients. This therapy ${c.vp}.`);
      // A clause after a semicolon: "this therapy" is the one its sentence named before it.
      one('pronoun-clause', 'INV', `The patient was referred for ${s}; this therapy ${c.vp}.`);
      one('pronoun-clause', 'INV', `We chose ${s}; because this therapy ${c.vp}, it suited her.`);
      // In a later bullet of the same list, or under the line leading into the list.
      one('pronoun-bullet', 'INV', `- ${cap(s)} is one of the options we discuss.\n- It ${c.vp}.`);
      one('pronoun-bullet', 'INV', `${cap(s)} is one of the options we discuss:\n\n- This therapy ${c.vp}.`);
      // A pronoun under a heading about the product; a description by the antigen it targets.
      one('pronoun-heading', 'INV', `## About ${s}\n\nIt ${c.vp}.`);
      one('pronoun-heading', 'INV', `## Your medicine: ${s}\n\nThis medicine ${c.vp}.`);
      const antigen = p.design?.targets?.length === 1 ? kb.entities.get(p.design.targets[0]!) : undefined;
      if (antigen)
        one(
          'description',
          'INV',
          `${cap(s)} is one of the options we discuss with patients. The ${displayName(antigen)}-directed therapy ${c.vp}.`,
        );
      // One product under a plural topic, or as "product: disease" under an approval lead-in.
      if (c.fact === 'approval' && p.approvals?.length) {
        one('genre:slide-topic', 'INV', `## Treatments for ${c.object}\n\n- ${cap(s)}`);
        one('genre:slide-approved', 'INV', `FDA-approved cell therapies\n\n- ${cap(s)}: ${c.object}`);
      }
      // Headings give context but are not part of the sentence.
      one('heading', 'INV', `## ${s}\n\n${sentence(c)}`);
      one('heading', 'INV', `## Frequently asked questions\n\n${sentence(c)}`);
      // A misspelled product is still the product.
      for (const m of misspellings(s)) one('misspelling', 'INV', sentence(c, m));
      // Labels and press releases set a brand in capitals: still the product, in a sentence, a heading or before "it".
      if (p.aliases?.some((a) => a.kind === 'brand' && a.text === s)) {
        const capitals = s.toUpperCase();
        one('capitals', 'INV', sentence(c, capitals));
        one('capitals', 'INV', `${capitals} is one of the options we discuss with patients. It ${c.vp}.`);
        one('capitals', 'INV', `## ${capitals}\n\nIt ${c.vp}.`);
      }
    }
    // Contrast between a true and a false statement of the same kind about the same product.
    const byFact = new Map<string, Claim[]>();
    for (const c of claims) byFact.set(c.fact, [...(byFact.get(c.fact) ?? []), c]);
    for (const group of byFact.values()) {
      const t = group.filter((c) => c.truth);
      const f = group.filter((c) => !c.truth);
      for (const a of t.slice(0, 2))
        for (const b of f) {
          const s = cap(S(a));
          const basis = `${a.basis}; ${b.basis}`;
          const one = (text: string, expect: Expect, test: Case['test'] = 'DIR') =>
            push({ capability: 'contrast', test, fact: a.fact, expect, text, basis });
          one(`${s} ${a.vp}, but it ${b.negVp}.`, 'clean', 'INV');
          one(`${s} ${b.vp}, but it ${a.negVp}.`, 'flag');
          one(`Unlike what some believe, ${S(a)} ${a.vp}, and it ${b.negVp}.`, 'clean', 'INV');
        }
      // Two true statements joined by a contrast: negating the second makes the sentence false.
      if (t.length >= 2 && t[0]!.fact === 'approval') {
        const [a, b] = t as [Claim, Claim];
        push({
          capability: 'contrast',
          test: 'DIR',
          fact: a.fact,
          expect: 'flag',
          text: `${cap(S(a))} ${a.vp}, but it ${b.negVp}.`,
          basis: `${a.basis}; ${b.basis}`,
        });
      }
    }
    // Lists of approved indications, with one false item first, in the middle or last.
    const approvals = claims.filter((c) => c.fact === 'approval');
    const trueItems = approvals.filter((c) => c.truth).map((c) => c.object);
    const falseItems = approvals.filter((c) => !c.truth);
    if (trueItems.length >= 2 && falseItems.length) {
      const p = approvals[0]!.product;
      const s = cap(displayName(p));
      const basis = falseItems[0]!.basis;
      push({
        capability: 'list-position',
        test: 'MFT',
        fact: 'approval',
        expect: 'clean',
        text: `${s} is FDA-approved for ${list(trueItems)}.`,
        basis: `products.json#${p.id} approvals`,
      });
      const bad = falseItems[0]!.object;
      const [x, y] = trueItems as [string, string];
      for (const items of [
        [bad, x, y],
        [x, bad, y],
        [x, y, bad],
      ])
        push({
          capability: 'list-position',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `${s} is FDA-approved for ${list(items)}.`,
          basis,
        });
    }
  }

  // Lists of products sharing (or not) a target.
  for (const antigen of allTargets) {
    const name = displayName(kb.entities.get(antigen)!);
    const withIt = approved.filter((p) => p.design?.targets?.includes(antigen)).map(displayName);
    const without = approved.filter((p) => p.design?.targets?.length && !p.design.targets.includes(antigen));
    if (withIt.length < 2 || !without.length) continue;
    const [x, y] = withIt as [string, string];
    const bad = displayName(without[0]!);
    const basis = `products.json design.targets (${antigen})`;
    push({
      capability: 'list-position',
      test: 'MFT',
      fact: 'target',
      expect: 'clean',
      text: `${list(withIt)} target ${name}.`,
      basis,
    });
    for (const items of [
      [bad, x, y],
      [x, bad, y],
      [x, y, bad],
    ])
      push({
        capability: 'list-position',
        test: 'DIR',
        fact: 'target',
        expect: 'flag',
        text: `${list(items)} target ${name}.`,
        basis,
      });
    // A class phrase listing its members: each listed product is one of the class as described.
    push({
      capability: 'list-members',
      test: 'MFT',
      fact: 'target',
      expect: 'clean',
      text: `${name}-directed CAR-Ts include ${list(withIt)}.`,
      basis,
    });
    push({
      capability: 'list-members',
      test: 'MFT',
      fact: 'target',
      expect: 'flag',
      text: `The FDA-approved ${name}-directed CAR-Ts are ${list([x, y, bad])}.`,
      basis,
    });
    push({
      capability: 'list-members',
      test: 'INV',
      fact: 'target',
      expect: 'clean',
      text: `${name}-directed CAR-Ts studied in trials include ${list([x, bad])}.`,
      basis,
    });
  }

  cases.push(...regulatorCases(kb, approved, candidates, related));
  cases.push(...periodCases(kb, approved));
  cases.push(...populationAndLineCases(kb, approved));
  cases.push(...useVerbCases(kb, approved, candidates, related));
  cases.push(...quotedCases(kb, approved, candidates, related));
  cases.push(...safetyCases(kb, approved));
  cases.push(...sponsorCases(approved, companies));
  cases.push(...firstCases(approved));
  cases.push(...pairingCases(kb, approved));
  cases.push(...orderCases(approved));
  cases.push(...hlaWordingCases(products));
  cases.push(...appositiveScopeCases(kb, approved));
  cases.push(...lineOrderCases(kb, approved));
  cases.push(...designCountCases(kb, approved));
  cases.push(...setAnaphorCases(approved));
  cases.push(...timelineCases(kb, approved));
  cases.push(...dialogueCases(kb, approved));
  cases.push(...clueCases(kb, approved));
  cases.push(...resultClauseCases(approved));
  cases.push(...indicationAnswerCases(kb, approved));
  cases.push(...replacementCases(kb));
  cases.push(...scoreDirectionCases(kb));
  cases.push(...differentiationCases(kb));
  cases.push(...scaleUseCases(kb));
  cases.push(...standardScaleCases(kb));
  cases.push(...countCases(kb, approved));
  cases.push(...indicationCountCases(kb, approved));
  cases.push(...closedListCases(kb, approved));
  cases.push(...indicationRankCases(kb, approved));
  cases.push(...headingPeriodCases(kb, approved));
  cases.push(...stateAtTimeCases(kb, approved));
  cases.push(...firstRegulatorCases(kb));
  cases.push(...drugClassCases(kb));
  cases.push(...periodCountCases(approved));
  cases.push(...dosingCases(kb));
  cases.push(...quantityCases(kb));
  cases.push(...lifelongRuleCases(kb));
  cases.push(...purposeCases(kb));
  cases.push(...intervalCases(kb));
  cases.push(...stepDurationCases(kb));
  cases.push(...onSiteDrugCases(kb));
  cases.push(...onsetCases(kb));
  cases.push(...safetyActionCases(kb));
  cases.push(...syndromeTreatmentCases(kb));
  cases.push(...rulePeriodCases(kb));
  cases.push(...definedByCases(kb));
  cases.push(...gradeRangeCases(kb));
  cases.push(...trialCases(kb, approved));
  cases.push(...neighbourClassCases(kb));
  cases.push(...documentDateCases(kb, approved));
  cases.push(...writerCases(kb, approved));
  cases.push(...headerCases(kb, approved));
  cases.push(...frameHeaderCases(kb, approved));
  cases.push(...rowFrameCases(kb, approved));
  cases.push(...outsiderCases(kb));
  cases.push(...safetyGenreCases(kb, approved));
  cases.push(...restrictorCases(kb, approved, candidates, related));
  cases.push(...unknownObjectCases(kb, approved, candidates, related));
  cases.push(...unlistedDiseaseCases(approved));
  cases.push(...onlyAgeCases(kb, approved));
  cases.push(...relativeApprovalCases(kb, approved, candidates, related));
  cases.push(...negatedArgumentCases(kb, approved, candidates, related));
  cases.push(...prospectiveCases(products));
  cases.push(...radiolabelCases(kb));
  cases.push(...expansionCases(kb));
  cases.push(...structureCases(kb, approved));
  // Last: the cases before them keep their order (one service judges them all in turn).
  cases.push(...gradeCriterionCases(kb));
  cases.push(...earliestLineCases(kb, approved));
  return cases;
}

/**
 * A negatively quantified argument after the predicate denies it ("the FDA has approved no CAR-T for NETs", "approved
 * Kymriah for no myeloma indication"): the verdict is the negated approval's.
 */
function negatedArgumentCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  const add = (expect: Expect, text: string, basis: string) =>
    cases.push({ capability: 'negated-argument', test: 'DIR', fact: 'approval', expect, text, basis });
  for (const id of candidates) {
    const name = longName(kb.entities.get(id)!);
    const holders = carT.filter((p) => related(p, id));
    const basis = `products.json: FDA-approved CAR-Ts for ${id}: ${holders.map((p) => p.id).join(', ') || 'none'}`;
    const expect: Expect = holders.length ? 'flag' : 'clean';
    add(expect, `To date the FDA has approved no CAR T-cell therapy for ${name}.`, basis);
    add(expect, `The agency has licensed none of the CAR-T products for ${name} so far.`, basis);
  }
  for (const p of carT) {
    const own = p.approvals?.find((a) => a.regulator === 'FDA' && !a.unverified);
    const other = candidates.find((id) => !related(p, id));
    const s = displayName(p);
    const basis = `products.json#${p.id} approvals`;
    if (own) add('flag', `The FDA approved ${s} for no ${longName(kb.entities.get(own.indication)!)}.`, basis);
    if (other) add('clean', `The FDA approved ${s} for no ${longName(kb.entities.get(other)!)}.`, basis);
  }
  return cases;
}

/**
 * Motion toward an approval names a goal, not an approval ("heading toward FDA approval", "on track for FDA
 * approval"): clean for a product not approved, and for an approved one in a year before its approval; the same
 * product said to have received it then is flagged.
 */
function prospectiveCases(products: Entity[]): Case[] {
  const cases: Case[] = [];
  const add = (expect: Expect, text: string, basis: string) =>
    cases.push({ capability: 'prospective', test: 'DIR', fact: 'status', expect, text, basis });
  for (const p of products) {
    const s = displayName(p);
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
    const basis = `products.json#${p.id} status ${p.status}`;
    if (p.status !== 'fda-approved' && !fda.length) {
      add('clean', `${cap(s)} is heading toward FDA approval.`, basis);
      add('clean', `${cap(s)} is on track for FDA approval.`, basis);
      add('flag', `${cap(s)} has received FDA approval.`, basis);
      continue;
    }
    const first = fda.map((a) => a.date).sort()[0];
    if (!first) continue;
    const before = year(first)! - 1;
    add('clean', `In ${before}, ${s} was heading toward FDA approval.`, `${basis}: first FDA approval ${first}`);
    add('flag', `In ${before}, ${s} received FDA approval.`, `${basis}: first FDA approval ${first}`);
    // An approval premodifying a noun after a determiner describes it: the clause's date dates its own event.
    cases.push(
      {
        capability: 'attributive-date',
        test: 'INV',
        fact: 'approval-year',
        expect: 'clean',
        text: `Hospitals began giving the FDA-approved therapy ${s} in ${before + 2}.`,
        basis: `${basis}: first FDA approval ${first}`,
      },
      {
        capability: 'attributive-date',
        test: 'INV',
        fact: 'approval-year',
        expect: 'flag',
        text: `The FDA approved the therapy ${s} in ${before}.`,
        basis: `${basis}: first FDA approval ${first}`,
      },
    );
    // A nominal approval is the verb's frame: the regulator's possessive is its agent, the year its date.
    for (const [y, expect] of [
      [year(first)!, 'clean'],
      [before, 'flag'],
    ] as const)
      cases.push({
        capability: 'nominal-approval',
        test: 'DIR',
        fact: 'approval-year',
        expect,
        text: `The FDA's ${y} approval of ${s} was a milestone for the field.`,
        basis: `${basis}: first FDA approval ${first}`,
      });
  }
  return cases;
}

/**
 * Values listed beside as many products pair with them in order ("A and B were approved in 2017 and 2020", "(Aug vs
 * Oct 2017)", "…, respectively", a list of three); "the first CAR-T" after a preposition of time is a landmark, not
 * a claim about the subject. True twins must stay clean; the same sentence with the values swapped is flagged where
 * the values differ.
 */
function pairingCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const firstFda = (p: Entity) =>
    (p.approvals ?? [])
      .filter((a) => a.regulator === 'FDA' && !a.unverified)
      .map((a) => a.date)
      .sort()[0];
  const dated = approved
    .map((p) => ({ p, first: firstFda(p) }))
    .filter((d): d is { p: Entity; first: string } => !!d.first)
    .sort((a, b) => a.first.localeCompare(b.first));
  const month = (date: string) => monthYear(date).split(' ')[0]!;
  const short = (date: string) => month(date).slice(0, 3);
  const add = (expect: Expect, test: Case['test'], fact: string, text: string, basis: string) =>
    cases.push({ capability: 'pairing', test, fact, expect, text, basis });
  for (let i = 0; i + 1 < dated.length; i++) {
    const a = dated[i]!;
    const b = dated[i + 1]!;
    const [x, y] = [displayName(a.p), displayName(b.p)];
    const basis = `products.json#${a.p.id} first FDA approval ${a.first}, #${b.p.id} ${b.first}`;
    const [ya, yb] = [year(a.first)!, year(b.first)!];
    add('clean', 'MFT', 'approval-year', `${x} and ${y} were first approved in ${ya} and ${yb}.`, basis);
    add('clean', 'INV', 'approval-year', `${x} and ${y} were approved in ${ya} and ${yb}, respectively.`, basis);
    add(
      'clean',
      'INV',
      'approval-year',
      `${x} got FDA approval before ${y} (${short(a.first)} ${ya} vs ${short(b.first)} ${yb}).`,
      basis,
    );
    if (ya === yb && a.first.slice(0, 7) !== b.first.slice(0, 7)) {
      add(
        'clean',
        'INV',
        'approval-year',
        `${x} and ${y} were approved in ${month(a.first)} and ${month(b.first)} ${ya}, respectively.`,
        basis,
      );
      add(
        'flag',
        'DIR',
        'approval-year',
        `${x} and ${y} were approved in ${month(b.first)} and ${month(a.first)} ${ya}, respectively.`,
        basis,
      );
    }
    if (ya !== yb) add('flag', 'DIR', 'approval-year', `${x} and ${y} were first approved in ${yb} and ${ya}.`, basis);
    const gap = yb - year(dated[0]!.first)!;
    const after = gap === 0 ? 'months' : gap === 1 ? 'a year' : `${gap} years`;
    if (i > 0) add('clean', 'INV', 'first', `${y} was approved ${after} after the first CAR-T.`, basis);
    const c = dated[i + 2];
    if (c) {
      const z = displayName(c.p);
      const yc = year(c.first)!;
      const three = `products.json#${a.p.id} ${a.first}, #${b.p.id} ${b.first}, #${c.p.id} ${c.first}`;
      add('clean', 'INV', 'approval-year', `${x}, ${y} and ${z} were approved in ${ya}, ${yb} and ${yc}.`, three);
      if (ya !== yc)
        add('flag', 'DIR', 'approval-year', `${x}, ${y} and ${z} were approved in ${yc}, ${yb} and ${ya}.`, three);
    }
    // Targets, "respectively".
    const [ta, tb] = [a.p.design?.targets?.[0], b.p.design?.targets?.[0]];
    const name = (id: string) => shortName(kb.entities.get(id)!);
    if (ta && tb && kb.entities.get(ta) && kb.entities.get(tb)) {
      const targets = `products.json#${a.p.id} targets ${ta}, #${b.p.id} ${tb}`;
      add('clean', 'INV', 'target', `${x} and ${y} target ${name(ta)} and ${name(tb)}, respectively.`, targets);
      if (ta !== tb)
        add('flag', 'DIR', 'target', `${x} and ${y} target ${name(tb)} and ${name(ta)}, respectively.`, targets);
    }
  }
  return cases;
}

/**
 * A radiolabelled conjugate ("111In-octreotide", "gallium-68 lanreotide") is not the drug it carries: it may be a
 * radiopharmaceutical where the drug is not.
 */
function radiolabelCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const labels = ['111In-', 'Ga-68-labelled ', 'indium-111 ', '177Lu-DOTA-'];
  for (const d of kb.byType('drug').sort((a, b) => a.id.localeCompare(b.id))) {
    if (d.modality !== 'somatostatin-analog') continue;
    const name = displayName(d);
    const basis = `drugs.json#${d.id} modality = ${d.modality}`;
    for (const label of labels)
      cases.push({
        capability: 'radiolabel',
        test: 'INV',
        fact: 'drug-class',
        expect: 'clean',
        text: `${label}${name} is a radiopharmaceutical.`,
        basis,
      });
    cases.push({
      capability: 'radiolabel',
      test: 'INV',
      fact: 'drug-class',
      expect: 'flag',
      text: `${cap(name)} is a radiopharmaceutical.`,
      basis,
    });
  }
  return cases;
}

/**
 * An approval in a relative clause of a class ("X is similar to CAR T-cell therapies that have been approved for Y")
 * is that class's, not the named product's; a class after "like" is compared with, not what the product is. The twins
 * say the same of the product itself.
 */
function relativeApprovalCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  const classIds = candidates.filter((id) => carT.some((p) => related(p, id)));
  const add = (capability: string, fact: string, expect: Expect, text: string, basis: string) =>
    cases.push({ capability, test: 'DIR', fact, expect, text, basis });
  approved.forEach((p, i) => {
    const s = cap(displayName(p));
    for (const id of pick(
      classIds.filter((c) => !related(p, c)),
      i,
      2,
    )) {
      const name = longName(kb.entities.get(id)!);
      const basis = `products.json#${p.id} approvals exclude ${id}; CAR-Ts approved for it: ${carT
        .filter((q) => related(q, id))
        .map((q) => q.id)
        .join(', ')}`;
      add(
        'relative-clause',
        'approval',
        'clean',
        `${s} is similar to CAR T-cell therapies that have been approved for ${name}.`,
        basis,
      );
      add(
        'relative-clause',
        'approval',
        'clean',
        `${s} works differently from the CAR-T products that were approved for ${name}.`,
        basis,
      );
      add(
        'relative-clause',
        'approval',
        'clean',
        `Unlike CAR-T products approved for ${name}, ${s} was studied in a separate trial.`,
        basis,
      );
      add(
        'relative-clause',
        'approval',
        'flag',
        `${s}, which has been approved for ${name}, was studied in a separate trial.`,
        basis,
      );
      add('relative-clause', 'approval', 'flag', `${s} has been approved for ${name}.`, basis);
    }
  });
  // Every approved product or drug of another class the knowledge base names.
  const others = [...kb.byType('product'), ...kb.byType('drug')].filter(
    (e) =>
      e.status === 'fda-approved' &&
      !e.unverified &&
      e.modality &&
      e.modality !== 'car-t' &&
      kb.byType('therapy-class').some((c) => c.classModality === e.modality),
  );
  for (const p of others) {
    const s = cap(displayName(p));
    {
      const basis = `${p.type === 'drug' ? 'drugs' : 'products'}.json#${p.id} modality = ${p.modality}`;
      add('comparison', 'therapy-class', 'clean', `${s}, like CAR T-cell therapies, was reviewed by the FDA.`, basis);
      add('comparison', 'therapy-class', 'clean', `${s}, unlike the CAR-Ts, was reviewed by the FDA.`, basis);
      add(
        'comparison',
        'therapy-class',
        'flag',
        `${s}, like other CAR T-cell therapies, was reviewed by the FDA.`,
        basis,
      );
      add('comparison', 'therapy-class', 'flag', `${s}, a CAR T-cell therapy, was reviewed by the FDA.`, basis);
    }
  }
  return cases;
}

/**
 * A set named by an approval restrictor ("Of the seven CAR-Ts the FDA has approved, none …", "CAR-Ts approved by the
 * FDA to date"): the approval verb restricts the subject, the claim is the main predicate said of the set.
 */
function restrictorCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  const sets = [
    (rest: string) => `Of the ${say(carT.length)} CAR-Ts the FDA has approved, ${rest}.`,
    (rest: string) => `Among the CAR T-cell therapies approved by the FDA to date, ${rest}.`,
    (rest: string) => `Of all CAR-T products that the FDA has approved so far, ${rest}.`,
  ];
  const noneOf = (vp: string) => `None of the CAR T-cell therapies approved by the FDA ${vp}.`;
  const add = (fact: string, expect: Expect, text: string, basis: string) =>
    cases.push({ capability: 'restrictor', test: 'MFT', fact, expect, text, basis });
  for (const antigen of [...new Set(approved.flatMap((p) => p.design?.targets ?? []))].sort()) {
    const n = carT.filter((p) => p.design?.targets?.includes(antigen)).length;
    const name = displayName(kb.entities.get(antigen)!);
    const basis = `products.json: ${n} FDA-approved CAR-Ts with design.targets ${antigen}`;
    const none: Expect = n === 0 ? 'clean' : 'flag';
    for (const set of sets) add('target', none, set(`none targets ${name}`), basis);
    add('target', none, noneOf(`targets ${name}`), basis);
    if (n > 0) {
      add('count', 'clean', sets[0]!(`${say(n)} ${n === 1 ? 'targets' : 'target'} ${name}`), basis);
      add('count', 'flag', sets[1]!(`${say(n + 1)} target ${name}`), basis);
    }
    // Another regulator's set is not the FDA's: its count is not judged by the FDA record.
    add('target', 'clean', `Of the CAR-Ts approved in China, none targets ${name}.`, `${basis}; NMPA not complete`);
  }
  for (const id of candidates) {
    const name = longName(kb.entities.get(id)!);
    const holders = carT.filter((p) => related(p, id) && (p.approvals ?? []).some((a) => a.regulator === 'FDA'));
    const basis = `products.json: FDA-approved CAR-Ts for ${id}: ${holders.map((p) => p.id).join(', ') || 'none'}`;
    const none: Expect = holders.length ? 'flag' : 'clean';
    for (const set of sets) add('approval', none, set(`none is approved for ${name}`), basis);
    add('approval', none, noneOf(`is indicated for ${name}`), basis);
    // Not an approval predicate: no approval claim, whatever the set is.
    if (!holders.length) add('approval', 'clean', sets[0]!(`none treats ${name}`), basis);
  }
  return cases;
}

// Real disease names; a case is made only for those the knowledge base does not know.
const UNKNOWN_DISEASES = [
  'neuromyelitis optica',
  'NMOSD',
  'HIV',
  'amyloidosis',
  'vasculitis',
  'thalassemia',
  'COVID-19',
  'sarcoidosis',
  'idiopathic pulmonary fibrosis',
];

/**
 * A disease the knowledge base does not know after "approved for" leaves the claim unresolved: neither judged as if
 * it named no disease ("No CAR-T is approved" is false) nor as a known one. A known disease beside it still is.
 */
function unknownObjectCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const known = new Set(
    [...kb.entities.values()]
      .flatMap((e) => [e.name, ...(e.aliases ?? []).map((a) => a.text)])
      .map((n) => n.toLowerCase()),
  );
  const unknown = UNKNOWN_DISEASES.filter((d) => ![...known].some((k) => k.includes(d.toLowerCase())));
  const add = (expect: Expect, text: string, basis: string) =>
    cases.push({ capability: 'unknown-object', test: 'INV', fact: 'approval', expect, text, basis });
  const approvedIds = candidates.filter((id) => approved.some((p) => related(p, id) && p.modality === 'car-t'));
  unknown.forEach((disease, i) => {
    const basis = `no knowledge-base entity names ${disease}`;
    add('clean', `No CAR-T is FDA-approved for ${disease}.`, basis);
    add('clean', `There is currently no CAR T-cell therapy approved to treat ${disease}.`, basis);
    add('clean', `To date, no CAR T-cell product has been approved for ${disease} in the United States.`, basis);
    for (const p of pick(approved, i, 2)) add('clean', `${cap(displayName(p))} is not approved for ${disease}.`, basis);
    // Its twin: a known, approved indication beside it is still judged.
    const id = approvedIds[i % approvedIds.length];
    if (id) {
      const name = longName(kb.entities.get(id)!);
      add('flag', `No CAR-T is FDA-approved for ${name} or ${disease}.`, `products.json: CAR-Ts approved for ${id}`);
      add('flag', `No CAR-T is FDA-approved for ${name}.`, `products.json: CAR-Ts approved for ${id}`);
    }
  });
  return cases;
}

// Diseases that are never a cancer and that no knowledge-base entity names.
const NON_CANCER_DISEASES = ['rheumatoid arthritis', 'ulcerative colitis', 'plaque psoriasis', 'atopic dermatitis'];

/**
 * A disease the knowledge base does not list and that is never a cancer: a product whose complete FDA record lists
 * cancers only is not approved for it (flag); denied, hedged or studied, nothing is claimed (clean).
 */
function unlistedDiseaseCases(approved: Entity[]): Case[] {
  const cases: Case[] = [];
  approved.forEach((p, i) => {
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA');
    if (!fda.length || fda.some((a) => a.unverified || a.scope !== 'antitumor')) return;
    const s = cap(displayName(p));
    const disease = NON_CANCER_DISEASES[i % NON_CANCER_DISEASES.length]!;
    const basis = `completeness.json: FDA approvals complete; products.json#${p.id}: cancers only`;
    const add = (expect: Expect, text: string) =>
      cases.push({ capability: 'unlisted-disease', test: 'MFT', fact: 'approval', expect, text, basis });
    add('flag', `${s} is approved for ${disease}.`);
    add('flag', `The FDA has approved ${s} to treat ${disease}.`);
    add('clean', `${s} is not approved for ${disease}.`);
    add('clean', `${s} may one day be approved for ${disease}.`);
    add('clean', `${s} is being studied in ${disease}.`);
    add('clean', `In Japan, ${s} is approved for ${disease}.`);
  });
  return cases;
}

/**
 * A restrictive "only" with an age: the FDA label's ages bear it out (clean) or it also covers younger or older
 * patients (flag): "only for adults 26 years and older" where the label starts at 18, "only in children under 18"
 * where it runs to 25.
 */
function onlyAgeCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved) {
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified && a.population);
    if (!fda.length) continue;
    const s = cap(displayName(p));
    const add = (expect: Expect, text: string, basis: string) =>
      cases.push({ capability: 'only-age', test: 'DIR', fact: 'population', expect, text, basis });
    if (fda.every((a) => !a.population!.pediatric)) {
      const youngest = Math.min(...fda.map((a) => a.population!.minAge ?? 18));
      const basis = `products.json#${p.id}: FDA approvals for adults from ${youngest}`;
      add('flag', `In the US, ${s} is approved only for adults ${youngest + 8} years of age and older.`, basis);
      add('clean', `In the US, ${s} is approved only for adults.`, basis);
      add('clean', `In the US, ${s} is approved only for adults ${youngest} years of age and older.`, basis);
    }
    for (const a of fda) {
      const maxAge = a.population!.maxAge;
      const indication = kb.entities.get(a.indication);
      if (maxAge === undefined || maxAge < 18 || !indication) continue;
      const basis = `products.json#${p.id}: FDA ${a.indication} up to ${maxAge} years`;
      const name = longName(indication);
      add('flag', `The FDA approved ${s} for ${name} only in children under 18.`, basis);
      add('clean', `The FDA approved ${s} for ${name} only in patients up to ${maxAge} years of age.`, basis);
    }
  }
  return cases;
}

/** Another regulator: only FDA approvals are declared complete, so an unrecorded EMA or NMPA approval is not judged. */
/**
 * "Abecma treats lymphoma": a named product's present-tense use verb states its indication, in a contrast of two
 * products too ("Whereas Abecma treats lymphoma, Breyanzi treats myeloma").
 */
function useVerbCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const name = (id: string) => longName(kb.entities.get(id)!);
  const products = approved.filter((p) => p.modality === 'car-t');
  products.forEach((p, seed) => {
    const s = cap(displayName(p));
    const basis = `products.json#${p.id} approvals (FDA, complete)`;
    const add = (capability: string, expect: Expect, text: string) =>
      cases.push({ capability, test: 'INV', fact: 'approval', expect, text, basis });
    const own = candidates.filter((c) => related(p, c));
    const wrong = pick(
      candidates.filter((c) => !related(p, c)),
      seed,
      1,
    );
    const other = products[(seed + 1) % products.length]!;
    const o = cap(displayName(other));
    const otherOwn = candidates.find((c) => related(other, c) && !related(p, c));
    for (const id of own.slice(0, 2)) add('use-verb', 'clean', `${s} treats ${name(id)}.`);
    for (const id of wrong) {
      add('use-verb', 'flag', `${s} treats ${name(id)}.`);
      if (otherOwn && related(other, otherOwn) && own[0])
        add('use-verb:contrast', 'flag', `Whereas ${s} treats ${name(id)}, ${o} treats ${name(otherOwn)}.`);
    }
    if (otherOwn && own[0])
      add('use-verb:contrast', 'clean', `Whereas ${s} treats ${name(own[0])}, ${o} treats ${name(otherOwn)}.`);
    // Leaflet frames of use: the condition as a passive subject, an option given to patients, "treat you with".
    const frames = (id: string) => [
      `${cap(name(id))} can be treated with ${s}.`,
      `${s} gives a new option to people with ${name(id)}.`,
      `Your doctor may treat you with ${s} for ${name(id)}.`,
    ];
    for (const id of own.slice(0, 1)) for (const text of frames(id)) add('use-frame', 'clean', text);
    for (const id of wrong) for (const text of frames(id)) add('use-frame', 'flag', text);
    // Every patient responding, said as a rate; a measured rate stays clean.
    if (own[0]) {
      cases.push({
        capability: 'overstatement-rate',
        test: 'MFT',
        fact: 'overstatement',
        expect: 'flag',
        text: `${s} has a 100% response rate in ${name(own[0])}.`,
        basis,
      });
      cases.push({
        capability: 'overstatement-rate',
        test: 'MFT',
        fact: 'overstatement',
        expect: 'clean',
        text: `${s} has a high response rate in ${name(own[0])}.`,
        basis,
      });
    }
  });
  return cases;
}

/**
 * A direct quotation closed by its source and a plain speech verb is relayed, as its indirect form is ('"X is approved
 * for Y," the company said'); closed by a critic it reports someone else's claim.
 */
function quotedCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  const name = (id: string) => longName(kb.entities.get(id)!);
  approved
    .filter((p) => p.modality === 'car-t')
    .forEach((p, seed) => {
      const s = cap(displayName(p));
      const basis = `products.json#${p.id} approvals (FDA, complete)`;
      const add = (expect: Expect, text: string) =>
        cases.push({ capability: 'quoted-attribution', test: 'INV', fact: 'approval', expect, text, basis });
      const own = candidates.find((c) => related(p, c));
      if (own) add('clean', `"${s} is approved for ${name(own)}," the company said.`);
      for (const id of pick(
        candidates.filter((c) => !related(p, c)),
        seed,
        1,
      )) {
        add('flag', `"${s} is approved for ${name(id)}," the company said.`);
        add('flag', `"${s} is now approved for ${name(id)}," investigators announced.`);
        add('clean', `"${s} is approved for ${name(id)}," critics said.`);
      }
    });
  return cases;
}

function regulatorCases(
  kb: Knowledge,
  approved: Entity[],
  candidates: string[],
  related: (p: Entity, id: string) => boolean,
): Case[] {
  const cases: Case[] = [];
  approved.forEach((p, seed) => {
    const s = displayName(p);
    const wrong = pick(
      candidates.filter((c) => !related(p, c)),
      seed,
      1,
    )[0];
    if (!wrong) return;
    const name = longName(kb.entities.get(wrong)!);
    const basis = `completeness.json: EMA and NMPA approvals not complete; products.json#${p.id}`;
    cases.push(
      {
        capability: 'regulator',
        test: 'INV',
        fact: 'approval',
        expect: 'clean',
        text: `The European Medicines Agency approved ${s} for ${name}.`,
        basis,
      },
      {
        capability: 'regulator',
        test: 'INV',
        fact: 'approval',
        expect: 'clean',
        text: `China's NMPA approved ${s} for ${name}.`,
        basis,
      },
      {
        capability: 'regulator',
        test: 'MFT',
        fact: 'approval',
        expect: 'flag',
        text: `The U.S. Food and Drug Administration approved ${s} for ${name}.`,
        basis: `products.json#${p.id} approvals (FDA, complete) exclude ${wrong}`,
      },
      // A table column names its regulator: only the FDA's is judged by the FDA's record.
      ...(['EMA', 'NMPA', 'FDA'] as const).map(
        (regulator): Case => ({
          capability: 'genre:table',
          test: regulator === 'FDA' ? 'MFT' : 'INV',
          fact: 'approval',
          expect: regulator === 'FDA' ? 'flag' : 'clean',
          text: `| Product | ${regulator}-approved for |\n| --- | --- |\n| ${s} | ${name} |`,
          basis,
        }),
      ),
    );
    // Anywhere in the world: a denial any regulator's recorded approval contradicts is judged; nothing else is.
    const recorded = (p.approvals ?? []).find((a) => !a.unverified && kb.entities.get(a.indication));
    if (recorded) {
      const anywhere = (expect: Expect, text: string, b: string): Case => ({
        capability: 'regulator:anywhere',
        test: expect === 'flag' ? 'MFT' : 'INV',
        fact: 'approval',
        expect,
        text,
        basis: b,
      });
      const recordedName = longName(kb.entities.get(recorded.indication)!);
      cases.push(
        anywhere(
          'flag',
          `${s} has not been approved for ${recordedName} anywhere in the world.`,
          `products.json#${p.id}: ${recorded.regulator} ${recorded.indication} ${recorded.date}`,
        ),
        anywhere('clean', `${s} has not been approved for ${name} anywhere in the world.`, basis),
        anywhere('clean', `${s} is approved for ${name} in several countries.`, basis),
      );
    }
    // The same row in other table forms: an HTML table, the regulator in the first column, the disease first.
    const right = (p.approvals ?? []).find(
      (a) => a.regulator === 'FDA' && !a.unverified && kb.entities.get(a.indication),
    );
    const rightName = right ? longName(kb.entities.get(right.indication)!) : undefined;
    const form = (expect: Expect, text: string, b = basis): Case => ({
      capability: 'genre:table-form',
      test: expect === 'flag' ? 'MFT' : 'INV',
      fact: 'approval',
      expect,
      text,
      basis: b,
    });
    const html = (indication: string) =>
      `<table>\n  <tr><th>Product</th><th>FDA-approved for</th></tr>\n  <tr><td>${s}</td><td>${indication}</td></tr>\n</table>`;
    cases.push(
      form('flag', html(name)),
      form('flag', `| Regulator | Product | Approved for |\n| --- | --- | --- |\n| FDA | ${s} | ${name} |`),
      form('clean', `| Regulator | Product | Approved for |\n| --- | --- | --- |\n| EMA | ${s} | ${name} |`),
      form('flag', `| Disease | FDA-approved therapy |\n| --- | --- |\n| ${cap(name)} | ${s} |`),
      form('clean', `| Disease | Approved therapy |\n| --- | --- |\n| ${cap(name)} | None |`),
      form(
        'flag',
        `| Product | FDA status |\n| --- | --- |\n| ${s} | Not approved |`,
        `products.json#${p.id} approvals`,
      ),
      form('clean', `| Product | FDA status |\n| --- | --- |\n| ${s} | Approved |`, `products.json#${p.id} approvals`),
    );
    if (rightName)
      cases.push(
        form('clean', html(rightName)),
        form('clean', `| Regulator | Product | Approved for |\n| --- | --- | --- |\n| FDA | ${s} | ${rightName} |`),
        form('clean', `| Disease | FDA-approved therapy |\n| --- | --- |\n| ${cap(rightName)} | ${s} |`),
      );
  });
  // Products approved elsewhere but not by the FDA.
  for (const p of kb
    .byType('product')
    .filter((p) => p.status === 'approved-outside-us' && p.modality && kb.completeFdaModalities.has(p.modality))) {
    const s = cap(displayName(p));
    for (const a of (p.approvals ?? []).filter((a) => a.regulator !== 'FDA' && !a.unverified)) {
      const reg = kb.entities.get(a.regulator.toLowerCase());
      const regName = reg ? `The ${longName(reg)}` : a.regulator;
      const ind = longName(kb.entities.get(a.indication)!);
      const basis = `products.json#${p.id} approvals (${a.regulator} ${a.date}); no FDA approval (complete)`;
      cases.push(
        {
          capability: 'regulator',
          test: 'MFT',
          fact: 'approval',
          expect: 'clean',
          text: `${regName} approved ${displayName(p)} for ${ind} in ${year(a.date)}.`,
          basis,
        },
        {
          capability: 'regulator',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `The FDA approved ${displayName(p)} for ${ind} in ${year(a.date)}.`,
          basis,
        },
        {
          capability: 'regulator',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `In the United States, ${displayName(p)} is approved for ${ind}.`,
          basis,
        },
      );
      const place = REGULATOR_PLACES[a.regulator];
      if (!place) continue;
      cases.push(
        {
          capability: 'regulator',
          test: 'MFT',
          fact: 'approval',
          expect: 'clean',
          text: `${s} is approved in ${place} but not in the United States.`,
          basis,
        },
        // A heading naming a place is the context of the sentences under it.
        {
          capability: 'heading-place',
          test: 'INV',
          fact: 'approval',
          expect: 'clean',
          text: `## ${cap(place)}\n\n${s} was approved in ${year(a.date)} for ${ind}.`,
          basis,
        },
        {
          capability: 'heading-place',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `## United States\n\n${s} was approved in ${year(a.date)} for ${ind}.`,
          basis,
        },
      );
    }
  }
  return cases;
}

/** Where each regulator that is not the FDA approves. */
const REGULATOR_PLACES: Record<string, string> = { NMPA: 'China', EMA: 'the European Union' };

/** A document's own date (front matter) scopes "currently" and "to date". */
function documentDateCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const dated = (date: string, text: string) => `---\ndate: ${date}\n---\n\n${text}`;
  const asOf = year(kb.asOf)!;
  for (const p of approved) {
    const eliminated = p.rems && !p.rems.unverified && p.rems.atApproval ? p.rems.eliminated : undefined;
    const first = fdaDates(p)[0];
    if (!eliminated || !first) continue;
    const y = year(eliminated)!;
    const before = `${y - 1}-06-01`;
    if (first > before || y + 1 > asOf) continue;
    const basis = `products.json#${p.id} rems: from approval (${first}) until ${eliminated}`;
    const text = `Currently, ${displayName(p)} is given under a REMS.`;
    cases.push(
      { capability: 'document-date', test: 'MFT', fact: 'rems', expect: 'clean', text: dated(before, text), basis },
      {
        capability: 'document-date',
        test: 'DIR',
        fact: 'rems',
        expect: 'flag',
        text: dated(`${y + 1}-06-01`, text),
        basis,
      },
    );
  }
  const carT = approved.filter((p) => p.modality === 'car-t');
  const countBy = (y: number) => carT.filter((p) => (fdaDates(p)[0] ?? '9999') <= `${y}-12-31`).length;
  const seen = new Set<number>();
  for (let y = asOf; y >= 2017; y--) {
    const n = countBy(y);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    // Never later than the knowledge base's own date: what happened after it is unknown.
    const at = `${y}-12-31` > kb.asOf ? kb.asOf : `${y}-12-31`;
    const basis = `products.json: ${n} CAR-T products first FDA-approved by ${at}`;
    const say = (k: number) => NUMBER_WORDS[k] ?? String(k);
    const text = (k: number) => `To date, ${say(k)} CAR T-cell products are FDA-approved.`;
    cases.push({
      capability: 'document-date',
      test: 'MFT',
      fact: 'count',
      expect: 'clean',
      text: dated(at, text(n)),
      basis,
    });
    if (n !== countBy(asOf))
      cases.push({
        capability: 'document-date',
        test: 'DIR',
        fact: 'count',
        expect: 'flag',
        text: dated(at, text(countBy(asOf))),
        basis: `${basis}; ${countBy(asOf)} only by ${kb.asOf}`,
      });
  }
  return cases;
}

/** A product's FDA approval dates, earliest first (unverified records left out). */
const fdaDates = (p: Entity) =>
  (p.approvals ?? [])
    .filter((a) => a.regulator === 'FDA' && a.date && !a.unverified)
    .map((a) => a.date!)
    .sort();

/** Periods: "before 2017", "since 2022", "by 2020" scope a claim to a time. */
function periodCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  const earliest = new Map<string, string>();
  for (const p of carT)
    for (const a of p.approvals ?? [])
      if (
        a.regulator === 'FDA' &&
        a.date &&
        !a.unverified &&
        (!earliest.has(a.indication) || a.date < earliest.get(a.indication)!)
      )
        earliest.set(a.indication, a.date);
  const asOf = year(kb.asOf)!;
  for (const [id, date] of [...earliest].sort()) {
    const y = year(date)!;
    const name = longName(kb.entities.get(id)!);
    const basis = `products.json approvals: first FDA CAR-T approval for ${id} on ${date}`;
    cases.push({
      capability: 'period',
      test: 'MFT',
      fact: 'approval',
      expect: 'clean',
      text: `Before ${y}, no CAR-T was FDA-approved for ${name}.`,
      basis,
    });
    if (y + 1 <= asOf)
      cases.push({
        capability: 'period',
        test: 'DIR',
        fact: 'approval',
        expect: 'flag',
        text: `Before ${y + 1}, no CAR-T was FDA-approved for ${name}.`,
        basis,
      });
  }
  for (const p of carT) {
    const s = displayName(p);
    const seen = new Set<string>();
    for (const a of (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.date && !a.unverified)) {
      if (seen.has(a.indication)) continue;
      seen.add(a.indication);
      const y = year(a.date)!;
      const name = longName(kb.entities.get(a.indication)!);
      const basis = `products.json#${p.id} approvals (FDA, ${a.indication}, ${a.date})`;
      cases.push(
        {
          capability: 'period',
          test: 'MFT',
          fact: 'approval',
          expect: 'clean',
          text: `${cap(s)} has been FDA-approved for ${name} since ${y}.`,
          basis,
        },
        {
          capability: 'period',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `${cap(s)} has been FDA-approved for ${name} since ${y - 2}.`,
          basis,
        },
        {
          capability: 'period',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `Before 2017, ${s} was FDA-approved for ${name}.`,
          basis,
        },
        {
          capability: 'period',
          test: 'MFT',
          fact: 'approval',
          expect: 'clean',
          text: `The FDA approved ${s} for ${name} in ${y}.`,
          basis,
        },
        {
          capability: 'period',
          test: 'DIR',
          fact: 'approval',
          expect: 'flag',
          text: `The FDA approved ${s} for ${name} in ${y - 2}.`,
          basis,
        },
      );
    }
  }
  cases.push({
    capability: 'period',
    test: 'MFT',
    fact: 'approval',
    expect: 'clean',
    text: 'As of 2016, no CAR-T was FDA-approved.',
    basis: `products.json: earliest FDA CAR-T approval ${[...earliest.values()].sort()[0]}`,
  });
  return cases;
}

/** Population (children) and line of therapy, from each approval's population and minPriorLines. */
function populationAndLineCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved.filter((p) => p.modality === 'car-t')) {
    const s = cap(displayName(p));
    const byIndication = new Map<string, NonNullable<Entity['approvals']>>();
    for (const a of (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified))
      byIndication.set(a.indication, [...(byIndication.get(a.indication) ?? []), a]);
    for (const [id, approvals] of byIndication) {
      const name = longName(kb.entities.get(id)!);
      const basis = `products.json#${p.id} approvals (FDA, ${id}) population and minPriorLines`;
      // The same statement as a table row: the indication in its own column, the population or line in another.
      const row = (fact: string, expect: Expect, header: string, value: string) =>
        cases.push({
          capability: 'genre:table',
          test: 'INV',
          fact,
          expect,
          text: `| Product | Indication | ${header} |\n| --- | --- | --- |\n| ${s} | ${name} | ${value} |`,
          basis,
        });
      if (approvals.every((a) => a.population?.pediatric === false))
        cases.push({
          capability: 'plain',
          test: 'MFT',
          fact: 'population',
          expect: 'flag',
          text: `${s} is FDA-approved for children with ${name}.`,
          basis,
        });
      if (approvals.every((a) => a.population?.pediatric === false))
        row('population', 'flag', 'Population', 'Children');
      // The patients as the subject of a verb of receiving, and an approval in a relative clause the main clause hedges.
      if (approvals.every((a) => a.population?.pediatric === false)) {
        cases.push(
          {
            capability: 'patient-subject',
            test: 'INV',
            fact: 'population',
            expect: 'flag',
            text: `Children with ${name} can be treated with ${s}.`,
            basis,
          },
          {
            capability: 'hedged-main-clause',
            test: 'INV',
            fact: 'population',
            expect: 'flag',
            text: `Your doctor may suggest ${s}, which is approved for children with ${name}.`,
            basis,
          },
        );
      }
      if (approvals.some((a) => a.population?.adults === true)) {
        cases.push(
          {
            capability: 'patient-subject',
            test: 'INV',
            fact: 'population',
            expect: 'clean',
            text: `Adults with ${name} can receive ${s}.`,
            basis,
          },
          {
            capability: 'hedged-main-clause',
            test: 'INV',
            fact: 'population',
            expect: 'clean',
            text: `Your doctor may suggest ${s}, which is approved for adults with ${name}.`,
            basis,
          },
        );
      }
      if (approvals.some((a) => a.population?.pediatric === true)) {
        cases.push({
          capability: 'plain',
          test: 'MFT',
          fact: 'population',
          expect: 'clean',
          text: `${s} is FDA-approved for children and young adults with ${name}.`,
          basis,
        });
        row('population', 'clean', 'Population', 'Children and young adults');
        const maxAge = approvals.find((a) => a.population?.maxAge)?.population?.maxAge;
        if (maxAge)
          cases.push({
            capability: 'plain',
            test: 'MFT',
            fact: 'population',
            expect: 'flag',
            text: `${s} is FDA-approved only for children with ${name}.`,
            basis,
          });
      }
      if (!['lbcl', 'multiple-myeloma'].includes(id)) continue;
      const lines = approvals.map((a) => a.minPriorLines).filter((n): n is number => n !== undefined);
      if (!lines.length) continue;
      const fewest = Math.min(...lines);
      cases.push({
        capability: 'plain',
        test: 'MFT',
        fact: 'line',
        expect: 'flag',
        text: `${s} is FDA-approved as first-line therapy for ${name}.`,
        basis,
      });
      cases.push({
        capability: 'plain',
        test: 'MFT',
        fact: 'line',
        expect: fewest <= 1 ? 'clean' : 'flag',
        text: `${s} is FDA-approved as second-line therapy for ${name}.`,
        basis,
      });
      // "as a/their first or initial treatment" is the first line, whatever indefinite or possessive determiner.
      for (const wording of ['as a first treatment', 'as their initial therapy', 'as first therapy'])
        cases.push({
          capability: 'line-wording',
          test: 'INV',
          fact: 'line',
          expect: 'flag',
          text: `Patients with ${name} can receive ${s} ${wording}.`,
          basis,
        });
      cases.push({
        capability: 'line-wording',
        test: 'DIR',
        fact: 'line',
        expect: 'clean',
        text: `${s} is not approved as a first treatment for ${name}.`,
        basis,
      });
      // A denied first line beside the recorded line restates the label; the recorded line denied and the first
      // line asserted is wrong.
      const count = ['no', 'one', 'two', 'three', 'four'][fewest] ?? String(fewest);
      if (fewest >= 1)
        cases.push(
          {
            capability: 'denied-line',
            test: 'DIR',
            fact: 'line',
            expect: 'clean',
            text: `${s} is not used first-line for ${name} and is indicated after ${count} or more prior lines of therapy.`,
            basis,
          },
          {
            capability: 'denied-line',
            test: 'DIR',
            fact: 'line',
            expect: 'flag',
            text: `${s} is not used after ${count} or more prior lines for ${name} and is indicated first-line.`,
            basis,
          },
        );
      row('line', 'flag', 'Line of therapy', 'First line');
      row('line', fewest <= 1 ? 'clean' : 'flag', 'Line of therapy', 'Second line');
      cases.push(...lineFrameCases(s, name, fewest, basis));
      cases.push(...useAnaphorCases(s, name, fewest, basis));
      if (fewest >= 2) {
        cases.push({
          capability: 'plain',
          test: 'MFT',
          fact: 'line',
          expect: 'clean',
          text: `${s} is FDA-approved for ${name} after two or more prior lines of therapy.`,
          basis,
        });
        row('line', 'clean', 'Line of therapy', 'After two or more prior lines');
      }
    }
  }
  return cases;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/**
 * The line of therapy in the frames writers put it in: an adverb inside a restriction or use cue ("is still limited
 * to"), a modal use ("can be used as"), a disease label under a product heading ("- LBCL: first line"), and a count
 * written as a word under a prior-lines header ("| Prior lines required | one |").
 */
function lineFrameCases(s: string, name: string, fewest: number, basis: string): Case[] {
  const cases: Case[] = [];
  const add = (test: Case['test'], expect: Expect, text: string) =>
    cases.push({ capability: 'line-frames', test, fact: 'line', expect, text, basis });
  const count = COUNT_WORDS[fewest]!;
  add(
    'INV',
    'flag',
    `${s} is still limited to patients with ${name} who have had ${COUNT_WORDS[fewest + 1]} or more prior lines of therapy.`,
  );
  if (fewest >= 1)
    add(
      'INV',
      'clean',
      `${s} is currently limited to patients with ${name} who have had ${count} or more prior lines of therapy.`,
    );
  add('INV', 'flag', `${s} can be used as a first-line treatment for ${name}.`);
  add('INV', 'flag', `## ${s}\n\n- ${name}: first line`);
  if (fewest >= 1) add('INV', 'clean', `## ${s}\n\n- ${name}: after ${count} or more prior lines`);
  const header = `| Product | Indication | Prior lines required |\n| --- | --- | --- |\n| ${s} | ${name} |`;
  if (fewest >= 2) add('INV', 'flag', `${header} ${COUNT_WORDS[fewest - 1]} |`);
  if (fewest >= 1) add('INV', 'clean', `${header} ${count} |`);
  return cases;
}

/**
 * A company named as a product's maker in an appositive, as the reporter of its data, or as its buyer: its own
 * company stays clean, another is flagged.
 */
/**
 * An appositive on the object of a negated main clause says its own content of its head, positively: "We have not
 * treated anyone with Kymriah, the CD19-directed CAR-T" is true, with BCMA false.
 */
function appositiveScopeCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const antigens = [...new Set(approved.flatMap((p) => p.design?.targets ?? []))].sort();
  for (const p of approved) {
    const s = cap(displayName(p));
    const targets = p.design?.targets ?? [];
    if (targets.length === 1 && !p.design?.unverified)
      for (const antigen of antigens) {
        const name = displayName(kb.entities.get(antigen)!);
        const expect: Expect = antigen === targets[0] ? 'clean' : 'flag';
        const basis = `products.json#${p.id} design.targets = ${targets[0]}`;
        for (const text of [
          `We have not treated anyone with ${s}, the ${name}-directed cell therapy.`,
          `None of our patients received ${s}, the ${name}-directed product.`,
        ])
          cases.push({ capability: 'appositive-scope', test: 'DIR', fact: 'target', expect, text, basis });
      }
    if (p.design?.origin === 'autologous')
      for (const [origin, expect] of [
        ['autologous', 'clean'],
        ['allogeneic', 'flag'],
      ] as const)
        cases.push({
          capability: 'appositive-scope',
          test: 'DIR',
          fact: 'origin',
          expect,
          text: `Our centre does not yet offer ${s}, an ${origin} cell therapy.`,
          basis: `products.json#${p.id} design.origin = autologous`,
        });
  }
  return cases;
}

/**
 * Claims inside relatives, comparison tails and partitives (issue 12 items 1-2), each judged as the plain statement it
 * carries: a relative opened by a preposition and "which" ("CD19, to which Kymriah binds"), one whose gap is its verb's
 * object ("CD19, which Kymriah targets on tumour cells"), a tail of likeness naming another product ("Kymriah targets
 * CD19, the same antigen as Breyanzi") and one member of a counted set ("Kymriah is one of two CD19-directed products").
 */
function structureCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const single = approved.filter((p) => p.design?.targets?.length === 1 && !p.design.unverified);
  const antigens = [...new Set(single.map((p) => p.design!.targets![0]!))].sort();
  const push = (capability: string, expect: Expect, text: string, basis: string) =>
    cases.push({ capability, test: 'DIR', fact: 'target', expect, text, basis });
  for (const p of single) {
    const s = cap(displayName(p));
    const target = p.design!.targets![0]!;
    const basis = `products.json#${p.id} design.targets = ${target}`;
    for (const antigen of antigens) {
      const name = displayName(kb.entities.get(antigen)!);
      const expect: Expect = antigen === target ? 'clean' : 'flag';
      push('relative-pied-piped', expect, `Our lab studies ${name}, to which ${s} binds.`, basis);
      push('relative-object-gap', expect, `Our lab studies ${name}, which ${s} targets on tumour cells.`, basis);
      push('partitive-member', expect, `${s} is one of two ${name}-directed products in our formulary.`, basis);
    }
    for (const q of single) {
      if (q === p) continue;
      const expect: Expect = q.design!.targets![0] === target ? 'clean' : 'flag';
      const name = displayName(kb.entities.get(target)!);
      const both = `${basis}; products.json#${q.id} design.targets = ${q.design!.targets![0]}`;
      push('comparison-tail', expect, `${s} targets ${name}, the same antigen as ${displayName(q)}.`, both);
      push('comparison-tail', expect, `${s} targets ${name}, just like ${displayName(q)}.`, both);
    }
  }
  return cases;
}

/** An indifference cue before an MHC word says the therapy is MHC-independent, whatever stands between. */
function hlaWordingCases(products: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of products) {
    const restricted = p.design?.hlaRestricted;
    if (typeof restricted !== 'boolean') continue;
    for (const wording of [
      'regardless of HLA type',
      "irrespective of the patient's HLA genotype",
      'whatever their HLA type',
    ])
      cases.push({
        capability: 'hla-wording',
        test: 'INV',
        fact: 'hla',
        expect: restricted ? 'flag' : 'clean',
        text: `${cap(displayName(p))} can be given ${wording}.`,
        basis: `products.json#${p.id} design.hlaRestricted = ${restricted}`,
      });
    // Dependence on MHC said of the product, also with a compared therapy in an aside between it and its verb.
    for (const [capability, text] of [
      ['hla-dependence', `${cap(displayName(p))} depends on MHC presentation of its target.`],
      ['hla-dependence:aside', `${cap(displayName(p))}, like TCR-engineered T cells, depends on MHC presentation.`],
      // A presentation cue before an MHC word, with a determiner or possessor between.
      ['hla-presentation', `${cap(displayName(p))} sees its target only as a peptide bound to MHC class I.`],
      ['hla-presentation', `${cap(displayName(p))} recognizes its target displayed on the patient's HLA molecules.`],
    ] as const)
      cases.push({
        capability,
        test: 'MFT',
        fact: 'hla',
        expect: restricted ? 'clean' : 'flag',
        text,
        basis: `products.json#${p.id} design.hlaRestricted = ${restricted}`,
      });
  }
  return cases;
}

function sponsorCases(approved: Entity[], companies: readonly string[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved) {
    const company = sponsorOf(p);
    const other = companies.find((c) => !p.sponsor!.includes(c.split(' ')[0]!));
    if (!company || !other) continue;
    const s = cap(displayName(p));
    const basis = `products.json#${p.id} sponsor = ${p.sponsor}`;
    for (const [name, expect] of [[company, 'clean'] as const, [other, 'flag'] as const])
      cases.push(
        {
          capability: 'genre:press-release',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name} today announced new long-term data for ${s}.`,
          basis,
        },
        {
          capability: 'genre:news',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name}, the maker of ${s}, reported results on Monday.`,
          basis,
        },
        {
          capability: 'apposition',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name}, the company behind ${s}, reported results on Monday.`,
          basis,
        },
        // "its" in an apposition after the product is the company's, even in reported speech.
        {
          capability: 'apposition-its',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name} today announced that ${s}, its cell therapy, is now available at more centers.`,
          basis,
        },
        {
          capability: 'apposition-its',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name} is expanding access to ${s}, its cell therapy product.`,
          basis,
        },
        // The licence's holder, a role noun as the subject of a copula, and a passive with an adjunct before "by".
        {
          capability: 'sponsor-licence-holder',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${name} holds the BLA for ${s} in the United States.`,
          basis,
        },
        {
          capability: 'sponsor-licence-holder',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `The licence holder for ${s} is ${name}.`,
          basis,
        },
        {
          capability: 'sponsor-role-subject',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `The manufacturer of ${s} is ${name}.`,
          basis,
        },
        {
          capability: 'sponsor-passive-adjunct',
          test: 'MFT',
          fact: 'sponsor',
          expect,
          text: `${s} is marketed in the United States by ${name}.`,
          basis,
        },
      );
    // A relative clause of another noun parts the company from the product ("a study in which X was the
    // comparator"); one of the company itself (", which markets X,") links them.
    const relative = (expect: Expect, text: string) =>
      cases.push({ capability: 'relative-clause', test: 'DIR', fact: 'sponsor', expect, text, basis });
    for (const o of companies.filter((c) => !p.sponsor!.includes(c.split(' ')[0]!)).slice(0, 3)) {
      relative('clean', `${o} reported data from a study in which ${s} was the comparator.`);
      relative('clean', `${o} presented results from a phase 3 trial where ${s} served as the control arm.`);
      relative('clean', `${o} released data from a head-to-head study that used ${s} as the comparator.`);
      relative('flag', `${o}, which markets ${s}, reported results on Monday.`);
      relative('flag', `${s}, from ${o}, is given as a single infusion.`);
    }
    relative('clean', `${company}, which markets ${s}, reported results on Monday.`);
  }
  return cases;
}

/** Boxed warnings and REMS. */
function safetyCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const crs = kb.entities.get('crs');
  const crsNames = (crs?.aliases ?? []).map((a) => a.text.toLowerCase());
  for (const p of approved) {
    const s = cap(displayName(p));
    const warnings = (p.boxedWarnings ?? []).filter((w) => !w.unverified);
    const basis = `products.json#${p.id} boxedWarnings`;
    // A yes/no column of a table row.
    const row = (fact: string, expect: Expect, header: string, value: string, b: string) =>
      cases.push({
        capability: 'genre:table',
        test: 'INV',
        fact,
        expect,
        text: `| Product | ${header} |\n| --- | --- |\n| ${s} | ${value} |`,
        basis: b,
      });
    if (warnings.length) {
      row('safety', 'clean', 'Boxed warning', 'Yes', basis);
      row('safety', 'flag', 'Boxed warning', 'No', basis);
    }
    if (warnings.length) {
      cases.push(
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'safety',
          expect: 'clean',
          text: `${s} carries a boxed warning.`,
          basis,
        },
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'safety',
          expect: 'flag',
          text: `${s} carries no boxed warning.`,
          basis,
        },
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'safety',
          expect: 'flag',
          text: `${s} has no serious side effects.`,
          basis,
        },
      );
      if (warnings.some((w) => crsNames.some((n) => w.text.toLowerCase().includes(n))))
        cases.push(
          {
            capability: 'plain',
            test: 'MFT',
            fact: 'safety',
            expect: 'clean',
            text: `${s} carries a boxed warning for cytokine release syndrome.`,
            basis,
          },
          {
            capability: 'negation',
            test: 'DIR',
            fact: 'safety',
            expect: 'flag',
            text: `${s} does not carry a boxed warning for cytokine release syndrome.`,
            basis,
          },
        );
    }
    // The year a warning came onto the label, where it is recorded: that year is clean, two years earlier is not.
    for (const w of warnings) {
      const syndrome = w.since && w.syndromes?.length ? kb.entities.get(w.syndromes[0]!) : undefined;
      if (!syndrome) continue;
      const added = Number(w.since!.slice(0, 4));
      const warningBasis = `${basis} since ${w.since}`;
      const text = (y: number) => `The FDA added a boxed warning for ${longName(syndrome)} to the ${s} label in ${y}.`;
      cases.push(
        {
          capability: 'warning-date',
          test: 'MFT',
          fact: 'safety',
          expect: 'clean',
          text: text(added),
          basis: warningBasis,
        },
        {
          capability: 'warning-date',
          test: 'MFT',
          fact: 'safety',
          expect: 'flag',
          text: text(added - 2),
          basis: warningBasis,
        },
      );
    }
    // A lay name of the secondary malignancies the boxed warning names, denied or affirmed.
    if (warnings.some((w) => /secondary hematological malignanc/i.test(w.text)))
      cases.push(
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'safety',
          expect: 'clean',
          text: `${s} carries a risk of new blood cancers.`,
          basis,
        },
        {
          capability: 'negation',
          test: 'DIR',
          fact: 'safety',
          expect: 'flag',
          text: `There is no known risk of new blood cancers after ${s}.`,
          basis,
        },
      );
    const rems = p.rems && !p.rems.unverified ? p.rems : undefined;
    if (!rems) continue;
    const remsBasis = `products.json#${p.id} rems`;
    // A requirement the end of the REMS kept: kept is clean, ended with the REMS is not.
    for (const id of rems.eliminated ? (rems.kept ?? []) : []) {
      const kept = kb.entities.get(id);
      if (!kept || id === 'boxed-warning') continue;
      const keptBasis = `${remsBasis} kept ${id}`;
      const name = longName(kept);
      cases.push(
        {
          capability: 'kept-after-rems',
          test: 'MFT',
          fact: 'safety',
          expect: 'clean',
          text: `The FDA eliminated the REMS for ${s} but kept ${name}.`,
          basis: keptBasis,
        },
        {
          capability: 'kept-after-rems',
          test: 'MFT',
          fact: 'safety',
          expect: 'flag',
          text: `The FDA dropped ${name} for ${s} along with its REMS.`,
          basis: keptBasis,
        },
      );
    }
    if (rems.atApproval !== undefined) {
      row('rems', rems.atApproval ? 'clean' : 'flag', 'REMS at approval', 'Yes', remsBasis);
      row('rems', rems.atApproval ? 'flag' : 'clean', 'REMS at approval', 'No', remsBasis);
    }
    if (rems.eliminated && rems.eliminated <= kb.asOf) {
      row('rems', 'clean', 'REMS required', 'No', remsBasis);
      row('rems', 'flag', 'REMS required', 'Yes', remsBasis);
    }
    if (rems.atApproval === false)
      cases.push(
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'rems',
          expect: 'clean',
          text: `${s} was approved without a REMS.`,
          basis: remsBasis,
        },
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'rems',
          expect: 'flag',
          text: `${s} was approved with a REMS.`,
          basis: remsBasis,
        },
      );
    if (rems.eliminated && rems.eliminated <= kb.asOf)
      cases.push(
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'rems',
          expect: 'clean',
          text: `${s} no longer requires a REMS.`,
          basis: remsBasis,
        },
        {
          capability: 'plain',
          test: 'MFT',
          fact: 'rems',
          expect: 'flag',
          text: `${s} still requires a REMS.`,
          basis: remsBasis,
        },
        {
          capability: 'period',
          test: 'MFT',
          fact: 'rems',
          expect: 'clean',
          text: `Until ${year(rems.eliminated)}, ${displayName(p)} was given under a REMS.`,
          basis: remsBasis,
        },
      );
  }
  return cases;
}

/** "The first …": each recorded first has one holder; another product of the same modality is a contradiction. */
function firstCases(approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved)
    for (const f of (p.firsts ?? []).filter((f) => !f.unverified && /\bapproved\b/.test(f.text))) {
      const basis = `products.json#${p.id} firsts: ${f.text}`;
      cases.push({
        capability: 'plain',
        test: 'MFT',
        fact: 'first',
        expect: 'clean',
        text: `${cap(displayName(p))} was the first ${f.text}.`,
        basis,
      });
      const other = approved.find(
        (q) => q !== p && q.modality === p.modality && !(q.firsts ?? []).some((g) => g.text === f.text),
      );
      if (other) {
        cases.push({
          capability: 'plain',
          test: 'MFT',
          fact: 'first',
          expect: 'flag',
          text: `${cap(displayName(other))} was the first ${f.text}.`,
          basis,
        });
        cases.push({
          capability: 'pronoun',
          test: 'INV',
          fact: 'first',
          expect: 'flag',
          text: `${cap(displayName(other))} is one of the options we discuss with patients. It was the first ${f.text}.`,
          basis,
        });
      }
    }
  return cases;
}

/**
 * Which of two products was approved first, and how long after the other: each pair's first FDA approvals (complete
 * for their modalities). The gap is written as a writer rounds it ("about three years", "two months"); a gap two
 * years (or three months) off, or the order reversed, contradicts it. Pairs approved in the same month are left out.
 */
function orderCases(approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const first = (p: Entity) => fdaDates(p)[0];
  const dated = approved.filter((p) => first(p)).sort((a, b) => first(a)!.localeCompare(first(b)!));
  const month = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return y! * 12 + m! - 1 + ((d ?? 15) - 1) / 30;
  };
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  for (let i = 0; i < dated.length; i++)
    for (let j = i + 1; j < dated.length; j++) {
      const [x, y] = [dated[i]!, dated[j]!];
      const gap = month(first(y)!) - month(first(x)!);
      if (gap < 1.5) continue;
      const [a, b] = [cap(displayName(x)), cap(displayName(y))];
      const basis = `products.json#${x.id} first FDA approval ${first(x)}, #${y.id} ${first(y)}`;
      const years = Math.round(gap / 12);
      const [held, off] =
        gap < 11
          ? [`${say(Math.round(gap))} months`, `${say(Math.round(gap) + 3)} months`]
          : gap < 18
            ? ['about a year', 'about three years']
            : [`about ${say(years)} years`, `about ${say(years + 2)} years`];
      const add = (capability: string, fact: string, truth: boolean, text: string) =>
        cases.push({ capability, test: 'MFT', fact, expect: truth ? 'clean' : 'flag', text, basis });
      for (const [gapText, truth] of [
        [held, true],
        [off, false],
      ] as const) {
        add('order-gap:news', 'order-gap', truth, `${b} was approved ${gapText} after ${a}.`);
        add(
          'order-gap:press-release',
          'order-gap',
          truth,
          `The FDA approved ${b} ${gapText} after ${a}, the company said.`,
        );
        add('order-gap:leaflet', 'order-gap', truth, `${a} was approved by the FDA ${gapText} before ${b}.`);
      }
      add('order:news', 'order', true, `${b} was approved after ${a}.`);
      add('order:news', 'order', false, `${a} was approved after ${b}.`);
      add('order:leaflet', 'order', true, `${a} was FDA-approved before ${b}.`);
      add('order:leaflet', 'order', false, `${b} was FDA-approved before ${a}.`);
      // Arrival on the market and approval as a noun, a denied order, a question and someone else's belief.
      add('order:market', 'order', true, `${a} reached US patients before ${b} did.`);
      add('order:market', 'order', false, `${b} reached US patients before ${a} did.`);
      add('order:market', 'order', true, `${b} won FDA approval later than ${a}.`);
      add('order:market', 'order', false, `${a} won FDA approval later than ${b}.`);
      // A pronoun subject with the other product after the order cue: "it" is the product named before.
      add(
        'order:pronoun',
        'order',
        true,
        `${b} gained its first FDA approval in ${first(y)!.slice(0, 4)}. It was approved after ${a}.`,
      );
      add(
        'order:pronoun',
        'order',
        false,
        `${b} gained its first FDA approval in ${first(y)!.slice(0, 4)}. It was approved before ${a}.`,
      );
      add('order:negation', 'order', true, `${b} was not approved by the FDA before ${a}.`);
      add('order:negation', 'order', false, `${a} was not approved by the FDA before ${b}.`);
      add('question', 'order', true, `Did ${b} reach the market before ${a}?`);
      add('attribution', 'order', true, `Some writers believe ${b} was approved before ${a}.`);
    }
  return cases;
}

/**
 * Which of two products a disease's labels allow at an earlier line: per disease, each pair of products whose FDA
 * approvals for exactly it record different fewest prior lines (approvals complete for their modalities).
 */
function lineOrderCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const lines = (p: Entity, id: string) => {
    const own = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.indication === id && !a.unverified);
    if (!own.length || own.some((a) => a.minPriorLines === undefined)) return undefined;
    return Math.min(...own.map((a) => a.minPriorLines!));
  };
  const complete = approved.filter((p) => p.modality && kb.completeFdaModalities.has(p.modality));
  const diseases = [...new Set(complete.flatMap((p) => (p.approvals ?? []).map((a) => a.indication)))].sort();
  for (const id of diseases) {
    const disease = kb.entities.get(id);
    if (!disease) continue;
    const name = longName(disease);
    const withLines = complete.filter((p) => lines(p, id) !== undefined);
    for (const x of withLines)
      for (const y of withLines) {
        if (lines(x, id)! >= lines(y, id)!) continue;
        const [early, late] = [cap(displayName(x)), cap(displayName(y))];
        const basis = `products.json#${x.id} FDA ${id} after >=${lines(x, id)} lines, #${y.id} after >=${lines(y, id)}`;
        const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
          cases.push({ capability, test, fact: 'line-order', expect: truth ? 'clean' : 'flag', text, basis });
        add('line-order:abstract', true, `In ${name}, ${early} can be given at an earlier line than ${late}.`);
        add('line-order:abstract', false, `In ${name}, ${late} can be given at an earlier line than ${early}.`);
        add('line-order:news', true, `For ${name}, ${late} is used at a later line than ${early}.`);
        add('line-order:news', false, `For ${name}, ${early} is used at a later line than ${late}.`);
        add('line-order:negation', true, `In ${name}, ${late} cannot be used earlier than ${early}.`, 'DIR');
        add('line-order:negation', false, `In ${name}, ${early} cannot be used earlier than ${late}.`, 'DIR');
        add('question', true, `In ${name}, can ${late} be given at an earlier line than ${early}?`, 'INV');
        add(
          'attribution',
          true,
          `Some writers believe that in ${name}, ${late} can be used earlier than ${early}.`,
          'INV',
        );
      }
  }
  return cases;
}

/**
 * How many FDA-approved CAR-Ts have each co-stimulatory domain and vector (designs on record for every one): the right
 * count is clean, one more is flagged; a question or someone else's belief about a wrong count is clean.
 */
function designCountCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter(
    (p) => p.modality === 'car-t' && kb.completeFdaModalities.has('car-t') && !p.design?.unverified,
  );
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  const total = say(carT.length);
  const properties: [string, (p: Entity) => string | undefined, (v: string) => string][] = [
    ['costimulatory', (p) => p.design?.costimulatory, (v) => `use ${v} co-stimulation`],
    ['vector', (p) => p.design?.vector, (v) => `are made with a ${v} vector`],
  ];
  for (const [what, valueOf, predicate] of properties) {
    if (carT.some((p) => valueOf(p) === undefined)) continue;
    for (const value of [...new Set(carT.map((p) => valueOf(p)!))].sort()) {
      const n = carT.filter((p) => valueOf(p) === value).length;
      const basis = `products.json design.${what}: ${n} of ${carT.length} FDA-approved CAR-Ts use ${value}`;
      const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
        cases.push({ capability, test, fact: 'design-count', expect: truth ? 'clean' : 'flag', text, basis });
      const wrong = n + 1 <= carT.length ? n + 1 : n - 1;
      add(
        'design-count:abstract',
        true,
        `${cap(say(n))} of the ${total} FDA-approved CAR-T products ${predicate(value)}.`,
      );
      add(
        'design-count:abstract',
        false,
        `${cap(say(wrong))} of the ${total} FDA-approved CAR-T products ${predicate(value)}.`,
      );
      add('design-count:news', true, `Only ${say(n)} of the ${total} US-approved CAR-Ts ${predicate(value)}.`);
      add('design-count:news', false, `Only ${say(wrong)} of the ${total} US-approved CAR-Ts ${predicate(value)}.`);
      add('question', true, `Do ${say(wrong)} of the ${total} FDA-approved CAR-T products ${predicate(value)}?`, 'INV');
      add(
        'attribution',
        true,
        `Some writers believe ${say(wrong)} of the ${total} FDA-approved CAR-Ts ${predicate(value)}.`,
        'INV',
      );
    }
  }
  return cases;
}

/** Which term replaced which: every outdated term with a recorded replacement, both ways round. */
function replacementCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const term = (e: Entity) =>
    e.aliases?.find((a) => a.kind === 'abbreviation')?.text ??
    e.aliases?.find((a) => a.kind === 'deprecated' && a.case === 'exact')?.text ??
    displayName(e);
  for (const old of [...kb.entities.values()].filter((e) => e.deprecated?.replacedBy)) {
    const current = kb.entities.get(old.deprecated!.replacedBy!);
    if (!current) continue;
    const [a, b] = [term(current), term(old)];
    const basis = `${old.id} deprecated, replacedBy ${current.id}`;
    const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
      cases.push({ capability, test, fact: 'replacement', expect: truth ? 'clean' : 'flag', text, basis });
    add('replacement:abstract', true, `${a} replaced ${b}.`);
    add('replacement:abstract', false, `${b} replaced ${a}.`);
    add('replacement:slide', true, `${b} was superseded by ${a}.`);
    add('replacement:slide', false, `${a} was superseded by ${b}.`);
    add('replacement:leaflet', true, `${b} is the older term that ${a} replaced.`);
    add('replacement:leaflet', false, `${a} is the older term that ${b} replaced.`);
    add('replacement:negation', true, `${b} did not replace ${a}.`, 'DIR');
    add('replacement:negation', false, `${a} did not replace ${b}.`, 'DIR');
    add('question', true, `Did ${b} replace ${a}?`, 'INV');
  }
  return cases;
}

/** Which way a grading score runs: every score whose ranges set grades, said both ways round. */
function scoreDirectionCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const scale of [...kb.entities.values()].filter((e) => (e.gradeRanges?.grades.length ?? 0) >= 2)) {
    const grades = [...scale.gradeRanges!.grades].sort((x, y) => x.grade - y.grade);
    if (grades[0]!.min === grades.at(-1)!.min) continue;
    const lowerWorse = grades.at(-1)!.min < grades[0]!.min;
    const [worseEnd, betterEnd] = lowerWorse ? ['lower', 'higher'] : ['higher', 'lower'];
    const name = displayName(scale);
    const syndrome = kb.entities.get(scale.gradeRanges!.syndrome);
    if (!syndrome) continue;
    const condition = shortName(syndrome);
    const basis = `${scale.id} gradeRanges: grade ${grades[0]!.grade} at ${grades[0]!.min}-${grades[0]!.max}, grade ${grades.at(-1)!.grade} at ${grades.at(-1)!.min}-${grades.at(-1)!.max}`;
    const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
      cases.push({ capability, test, fact: 'score-direction', expect: truth ? 'clean' : 'flag', text, basis });
    add('score-direction:abstract', true, `A ${worseEnd} ${name} signals more severe ${condition}.`);
    add('score-direction:abstract', false, `A ${betterEnd} ${name} signals more severe ${condition}.`);
    add('score-direction:slide', true, `On the ${name}, ${betterEnd} scores mean milder ${condition}.`);
    add('score-direction:slide', false, `On the ${name}, ${worseEnd} scores mean milder ${condition}.`);
    add('score-direction:negation', true, `${cap(betterEnd)} ${name}s do not mean worse ${condition}.`, 'DIR');
    add('score-direction:negation', false, `${cap(worseEnd)} ${name}s do not mean worse ${condition}.`, 'DIR');
    add('question', true, `Do ${betterEnd} ${name}s mean worse ${condition}?`, 'INV');
  }
  return cases;
}

/** How differentiated each neoplasm is by its classification, said right and wrong in prose, slides and tables. */
function differentiationCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].filter((x) => x.differentiation && !x.differentiation.unverified)) {
    const { value, scheme, since } = e.differentiation!;
    const other = value === 'well' ? 'poorly' : 'well';
    const name = shortName(e);
    const basis = `${e.id} differentiation: ${value} (${scheme})`;
    const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
      cases.push({ capability, test, fact: 'differentiation', expect: truth ? 'clean' : 'flag', text, basis });
    const cell = (v: string) => (v === 'well' ? 'Well' : 'Poor');
    add('differentiation:abstract', true, `Under ${scheme}, ${name} is ${value} differentiated.`);
    add('differentiation:abstract', false, `Under ${scheme}, ${name} is ${other} differentiated.`);
    add('differentiation:slide', true, `Pathology\n- ${name}: ${value} differentiated`);
    add('differentiation:slide', false, `Pathology\n- ${name}: ${other} differentiated`);
    add('differentiation:table', true, `| Category | Differentiation |\n|---|---|\n| ${name} | ${cell(value)} |`);
    add('differentiation:table', false, `| Category | Differentiation |\n|---|---|\n| ${name} | ${cell(other)} |`);
    add('differentiation:negation', true, `${name} is not ${other} differentiated.`, 'DIR');
    add('differentiation:negation', false, `${name} is not ${value} differentiated.`, 'DIR');
    // Before the scheme, or hedged: not judged.
    add('differentiation:abstract', true, `In ${since - 5}, ${name} was described as ${other} differentiated.`, 'INV');
    add('differentiation:abstract', true, `Some ${name} cases may be ${other} differentiated.`, 'INV');
  }
  return cases;
}

/** A score that sets one syndrome's grade, said to grade it and another syndrome, in prose and in a table. */
function scaleUseCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const scale of [...kb.entities.values()].filter((e) => e.gradeRanges && !e.gradeRanges.unverified)) {
    const own = kb.entities.get(scale.gradeRanges!.syndrome);
    if (!own) continue;
    const others = kb
      .byType('syndrome')
      .filter((s) => s.definedBy && !kb.lineage(s.id).has(own.id) && !kb.lineage(own.id).has(s.id));
    const scaleName = displayName(scale);
    for (const other of others) {
      const basis = `${scale.id} gradeRanges: grades ${own.id}, not ${other.id}`;
      const add = (capability: string, truth: boolean, text: string, test: Case['test'] = 'MFT') =>
        cases.push({ capability, test, fact: 'scale-use', expect: truth ? 'clean' : 'flag', text, basis });
      add('scale-use:abstract', true, `${shortName(own)} was graded with the ${scaleName}.`);
      add('scale-use:abstract', false, `${shortName(other)} was graded with the ${scaleName}.`);
      const table = (s: Entity) => `| Syndrome | Grading tool |\n|---|---|\n| ${shortName(s)} | ${scaleName} |`;
      add('scale-use:table', true, table(own));
      add('scale-use:table', false, table(other));
    }
  }
  return cases;
}

/** A replaced scale named as the scale of the standard that defined its replacement, and the standard's own scale. */
function standardScaleCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const old of [...kb.entities.values()].filter((e) => e.type === 'grading' && e.deprecated?.replacedBy)) {
    const current = kb.entities.get(old.deprecated!.replacedBy!);
    const definedBy = current?.definedBy;
    const syndrome = current?.gradeRanges && kb.entities.get(current.gradeRanges.syndrome);
    if (!current || !definedBy || definedBy.unverified || !syndrome) continue;
    const standards = kb
      .byType('grading')
      .filter(
        (e) =>
          e !== current &&
          e.definedBy &&
          !e.definedBy.unverified &&
          e.definedBy.year === definedBy.year &&
          e.definedBy.bodies.some((b) => definedBy.bodies.includes(b)),
      );
    for (const standard of standards) {
      const name = standard.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? displayName(standard);
      const basis = `${old.id} replacedBy ${current.id}, definedBy ${definedBy.bodies.join('/')} ${definedBy.year} as ${standard.id}`;
      const add = (capability: string, truth: boolean, text: string) =>
        cases.push({ capability, test: 'MFT', fact: 'standard-scale', expect: truth ? 'clean' : 'flag', text, basis });
      const condition = shortName(syndrome);
      for (const [scale, truth] of [
        [current, true],
        [old, false],
      ] as const) {
        add('standard-scale:abstract', truth, `${condition} was graded per ${name} with the ${displayName(scale)}.`);
        add('standard-scale:plain', truth, `The ${displayName(scale)} is the tool ${name} uses to grade ${condition}.`);
      }
      add('standard-scale:abstract', true, `Before ${name}, ${condition} was graded with the ${displayName(old)}.`);
    }
  }
  return cases;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/** Counts: how many CAR-Ts are FDA-approved, and how many target each antigen. */
function countCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  const basis = `products.json: ${carT.length} CAR-T products with status fda-approved (FDA approvals complete)`;
  const add = (text: string, truth: boolean, b = basis) =>
    cases.push({ capability: 'plain', test: 'MFT', fact: 'count', expect: truth ? 'clean' : 'flag', text, basis: b });
  add(`${cap(say(carT.length))} CAR T-cell products are FDA-approved.`, true);
  add(`${cap(say(carT.length - 2))} CAR T-cell products are FDA-approved.`, false);
  add(`The FDA has approved ${say(carT.length + 3)} CAR T-cell products.`, false);
  // A slide's label and the number after it: the current count.
  for (const [n, truth] of [
    [carT.length, true],
    [carT.length - 1, false],
  ] as const) {
    const slide = (text: string) =>
      cases.push({
        capability: 'count-label:slide',
        test: 'MFT',
        fact: 'count',
        expect: truth ? 'clean' : 'flag',
        text,
        basis,
      });
    slide(`## CAR-T at a glance\n\n- FDA-approved CAR-T products: ${n}`);
    slide(`**Key numbers**\n\n1. CAR T-cell therapies approved by the FDA — ${say(n)}`);
  }
  for (const antigen of [...new Set(carT.flatMap((p) => p.design?.targets ?? []))].sort()) {
    const n = carT.filter((p) => p.design?.targets?.includes(antigen)).length;
    const name = displayName(kb.entities.get(antigen)!);
    const b = `products.json: ${n} FDA-approved CAR-Ts with design.targets ${antigen}`;
    add(`${cap(say(n))} FDA-approved CAR-T ${n === 1 ? 'product targets' : 'products target'} ${name}.`, true, b);
    add(`${cap(say(n + 1))} FDA-approved CAR-T products target ${name}.`, false, b);
  }
  return cases;
}

/**
 * A slide list its title says is complete ("## The only CAR-T for mantle cell lymphoma", "## The two CAR-Ts for …")
 * over the FDA-approved CAR-Ts of one disease: all of them stays clean; leaving one out says it is not approved, and
 * is flagged. Only diseases no other CAR-T approval is a kind of (or above), so the members are exactly those listed.
 */
function closedListCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const carts = approved.filter((p) => p.modality === 'car-t' && kb.completeFdaModalities.has('car-t'));
  const fda = (p: Entity) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA');
  if (carts.some((p) => fda(p).some((a) => a.unverified))) return cases;
  const diseases = [...new Set(carts.flatMap((p) => fda(p).map((a) => a.indication)))];
  const related = (a: string, b: string) => a !== b && (kb.lineage(a).has(b) || kb.lineage(b).has(a));
  for (const id of diseases) {
    if (diseases.some((other) => related(id, other))) continue;
    const members = carts.filter((p) => fda(p).some((a) => a.indication === id)).map(displayName);
    const disease = longName(kb.entities.get(id)!);
    const basis = `products.json FDA CAR-T approvals for ${id}: ${members.join(', ')}`;
    const title = (n: number) =>
      n === 1 ? `## The only CAR-T for ${disease}` : `## The ${NUMBER_WORDS[n]} CAR-Ts for ${disease}`;
    const items = (names: string[]) => names.map((n) => `- ${n}`).join('\n');
    cases.push({
      capability: 'genre:slide-closed-list',
      test: 'DIR',
      fact: 'approval',
      expect: 'clean',
      text: `${title(members.length)}\n\n${items(members)}`,
      basis,
    });
    if (members.length > 1)
      cases.push({
        capability: 'genre:slide-closed-list',
        test: 'DIR',
        fact: 'approval',
        expect: 'flag',
        text: `${title(members.length - 1)}\n\n${items(members.slice(1))}`,
        basis,
      });
  }
  return cases;
}

/**
 * How many diseases (or label indications) one product is approved for, in each genre: the distinct diseases of its
 * FDA approvals (complete for its modality), under a generic noun ("types of cancer") or a recorded disease class
 * ("types of lymphoma"); one more or one fewer contradicts it. A disease filed under two classes (CLL/SLL is a
 * leukemia and a lymphoma) makes a class count ambiguous: no contradiction is generated for that class.
 */
function indicationCountCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  const add = (capability: string, truth: boolean, text: string, basis: string, test: Case['test'] = 'INV') =>
    cases.push({ capability, test, fact: 'indication-count', expect: truth ? 'clean' : 'flag', text, basis });
  for (const p of approved.filter((p) => p.modality && kb.completeFdaModalities.has(p.modality))) {
    const approvals = (p.approvals ?? []).filter((a) => a.regulator === 'FDA');
    if (!approvals.length || approvals.some((a) => a.unverified)) continue;
    const diseases = [...new Set(approvals.map((a) => a.indication))];
    const n = diseases.length;
    const s = cap(displayName(p));
    const basis = `products.json#${p.id} FDA approvals: ${diseases.join(', ')} (${approvals.length} entries)`;
    const types = (k: number) => `${say(k)} ${k === 1 ? 'type' : 'types'} of cancer`;
    const cancers = (k: number) => (k === 1 ? 'one cancer' : `${say(k)} different cancers`);
    const wrong = [n + 1, ...(n > 1 ? [n - 1] : [])];
    add('plain', true, `${s} is FDA-approved for ${types(n)}.`, basis, 'MFT');
    add('genre:leaflet', true, `${s} is approved to treat ${cancers(n)}.`, basis);
    add('genre:press-release', true, `${s} is now approved in the US for ${types(n)}.`, basis);
    add(
      'genre:abstract',
      true,
      `${s} is currently indicated for ${say(n)} distinct ${n === 1 ? 'disease' : 'diseases'}.`,
      basis,
    );
    add(
      'genre:news',
      true,
      `${s} has ${say(approvals.length)} FDA-approved ${approvals.length === 1 ? 'indication' : 'indications'}.`,
      basis,
    );
    for (const k of wrong) {
      add('plain', false, `${s} is FDA-approved for ${types(k)}.`, basis, 'MFT');
      add('genre:leaflet', false, `${s} is approved to treat ${cancers(k)}.`, basis);
      add('genre:press-release', false, `${s} is now approved in the US for ${types(k)}.`, basis);
      add(
        'genre:abstract',
        false,
        `${s} is currently indicated for ${say(k)} distinct ${k === 1 ? 'disease' : 'diseases'}.`,
        basis,
      );
      if (k !== approvals.length && k > approvals.length)
        add('genre:news', false, `${s} has ${say(k)} FDA-approved ${k === 1 ? 'indication' : 'indications'}.`, basis);
    }
    // Not asserted, or not the product's count: clean whatever the number.
    add('hedge', true, `${s} may soon be approved for ${types(n + 1)}.`, basis);
    add('question', true, `Is ${displayName(p)} approved for ${types(n + 1)}?`, basis);
    add(
      'attribution',
      true,
      `Some websites wrongly say that ${displayName(p)} is approved for ${types(n + 1)}.`,
      basis,
    );
    add('regulator', true, `${s} is approved in Japan for ${types(n + 1)}.`, basis);
    // A cut-off date: the diseases approved by the end of the year of the first approval.
    const firstYear = year(approvals.map((a) => a.date ?? '').sort()[0]);
    if (firstYear) {
      const k = new Set(approvals.filter((a) => year(a.date)! <= firstYear).map((a) => a.indication)).size;
      add('period', true, `As of ${firstYear}, ${displayName(p)} was approved for ${types(k)}.`, basis);
      add('period', false, `As of ${firstYear}, ${displayName(p)} was approved for ${types(k + 1)}.`, basis);
    }
    // A recorded disease class above the approved diseases: "types of lymphoma".
    for (const cls of ['lymphoma', 'leukemia']) {
      const under = diseases.filter((id) => kb.lineage(id).has(cls));
      if (!under.length) continue;
      const ambiguous = under.some((id) => (kb.entities.get(id)?.parents ?? []).some((x) => !kb.lineage(x).has(cls)));
      const name = kb.entities.get(cls)!.name;
      const k = under.length;
      const b = `${basis}; under ${cls}: ${under.join(', ')}`;
      add('plain', true, `${s} is approved for ${say(k)} ${k === 1 ? 'type' : 'types'} of ${name}.`, b, 'MFT');
      if (!ambiguous) add('plain', false, `${s} is approved for ${say(k + 1)} types of ${name}.`, b, 'MFT');
    }
  }
  return cases;
}

/**
 * Which regulator approved a product first, for every product approved by two or more regulators: the earliest is
 * true; a later one is false only where the knowledge base knows that regulator's first approval (its approvals
 * complete, or its first approvals recorded), else the case is clean-only.
 */
function firstRegulatorCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const places: Record<string, { agency: string; country: string }> = {
    FDA: { agency: 'the FDA', country: 'the United States' },
    NMPA: { agency: "China's NMPA", country: 'China' },
    EMA: { agency: 'the European Commission', country: 'the EU' },
  };
  const known = (p: Entity, r: string) =>
    (r === 'FDA' && !!p.modality && kb.completeFdaModalities.has(p.modality)) || kb.firstApprovalRegulators.has(r);
  const add = (capability: string, truth: boolean, text: string, basis: string) =>
    cases.push({ capability, test: 'INV', fact: 'first-regulator', expect: truth ? 'clean' : 'flag', text, basis });
  for (const p of [...kb.entities.values()]
    .filter((e) => e.type === 'product')
    .sort((a, b) => a.id.localeCompare(b.id))) {
    const approvals = (p.approvals ?? []).filter((a) => a.date && places[a.regulator]);
    if (approvals.some((a) => a.unverified) || approvals.length !== (p.approvals ?? []).length) continue;
    const firstBy = new Map<string, string>();
    for (const a of [...approvals].sort((x, y) => x.date!.localeCompare(y.date!)))
      if (!firstBy.has(a.regulator)) firstBy.set(a.regulator, a.date!);
    if (firstBy.size < 2) continue;
    const [first, ...later] = [...firstBy.keys()];
    const s = cap(displayName(p));
    const basis = `products.json#${p.id} approvals: ${[...firstBy].map(([r, d]) => `${r} ${d}`).join(', ')}`;
    const say = (r: string, truth: boolean) => {
      add('plain', truth, `${s} was first approved by ${places[r]!.agency}.`, basis);
      add('genre:news', truth, `${s} was first approved in ${places[r]!.country}.`, basis);
      add(
        'genre:press-release',
        truth,
        `${cap(places[r]!.agency)} was the first regulator to approve ${displayName(p)}.`,
        basis,
      );
      add(
        'genre:abstract',
        truth,
        `${s} was first licensed in ${places[r]!.country}, followed by other markets.`,
        basis,
      );
    };
    say(first!, true);
    for (const r of later) {
      if (known(p, r)) say(r, false);
      // Not asserted, or dated (China's own first approval): clean.
      add('hedge', true, `${s} was perhaps first approved in ${places[r]!.country}.`, basis);
      add('question', true, `Was ${displayName(p)} first approved in ${places[r]!.country}?`, basis);
      add('period', true, `${s} was first approved in ${places[r]!.country} in ${year(firstBy.get(r))}.`, basis);
    }
  }
  return cases;
}

const DRUG_CLASSES: Record<string, string> = {
  'monoclonal-antibody': 'a monoclonal antibody',
  'receptor-antagonist': 'a receptor antagonist',
  'kinase-inhibitor': 'a kinase inhibitor',
  'mtor-inhibitor': 'an mTOR inhibitor',
  'somatostatin-analog': 'a somatostatin analog',
  radioligand: 'a radioligand therapy',
  chemotherapy: 'a chemotherapy drug',
  corticosteroid: 'a corticosteroid',
};

/** Drug classes: a drug has one recorded class; an antibody is not a kinase inhibitor, and no drug is a CAR-T. */
function drugClassCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const d of kb.byType('drug').sort((a, b) => a.id.localeCompare(b.id))) {
    const own = d.modality && DRUG_CLASSES[d.modality];
    // A drug record that stands for its class ("corticosteroids", the parent of dexamethasone) is not a member of it.
    if (!own || kb.byType('drug').some((o) => o.parents?.includes(d.id))) continue;
    const s = cap(displayName(d));
    const basis = `drugs.json#${d.id} modality = ${d.modality}`;
    const wrong =
      d.modality === 'monoclonal-antibody' ? DRUG_CLASSES['kinase-inhibitor']! : DRUG_CLASSES['monoclonal-antibody']!;
    const classes: [string, boolean][] = [
      [own, true],
      [wrong, false],
      ['a CAR T-cell therapy', false],
    ];
    if (d.modality !== 'corticosteroid') classes.push([DRUG_CLASSES.corticosteroid!, false]);
    for (const [cls, truth] of classes) {
      const expect: Expect = truth ? 'clean' : 'flag';
      const column = cap(cls.replace(/^an? /, ''));
      cases.push(
        {
          capability: 'genre:table',
          test: 'INV',
          fact: 'drug-class',
          expect,
          text: `| Drug | Drug class |\n| --- | --- |\n| ${s} | ${column} |`,
          basis,
        },
        { capability: 'plain', test: 'MFT', fact: 'drug-class', expect, text: `${s} is ${cls}.`, basis },
        {
          capability: 'negation',
          test: 'DIR',
          fact: 'drug-class',
          expect: truth ? 'flag' : 'clean',
          text: `${s} is not ${cls}.`,
          basis,
        },
        {
          capability: 'premise',
          test: 'DIR',
          fact: 'drug-class',
          expect,
          text: `${s}, ${cls}, is used in some patients.`,
          basis,
        },
      );
    }
  }
  return cases;
}

/** Variants of one statement for the relations whose facts sit outside the per-product claims. */
function variants(
  fact: string,
  basis: string,
  statement: string,
  truth: boolean,
  forms: { negated?: string; question?: string; slide?: string; table?: string; lead?: [string, string] },
): Case[] {
  const expect: Expect = truth ? 'clean' : 'flag';
  const cases: Case[] = [
    { capability: 'plain', test: 'MFT', fact, expect, text: `${statement}.`, basis },
    { capability: 'hedge', test: 'INV', fact, expect, text: `To our knowledge, ${lower(statement)}.`, basis },
    truth
      ? {
          capability: 'attribution',
          test: 'INV',
          fact,
          expect,
          text: `According to the prescribing information, ${lower(statement)}.`,
          basis,
        }
      : {
          capability: 'attribution',
          test: 'DIR',
          fact,
          expect: 'clean',
          text: `Some websites wrongly claim that ${lower(statement)}.`,
          basis,
        },
  ];
  if (forms.negated)
    cases.push({
      capability: 'negation',
      test: 'DIR',
      fact,
      expect: truth ? 'flag' : 'clean',
      text: `${forms.negated}.`,
      basis,
    });
  if (forms.question)
    cases.push({ capability: 'question', test: 'INV', fact, expect: 'clean', text: forms.question, basis });
  if (forms.slide)
    cases.push({
      capability: 'genre:slide',
      test: 'INV',
      fact,
      expect,
      text: `# Key facts\n\n- ${forms.slide}`,
      basis,
    });
  if (forms.table) cases.push({ capability: 'genre:table', test: 'INV', fact, expect, text: forms.table, basis });
  // A bullet without a subject under a lead-in or a heading about its subject.
  if (forms.lead) {
    const [subject, predicate] = forms.lead;
    cases.push(
      { capability: 'genre:slide-lead-in', test: 'INV', fact, expect, text: `${subject}:\n\n- ${predicate}`, basis },
      {
        capability: 'genre:slide-frame',
        test: 'INV',
        fact,
        expect,
        text: `## ${subject} at a glance\n\n- ${predicate}`,
        basis,
      },
    );
  }
  return cases;
}

/** The statement after a lead-in: its opening preposition lower-cased, a name kept as written. */
const lower = (s: string) => s.replace(/^(By|In|Between) /, (m) => m.toLowerCase());
const an = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;

/** FDA CAR-T counts over a period: by the end of a year, within one year, between two years. */
function periodCountCases(approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const carT = approved.filter((p) => p.modality === 'car-t');
  if (carT.some((p) => (p.approvals ?? []).some((a) => a.unverified))) return cases;
  const dates = (p: Entity) =>
    (p.approvals ?? [])
      .filter((a) => a.regulator === 'FDA' && a.date)
      .map((a) => a.date!)
      .sort();
  const say = (n: number) => NUMBER_WORDS[n] ?? String(n);
  const first = (p: Entity) => dates(p)[0] ?? '9999';
  // Products first approved in [from, to], and products with any approval then (a new indication may be counted).
  const newIn = (from: number, to: number) =>
    carT.filter((p) => first(p) >= `${from}-01-01` && first(p) <= `${to}-12-31`).length;
  const anyIn = (from: number, to: number) =>
    carT.filter((p) => dates(p).some((d) => d >= `${from}-01-01` && d <= `${to}-12-31`)).length;
  const years = [...new Set(carT.map((p) => Number(first(p).slice(0, 4))))].sort();
  const start = years[0]!;
  const basis = 'products.json: FDA approval dates of the CAR-T products (FDA approvals complete)';
  for (const y of years) {
    const byEnd = newIn(start, y);
    for (const [n, truth] of [
      [byEnd, true],
      [byEnd + 1, false],
    ] as const)
      cases.push(
        ...variants('count-period', basis, `By the end of ${y}, the FDA had approved ${say(n)} CAR-T products`, truth, {
          question: `Had the FDA approved ${say(n)} CAR-T products by the end of ${y}?`,
        }),
      );
    // A slide's label and number: the class counted up to the date the label gives.
    for (const [n, truth] of [
      [byEnd, true],
      [byEnd + 2, false],
    ] as const) {
      for (const text of [
        `## Counting approvals\n\n- FDA-approved CAR-T products by the end of ${y}: ${n}`,
        `### CAR-T in the US\n\n- CAR-T products approved by the FDA as of ${y} — ${say(n)}`,
      ])
        cases.push({
          capability: 'count-label:slide',
          test: 'MFT',
          fact: 'count',
          expect: truth ? 'clean' : 'flag',
          text,
          basis,
        });
    }
    // "Before <next year>," bounds a past perfect count as "by the end of" does.
    for (const [n, truth] of [
      [byEnd, true],
      [byEnd + 1, false],
    ] as const)
      cases.push({
        capability: 'count-period:before',
        test: 'MFT',
        fact: 'count-period',
        expect: truth ? 'clean' : 'flag',
        text: `Before ${y + 1}, the FDA had approved ${say(n)} CAR-T therapies.`,
        basis,
      });
    // Within one year, only where no new indication could make another number true.
    if (newIn(y, y) === anyIn(y, y))
      for (const [n, truth] of [
        [newIn(y, y), true],
        [newIn(y, y) + 1, false],
      ] as const)
        cases.push(
          ...variants('count-period', basis, `In ${y}, the FDA approved ${say(n)} CAR-T therapies`, truth, {
            question: `Did the FDA approve ${say(n)} CAR-T therapies in ${y}?`,
          }),
        );
    if (y > start)
      for (const [n, truth] of [
        [newIn(start, y), true],
        [anyIn(start, y) + 2, false],
      ] as const)
        if (truth || n > anyIn(start, y))
          cases.push(
            ...variants(
              'count-period',
              basis,
              `Between ${start} and ${y} the FDA approved ${say(n)} CAR-T products`,
              truth,
              {},
            ),
          );
  }
  // A dated approval as the time a count is told at: "With X's approval in <month>, the FDA had approved N", "X's
  // approval in <month> brought the number … to N"; products with a first approval in the same month are left out
  // (whether they came before or after is not said).
  for (const p of carT) {
    const day = first(p);
    const sameMonth = carT.filter((q) => first(q).slice(0, 7) === day.slice(0, 7)).length;
    if (sameMonth > 1) continue;
    const n = carT.filter((q) => first(q) <= day).length;
    const month = `${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
    const name = displayName(p);
    const b = `${basis}; ${p.id} first approved ${day}`;
    for (const [count, truth] of [
      [n, true],
      [n - 1, false],
    ] as const) {
      if (count < 1) continue;
      const push = (text: string) =>
        cases.push({
          capability: 'count-period:event',
          test: 'MFT',
          fact: 'count-period',
          expect: truth ? 'clean' : 'flag',
          text,
          basis: b,
        });
      push(`With ${name}'s approval in ${month}, the FDA had approved ${say(count)} CAR-T products.`);
      push(`${name}'s approval in ${month} brought the number of FDA-approved CAR-T therapies to ${say(count)}.`);
    }
  }
  // An opening partitive presupposes the whole count: "Of the N CAR-T products the FDA has approved, …".
  for (const [n, truth] of [
    [carT.length, true],
    [carT.length - 1, false],
    [carT.length + 1, false],
  ] as const)
    for (const text of [
      `Of the ${say(n)} CAR-T products the FDA has approved, two target BCMA.`,
      `Of the ${say(n)} FDA-approved CAR-T therapies, all are autologous.`,
    ])
      cases.push({
        capability: 'count-period:partitive',
        test: 'MFT',
        fact: 'count-period',
        expect: truth ? 'clean' : 'flag',
        text,
        basis,
      });
  return cases;
}

/** Dosing schedules: a single infusion or a split dose, from each product's dosing record (or its design). */
function dosingCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    if (p.status !== 'fda-approved' || p.unverified) continue;
    const infusions = p.dosing
      ? p.dosing.unverified
        ? undefined
        : p.dosing.infusions
      : p.design?.unverified
        ? undefined
        : p.design?.infusions;
    if (infusions === undefined) continue;
    const s = displayName(p);
    const basis = `products.json#${p.id} ${p.dosing ? 'dosing' : 'design'}.infusions = ${infusions}`;
    cases.push(
      ...variants('dosing', basis, `${s} is given as a single infusion`, infusions === 1, {
        negated: `${s} is not given as a single infusion`,
        question: `Is ${s} given as a single infusion?`,
        slide: `${s}: single infusion`,
        lead: [s, 'Given as a single infusion'],
      }),
    );
    if (infusions <= 2)
      cases.push(
        ...variants('dosing', basis, `${s} is given as a split dose`, infusions === 2, {
          negated: `${s} is not given as a split dose`,
          question: `Is ${s} given as a split dose?`,
          slide: `${s}: split dose`,
          lead: [s, 'Given as a split dose'],
        }),
      );
  }
  return cases;
}

// Post-infusion rules and follow-up as writers state them, `{N}` standing for the amount with its unit.
const QUANTITY_TEMPLATES: Record<string, (subject: string) => { statement: string; question: string }> = {
  'driving-restriction': (s) => ({
    statement: `${s} patients must not drive for {N} after infusion`,
    question: `Must ${s} patients avoid driving for {N} after infusion?`,
  }),
  'stay-near-center': (s) => ({
    statement: `${s} patients must stay near the treatment center for {N} after infusion`,
    question: `Must ${s} patients stay near the treatment center for {N} after infusion?`,
  }),
  'long-term-follow-up': (s) => ({
    statement: `${cap(s)} is required for {N}`,
    question: `Is ${s} required for {N}?`,
  }),
};
// A rule the measured term holds, said of a product it applies to: "Kymriah patients must be followed for 15 years".
const PRODUCT_QUANTITY_TEMPLATES: typeof QUANTITY_TEMPLATES = {
  'long-term-follow-up': (s) => ({
    statement: `Patients treated with ${s} must be followed for {N}`,
    question: `Must patients treated with ${s} be followed for {N}?`,
  }),
};

/** A rule recorded as lifelong (monitoring for new malignancies), said of each product it applies to: any end is wrong. */
function lifelongRuleCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id)))
    for (const q of e.quantities ?? []) {
      if (!q.lifelong || q.unverified || q.measure !== 'malignancy-monitoring') continue;
      const basis = `${e.id} quantities ${q.measure} lifelong`;
      for (const product of (q.appliesTo ?? []).map((id) => kb.entities.get(id)).filter((p) => p?.type === 'product')) {
        const name = displayName(product!);
        const add = (capability: string, truth: boolean, text: string) =>
          cases.push({ capability, test: 'MFT', fact: 'lifelong-rule', expect: truth ? 'clean' : 'flag', text, basis });
        add('lifelong-rule:leaflet', true, `Checks for new cancers after ${name} continue for the rest of your life.`);
        add('lifelong-rule:leaflet', false, `Checks for new cancers after ${name} can stop after 5 years.`);
        add(
          'lifelong-rule:abstract',
          true,
          `Patients treated with ${name} must be monitored for new malignancies for life.`,
        );
        add(
          'lifelong-rule:abstract',
          false,
          `Patients treated with ${name} must be monitored for new malignancies for 2 years.`,
        );
      }
    }
  return cases;
}

/**
 * Recorded amounts (post-infusion rules, follow-up) in force as of the data's date, said of each product they apply
 * to (or of the measured term itself): the amount stays clean, three times it is a contradiction. Score ranges:
 * the recorded range is clean, a doubled maximum is not.
 */
function quantityCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const amount = (value: number, unit: string) => `${value} ${unit}${value === 1 ? '' : 's'}`;
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const q of e.quantities ?? []) {
      const template = QUANTITY_TEMPLATES[q.measure];
      const current = (!q.since || q.since <= kb.asOf) && (!q.until || kb.asOf < q.until);
      if (!template || !current || q.unverified || q.value === undefined || q.unit === undefined) continue;
      const earlier = (e.quantities ?? []).filter((o) => o.measure === q.measure && o !== q).map((o) => o.value);
      // A wrong amount that no other record of the measure holds, so the contradiction does not depend on the period.
      let wrong = q.value * 3;
      while (earlier.includes(wrong)) wrong++;
      // A class's rule is said of the products it applies to; a term's (long-term follow-up) of the term as well.
      const products = (q.appliesTo ?? []).map((id) => kb.entities.get(id)!).filter((s) => s.type === 'product');
      const subjects = q.appliesTo && e.type === 'therapy-class' ? products : [e, ...products];
      for (const subject of subjects) {
        const name = subject.type === 'product' ? displayName(subject) : longName(subject);
        const basis = `${e.id} quantities ${q.measure} = ${amount(q.value, q.unit)}`;
        const { statement, question } = (
          subject === e ? template : (PRODUCT_QUANTITY_TEMPLATES[q.measure] ?? template)
        )(name);
        for (const [value, truth] of [
          [q.value, true],
          [wrong, false],
        ] as const) {
          cases.push(
            ...variants('quantity', basis, statement.replace('{N}', amount(value, q.unit)), truth, {
              question: question.replace('{N}', amount(value, q.unit)),
            }),
          );
          // A rule named by itself (not a product's): a slide whose heading names it over "Duration: N", and "N lasts".
          if (subject !== e) continue;
          const expect: Expect = truth ? 'clean' : 'flag';
          const measured = { test: 'MFT' as const, fact: 'quantity', expect, basis };
          cases.push(
            {
              ...measured,
              capability: 'rule-duration:slide',
              text: `## ${cap(name)}\n\n- Duration: ${amount(value, q.unit)}\n`,
            },
            { ...measured, capability: 'rule-duration:lasts', text: `${cap(name)} lasts ${amount(value, q.unit)}.` },
          );
        }
      }
    }
    const range = e.scoreRange;
    if (range && !range.unverified) {
      const name = e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name;
      const basis = `${e.id} scoreRange = ${range.min}-${range.max}`;
      for (const [max, truth] of [
        [range.max, true],
        [range.max * 2, false],
      ] as const)
        cases.push(
          ...variants('score-range', basis, `${name}s range from ${range.min} to ${max}`, truth, {
            question: `Do ${name}s range from ${range.min} to ${max}?`,
          }),
        );
    }
  }
  return cases;
}

/**
 * A conditioning step (purpose.antitumor false) said to treat the cancer, in prose frames: a source of the anticancer
 * effect, a relative clause in an apposition, a subject with a modifier before its copula, a pseudo-cleft after an
 * apposition. Each twin keeps the frame and says what the step is for, acts on the effect instead of being its source,
 * leaves the killing to the cells, or denies it.
 */
function purposeCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!e.purpose || e.purpose.antitumor || e.purpose.unverified || e.unverified) continue;
    const basis = `${e.id} purpose.antitumor = false`;
    const names = [e.name, ...(e.aliases ?? []).filter((a) => a.kind !== 'abbreviation').map((a) => a.text)];
    const pairs: [string, string, string][] = [];
    names.slice(0, 2).forEach((name, k) => {
      const s = cap(name);
      pairs.push(
        [
          'purpose:source',
          `${s} is the main source of antitumour activity in CAR T-cell therapy.`,
          `${s} improves the antitumour activity of the CAR T cells.`,
        ],
        [
          'purpose:source',
          `${s} provides most of the anticancer effect of the treatment.`,
          `${s} does not provide the anticancer effect of the treatment.`,
        ],
        [
          'purpose:apposition',
          `${s}, the step that ${k ? 'eradicates' : 'kills'} the lymphoma, is given a few days before the infusion.`,
          `${s}, the step that makes room for the CAR T cells, is given a few days before the infusion.`,
        ],
        [
          'purpose:subject-modifier',
          `${s} in the days before the infusion is the step that kills the lymphoma.`,
          `${s} is given in the days before the CAR T cells kill the lymphoma.`,
        ],
        [
          'purpose:pseudo-cleft',
          `${s}, given a few days before the infusion, is what ${k ? 'destroys' : 'kills'} the leukemia.`,
          `${s}, given a few days before the infusion, is not what ${k ? 'destroys' : 'kills'} the leukemia.`,
        ],
        [
          'purpose:noun-apposition',
          `${s}, the main anticancer step of the regimen, was shortened to two days.`,
          `${s}, the step that prepares the body for the cells, was shortened to two days.`,
        ],
        [
          'purpose:relative-clause',
          `${s}, which provides most of the antitumour effect, was given over three days.`,
          `${s}, which makes room for the CAR T cells, was given over three days.`,
        ],
      );
    });
    for (const [capability, flag, clean] of pairs)
      cases.push(
        { capability, test: 'MFT', fact: 'purpose', expect: 'flag', text: flag, basis },
        { capability, test: 'DIR', fact: 'purpose', expect: 'clean', text: clean, basis },
      );
  }
  return cases;
}

/**
 * An interval between two steps (duration.from/to, vein-to-vein time) told by its steps, not its name: in lay words that
 * name no entity, as a label or a table row of the two steps, and "within … of" the first step. The false value is a
 * tenth of the typical time; its twin the typical time.
 */
function intervalCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const d = e.duration;
    if (!d?.from || !d.to || d.unverified || e.unverified || d.typicalDays < 14) continue;
    const basis = `${e.id} duration.typicalDays = ${d.typicalDays}`;
    const typical = d.typicalDays % 7 === 0 ? `${d.typicalDays / 7} weeks` : `${d.typicalDays} days`;
    const short = `${Math.max(1, Math.round(d.typicalDays / 10))} days`;
    const frames: [string, (v: string) => string][] = [
      ['interval:lay-words', (v) => `It takes about ${v} from blood collection to infusion.`],
      ['interval:label', (v) => `Collection to infusion: about ${v}.`],
      ['interval:table', (v) => `| Step | Typical time |\n| --- | --- |\n| Apheresis to infusion | ${v} |\n`],
      ['interval:within', (v) => `Your cells come back from the lab within ${v} of apheresis.`],
    ];
    for (const [capability, frame] of frames)
      cases.push(
        { capability, test: 'MFT', fact: 'duration', expect: 'flag', text: frame(short), basis },
        { capability, test: 'DIR', fact: 'duration', expect: 'clean', text: frame(typical), basis },
      );
  }
  return cases;
}

/**
 * A step's own length (lymphodepletion, usually 3 days): five times it is flagged, in a "lasts" clause or as "N days of"
 * the step; the typical length, a range around it, and a long time before the infusion (an offset, not a length) are not.
 */
function stepDurationCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const d = e.duration;
    if (!d || d.from || d.to || d.unverified || e.unverified) continue;
    const basis = `${e.id} duration.typicalDays = ${d.typicalDays}`;
    const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
    const long = days(d.typicalDays * 5);
    const names = [e.name, ...(e.aliases ?? []).filter((a) => a.kind === 'synonym').map((a) => a.text)].slice(0, 3);
    for (const name of names) {
      const flagClean = (capability: string, frame: (v: string) => string) =>
        cases.push(
          { capability, test: 'MFT', fact: 'duration', expect: 'flag', text: frame(long), basis },
          { capability, test: 'DIR', fact: 'duration', expect: 'clean', text: frame(days(d.typicalDays)), basis },
        );
      flagClean('step-duration:lasts', (v) => `${cap(name)} usually lasts ${v}.`);
      flagClean('step-duration:of', (v) => `Patients receive ${v} of ${name} before the infusion.`);
      // A bound or a range that includes the typical length is clean; a lower bound far above it is not.
      flagClean('step-duration:bound', (v) => `${cap(name)} lasts at least ${v}.`);
      cases.push({
        capability: 'step-duration:bound',
        test: 'INV',
        fact: 'duration',
        expect: 'clean',
        text: `${cap(name)} lasts ${Math.max(1, d.typicalDays - 1)} to ${d.typicalDays + 1} days.`,
        basis,
      });
      // A time from another event is not the step's length, unless "over" leads it.
      cases.push(
        {
          capability: 'step-duration:offset',
          test: 'MFT',
          fact: 'duration',
          expect: 'flag',
          text: `${cap(name)} is given over ${long} before the infusion.`,
          basis,
        },
        {
          capability: 'step-duration:offset',
          test: 'INV',
          fact: 'duration',
          expect: 'clean',
          text: `${cap(name)} is given ${long} after apheresis.`,
          basis,
        },
      );
    }
  }
  return cases;
}

/**
 * How soon a syndrome's cases arise (data: onset): a latency longer than the recorded one, as a minimum or a denied
 * window (flagged), and the record, a late case or a window in the recorded unit with a number (clean).
 */
function onsetCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const onset = e.onset;
    if (!onset || onset.unverified || e.unverified) continue;
    const names = e.name.endsWith('y') ? `${e.name.slice(0, -1)}ies` : `${e.name}s`;
    const Names = names.charAt(0).toUpperCase() + names.slice(1);
    const basis = `${e.id} onset within ${onset.within}s`;
    const push = (capability: string, expect: Expect, text: string) =>
      cases.push({ capability, test: expect === 'flag' ? 'MFT' : 'DIR', fact: 'onset', expect, text, basis });
    push('onset:minimum', 'flag', `${Names} appear only years after CAR-T infusion.`);
    push('onset:minimum', 'flag', `After CAR-T, ${names} do not develop until years after treatment.`);
    push('onset:window', 'flag', `${Names} never show up in the first months after CAR-T infusion.`);
    push('onset:minimum', 'clean', `${Names} can appear within ${onset.within}s of CAR-T infusion.`);
    push('onset:minimum', 'clean', `${Names} may also appear years after CAR-T infusion.`);
    push(
      'onset:window',
      'clean',
      `In this series, ${names} did not appear in the first 2 ${onset.within}s after CAR-T.`,
    );
  }
  return cases;
}

/**
 * A drug a product's REMS required on site, stated as required after the REMS ended (flagged), and as told before
 * that end, as ended, or as a precaution (clean).
 */
function onSiteDrugCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const p of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const rems = p.rems;
    if (!rems || rems.unverified || p.unverified || !rems.eliminated || rems.eliminated > kb.asOf) continue;
    for (const record of rems.onSite ?? []) {
      const drug = kb.entities.get(record.drug);
      if (record.unverified || !drug) continue;
      const basis = `products.json#${p.id} rems onSite ${drug.id} until ${rems.eliminated}`;
      const s = displayName(p);
      const ended = year(rems.eliminated);
      const push = (capability: string, expect: Expect, text: string) =>
        cases.push({ capability, test: expect === 'flag' ? 'MFT' : 'DIR', fact: 'on-site-drug', expect, text, basis });
      push('on-site-drug:must', 'flag', `Centres giving ${s} must keep ${drug.name} on site before each infusion.`);
      push('on-site-drug:required', 'flag', `The FDA still requires hospitals to have ${drug.name} on hand for ${s}.`);
      push('on-site-drug:must', 'clean', `Until ${ended}, centres giving ${s} had to keep ${drug.name} on site.`);
      push('on-site-drug:required', 'clean', `Centres giving ${s} no longer need to keep ${drug.name} on site.`);
      push('on-site-drug:must', 'clean', `Many centres keep ${drug.name} on site for ${s} patients as a precaution.`);
    }
  }
  return cases;
}

/**
 * A regulator's dated safety action about a risk (the FDA's investigation of T-cell malignancies): dated two years
 * late it is flagged, dated by its month or year, or bounded by "by" a later year, it is not.
 */
function safetyActionCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const frames: Record<string, (risk: string, when: string) => string> = {
    investigation: (risk, when) => `The FDA opened an investigation into ${risk} after CAR-T in ${when}.`,
    'safety-labeling-change-letters': (risk, when) =>
      `The FDA sent safety labeling change letters about ${risk} to the CAR-T sponsors in ${when}.`,
  };
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.unverified) continue;
    for (const a of e.safetyActions ?? []) {
      const frame = frames[a.action];
      if (a.unverified || !frame || a.regulator !== 'FDA') continue;
      const basis = `${e.id} safetyActions ${a.action} = ${a.date}`;
      const [y, m] = a.date.split('-').map(Number);
      const month = MONTH_NAMES[m! - 1]!;
      const push = (capability: string, expect: Expect, text: string) =>
        cases.push({ capability, test: expect === 'flag' ? 'MFT' : 'DIR', fact: 'safety-action', expect, text, basis });
      push('safety-action:year', 'flag', frame(e.name, String(y! + 2)));
      push('safety-action:month', 'flag', frame(e.name, `${month} ${y! - 1}`));
      push('safety-action:year', 'clean', frame(e.name, String(y)));
      push('safety-action:month', 'clean', frame(e.name, `${month} ${y}`));
      push('safety-action:year', 'clean', `${frame(e.name, String(y! + 1)).replace(/ in \d{4}\.$/, '')} by ${y! + 1}.`);
    }
  }
  return cases;
}

/**
 * A treatment ranked for a syndrome under its heading or in its table row: a drug recorded as not approved or not
 * recommended for it is flagged, one recorded as its mainstay is not.
 */
function syndromeTreatmentCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const drugs = [...kb.entities.values()].filter((e) => e.type === 'drug' && !e.unverified && !e.parents?.length);
  for (const syndrome of [...kb.entities.values()].filter((e) => e.type === 'syndrome' && !e.unverified)) {
    const usesOf = (statuses: string[]) =>
      drugs.filter((d) => d.uses?.some((u) => u.for === syndrome.id && !u.unverified && statuses.includes(u.status)));
    const wrong = usesOf(['not-approved', 'not-recommended']).find(
      (d) => !d.uses?.some((u) => u.for === syndrome.id && ['mainstay', 'standard'].includes(u.status)),
    );
    const right = usesOf(['mainstay']).at(0);
    if (!wrong || !right) continue;
    const basis = `${wrong.id} uses ${syndrome.id} not approved; ${right.id} mainstay`;
    const name = syndrome.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? syndrome.name;
    const frames: [string, (drug: string) => string][] = [
      ['syndrome-treatment:slide', (drug) => `${name}\n- First-line: ${drug}\n`],
      ['syndrome-treatment:table', (drug) => `| Toxicity | Main treatment |\n| --- | --- |\n| ${name} | ${drug} |\n`],
    ];
    for (const [capability, frame] of frames)
      cases.push(
        { capability, test: 'MFT', fact: 'management', expect: 'flag', text: frame(wrong.name), basis },
        { capability, test: 'DIR', fact: 'management', expect: 'clean', text: frame(right.name), basis },
      );
  }
  return cases;
}

// Post-infusion rules as slides, tables and leaflets word them: a bullet label, a table's first column, an instruction.
const RULE_WORDINGS: Record<string, { labels: string[]; instruction: string; told: string }> = {
  'driving-restriction': {
    labels: ['Driving restriction', 'No driving', 'Do not drive'],
    instruction: 'you must not drive',
    told: 'not to drive',
  },
  'stay-near-center': {
    labels: ['Stay near the treatment center', 'Remain close to the treatment centre', 'Stay close to the hospital'],
    instruction: 'you must stay near the treatment center',
    told: 'to stay near the treatment center',
  },
};
// How a heading or an opening adjunct names the end of the REMS, without its date.
const REMS_END_FRAMES = ['Since the REMS ended', 'After REMS removal', 'Following the end of the REMS'];
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const MONTH_NAMES = MONTHS_LOWER.map(capitalize);

/**
 * A rule whose amount changed on a date (one record until it, one since): said of each product it applies to, in a
 * slide under "<product> in <year>" (a year each record covers whole), in a table whose columns are "Before <month>"
 * and "After <month>" of the change under a caption naming the product, and as a leaflet instruction "as the current
 * label requires". The other record's amount contradicts it.
 */
function rulePeriodCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const weeks = (q: { value?: number; unit?: string }) => `${q.value} ${q.unit}${q.value === 1 ? '' : 's'}`;
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const qs = (e.quantities ?? []).filter((q) => !q.unverified && !q.lifelong && RULE_WORDINGS[q.measure]);
    for (const before of qs.filter((q) => q.until)) {
      const after = qs.find(
        (q) => q.measure === before.measure && q.since === before.until && q.value !== before.value,
      );
      if (!after) continue;
      const wording = RULE_WORDINGS[before.measure]!;
      const change = before.until!;
      const changeYear = year(change)!;
      const month = `${MONTH_NAMES[Number(change.slice(5, 7)) - 1]} ${changeYear}`;
      const basis = `${e.id} quantities ${before.measure}: ${weeks(before)} until ${change}, ${weeks(after)} since`;
      const products = (before.appliesTo ?? []).map((id) => kb.entities.get(id)!).filter((p) => p?.type === 'product');
      products.forEach((p, k) => {
        const name = displayName(p);
        const first = year(
          p.approvals
            ?.filter((a) => a.regulator === 'FDA')
            .map((a) => a.date)
            .sort()[0],
        );
        const label = wording.labels[k % wording.labels.length]!;
        const push = (capability: string, expect: Expect, text: string) =>
          cases.push({
            capability: `rule-period:${capability}`,
            test: 'MFT',
            fact: 'rule-period',
            expect,
            text,
            basis,
          });
        // A year the earlier record covers whole, from the product's approval on; the year after the change.
        if (first !== undefined && first < changeYear) {
          const y = Math.max(first, changeYear - 1);
          push('slide', 'clean', `## ${name} in ${y}\n\n- ${label}: ${weeks(before)}\n`);
          push('slide', 'flag', `## ${name} in ${y}\n\n- ${label}: ${weeks(after)}\n`);
        }
        push('slide', 'clean', `## Going home after ${name} (${changeYear + 1})\n\n- ${label}: ${weeks(after)}\n`);
        push('slide', 'flag', `## Going home after ${name} (${changeYear + 1})\n\n- ${label}: ${weeks(before)}\n`);
        const table = (old: string, now: string) =>
          `Rules after a ${name} infusion\n\n| Rule | Before ${month} | After ${month} |\n|---|---|---|\n| ${label} | ${old} | ${now} |\n`;
        push('table', 'clean', table(weeks(before), weeks(after)));
        push('table', 'flag', table(weeks(before), weeks(before)));
        const leaflet = (q: { value?: number; unit?: string }) =>
          `After your infusion, ${wording.instruction} for ${weeks(q)}, as the current label requires.`;
        if (k === 0) {
          push('leaflet', 'clean', leaflet(after));
          push('leaflet', 'flag', leaflet(before));
        }
        // A fronted year dates the whole sentence: the earlier amount is true in a year the earlier record covers
        // whole, the later one in the year after the change.
        const told = (y: number, q: { value?: number; unit?: string }, verb: string) =>
          `In ${y}, the ${name} label ${verb} patients ${wording.told} for ${weeks(q)} after infusion.`;
        if (first !== undefined && first < changeYear) {
          const y = Math.max(first, changeYear - 1);
          push('fronted-year', 'clean', told(y, before, 'told'));
          push('fronted-year', 'flag', told(y, after, 'told'));
        }
        push('fronted-year', 'clean', told(changeYear + 1, after, 'tells'));
        push('fronted-year', 'flag', told(changeYear + 1, before, 'tells'));
        // The end of the REMS as the frame, when this product's REMS ended on the day the rule changed.
        if (p.rems?.eliminated === change && !p.rems.unverified) {
          const frame = REMS_END_FRAMES[k % REMS_END_FRAMES.length]!;
          push('event-slide', 'clean', `## ${name}: aftercare ${lowerFirst(frame)}\n\n- ${label}: ${weeks(after)}\n`);
          push('event-slide', 'flag', `## ${name}: aftercare ${lowerFirst(frame)}\n\n- ${label}: ${weeks(before)}\n`);
          push('event-sentence', 'clean', `${frame}, ${name} patients are told ${wording.told} for ${weeks(after)}.`);
          push('event-sentence', 'flag', `${frame}, ${name} patients are told ${wording.told} for ${weeks(before)}.`);
        }
        // A duration after "for" measures the predicate before it: the rule named after it is not what it measures.
        push(
          'other-quantity',
          'clean',
          `Blood tests are required for ${weeks(before)} after a ${name} infusion, with advice ${wording.told}.`,
        );
        push(
          'other-quantity',
          'flag',
          `After a ${name} infusion, patients are required ${wording.told} for ${weeks(before)}, with blood tests.`,
        );
        // A header that says "now" dates the row as of the data's date.
        const nowTable = (q: { value?: number; unit?: string }) =>
          `Rules after a ${name} infusion\n\n| Rule | Current label |\n|---|---|\n| ${label} | ${weeks(q)} |\n`;
        push('now-table', 'clean', nowTable(after));
        push('now-table', 'flag', nowTable(before));
        // The record is the FDA label's: another regulator's rule is not judged by it, the US one is.
        const placed = (place: string, q: { value?: number; unit?: string }) =>
          `In ${place}, ${name} patients are now told ${wording.told} for ${weeks(q)} after infusion.`;
        push('regulator', 'clean', placed('the EU', before));
        push('regulator', 'flag', placed('the US', before));
      });
    }
  }
  return cases;
}

/** The next grade after the `k`th whose score range shares no score with it (grade 4's 0 lies in grade 3's 0–2). */
function disjointGrade<G extends { min: number; max: number }>(grades: readonly G[], k: number): G | undefined {
  const g = grades[k]!;
  for (let j = 1; j < grades.length; j++) {
    const o = grades[(k + j) % grades.length]!;
    if (o.max < g.min || o.min > g.max) return o;
  }
  return undefined;
}

const rangeText = (r: { min: number; max: number }, joiner: string) =>
  r.min === r.max ? String(r.min) : `${r.min}${joiner}${r.max}`;

/** Each recorded grade's score range, true, and the next disjoint grade's range as its false twin. */
function* gradeRangeClaims(kb: Knowledge) {
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const ranges = e.gradeRanges;
    if (!ranges || ranges.unverified) continue;
    const syndrome = kb.entities.get(ranges.syndrome);
    const name = syndrome?.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? syndrome?.name;
    const score = e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name;
    if (!name) continue;
    for (const [k, g] of ranges.grades.entries()) {
      const basis = `${e.id} gradeRanges: ${name} grade ${g.grade} = ${g.min}-${g.max}`;
      for (const [r, truth] of [
        [g, true],
        [disjointGrade(ranges.grades, k), false],
      ] as const) {
        if (r) yield { score, name, grade: g.grade, range: rangeText(r, '–'), truth, basis };
      }
    }
  }
}

/** One `grading:<genre>` invariance case of `fact` per call, clean when `truth` holds. */
const gradingCase =
  (cases: Case[], fact: string, truth: boolean, basis: string) =>
  (genre: string, text: string): void => {
    cases.push({ capability: `grading:${genre}`, test: 'INV', fact, expect: truth ? 'clean' : 'flag', text, basis });
  };

/**
 * Each finding a grading system's grade rests on (ASTCT CRS: high-flow oxygen is grade 3 or higher), said of its own
 * grade (clean) and of the grade below (flag), in an abstract, a leaflet, news, a slide bullet, a Markdown table and
 * an HTML table, with the finding also as the subject of "defined" and "makes": capability `grading:<genre>`, fact
 * `grade-criterion`.
 */
function gradeCriterionCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const graded = e.gradeCriteria;
    if (!graded || graded.unverified) continue;
    const syndrome = kb.entities.get(graded.syndrome);
    const name = syndrome?.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? syndrome?.name;
    if (!name) continue;
    for (const c of graded.criteria)
      for (const level of c.levels) {
        const noun = c.terms[0]!;
        const findings = c.counted
          ? [level.min === 1 && level.max === 1 ? `one ${noun}` : level.min === 2 ? `two or more ${noun}s` : undefined]
          : (level.terms ?? []).slice(0, 1).map((t) => `${t} ${noun}`);
        const basis = `${e.id} gradeCriteria: ${c.name} sets ${name} grade ${level.grade} or higher`;
        for (const finding of findings) {
          if (!finding) continue;
          for (const [grade, truth] of [
            [level.grade, true],
            [level.grade - 1, false],
          ] as const) {
            if (grade < 1) continue;
            const add = gradingCase(cases, 'grade-criterion', truth, basis);
            add('abstract', `Results: grade ${grade} ${name} requiring ${finding} occurred in 12 patients.`);
            add('leaflet', `Grade ${grade} ${name} means that you need ${finding}.`);
            add('news', `In the trial, grade ${grade} ${name} requiring ${finding} was rare.`);
            // The finding as the subject of a defining or causative predicate.
            add('abstract', `Methods: per ASTCT 2019, ${finding} defined grade ${grade} ${name}.`);
            add('leaflet', `Needing ${finding} makes the ${name} grade ${grade}.`);
            add('slide', `## Toxicity\n\n- Grade ${grade} ${name}: ${finding}`);
            add('table', `| ${name} grade | ${cap(c.name)} |\n|---|---|\n| ${grade} | ${finding} |`);
            add(
              'html-table',
              `<table><tr><th>${name} grade</th><th>${cap(c.name)}</th></tr><tr><td>${grade}</td><td>${finding}</td></tr></table>`,
            );
          }
        }
      }
  }
  // Each grade's score range in a grading table, the score column first ("| ICE score | ICANS grade |").
  for (const { score, name, grade, range, truth, basis } of gradeRangeClaims(kb)) {
    const add = gradingCase(cases, 'grade-range-table', truth, basis);
    add('table', `| ${score} | ${name} grade |\n|---|---|\n| ${range} | ${grade} |`);
    add(
      'html-table',
      `<table><tr><th>${score}</th><th>${name} grade</th></tr><tr><td>${range}</td><td>${grade}</td></tr></table>`,
    );
    add('slide', `## Grading\n\n- ${score} ${range}\n  - ${name} grade ${grade}`);
  }
  // Each item's points in a score: another item's points contradict it.
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const scored = e.scoreItems;
    if (!scored || scored.unverified) continue;
    const score = e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name;
    for (const item of scored.items) {
      const other = scored.items.find((i) => i.points !== item.points);
      const basis = `${e.id} scoreItems: ${item.name} = ${item.points}`;
      for (const [points, truth] of [
        [item.points, true],
        [other?.points, false],
      ] as const) {
        if (points === undefined) continue;
        const n = points === 1 ? '1 point' : `${points} points`;
        const add = gradingCase(cases, 'score-item', truth, basis);
        add('abstract', `Methods: the ${score} tests ${item.name} (${n}) among its items.`);
        add('leaflet', `In the ${score}, ${item.name} is worth ${n}.`);
        add('slide', `## ${score}\n\n- ${cap(item.name)}: ${n}`);
      }
    }
  }
  return cases;
}

/**
 * The earliest line of therapy each FDA indication allows, where a later approval lowered it (Carvykti in myeloma:
 * after four prior lines in 2022, after one since 2024): the current lowest line is clean and the superseded one
 * flagged, under an "Earliest line" header (Markdown, HTML, dated by the header or the label's year) and in prose
 * ("now approved only after …"); the superseded line stays clean at a year before the change. Capability
 * `line:<genre>`, fact `earliest-line`.
 */
function earliestLineCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const year = kb.asOf.slice(0, 4);
  const after = (n: number) =>
    `after ${n === 1 ? 'one prior line' : `${['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? n} prior lines`}`;
  for (const p of approved) {
    const s = cap(displayName(p));
    const byIndication = new Map<string, NonNullable<Entity['approvals']>>();
    for (const a of (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified && a.date))
      byIndication.set(a.indication, [...(byIndication.get(a.indication) ?? []), a]);
    for (const [id, approvals] of byIndication) {
      const lined = approvals
        .filter((a) => a.minPriorLines !== undefined)
        .sort((a, b) => a.date!.localeCompare(b.date!));
      // Only where every approval states its line and a later one lowered it.
      if (lined.length < 2 || lined.length !== approvals.length) continue;
      const first = lined[0]!;
      const fewest = Math.min(...lined.map((a) => a.minPriorLines!));
      if (fewest < 1 || first.minPriorLines! <= fewest) continue;
      const lowered = lined.find((a) => a.minPriorLines! < first.minPriorLines!)!;
      const before = String(Number(lowered.date!.slice(0, 4)) - 1);
      if (before < first.date!.slice(0, 4)) continue;
      const disease = longName(kb.entities.get(id)!);
      const basis = `products.json#${p.id} approvals (FDA, ${id}) minPriorLines ${first.minPriorLines} (${first.date}) then ${fewest} (${lowered.date})`;
      const add = (genre: string, expect: Expect, text: string) =>
        cases.push({ capability: `line:${genre}`, test: 'INV', fact: 'earliest-line', expect, text, basis });
      for (const [n, expect] of [
        [fewest, 'clean'],
        [first.minPriorLines!, 'flag'],
      ] as const) {
        add(
          'table',
          expect,
          `| Product | Disease | Earliest line |\n|---|---|---|\n| ${s} | ${disease} | ${after(n)} |`,
        );
        add(
          'table-dated',
          expect,
          `| Product | Disease | Earliest line on the ${year} US label |\n|---|---|---|\n| ${s} | ${disease} | ${after(n)} |`,
        );
        add(
          'html-table',
          expect,
          `<table><tr><th>Product</th><th>Disease</th><th>Earliest line</th></tr><tr><td>${s}</td><td>${disease}</td><td>${after(n)}</td></tr></table>`,
        );
        add('leaflet', expect, `${s} is now approved for ${disease} only ${after(n)}.`);
      }
      // The superseded line held before the change.
      add(
        'table-dated',
        'clean',
        `| Product | Disease | Earliest line (${before}) |\n|---|---|---|\n| ${s} | ${disease} | ${after(first.minPriorLines!)} |`,
      );
    }
  }
  return cases;
}

/** Each grade's score range: another grade's range contradicts it. */
function gradeRangeCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const ranges = e.gradeRanges;
    if (!ranges || ranges.unverified) continue;
    const syndrome = kb.entities.get(ranges.syndrome);
    const name = syndrome?.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? syndrome?.name;
    const score = e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name;
    if (!name) continue;
    ranges.grades.forEach((g, k) => {
      const other = disjointGrade(ranges.grades, k);
      const basis = `${e.id} gradeRanges: ${name} grade ${g.grade} = ${g.min}-${g.max}`;
      for (const [r, truth] of [
        [g, true],
        [other, false],
      ] as const) {
        if (!r) continue;
        cases.push(
          ...variants(
            'grade-range',
            basis,
            `${name} grade ${g.grade} corresponds to an ${score} of ${rangeText(r, ' to ')}`,
            truth,
            {
              question: `Does ${name} grade ${g.grade} correspond to an ${score} of ${rangeText(r, ' to ')}?`,
            },
          ),
        );
      }
    });
  }
  return cases;
}

/** Who defined a syndrome or grading system, and when: another record's bodies or another year contradict it. */
function definedByCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const defined = [...kb.entities.values()]
    .filter((e) => e.definedBy && !e.definedBy.unverified)
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const e of defined) {
    const { bodies, year } = e.definedBy!;
    const name = e.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? e.name;
    const basis = `${e.id} definedBy = ${bodies.join('/')} ${year}`;
    const other = defined.find((o) => !o.definedBy?.bodies.some((b) => bodies.includes(b)))?.definedBy?.bodies;
    const statements: [string, boolean][] = [
      [`${name} was defined by the ${bodies.join(' and ')} in ${year}`, true],
      [`${name} was defined by the ${bodies.join(' and ')} in ${Number(year) - 3}`, false],
    ];
    if (other) statements.push([`${name} was defined by the ${other.join(' and ')} in ${year}`, false]);
    for (const [statement, truth] of statements)
      cases.push(
        ...variants('defined-by', basis, statement, truth, {
          question: `Was ${statement.slice(0, 1).toLowerCase()}${statement.slice(1).replace(' was defined', ' defined')}?`,
        }),
      );
  }
  return cases;
}

/** Trials and the products they studied: another approved product named with the trial contradicts the record. */
function trialCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const trials = kb
    .byType('trial')
    .filter((t) => t.trial?.products.length && !t.trial.unverified && !t.unverified)
    .sort((a, b) => a.id.localeCompare(b.id));
  trials.forEach((t, seed) => {
    const studied = t
      .trial!.products.map((id) => kb.entities.get(id))
      .filter((p): p is Entity => p?.type === 'product');
    if (!studied.length) return;
    const other = pick(
      approved.filter((p) => !t.trial!.products.includes(p.id)),
      seed,
      1,
    )[0];
    const basis = `trials.json#${t.id} trial.products = ${t.trial!.products.join(', ')}`;
    const name = displayName(t);
    for (const [p, truth] of [[studied[0]!, true], ...(other ? [[other, false] as const] : [])] as const) {
      const s = displayName(p);
      cases.push(
        ...variants('trial', basis, `${name} tested ${s}`, truth, {
          negated: truth ? undefined : `${name} did not test ${s}`,
          question: `Did ${name} test ${s}?`,
          slide: `${name}: ${s}`,
          table: `| Pivotal trial | Product |\n| --- | --- |\n| ${name} | ${s} |`,
        }),
        {
          capability: 'genre:abstract',
          test: 'INV',
          fact: 'trial',
          expect: truth ? 'clean' : 'flag',
          text: `In the ${name} study, ${s} induced durable responses.`,
          basis,
        },
      );
    }
  });
  return cases;
}

/** Approved cell and gene therapies outside the CAR-T/TCR-T/TIL record are not CAR-Ts (Casgevy, Ryoncil …). */
function neighbourClassCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const classOf = (m: string) => kb.byType('therapy-class').find((c) => c.classModality === m);
  // The class itself, not a subclass of it ("allogeneic CAR T-cell therapy").
  // The class itself, not its subclass "allogeneic CAR T-cell therapy".
  const carT = kb.byType('therapy-class').find((c) => c.id === 'car-t');
  if (!carT) return cases;
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    if (p.status !== 'fda-approved' || !p.modality || p.unverified || kb.completeFdaModalities.has(p.modality))
      continue;
    const own = classOf(p.modality);
    if (!own) continue;
    const s = displayName(p);
    const basis = `products.json#${p.id} modality = ${p.modality}`;
    cases.push(
      ...variants('neighbour-class', basis, `${s} is ${an(own.name)}`, true, { question: `Is ${s} ${an(own.name)}?` }),
      ...variants('neighbour-class', basis, `${s} is ${an(carT.name)}`, false, {
        negated: `${s} is not ${an(carT.name)}`,
        question: `Is ${s} ${an(carT.name)}?`,
        slide: `${s}: ${carT.name}`,
      }),
    );
  }
  // A possessive appositive on the subject says the class of its head as "a" or "the" does; a product's own class
  // is its record, whether or not its modality's approvals are complete.
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    const own = p.modality && p.modality !== 'car-t' ? classOf(p.modality) : undefined;
    const company = sponsorOf(p);
    if (p.status !== 'fda-approved' || p.unverified || !own || !company) continue;
    for (const [name, expect] of [
      [own.name, 'clean'],
      [carT.name, 'flag'],
    ] as const)
      cases.push({
        capability: 'apposition-possessive',
        test: 'DIR',
        fact: 'neighbour-class',
        expect,
        text: `${cap(displayName(p))}, ${company}'s ${name}, reaches more treatment centres this year.`,
        basis: `products.json#${p.id} modality = ${p.modality}`,
      });
  }
  return cases;
}

/**
 * Safety, REMS by date, post-infusion rules, grading, manufacturing and "firsts" as writers of each genre put
 * them (leaflet, press release, news, abstract, slide): capability `safety-genre:<genre>`, fact kinds of their own.
 */
function safetyGenreCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const add = (genre: string, fact: string, truth: boolean, text: string, basis: string) =>
    cases.push({
      capability: `safety-genre:${genre}`,
      test: 'INV',
      fact,
      expect: truth ? 'clean' : 'flag',
      text,
      basis,
    });
  const month = (date: string) =>
    `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  for (const p of approved) {
    const s = cap(displayName(p));
    const rems = p.rems && !p.rems.unverified ? p.rems : undefined;
    const ended = rems?.atApproval && rems.eliminated && rems.eliminated <= kb.asOf ? rems.eliminated : undefined;
    const first = fdaDates(p)[0];
    if (ended && first) {
      const basis = `products.json#${p.id} rems: from approval (${first}) until ${ended}`;
      const y = year(ended)!;
      const wrong = Math.max(year(first)! + 1, y - 2);
      // Said as if the REMS still applied.
      add('leaflet', 'rems-date', false, `${s} can only be given at a REMS-certified treatment center.`, basis);
      add(
        'press-release',
        'rems-date',
        false,
        `${s} is available only through a restricted program under a REMS.`,
        basis,
      );
      add('news', 'rems-date', false, `The FDA continues to require a REMS for ${displayName(p)}.`, basis);
      add('abstract', 'rems-date', false, `${s} is currently administered under a REMS.`, basis);
      add('slide', 'rems-date', false, `# Safety\n\n- ${s} still requires a REMS`, basis);
      add('leaflet', 'rems-date', true, `Since ${month(ended)}, ${displayName(p)} no longer requires a REMS.`, basis);
      add('news', 'rems-date', true, `The REMS for ${displayName(p)} ended in ${month(ended)}.`, basis);
      cases.push({
        capability: 'question',
        test: 'INV',
        fact: 'rems-date',
        expect: 'clean',
        text: `Does ${displayName(p)} still require a REMS?`,
        basis,
      });
      // The REMS ended in the wrong year, or in the right one.
      add('news', 'rems-date', false, `The FDA removed the REMS for ${displayName(p)} in ${wrong}.`, basis);
      add(
        'press-release',
        'rems-date',
        false,
        `In ${wrong}, the FDA eliminated the REMS requirement for ${displayName(p)}.`,
        basis,
      );
      add('abstract', 'rems-date', false, `The REMS for ${displayName(p)} was lifted in ${wrong}.`, basis);
      add('news', 'rems-date', true, `The FDA removed the REMS for ${displayName(p)} in ${y}.`, basis);
      add(
        'press-release',
        'rems-date',
        true,
        `In ${month(ended)}, the FDA eliminated the REMS requirement for ${displayName(p)}.`,
        basis,
      );
      // A past REMS told as history stays clean.
      if (year(first)! < y)
        add('abstract', 'rems-date', true, `In ${year(first)}, ${displayName(p)} was approved with a REMS.`, basis);
    }
    const warnings = (p.boxedWarnings ?? []).filter((w) => !w.unverified);
    if (warnings.length) {
      const basis = `products.json#${p.id} boxedWarnings`;
      add('leaflet', 'boxed-warning', false, `${s} does not have a boxed warning.`, basis);
      add('press-release', 'boxed-warning', false, `${s} carries no black box warning.`, basis);
      add('abstract', 'boxed-warning', false, `No boxed warning applies to ${displayName(p)}.`, basis);
      add('news', 'boxed-warning', false, `The FDA removed the boxed warning for ${displayName(p)}.`, basis);
      add('leaflet', 'boxed-warning', true, `${s} has a boxed warning, the FDA's most serious kind of warning.`, basis);
      if (ended)
        add(
          'news',
          'boxed-warning',
          true,
          `The FDA removed the REMS for ${displayName(p)} but kept its boxed warning.`,
          basis,
        );
    }
    // Manufacturing: origin and vector as lay writers put them.
    const design = p.design;
    if (design?.origin === 'autologous') {
      const basis = `products.json#${p.id} design.origin = autologous`;
      add('leaflet', 'manufacturing-genre', true, `${s} is made from your own T cells.`, basis);
      add('leaflet', 'manufacturing-genre', false, `${s} is made from a healthy donor's T cells.`, basis);
      add('press-release', 'manufacturing-genre', false, `${s} is an off-the-shelf, allogeneic cell therapy.`, basis);
    }
    if (design?.vector === 'lentiviral' || design?.vector === 'gamma-retroviral') {
      const basis = `products.json#${p.id} design.vector = ${design.vector}`;
      const right = design.vector === 'lentiviral' ? 'lentiviral' : 'gammaretroviral';
      const wrong = design.vector === 'lentiviral' ? 'gammaretroviral' : 'lentiviral';
      add('abstract', 'manufacturing-genre', true, `${s} is manufactured by ${right} transduction of T cells.`, basis);
      add('abstract', 'manufacturing-genre', false, `${s} is manufactured by ${wrong} transduction of T cells.`, basis);
      add('news', 'manufacturing-genre', false, `${s} uses a ${wrong} vector to deliver the CAR gene.`, basis);
    }
    if (design?.geneEdited === false && design.vector) {
      const basis = `products.json#${p.id} design.geneEdited = false`;
      add('news', 'manufacturing-genre', false, `${s} is a gene-edited CAR-T therapy.`, basis);
      add('abstract', 'manufacturing-genre', false, `${s} T cells are gene-edited with CRISPR.`, basis);
    }
  }
  // Post-infusion rules by period: the value before the REMS ended, and after.
  for (const e of [...kb.entities.values()].sort((a, b) => a.id.localeCompare(b.id)))
    for (const q of e.quantities ?? []) {
      if (q.unverified || !q.appliesTo || q.unit !== 'week') continue;
      const what: Record<string, string> = {
        'driving-restriction': 'not drive',
        'stay-near-center': 'stay near the treatment center',
      };
      const past: Record<string, string> = {
        'driving-restriction': 'avoid driving',
        'stay-near-center': 'stay near the treatment center',
      };
      const rule = what[q.measure];
      if (!rule) continue;
      const other = (e.quantities ?? []).find((o) => o.measure === q.measure && o !== q && !o.unverified);
      if (!other) continue;
      const product = q.appliesTo.map((id) => kb.entities.get(id)!).find((x) => x.type === 'product');
      if (!product) continue;
      const s = displayName(product);
      const basis = `${e.id} quantities ${q.measure} = ${q.value} weeks ${q.until ? `until ${q.until}` : `since ${q.since}`}`;
      if (q.since && q.since <= kb.asOf && !q.until) {
        add('leaflet', 'post-infusion', true, `After ${s}, you must ${rule} for ${q.value} weeks.`, basis);
        add('leaflet', 'post-infusion', false, `After ${s}, you must ${rule} for ${other.value} weeks.`, basis);
        add(
          'news',
          'post-infusion',
          false,
          `Patients treated with ${s} must still ${rule} for ${other.value} weeks after infusion.`,
          basis,
        );
      }
      if (q.until) {
        const y = year(q.until)!;
        add(
          'abstract',
          'post-infusion',
          true,
          `Until ${y}, ${s} patients had to ${past[q.measure]} for ${q.value} weeks after infusion.`,
          basis,
        );
        add(
          'abstract',
          'post-infusion',
          false,
          `Until ${y}, ${s} patients had to ${past[q.measure]} for ${other.value} weeks after infusion.`,
          basis,
        );
      }
    }
  // Grading: each grade's score range in a leaflet, a slide and a table row.
  for (const { score, name, grade, range, truth, basis } of gradeRangeClaims(kb)) {
    add('slide', 'grading', truth, `# ${name} grading\n\n- Grade ${grade}: ${score} ${range}`, basis);
    add('slide', 'grading', truth, `# Grading\n\n- Grade ${grade} ${name}: ${score} ${range}`, basis);
    add('abstract', 'grading', truth, `An ${score} of ${range} defines grade ${grade} ${name}.`, basis);
  }
  // "Firsts" in press releases and news.
  for (const p of approved)
    for (const f of (p.firsts ?? []).filter((f) => !f.unverified && /\bapproved\b/.test(f.text))) {
      const basis = `products.json#${p.id} firsts: ${f.text}`;
      const other = approved.find(
        (q) => q !== p && q.modality === p.modality && !(q.firsts ?? []).some((g) => g.text === f.text),
      );
      add('press-release', 'first-genre', true, `${cap(displayName(p))} became the first ${f.text}.`, basis);
      add('news', 'first-genre', true, `${cap(displayName(p))}, the first ${f.text}, remains widely used.`, basis);
      if (other) {
        add('press-release', 'first-genre', false, `${cap(displayName(other))} became the first ${f.text}.`, basis);
        add(
          'news',
          'first-genre',
          false,
          `${cap(displayName(other))}, the first ${f.text}, is now widely used.`,
          basis,
        );
      }
    }
  return cases;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Each product's FDA-approved diseases in order of first approval, with their first dates (verified records only). */
function diseasesInOrder(kb: Knowledge, p: Entity): { id: string; date: string }[] | undefined {
  if (!p.modality || !kb.completeFdaModalities.has(p.modality)) return undefined;
  const approvals = (p.approvals ?? []).filter((a) => a.regulator === 'FDA');
  if (!approvals.length || approvals.some((a) => a.unverified || !a.date)) return undefined;
  const firsts = new Map<string, string>();
  for (const a of [...approvals].sort((x, y) => (x.date! < y.date! ? -1 : 1)))
    if (!firsts.has(a.indication)) firsts.set(a.indication, a.date!);
  return [...firsts].map(([id, date]) => ({ id, date }));
}

/**
 * A disease's rank among a product's FDA-approved diseases ("MZL is Breyanzi's fifth cancer type"), by first
 * approval: the true rank stays clean, the rank before or after it is flagged; a pronoun for the sentence's one
 * product, a hedge and another regulator keep their readings.
 */
function indicationRankCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const add = (capability: string, truth: boolean, text: string, basis: string, test: Case['test'] = 'MFT') =>
    cases.push({ capability, test, fact: 'indication-count', expect: truth ? 'clean' : 'flag', text, basis });
  for (const p of approved) {
    const order = diseasesInOrder(kb, p);
    if (!order || order.length < 2) continue;
    const s = displayName(p);
    order.forEach(({ id, date }, r) => {
      // A disease sharing its first date with another has two ranks: left out.
      if (order.some((o, k) => k !== r && o.date === date)) return;
      const name = cap(longName(kb.entities.get(id)!));
      const basis = `products.json#${p.id} FDA diseases by first approval: ${order.map((o) => `${o.id} ${o.date}`).join(', ')}`;
      const wrong = r + 1 < order.length ? r + 1 : r - 1;
      add('rank', true, `${name} is ${s}'s ${ORDINAL_WORDS[r]} FDA-approved cancer type.`, basis);
      add('rank', false, `${name} is ${s}'s ${ORDINAL_WORDS[wrong]} FDA-approved cancer type.`, basis, 'DIR');
      const lower = longName(kb.entities.get(id)!);
      add(
        'rank:pronoun',
        true,
        `The FDA approved ${s} for ${lower} in ${year(date)}, its ${ORDINAL_WORDS[r]} cancer type.`,
        basis,
        'INV',
      );
      add(
        'rank:pronoun',
        false,
        `The FDA approved ${s} for ${lower} in ${year(date)}, its ${ORDINAL_WORDS[wrong]} cancer type.`,
        basis,
        'DIR',
      );
      add('hedge', true, `${name} may become ${s}'s ${ORDINAL_WORDS[wrong]} cancer type.`, basis, 'INV');
      add(
        'regulator',
        true,
        `In Japan, ${lower} is ${s}'s ${ORDINAL_WORDS[wrong]} approved cancer type.`,
        basis,
        'INV',
      );
    });
  }
  return cases;
}

/**
 * A slide whose top heading dates it ("# Tumour board, December 2020" over "## Yescarta" over "- Approved for
 * follicular lymphoma"): the bullet is judged as of that date. Before the disease's first approval it is flagged;
 * after it, clean.
 */
function headingPeriodCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const asOf = year(kb.asOf)!;
  for (const p of approved) {
    const order = diseasesInOrder(kb, p);
    if (!order) continue;
    for (const { id, date } of order.slice(1)) {
      const y = year(date)!;
      const name = longName(kb.entities.get(id)!);
      const basis = `products.json#${p.id} FDA approval for ${id} on ${date}`;
      const slide = (when: string) => `# Tumour board, ${when}\n\n## ${displayName(p)}\n\n- Approved for ${name}`;
      cases.push({
        capability: 'period:heading',
        test: 'DIR',
        fact: 'approval',
        expect: 'flag',
        text: slide(`December ${y - 1}`),
        basis,
      });
      if (y + 1 < asOf)
        cases.push({
          capability: 'period:heading',
          test: 'MFT',
          fact: 'approval',
          expect: 'clean',
          text: slide(`January ${y + 1}`),
          basis,
        });
    }
  }
  return cases;
}

/**
 * "In 2019, Kymriah was approved only for …" states what the label covered through that year, not an approval dated
 * then: the product's only disease in a full year before its second stays clean; a disease not yet approved in that
 * year is flagged.
 */
function stateAtTimeCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  for (const p of approved) {
    const order = diseasesInOrder(kb, p);
    if (!order || order.length < 2) continue;
    const [first, second] = order as [{ id: string; date: string }, { id: string; date: string }];
    const y = year(first.date)! + 1;
    if (y >= year(second.date)!) continue;
    const basis = `products.json#${p.id} FDA diseases: ${first.id} ${first.date}, then ${second.id} ${second.date}`;
    const say = (id: string) => `In ${y}, ${displayName(p)} was approved only for ${longName(kb.entities.get(id)!)}.`;
    cases.push({
      capability: 'period:state',
      test: 'MFT',
      fact: 'approval',
      expect: 'clean',
      text: say(first.id),
      basis,
    });
    cases.push({
      capability: 'period:state',
      test: 'DIR',
      fact: 'approval',
      expect: 'flag',
      text: say(second.id),
      basis,
    });
  }
  return cases;
}

/** A full form's words: lower-cased, split at spaces, hyphens and dashes, without articles or punctuation. */
const formWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !['a', 'an', 'the'].includes(w));

/**
 * What an abbreviation stands for: each abbreviation whose recorded full form (a synonym or the name) spells it
 * by its word initials, stated right, with its last word swapped for another form's last word of the same initial
 * (the swap keeps the spelling; heads a writer may interchange, data/lexicon/expansion-equivalent-heads, are not
 * swapped), and the swap denied. A parenthesis defines a sense for the document: the right form there stays clean.
 */
function expansionCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const spells = (letters: string, words: string[]) => {
    if (words[0]?.[0] !== letters[0]) return false;
    let k = 1;
    for (const w of words.slice(1)) if (w[0] === letters[k]) k++;
    return k >= letters.length;
  };
  const entries: { abbreviation: string; form: string; words: string[]; basis: string }[] = [];
  for (const e of kb.entities.values()) {
    if (e.unverified) continue;
    const named = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(e.name);
    const texts = [
      ...(e.aliases ?? []).filter((a) => a.kind === 'synonym' && !a.unverified).map((a) => a.text),
      ...(named ? [named[1]!, named[2]!] : [e.name]),
    ];
    for (const a of e.aliases ?? []) {
      if (a.kind !== 'abbreviation' || a.unverified) continue;
      const letters = a.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      const form = texts.find((t) => spells(letters, formWords(t)) && formWords(t).length >= 2);
      if (form)
        entries.push({ abbreviation: a.text, form, words: formWords(form), basis: `${e.id} ${a.text} = ${form}` });
    }
  }
  const equivalent = new Set(
    (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data/lexicon/expansion-equivalent-heads.json'), 'utf8')) as {
        patterns: { pattern: string }[];
      }
    ).patterns.map((p) => p.pattern),
  );
  const heads = [...new Set(entries.map((x) => x.words[x.words.length - 1]!))].filter((h) => !equivalent.has(h)).sort();
  for (const { abbreviation: x, form, words, basis } of entries) {
    const head = words[words.length - 1]!;
    const other = heads.find((h) => h[0] === head[0] && h.length >= 4 && !h.startsWith(head.slice(0, 3)));
    const wrong = other && !equivalent.has(head) ? form.replace(new RegExp(`${head}$`, 'i'), other) : form;
    const judged = wrong !== form && head.length >= 4 && words.filter((w) => w.length >= 4).length >= 2;
    const said = (capability: string, text: (f: string) => string): Case[] => [
      { capability, test: 'MFT', fact: 'expansion', expect: 'clean', text: text(form), basis },
      ...(judged
        ? [{ capability, test: 'MFT' as const, fact: 'expansion', expect: 'flag' as const, text: text(wrong), basis }]
        : []),
    ];
    cases.push(
      ...said('expansion:stands-for', (f) => `${x} stands for ${f}.`),
      ...said('expansion:short-for', (f) => `${x}, short for ${f}, is described in the report.`),
    );
    // Not judged: the swap denied, or given in a parenthesis (a sense defined for the document).
    if (judged)
      cases.push(
        {
          capability: 'expansion:stands-for',
          test: 'DIR',
          fact: 'expansion',
          expect: 'clean',
          text: `${x} does not stand for ${wrong}.`,
          basis,
        },
        {
          capability: 'expansion:short-for',
          test: 'INV',
          fact: 'expansion',
          expect: 'clean',
          text: `The report describes ${wrong} (${x}) in detail.`,
          basis,
        },
      );
  }
  return cases;
}
