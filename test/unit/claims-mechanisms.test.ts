import * as assert from 'node:assert/strict';
import { notAsserted } from '../../server/src/claims/assertion';
import { citationMarker, markerStyle, withCitation } from '../../server/src/claims/citation';
import { splitClauses } from '../../server/src/claims/clauses';
import { isTopicOnly } from '../../server/src/claims/heading';
import { conditionalIn, hedgeIn, isQuestion } from '../../server/src/claims/modality';
import { entityMark, isPredicateNegated } from '../../server/src/claims/negation';
import { overstatementsIn } from '../../server/src/claims/overstatement';
import { qualifiersOf } from '../../server/src/claims/qualifiers';
import { reportedIn } from '../../server/src/claims/reported';
import { prepareSentence } from '../../server/src/claims/sentence';
import { wordsOf } from '../../server/src/claims/words';
import type { BlockKind } from '../../server/src/text/prose';
import { service } from '../helpers/service';

const index = service().index;

/** A sentence prepared as the engine prepares it, with the built-in knowledge base's mentions. */
function prepared(text: string, block: BlockKind = 'paragraph') {
  return prepareSentence({ start: 0, end: text.length, text, block, blockIndex: 0 }, text, index.matcher.find(text));
}
const whole = (text: string) => ({ from: 0, to: wordsOf(text).length });
const wordIndex = (text: string, word: string) => wordsOf(text).findIndex((w) => w.lower === word);

describe('claims: words', () => {
  it('splits hyphens and keeps offsets', () => {
    const words = wordsOf('Kymriah is FDA-approved', 10);
    assert.deepEqual(
      words.map((w) => w.lower),
      ['kymriah', 'is', 'fda', 'approved'],
    );
    assert.equal(words[3]!.hyphenBefore, true);
    assert.equal(words[0]!.start, 10);
  });
  it('marks the word after a spaced dash, which is no word itself', () => {
    const dashed = (text: string) =>
      wordsOf(text)
        .filter((w) => w.dashBefore)
        .map((w) => w.lower);
    assert.deepEqual(dashed('Approved in 2024 — no CAR-T; approved – none; approved - never; approved -- nobody'), [
      'no',
      'none',
      'never',
      'nobody',
    ]);
    // A hyphen inside a word, an unspaced dash and a list marker after a line break are none.
    assert.deepEqual(dashed('CAR-T 2017—2024 approved\n- Kymriah'), []);
  });
  it("reads n't as not and drops the possessive", () => {
    assert.deepEqual(
      wordsOf("Kymriah isn't Abecma's rival; it can't").map((w) => w.lower),
      ['kymriah', 'is', 'not', 'abecma', 'rival', ';', 'it', 'can', 'not'],
    );
  });
  it('keeps decimals in one word', () =>
    assert.deepEqual(
      wordsOf('Claudin18.2 and 1.5').map((w) => w.lower),
      ['claudin18.2', 'and', '1.5'],
    ));
  it('reads dashes, non-ASCII letters and symbols like the rest', () => {
    const words = wordsOf('Anti‑CD19 “CAR”—T in 1,000 pts (mg/m² ≥2)');
    assert.deepEqual(
      words.map((w) => w.lower),
      ['anti', 'cd19', '“', 'car', '”', 't', 'in', '1,000', 'pts', '(', 'mg', '/', 'm²', '≥', '2', ')'],
    );
    assert.deepEqual(
      words.filter((w) => w.hyphenBefore).map((w) => w.lower),
      ['cd19', 't'],
    );
    assert.deepEqual(
      words.filter((w) => w.punct).map((w) => w.text),
      ['“', '”', '(', '/', '≥', ')'],
    );
  });
  it("a hyphen after a possessive's 's does not join words", () => {
    assert.deepEqual(
      wordsOf("Kymriah's-era").map((w) => [w.lower, w.hyphenBefore]),
      [
        ['kymriah', false],
        ['era', false],
      ],
    );
  });
});

describe('claims: clauses', () => {
  const clauses = (text: string) =>
    splitClauses(wordsOf(text)).map((c) =>
      wordsOf(text)
        .slice(c.from, c.to)
        .map((w) => w.lower)
        .join(' '),
    );
  it('splits at semicolons and contrastive conjunctions', () => {
    assert.deepEqual(clauses('A is x; B is y'), ['a is x', 'b is y']);
    assert.deepEqual(clauses('A is x, whereas B is y'), ['a is x ,', 'b is y']);
    assert.deepEqual(clauses('A is x, but B is y'), ['a is x', 'b is y']);
  });
  it('keeps ", but not X" in its clause', () =>
    assert.deepEqual(clauses('A is for x, but not y'), ['a is for x , but not y']));
  it('splits ", and" only between two full clauses', () => {
    assert.deepEqual(clauses('There are no x, and y remains z'), ['there are no x', 'y remains z']);
    assert.deepEqual(clauses('It is approved for x, y, and z'), ['it is approved for x , y , and z']);
  });
  it('splits "but" without its comma between two clauses with their own verbs', () => {
    assert.deepEqual(clauses('A is approved in x but is not approved by y'), [
      'a is approved in x',
      'is not approved by y',
    ]);
    assert.deepEqual(clauses('A is for x but not for y'), ['a is for x but not for y']);
    assert.deepEqual(clauses('A is for x but rarely y'), ['a is for x but rarely y']);
  });
  it('splits "and" before a named subject with its own verb, not before a shared one', () => {
    assert.deepEqual(clauses('Kymriah targets CD19 and Abecma targets BCMA'), [
      'kymriah targets cd19',
      'abecma targets bcma',
    ]);
    assert.deepEqual(clauses('Kymriah targets CD19 and is given once'), ['kymriah targets cd19 and is given once']);
    assert.deepEqual(clauses('It is for adults with ALL and Burkitt lymphoma who have relapsed'), [
      'it is for adults with all and burkitt lymphoma who have relapsed',
    ]);
  });
  it('splits a comma splice whose subject is a pronoun and a verb, not a gloss or a list', () => {
    assert.deepEqual(clauses('Kymriah is not approved for x, it is approved for y'), [
      'kymriah is not approved for x',
      'it is approved for y',
    ]);
    assert.deepEqual(clauses("Amtagvi isn't a CAR-T, it's a TIL therapy"), [
      'amtagvi is not a car t',
      'it a til therapy',
    ]);
    assert.deepEqual(clauses('CAR-Ts are autologous, that is, made from own cells'), [
      'car ts are autologous , that is , made from own cells',
    ]);
    assert.deepEqual(clauses('Kymriah, it is said, targets CD19'), ['kymriah , it is said , targets cd19']);
  });
});

describe('claims: negation scope', () => {
  const negated = (text: string, predicate: string) => prepared(text).negatedAt(wordIndex(text, predicate));
  it('negates the predicate after not, never, has yet to, no, neither … nor', () => {
    assert.equal(negated('Kymriah is not approved for myeloma.', 'approved'), true);
    assert.equal(negated('Kymriah has never been approved for myeloma.', 'approved'), true);
    assert.equal(negated('Kymriah has yet to be approved for myeloma.', 'approved'), true);
    assert.equal(negated('No CAR-T is approved for NETs.', 'approved'), true);
    assert.equal(negated('Neither Abecma nor Carvykti is approved for lymphoma.', 'approved'), true);
    assert.equal(negated('None of the CAR-Ts is approved for NETs.', 'approved'), true);
    assert.equal(negated("Kymriah isn't approved for myeloma.", 'approved'), true);
  });
  it('gives a statement after a lone spaced dash its own polarity, not an aside between two dashes', () => {
    assert.equal(negated('No - Abecma targets BCMA.', 'targets'), false);
    assert.equal(negated("It doesn't – Yescarta targets CD19.", 'targets'), false);
    assert.equal(negated('Breyanzi is not a BCMA product - it targets CD19.', 'targets'), false);
    assert.equal(negated('Kymriah does not target CD19 - it is approved for ALL.', 'target'), true);
    // Two dashes set off an aside: the negation before them still scopes over the predicate after them.
    assert.equal(negated('No CAR-T - not even Kymriah - is approved for NETs.', 'approved'), true);
    // After the dash, a phrase with no verb of its own is no statement: the negation reaches it.
    assert.equal(negated('Kymriah is not approved - for myeloma or for NETs.', 'approved'), true);
  });
  it('reads "not" after a spaced dash before a name as denying that name only', () => {
    const s = prepared('Kymriah — not Abecma — is approved for ALL.');
    assert.deepEqual(
      s.mentions.filter((m) => m.entity.type === 'product').map((m) => m.mark),
      [undefined, 'negated'],
    );
    assert.equal(negated('Kymriah — not Abecma — is approved for ALL.', 'approved'), false);
  });
  it('leaves positive and "not only" predicates alone', () => {
    assert.equal(negated('Kymriah is approved for ALL.', 'approved'), false);
    assert.equal(negated('Kymriah is not only approved for ALL.', 'approved'), false);
  });
  it('denies the phrase before "but" in "not X but Y", not a predicate after it', () => {
    assert.equal(negated('Amtagvi is not a CAR-T but a TIL therapy approved for melanoma.', 'approved'), false);
    assert.equal(negated('The product was not a CAR-T but a TCR therapy, approved in 2024.', 'approved'), false);
    const s = prepared('Amtagvi is not a CAR-T but a TIL therapy.');
    assert.deepEqual(
      s.mentions.map((m) => m.mark),
      [undefined, 'negated', undefined],
    );
    // A verb after "but" opens a clause of its own; "not only … but also" adds.
    assert.equal(negated('Kymriah is not a BCMA product but is approved for ALL.', 'approved'), false);
    assert.equal(negated('Kymriah is not approved for myeloma.', 'approved'), true);
    // "not" before a verb denies the verb; a "but" after its complement corrects that complement only.
    assert.equal(negated('Kymriah is not indicated in second-line LBCL but only after two lines.', 'lines'), true);
    assert.equal(negated('No CAR-T but a TIL product is approved for melanoma.', 'approved'), true);
  });
  it('gives a relative clause after a comma its own polarity', () => {
    const text = 'Coverage is not provided for CAR-T in NETs, for which no CAR-T has FDA approval.';
    assert.equal(negated(text, 'approval'), true);
    assert.equal(negated(text, 'provided'), true);
    assert.equal(negated('The plan does not cover Kymriah for ALL, for which it is approved.', 'approved'), false);
    // Without the comma the relative clause is restrictive and the main clause's negation still counts.
    assert.equal(negated('No CAR-T for which approval was sought is approved for NETs.', 'approved'), true);
  });
  it("keeps a verbless label's noun negation out of the clause after its colon", () => {
    assert.equal(negated('ICANS without CRS: steroids are the mainstay.', 'mainstay'), false);
    assert.equal(negated('Patients with no prior therapy: Kymriah is approved for ALL.', 'approved'), false);
    // The qualifier still negates what follows it in its own clause.
    assert.equal(negated('Kymriah is approved without a REMS.', 'rems'), true);
  });
  it('does not reach across clauses', () =>
    assert.equal(negated('Abecma is not for lymphoma; Kymriah is approved for FL.', 'approved'), false));
  it('negates a single entity after ", not" and excludes it after "unlike"', () => {
    const targets = prepared('Carvykti targets BCMA, not CD19.');
    assert.deepEqual(
      targets.mentions.map((m) => m.mark),
      [undefined, undefined, 'negated'],
    );
    assert.equal(targets.negatedAt(wordIndex('Carvykti targets BCMA, not CD19.', 'targets')), false);
    const unlike = prepared('Unlike Kymriah, Abecma targets BCMA.');
    assert.deepEqual(
      unlike.mentions.map((m) => m.mark),
      ['excluded', undefined, undefined],
    );
  });
  it('marks coordinated entities: "not X or Y"', () => {
    const text = 'Kymriah is approved for ALL, not myeloma or MCL.';
    const s = prepared(text);
    const marks = s.mentions.filter((m) => m.entity.type === 'indication').map((m) => m.mark);
    assert.deepEqual(marks, [undefined, 'negated', 'negated']);
    assert.equal(entityMark(s.words, s.clauses[0]!, s.mentions[0]!, s.mentions), undefined);
  });
  it('counts cues before the predicate only', () => {
    const words = wordsOf('approved for patients without prior therapy');
    assert.equal(isPredicateNegated(words, whole('approved for patients without prior therapy'), 0, new Set()), false);
  });
});

describe('claims: hedges, conditions, questions, reported speech, topic headings', () => {
  const status = (text: string, block: BlockKind = 'paragraph') => {
    const s = prepared(text, block);
    return notAsserted(s, s.clauses[0]!);
  };
  it('finds hedges', () => {
    for (const text of [
      'Anito-cel may be approved in 2026.',
      'CAR-T for NETs remains investigational.',
      'CHM-2101 is being tested in a phase 1/2 trial.',
      'Sponsors hope CAR-T will work in NETs.',
      'The data suggest a benefit.',
      'The BLA is under review.',
    ]) {
      assert.ok(hedgeIn(wordsOf(text), whole(text)), text);
    }
    assert.equal(
      hedgeIn(
        wordsOf('CAR-T can only be given at certified centers.'),
        whole('CAR-T can only be given at certified centers.'),
      ),
      undefined,
    );
  });
  it('lets a relation own a hedge word as its predicate', () => {
    const text = 'Kymriah is investigational.';
    assert.ok(hedgeIn(wordsOf(text), whole(text)));
    assert.equal(hedgeIn(wordsOf(text), whole(text), ['investigational']), undefined);
  });
  it('finds conditionals and questions', () => {
    assert.ok(conditionalIn(wordsOf('If approved, it would be first.'), whole('If approved, it would be first.')));
    assert.ok(isQuestion(wordsOf('Could CAR T cells one day be approved for NETs?')));
    assert.equal(isQuestion(wordsOf('CAR T cells are approved.')), false);
  });
  it('reads an "if" that only turns attention as no condition (data/lexicon/attention-conditionals)', () => {
    for (const text of [
      'If we look at the lymphoma products, Tecartus uses CD28.',
      'If you recall, Kymriah came first.',
    ])
      assert.equal(conditionalIn(wordsOf(text), whole(text)), undefined, text);
    for (const text of [
      'If you look closely, Kymriah may be different.',
      'If you look at the data, Kymriah would be approved if it worked.',
    ])
      assert.ok(conditionalIn(wordsOf(text), whole(text)), text);
  });
  it('reads a line under a retired, withdrawn or superseded label as history (data/lexicon/retired-status-cues)', () => {
    for (const text of [
      'Criterion C (retired 2025-07-01): tocilizumab on site for every infusion.',
      'Step 6 (superseded): patients stay within two hours of the centre for four weeks.',
      'Rule 2 (no longer in force): hospitals must be REMS-certified.',
    ])
      assert.equal(status(text), 'retired', text);
    // A label without such a word, or one whose line has a verb before the colon, labels a current statement.
    for (const text of [
      'Criterion C (added 2025-07-01): tocilizumab on site for every infusion.',
      'The rule was withdrawn in 2025: hospitals must be REMS-certified.',
    ])
      assert.equal(status(text), undefined, text);
  });
  it('finds reported and refuted speech', () => {
    assert.ok(reportedIn(wordsOf('Some websites wrongly claim that CAR-T is approved for NETs.')));
    assert.ok(reportedIn(wordsOf('It is a myth that CAR-T cures cancer.')));
    assert.ok(reportedIn(wordsOf('The blog says “Kymriah targets BCMA”.')));
    assert.equal(reportedIn(wordsOf('Kymriah targets CD19.')), undefined);
    // A single speaker, or media as the speaker: a post, a video, a headline.
    assert.ok(reportedIn(wordsOf('A patient video claimed Breyanzi cures myeloma.')));
    assert.ok(reportedIn(wordsOf('Bloggers say Carvykti is allogeneic, which is wrong.')));
    assert.equal(reportedIn(wordsOf('The video shows how Breyanzi is made.')), undefined);
  });
  it('treats headings without a verb as topics', () => {
    assert.equal(isTopicOnly(wordsOf('CAR T for NETs')), true);
    assert.equal(isTopicOnly(wordsOf('FDA-approved CAR-Ts for lymphoma')), true);
    assert.equal(isTopicOnly(wordsOf('Kymriah is approved for myeloma')), false);
  });
  it('combines them per clause', () => {
    assert.equal(status('Is Kymriah approved for myeloma?'), 'question');
    assert.equal(status('Some sources falsely say Kymriah targets BCMA.'), 'reported');
    assert.equal(status('Kymriah for multiple myeloma', 'heading'), 'topic');
    assert.equal(status('Anito-cel might be approved soon.'), 'hedged');
    assert.equal(status('Kymriah is approved for myeloma.'), undefined);
  });
});

describe('claims: qualifiers', () => {
  const q = (text: string) => qualifiersOf(prepared(text), prepared(text).clauses[0]!);
  it('reads regulators by entity, name or country', () => {
    assert.equal(q('The FDA approved it.').regulator, 'FDA');
    assert.equal(q("China's NMPA approved satri-cel.").regulator, 'NMPA');
    assert.equal(q('It was approved in China.').regulator, 'NMPA');
    assert.equal(q('It was approved.').regulator, undefined);
  });
  it('reads event dates but not reference dates', () => {
    assert.deepEqual(q('Breyanzi was approved for CLL in March 2023.').date, { year: 2023, month: 3, at: 6, to: 8 });
    assert.equal(q('As of 2026, no CAR-T is approved for NETs.').date, undefined);
    assert.equal(q('Since 2017, CAR-Ts have been approved.').date, undefined);
    assert.equal(q('Kymriah was approved on August 30, 2017.').date?.month, 8);
    assert.equal(q('Kymriah was approved on August 30, 2017.').date?.to, 8);
    assert.equal(q('As of about October 2026, seven CAR-Ts are approved.').date, undefined);
    assert.equal(q('Tecartus (2021) and Aucatzyl (2024) are for adults.').date?.owner, 0);
  });
  // `at` is the word where the line is written: a modifier of the conjunct it stands in.
  it('reads lines of therapy as prior lines', () => {
    assert.deepEqual(q('approved as first-line therapy').line, { priorLines: 0, only: false, at: 2 });
    assert.deepEqual(q('approved for second-line LBCL').line, { priorLines: 1, only: false, at: 2 });
    assert.deepEqual(q('approved after one prior line of therapy').line, { priorLines: 1, only: false, at: 2 });
    assert.deepEqual(q('only for patients with four or more prior lines').line, { priorLines: 4, only: true, at: 4 });
    assert.equal(q('refractory or in second or later relapse').line, undefined);
    assert.deepEqual(q('LBCL that is refractory to first-line chemoimmunotherapy').line, {
      priorLines: 1,
      only: false,
      at: 5,
    });
  });
  it('reads populations', () => {
    assert.equal(q('approved for pediatric ALL').pediatric, true);
    assert.equal(q('approved only for children').populationOnly, true);
    assert.equal(q('in patients 2 years and older').pediatric, true);
    assert.equal(q('in patients up to 25 years old').pediatric, true);
    assert.equal(q('in adults').adults, true);
    assert.equal(q('in adults').pediatric, false);
  });
  it('reads "first" but not "first-line"', () => {
    assert.equal(q('Abecma was first approved in 2021.').first, true);
    assert.equal(q('approved as first-line therapy').first, false);
  });
});

describe('claims: overstatement', () => {
  const found = (text: string) => overstatementsIn(wordsOf(text), whole(text), new Set()).map((o) => o.phrase);
  it('finds absolute efficacy and safety language', () => {
    assert.deepEqual(found('CAR T cures cancer.'), ['cures']);
    assert.deepEqual(found('It is 100% effective.'), ['100 % effective']);
    assert.deepEqual(found('It is free of side effects.'), ['free of side effects']);
    assert.deepEqual(found('Remission occurs in every patient.'), ['in every patient']);
    assert.deepEqual(found('It has a 100% overall response rate.'), ['universal rate']);
    assert.deepEqual(found('Its cure rate is 100%.'), ['universal rate']);
  });
  it('ignores negated forms and universal populations without an efficacy word', () => {
    assert.deepEqual(found('CAR-T does not work for everybody.'), []);
    assert.deepEqual(found('CAR-T is not free of side effects.'), []);
    assert.deepEqual(found('Monitoring is needed in every patient.'), []);
    assert.deepEqual(found('The study found a 100% response rate.'), []);
  });
});

describe('claims: citation marker', () => {
  it('follows the document style', () => {
    assert.equal(citationMarker('FDA-REMS', markerStyle('latex', '')), '\\cite{FDA-REMS}');
    assert.equal(citationMarker('FDA-REMS', markerStyle('markdown', 'As shown [@smith2020].')), '[@FDA-REMS]');
    assert.equal(citationMarker('FDA-REMS', markerStyle('markdown', 'As shown [1].')), '[FDA-REMS]');
    assert.equal(withCitation('Kymriah targets CD19.', '[X]'), 'Kymriah targets CD19 [X].');
  });
});
