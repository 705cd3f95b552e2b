import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryForms, type LexiconData } from '../../scripts/inflect';
import { checkClaims } from '../../server/src/claims/engine';
import { RELATIONS } from '../../server/src/claims/relations/all.generated';
import { lexicon } from '../../server/src/claims/lexicon';
import { analyze } from '../../server/src/document/analysis';
import { displayName, readKnowledge } from '../checklist/knowledge';
import { doc, service } from '../helpers/service';

// CheckList-style crossing of a relation's cue lexicon with the knowledge base (issue 12): every entry of the lexicon,
// in the frame its form takes, with every FDA-approved product the knowledge base records the fact for, once true
// (must stay clean) and once false (must be flagged). An entry added to a lexicon is tested on every product, not
// on the one sentence it was added for.

const knowledge = readKnowledge();
const index = service().index;
/** Whether the claim check flags `text`, by `relation` when one is named. */
const flagged = (text: string, relation?: string) =>
  checkClaims(analyze(doc(text), index), index, RELATIONS).some((r) =>
    r.findings.some((f) => !relation || f.relation === relation),
  );
const patterns = (name: string) =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);

/** The tense of each phrase a lexicon stands for (scripts/inflect.ts): a lemma's forms are base, -s, past (and
 * participle where it differs) and -ing; a phrase kept as written has none. */
function formsOf(name: string): { cue: string; form?: 'base' | 's' | 'past' | 'participle' | 'ing' }[] {
  const data = JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as LexiconData;
  return data.patterns.flatMap((entry) => {
    const forms = entryForms(entry, data.inflect);
    if (forms.length === 1) return [{ cue: forms[0]! }];
    const kinds = ['base', 's', 'past', forms.length === 5 ? 'participle' : 'ing', 'ing'] as const;
    return forms.map((cue, i) => ({ cue, form: kinds[i] }));
  });
}

/** A clause whose verb is `cue`, in the frame its form needs: "works by finding", "is designed to find", "is a CAR-T
 * targeting", "is directed at", "Kymriah cells target", "Kymriah targets", "Kymriah cells went after", "Kymriah
 * cells have gone after". */
function targetClause(product: string, cue: string, antigen: string, form?: string): string {
  const [first = ''] = cue.split(' ');
  if (form === 'past') return `${product} cells ${cue} ${antigen} on cancer cells.`;
  if (form === 'participle') return `${product} cells have ${cue} ${antigen} on cancer cells.`;
  if (first === 'by') return `${product} works ${cue} ${antigen} on cancer cells.`;
  if (first === 'to') return `${product} is designed ${cue} ${antigen} on cancer cells.`;
  if (first.endsWith('ing')) return `${product} is a CAR-T ${cue} ${antigen}.`;
  if (first.endsWith('ed')) return `${product} is ${cue}${cue.includes(' ') ? '' : ' to'} ${antigen}.`;
  if (/[^s]s$/.test(first)) return `${product} ${cue} ${antigen} on cancer cells.`;
  return `${product} cells ${cue} ${antigen} on cancer cells.`;
}

describe('target-cues crossed with every approved product (true and false)', () => {
  const products = knowledge
    .byType('product')
    .filter((p) => p.status === 'fda-approved' && p.design?.targets?.length && !p.design.unverified);
  const antigens = [...new Set(products.flatMap((p) => p.design?.targets ?? []))].map((id) => ({
    id,
    name: knowledge.entities.get(id)!.aliases!.find((a) => a.kind === 'abbreviation')?.text ?? id.toUpperCase(),
  }));
  it('has products with two or more distinct recorded targets to cross', () => {
    assert.ok(products.length >= 5 && antigens.length >= 2);
  });
  for (const { cue, form } of formsOf('target-cues')) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const product of products) {
        for (const antigen of antigens) {
          const text = targetClause(displayName(product), cue, antigen.name, form);
          const expected = !product.design!.targets!.includes(antigen.id);
          if (flagged(text, 'target') !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});

/** A clause of use in the frame its form needs: "Kymriah is given for", "Kymriah and Yescarta are used after". */
function useClause(products: readonly [string, string], cue: string, condition: string): string {
  const subject = cue.startsWith('are ') ? `${products[0]} and ${products[1]}` : products[0];
  return cue.endsWith(' after')
    ? `${subject} ${cue} earlier treatment for ${condition}.`
    : `${subject} ${cue} ${condition}.`;
}

describe('product-use-cues crossed with every approved CAR-T (a recorded and an unrecorded indication)', () => {
  const cars = knowledge
    .byType('product')
    .filter((p) => p.status === 'fda-approved' && p.modality === 'car-t' && p.design?.targets?.length);
  const fda = (p: (typeof cars)[number]) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA');
  const related = (a: string, b: string) => knowledge.lineage(a).has(b) || knowledge.lineage(b).has(a);
  const name = (id: string) => knowledge.entities.get(id)!.aliases?.find((a) => a.kind === 'synonym')?.text ?? id;
  // For each product: one recorded indication another product shares (so "X and Y are used for" is true of both), and
  // the first indication of a product with another target that none of its approvals is related to.
  const cases = cars.flatMap((product) => {
    const own = fda(product).map((a) => a.indication);
    const partner = cars.find((o) => o !== product && fda(o).some((a) => own.includes(a.indication)));
    const shared = partner && own.find((i) => fda(partner).some((a) => a.indication === i));
    const other = cars
      .filter((o) => o.design!.targets![0] !== product.design!.targets![0])
      .map((o) => fda(o)[0]!.indication)
      .find((i) => !own.some((mine) => related(mine, i)));
    return partner && shared && other
      ? [{ products: [displayName(product), displayName(partner)] as const, shared, other }]
      : [];
  });
  it('has approved CAR-Ts with a shared recorded indication and an unrecorded one', () => {
    assert.ok(cases.length >= 5, cases.map((c) => c.products[0]).join(', '));
  });
  for (const cue of patterns('product-use-cues')) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const { products, shared, other } of cases) {
        const truth = useClause(products, cue, name(shared));
        const falsehood = useClause(products, cue, name(other));
        if (flagged(truth)) wrong.push(`false alarm: ${truth}`);
        if (!flagged(falsehood)) wrong.push(`missed: ${falsehood}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

/** A clause saying a product is made from donor cells in the words of `cue`, in the frame its form needs. */
function donorClause(product: string, cue: string): string {
  // The words drop a possessive's "'s": "another person t cells" is written "another person's T cells".
  const cells = cue
    .replace(/^(another person|someone else|other people) (?=(?:t )?cells)/, "$1's ")
    .replace(/\bt cells\b/, 'T cells');
  if (/^(?:allogen|off the shelf|donor derived)/.test(cue))
    return `${product} is an ${cue.replace(/ /g, '-')} product.`;
  if (cue.startsWith('from ')) return `${product} uses T cells ${cue}.`;
  if (cue.startsWith('of ')) return `${product} is made from the T cells ${cue}.`;
  if (cue.endsWith(' by')) return `${product} is made from T cells ${cue} healthy people.`;
  return `${product} is made from ${cells}.`;
}

describe('design-allogeneic crossed with every FDA-approved product whose origin is recorded', () => {
  const products = knowledge
    .byType('product')
    .filter((p) => p.status === 'fda-approved' && p.design?.origin && !p.design.unverified);
  it('has autologous and allogeneic products to cross', () => {
    assert.ok(products.some((p) => p.design!.origin === 'allogeneic'));
    assert.ok(products.filter((p) => p.design!.origin === 'autologous').length >= 7);
  });
  for (const cue of patterns('design-allogeneic')) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const product of products) {
        const text = donorClause(displayName(product), cue);
        const expected = product.design!.origin === 'autologous';
        if (flagged(text, 'design') !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('prior-therapy: every required prior therapy of every FDA approval, denied and stated', () => {
  const cases = knowledge.byType('product').flatMap((product) => {
    const fda = (product.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
    return fda.flatMap((approval) =>
      (approval.priorTherapies ?? [])
        // Required by every approval for the same indication, named as the record names it (parentheses dropped).
        .filter((t) =>
          fda.filter((a) => a.indication === approval.indication).every((a) => a.priorTherapies?.includes(t)),
        )
        .map((t) => ({
          product: displayName(product),
          indication: knowledge.entities.get(approval.indication)!.name,
          therapy: t.replace(/\s*\(.*?\)/g, ''),
          // "(if BRAF V600 mutation-positive)": required of some patients only, so its denial is not false.
          conditional: /\bif\b/.test(t),
        })),
    );
  });
  it('has required prior therapies to cross', () => assert.ok(cases.length >= 5));
  const unique = [...new Map(cases.map((c) => [`${c.product}, ${c.indication}: ${c.therapy}`, c])).values()];
  for (const { product, indication, therapy, conditional } of unique) {
    it(`${product}, ${indication}: ${therapy}`, () => {
      const denied = `${product} is approved for ${indication} in patients who never had a prior ${therapy}.`;
      const stated = `${product} is approved for ${indication} in patients who had a prior ${therapy}.`;
      assert.equal(flagged(denied, 'prior-therapy'), !conditional, denied);
      assert.equal(flagged(stated), false, stated);
    });
  }
});

/** A clause in which `company` develops or markets `product`, in the frame the cue's form needs: "Kite sells",
 * "Kite sold", "Kite is selling" (active), "Yescarta is distributed by Kite" (a link's passive). A bare base form
 * needs a plural subject, which one company is not: it is crossed through its other forms. */
function sponsorClause(company: string, product: string, cue: string, form?: string): string | undefined {
  if (cue.endsWith(' by')) return `${product} is ${cue} ${company}.`;
  if (form === 's' || form === 'past') return `${company} ${cue} ${product} in the United States.`;
  if (form === 'ing') return `${company} is ${cue} ${product} in the United States.`;
  return undefined;
}

describe('sponsor frame verbs and passive links crossed with every FDA-approved product whose sponsor is recorded', () => {
  const shortName = (name: string) => name.split(/,|\s\(/)[0]!.trim();
  // The server's entities: the checklist's reader does not type sponsors.
  const products = [...index.entities()].filter(
    (p) => p.type === 'product' && p.status === 'fda-approved' && p.sponsors?.some((s) => !s.until),
  );
  const cases = products.flatMap((product) => {
    const own = product.sponsors!.map((s) => s.name.toLowerCase());
    const current = shortName(product.sponsors!.find((s) => !s.until)!.name);
    // A company the record gives another product and this one in none of its sponsors' names.
    const other = products
      .flatMap((p) => p.sponsors!.map((s) => shortName(s.name)))
      .find((name) => !own.some((o) => o.includes(name.toLowerCase())));
    return other ? [{ product: product.name, current, other }] : [];
  });
  it('has products with a current sponsor and another company to cross', () => assert.ok(cases.length >= 7));
  const cues: ReturnType<typeof formsOf> = [
    ...formsOf('making-verbs'),
    ...formsOf('sponsor-frame-verbs'),
    ...formsOf('sponsor-links').filter(({ cue }) => cue.endsWith(' by')),
    // The passives the sponsor relation composes from the class of making: "manufactured by", "built by".
    ...formsOf('making-verbs')
      .filter(({ form }) => form === 'past' || form === 'participle')
      .map(({ cue }) => ({ cue: `${cue} by` })),
  ];
  for (const { cue, form } of cues) {
    if (!sponsorClause('x', 'y', cue, form)) continue;
    it(cue, () => {
      const wrong: string[] = [];
      for (const { product, current, other } of cases) {
        const truth = sponsorClause(current, product, cue, form)!;
        const falsehood = sponsorClause(other, product, cue, form)!;
        if (flagged(truth, 'sponsor')) wrong.push(`false alarm: ${truth}`);
        if (!flagged(falsehood, 'sponsor')) wrong.push(`missed: ${falsehood}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

/** A clause calling `syndrome` rare after `therapy` in the words of `cue`, in the frame its form needs: an adverb after
 * "occurs", a superlative after "the", any other adjective after "a". */
function rarityClause(syndrome: string, therapy: string, cue: string, denied: boolean): string {
  const not = denied ? ' not' : '';
  if (/ly$|^seldom$|often$/.test(cue))
    return `${syndrome} ${denied ? 'does not occur' : 'occurs'} ${cue} after ${therapy}.`;
  const article = /est$|^least /.test(cue) ? 'the' : 'a';
  return `${syndrome} is${not} ${article} ${cue} adverse event after ${therapy}.`;
}

describe('frequency-rare-words crossed with every syndrome whose frequency is recorded (stated and denied)', () => {
  const syndromes = [...index.entities()].filter((e) => e.frequency && !e.frequency.unverified);
  it('has syndromes with a recorded frequency to cross', () => assert.ok(syndromes.length >= 3));
  for (const cue of patterns('frequency-rare-words')) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const syndrome of syndromes) {
        const therapy = index.entity(syndrome.frequency!.after[0]!)!;
        // Its shortest name: "ICAHT", "infections".
        const name = [syndrome.name, ...(syndrome.aliases ?? []).map((a) => a.text)].sort(
          (a, b) => a.length - b.length,
        )[0]!;
        const stated = rarityClause(name, therapy.name, cue, false);
        const denied = rarityClause(name, therapy.name, cue, true);
        if (!flagged(stated, 'frequency')) wrong.push(`missed: ${stated}`);
        if (flagged(denied, 'frequency')) wrong.push(`false alarm: ${denied}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

/** A clause giving `score` a highest value of `max` in the words of `cue`: "ICE is scored out of 10", "ICE has a
 * maximum of 10 points", "ICE has an upper limit of 10". */
function maximumClause(score: string, cue: string, max: number): string {
  if (cue.startsWith('a ')) return `The ${score} has ${cue} ${max} points.`;
  if (cue.startsWith('out ') || cue.startsWith('scored ')) return `The ${score} is ${cue} ${max}.`;
  return `The ${score} has ${/^[aeiou]/.test(cue) ? 'an' : 'a'} ${cue} ${max}.`;
}

describe('score-maximum-cues crossed with every score whose range is recorded (its maximum and another)', () => {
  const scores = [...index.entities()].filter((e) => e.scoreRange && !e.scoreRange.unverified);
  it('has scores with a recorded range to cross', () => assert.ok(scores.length >= 1));
  for (const cue of patterns('score-maximum-cues')) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const score of scores) {
        const name = [score.name, ...(score.aliases ?? []).map((a) => a.text)].sort((a, b) => a.length - b.length)[0]!;
        const { min, max } = score.scoreRange!;
        const truth = maximumClause(name, cue, max);
        const falsehood = maximumClause(name, cue, max + 5);
        if (min === 0 && flagged(truth, 'quantity')) wrong.push(`false alarm: ${truth}`);
        if (!flagged(falsehood, 'quantity')) wrong.push(`missed: ${falsehood}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

/** Every word of a time unit's lexicon with its unit, singular or plural (data/lexicon/time-unit-*). */
const UNIT_DAYS = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 } as const;
const unitWords = (Object.keys(UNIT_DAYS) as (keyof typeof UNIT_DAYS)[]).flatMap((unit) => {
  const name = `time-unit-${unit}`;
  const data = JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as LexiconData;
  return data.patterns.flatMap((entry) =>
    entryForms(entry, data.inflect).map((word, i) => ({ word, unit, plural: i > 0 })),
  );
});

/** A rule's duration in `word`: "do not drive for 6 wks" (a plural), "a 6-wk driving restriction" (a singular before
 * its noun); long-term follow-up takes the plural after "lasts". */
function durationClause(measure: string, product: string, count: number, word: string, plural: boolean): string {
  if (measure === 'long-term-follow-up') return `Long-term follow-up after ${product} lasts ${count} ${word}.`;
  return plural
    ? `After ${product}, do not drive for ${count} ${word}.`
    : `After ${product}, a ${count}-${word} driving restriction applies.`;
}

describe('time units and their abbreviations crossed with every current rule duration recorded for a product', () => {
  // The server's entities: the checklist's reader does not type quantities.
  const entities = [...index.entities()];
  const cases = entities.flatMap((owner) =>
    (owner.quantities ?? [])
      .filter(
        (q) =>
          ['driving-restriction', 'long-term-follow-up'].includes(q.measure) &&
          !q.until &&
          !q.unverified &&
          q.value !== undefined &&
          q.unit !== undefined,
      )
      .flatMap((q) =>
        (q.appliesTo ?? [])
          .map((id) => index.entity(id))
          .filter((p) => p?.type === 'product' && p.status === 'fda-approved')
          .map((p) => ({ measure: q.measure, product: p!.name, days: q.value! * UNIT_DAYS[q.unit!] })),
      ),
  );
  it('has products with a current driving restriction and a follow-up duration to cross', () =>
    assert.ok(cases.filter((c) => c.measure === 'long-term-follow-up').length >= 5 && cases.length >= 10));
  for (const { word, unit, plural } of unitWords) {
    it(word, () => {
      const wrong: string[] = [];
      for (const { measure, product, days } of cases) {
        if (!plural && measure === 'long-term-follow-up') continue;
        // The recorded amount in this unit, when it is a whole count of it within the relation's tolerance.
        const count = Math.round(days / UNIT_DAYS[unit]);
        const exact = count >= 1 && Math.abs(count * UNIT_DAYS[unit] - days) <= days * 0.1;
        if (exact && (!plural || count > 1)) {
          const truth = durationClause(measure, product, count, word, plural);
          if (flagged(truth, 'quantity')) wrong.push(`false alarm: ${truth}`);
        }
        const falsehood = durationClause(measure, product, Math.max(3, count * 3), word, plural);
        if (!flagged(falsehood, 'quantity')) wrong.push(`missed: ${falsehood}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('infusion-count cues, counts in words and in digits, crossed with every FDA-approved product whose schedule is recorded', () => {
  // The server's entities: the checklist's reader does not type the dosing schedule.
  const products = [...index.entities()].flatMap((p) => {
    const infusions = p.dosing ? (p.dosing.unverified ? undefined : p.dosing.infusions) : p.design?.infusions;
    return p.type === 'product' && p.status === 'fda-approved' && infusions !== undefined && !p.design?.unverified
      ? [{ name: p.name, single: infusions === 1 }]
      : [];
  });
  it('has single- and multiple-infusion products to cross', () =>
    assert.ok(products.some((p) => p.single) && products.some((p) => !p.single)));
  const cues = [
    ...lexicon('single-infusion-cues').map((cue) => ({ cue, single: true })),
    ...lexicon('multiple-infusion-cues').map((cue) => ({ cue, single: false })),
  ];
  it('reads counts in digits', () => assert.ok(cues.some(({ cue }) => /^\d/.test(cue))));
  for (const { cue, single } of cues) {
    it(cue, () => {
      const wrong: string[] = [];
      for (const product of products) {
        const text = `${product.name} is given as ${/^(?:\d|one |two |three |single )/.test(cue) ? '' : 'a course of '}${cue}.`;
        const expected = product.single !== single;
        if (flagged(text, 'design') !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});
