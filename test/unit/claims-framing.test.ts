import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayName, readKnowledge } from '../checklist/knowledge';
import { claimIdsAndTexts, service } from '../helpers/service';

// Claims carried by a frame around the main clause (issue 12 items 1, 2 and 6): a non-restrictive relative after a
// name, a quotation a relative endorses, an opening absolute premise and an opening comparison's standard. Each is
// judged as the plain statement it carries, on the words that carry it.

const lint = service();
let version = 0;
const findings = (text: string) => claimIdsAndTexts(lint, text, `file:///framing/${++version}.md`);
const patterns = (name: string) =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Each text flagged once, on the words given; each clean text not at all. */
function table(invalid: [string, string][], valid: string[]) {
  for (const [text, at] of invalid)
    it(`invalid: ${text}`, () => {
      assert.deepEqual(findings(text), [`contradicted: ${at}`]);
    });
  for (const text of valid)
    it(`valid: ${text}`, () => {
      assert.deepEqual(findings(text), []);
    });
}

// CheckList-style: each frame crossed with every FDA-approved product whose one target is recorded, once with its
// recorded antigen and once with another, in the frame's own form.
const knowledge = readKnowledge();
const products = knowledge
  .byType('product')
  .filter((p) => p.status === 'fda-approved' && p.design?.targets?.length === 1 && !p.design.unverified);
const antigens = [...new Set(products.flatMap((p) => p.design!.targets!))].map((id) => ({
  id,
  name: knowledge.entities.get(id)!.aliases!.find((a) => a.kind === 'abbreviation')?.text ?? id.toUpperCase(),
}));

/** The frame's texts the check gets wrong: `flagsWhen` says, from whether the antigen is recorded, if it should flag. */
function cross(frame: (product: string, antigen: string) => string, flagsWhen: (recorded: boolean) => boolean) {
  const wrong: string[] = [];
  for (const product of products)
    for (const antigen of antigens) {
      const text = frame(displayName(product), antigen.name);
      const expected = flagsWhen(product.design!.targets!.includes(antigen.id));
      if (findings(text).length > 0 !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
    }
  return wrong;
}

describe('framing: products and antigens to cross', () => {
  it('has products with two distinct recorded targets', () => {
    assert.ok(products.length >= 5 && antigens.length >= 2);
  });
});

describe('framing: a non-restrictive relative after a name, and a quotation a relative endorses', () => {
  table(
    [
      ['Families asked about Lutathera, which is a CAR-T therapy for NETs.', 'which is a CAR-T therapy for NETs'],
      ['The clinic also treats follicular lymphoma, which Tecartus is approved for.', 'which Tecartus is approved for'],
      [
        'The brochure states that "Breyanzi is approved for multiple myeloma", which is accurate.',
        '"Breyanzi is approved for multiple myeloma", which is accurate',
      ],
      // After a list of names, a relative in the singular is said of the last name only.
      [
        'We review Kymriah and Carvykti, which is the only CAR-T approved for multiple myeloma.',
        'which is the only CAR-T approved for multiple myeloma',
      ],
      // In the plural, of every name in the list: the first name's maker is wrong.
      ['The unit gives Yescarta and Kymriah, which are both made by Novartis.', 'which are both made by Novartis'],
    ],
    [
      // A relative in the plural after a list of names is said of them all.
      'We review Abecma and Carvykti, which are currently the only approved CAR-T products for multiple myeloma.',
      'Families asked about Lutathera, which is a radioligand rather than a cell therapy.',
      'The clinic also treats follicular lymphoma, which Yescarta is approved for.',
      // Not endorsed: the writer rejects the quotation, or endorses something else.
      'The brochure states that "Breyanzi is approved for multiple myeloma", which is wrong and must go.',
      'The brochure states that "Breyanzi is approved for multiple myeloma", which is correct for Carvykti only.',
      // Reported or conditional: not the writer's.
      'Critics claim that Lutathera, which is a CAR-T therapy, is overused.',
      // Placed in Japan by the words around it: the relative's date is the Japanese approval's.
      "With Japan's approval, the company now sells two CAR-Ts there, the CD19-directed Breyanzi, which received approval in March 2021, and Abecma.",
      'If Lutathera, which some call a CAR-T therapy, were one, it would need apheresis.',
    ],
  );
  it('crossed: a relative after the product', () => {
    assert.deepEqual(
      cross(
        (p, a) => `The board reviewed ${p}, which targets ${a} on cancer cells.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
  for (const endorsement of patterns('endorsing-relatives'))
    it(`crossed: endorsed by "${endorsement}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The leaflet now reads "${p} targets ${a}", ${endorsement}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('framing: an appositive after a name, wherever the name stands', () => {
  table(
    [
      [
        'Readers will enjoy the section on Abecma, the first CAR-T ever approved by the FDA.',
        'the first CAR-T ever approved by the FDA',
      ],
      [
        'We were among the first sites to give Aucatzyl, the first CAR-T approved for adult B-ALL.',
        'the first CAR-T approved for adult B-ALL',
      ],
      [
        'The grant funds a comparison with Breyanzi, the only CAR-T approved for myeloma.',
        'the only CAR-T approved for myeloma',
      ],
      [
        'You will coordinate care for patients receiving Yescarta and Carvykti, our two CD28-based products.',
        'our two CD28-based products',
      ],
    ],
    [
      'Readers will enjoy the section on Kymriah, the first CAR-T ever approved by the FDA.',
      // A list, not a description: the items after the name are other things.
      'We discussed Kymriah, the boxed warning, and the REMS.',
      'We discussed Abecma, the CD19 products, and the REMS.',
      // A clause, not a noun phrase: "the FDA approved" has a verb.
      'Before Abecma, the FDA approved only CD19 products.',
      // A bracket inside the appositive renames a word of it; the appositive runs on after it.
      'The FDA has approved Abecma, the first chimeric antigen receptor T-cell (CAR-T) product for multiple myeloma.',
      // A date elsewhere may be when the description held.
      'In 2019 we started giving Breyanzi, the newest CD19 product, to trial patients.',
      // Not the writer's.
      'Critics claim that patients should get Breyanzi, the only CAR-T approved for myeloma.',
    ],
  );
  it('crossed: an article appositive on an object', () => {
    assert.deepEqual(
      cross(
        (p, a) => `The board reviewed ${p}, the ${a}-directed product on our formulary.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
  it('crossed: a possessive appositive on the object of a participle', () => {
    assert.deepEqual(
      cross(
        (p, a) => `Nurses care for patients receiving ${p}, our ${a}-directed product.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe("clauses: a verbless appositive on an object says its content whatever the main clause's polarity", () => {
  table(
    [
      [
        'We did not enrol anyone on Breyanzi, the allogeneic product from Bristol Myers Squibb.',
        'We did not enrol anyone on Breyanzi, the allogeneic product from Bristol Myers Squibb.',
      ],
      [
        'Our pharmacy never stocks Carvykti, a CD19-directed product.',
        'Our pharmacy never stocks Carvykti, a CD19-directed product.',
      ],
      [
        'We no longer refer patients for Tecartus, a gene-edited therapy.',
        'We no longer refer patients for Tecartus, a gene-edited therapy.',
      ],
      // The main clause's own negated predicate stays negated.
      ['Kymriah does not target CD19, the B-cell antigen.', 'Kymriah does not target CD19, the B-cell antigen.'],
    ],
    [
      'We did not enrol anyone on Breyanzi, the autologous product from Bristol Myers Squibb.',
      'Our pharmacy never stocks Carvykti, a BCMA-directed product.',
      'We no longer refer patients for Tecartus, a gene-modified therapy.',
      'Nobody here has given Kymriah, the first CAR-T approved by the FDA.',
      'Kymriah does not target BCMA, the myeloma antigen.',
      'Abecma is not approved for lymphoma, the commonest blood cancer.',
    ],
  );
  it('crossed: an article appositive on the object of a negated clause', () => {
    assert.deepEqual(
      cross(
        (p, a) => `We have not treated anyone with ${p}, the ${a}-directed cell therapy.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe('clauses: a result clause after "so" without its comma', () => {
  table(
    [
      [
        'Triage: Lutathera is approved for adults only so the 14-year-old is referred for a trial.',
        'Triage: Lutathera is approved for adults only so the 14-year-old is referred for a trial.',
      ],
      [
        'Reminder: Yescarta still requires REMS certification so only trained prescribers may order it.',
        'Reminder: Yescarta still requires REMS certification so only trained prescribers may order it.',
      ],
      // The result clause's "it" is the sentence's subject, as after "and" or "but".
      ['Kymriah got its label in 2017, so it targets BCMA.', 'Kymriah got its label in 2017, so it targets BCMA.'],
    ],
    [
      'Triage: Lutathera is approved for patients 12 and older so the 14-year-old can be treated on label.',
      'Aucatzyl was approved without a REMS so no site certification is needed.',
      'Kymriah is not approved for myeloma so she may get Carvykti.',
      'If Kymriah is approved for myeloma so she can get it, we will be glad.',
      'Kymriah got its label in 2017, so it targets CD19.',
      'Kymriah and Carvykti are both on the shelf, so it targets BCMA.',
    ],
  );
  it('crossed: a plain clause, then "so" and a hedged result', () => {
    assert.deepEqual(
      cross(
        (p, a) => `Note: ${p} targets ${a} so the team may order it.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe('framing: a summative appositive at the end of a clause keeps the clause asserted', () => {
  table(
    [
      [
        'Kymriah was the first CAR-T approved for follicular lymphoma, a point the authors should correct.',
        'Kymriah was the first CAR-T approved for follicular lymphoma, a point the authors should correct.',
      ],
      [
        'Abecma was the first CAR-T approved by the FDA, a fact the review may have missed.',
        'Abecma was the first CAR-T approved by the FDA, a fact the review may have missed.',
      ],
    ],
    [
      // Its own negation and hedge are its own.
      'Yescarta was approved for second-line large B-cell lymphoma in 2022, a fact the review does not mention.',
      'Kymriah was the first CAR-T approved by the FDA, a point the authors may have missed.',
      // A noun that rejects the clause is no summative head.
      'Abecma was the first CAR-T approved by the FDA, a claim the authors should correct.',
      'Abecma was the first CAR-T approved by the FDA, an error the authors should correct.',
    ],
  );
  for (const head of patterns('summative-appositive-heads'))
    it(`crossed: "a ${head} the authors may have missed"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${p} targets ${a}, a ${head} the authors may have missed.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe("reported: a proposition its own sentence rejects, and the writer's statement after it", () => {
  table(
    [
      [
        "The author's claim that all seven approved CAR-Ts are autologous is wrong: Aucatzyl is made from donor cells.",
        "The author's claim that all seven approved CAR-Ts are autologous is wrong: Aucatzyl is made from donor cells.",
      ],
      [
        "The leaflet's statement that Kymriah targets CD19 is mistaken; Kymriah targets BCMA.",
        "The leaflet's statement that Kymriah targets CD19 is mistaken; Kymriah targets BCMA.",
      ],
    ],
    [
      "The poster's assertion that two approved CAR-Ts are made from donor cells is incorrect.",
      "The poster's assertion that two approved CAR-Ts are made from donor cells is incorrect: all of them are autologous.",
      "The leaflet's statement that Kymriah targets BCMA is mistaken; Kymriah targets CD19.",
    ],
  );
  for (const noun of patterns('proposition-nouns'))
    it(`crossed: "the ${noun} that … is wrong: …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The leaflet's ${noun} that ${p} does not target ${a} is wrong: ${p} targets ${a}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe("framing: a proposition noun's that-clause its predicate endorses is the writer's", () => {
  table(
    [
      [
        'Your claim that Yescarta was the first CAR-T approved by the FDA is correct.',
        'Yescarta was the first CAR-T approved by the FDA',
      ],
      ['Reviewer 2: The claim that Carvykti targets CD19 is entirely correct.', 'Carvykti targets CD19'],
      [
        "The leaflet's claim that Tecartus is approved for children with ALL is spot on.",
        'Tecartus is approved for children with ALL',
      ],
    ],
    [
      'Your claim that Kymriah was the first CAR-T approved by the FDA is correct.',
      'Your claim that Yescarta was the first CAR-T approved by the FDA is incorrect.',
      // Someone else's endorsement, a modal, a qualifier after the predicate, a question, a hedge inside.
      'She says your claim that Yescarta was the first CAR-T approved by the FDA is correct.',
      'Your claim that Yescarta was the first CAR-T approved by the FDA may be correct.',
      'The claim that Carvykti targets CD19 is correct for older batches.',
      'Is your claim that Carvykti targets CD19 correct?',
      'The claim that Carvykti might target CD19 is correct.',
      // A rejected point is not the writer's (data/lexicon/proposition-nouns).
      "The reviewer's point that Kymriah is approved for multiple myeloma is mistaken.",
    ],
  );
  for (const predicate of patterns('endorsement-predicates'))
    it(`crossed: "Your claim that … targets … is ${predicate}."`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `Your claim that ${p} targets ${a} is ${predicate}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('framing: an endorsing adverb before a verb of describing', () => {
  table(
    [
      [
        'The authors correctly describe teclistamab as a BCMA-directed CAR T-cell product.',
        'correctly describe teclistamab as a BCMA-directed CAR T-cell product',
      ],
      ['The guideline rightly calls anakinra a monoclonal antibody.', 'rightly calls anakinra a monoclonal antibody'],
    ],
    [
      'The authors correctly describe teclistamab as a BCMA-directed bispecific antibody.',
      'The guideline rightly calls anakinra an IL-1 receptor antagonist.',
      // Not endorsed: denied, hedged, reported, conditional, or judged wrong by the writer.
      'The authors do not correctly describe teclistamab as a CAR T-cell product.',
      'The authors may correctly describe teclistamab as a CAR T-cell product.',
      'Critics claim the authors correctly describe teclistamab as a CAR T-cell product.',
      'If the guideline correctly calls anakinra a monoclonal antibody, we will adopt it.',
      'The authors wrongly describe teclistamab as a CAR T-cell product.',
    ],
  );
  for (const adverb of patterns('endorsing-manner-adverbs'))
    it(`crossed: "${adverb} describe"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The reviewers ${adverb} describe ${p} as a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
  for (const verb of patterns('description-verbs'))
    it(`crossed: "correctly ${verb}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The reviewers correctly ${verb} ${p} as a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('framing: a retraction asserts the denial of what was said', () => {
  table(
    [
      [
        'In the spring issue we wrongly stated that Tecartus carries a CD28 costimulatory domain.',
        'wrongly stated that Tecartus carries a CD28 costimulatory domain',
      ],
      [
        'An earlier version of this page incorrectly said that Kymriah was approved before Yescarta.',
        'incorrectly said that Kymriah was approved before Yescarta',
      ],
    ],
    [
      'In the spring issue we wrongly stated that Tecartus carries a 4-1BB costimulatory domain.',
      'An earlier version of this page incorrectly said that Yescarta was approved before Kymriah.',
      // A statement of several parts: its denial does not say which part was wrong.
      'We wrongly stated that Kymriah was approved in 2018.',
      'We wrongly stated that Kymriah was approved for lymphoma in August 2017.',
      // The retraction itself reported or hedged.
      'Critics say we wrongly stated that Abecma targets BCMA.',
      'We may have wrongly stated that Abecma targets BCMA.',
    ],
  );
  for (const adverb of patterns('retraction-adverbs'))
    it(`crossed: "${adverb} stated that"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The first edition ${adverb} stated that ${p} targets ${a}.`,
          (recorded) => recorded,
        ),
        [],
      );
    });
});

describe('framing: an opening absolute premise', () => {
  table(
    [
      [
        'Analyst: With anito-cel approved by the FDA earlier this year, how will referrals change?',
        'With anito-cel approved by the FDA earlier this year',
      ],
      [
        'With the REMS for Abecma still in force, every site keeps tocilizumab on hand.',
        'With the REMS for Abecma still in force',
      ],
    ],
    [
      'With anito-cel expected to be approved in December, referrals may change.',
      'With the REMS for Abecma lifted in June 2025, sites no longer need certification.',
    ],
  );
  for (const opener of patterns('absolute-premise-openers'))
    it(`crossed: "${opener}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${capitalized(opener)} ${p} approved as a ${a}-directed product, how will referrals change?`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe("framing: an opening comparison's standard", () => {
  table(
    [
      [
        'Like every CAR-T licensed in the United States, the proposed product is made by editing the T cells with CRISPR.',
        'Like every CAR-T licensed in the United States',
      ],
      ['Unlike the CD28-based Breyanzi, the candidate uses 4-1BB costimulation.', 'Unlike the CD28-based Breyanzi'],
      [
        'Like Tecartus and the other 4-1BB products, Kymriah uses a 4-1BB domain.',
        'Like Tecartus and the other 4-1BB products',
      ],
      [
        'Unlike the approved CAR-T products, the study product may cause cytokine release syndrome.',
        'Unlike the approved CAR-T products',
      ],
    ],
    [
      // The contrast's standard lacks the predicate; the likeness's has it.
      'Unlike all FDA-approved CAR-T products, our candidate is made from donor cells.',
      'Like every licensed CAR-T, the candidate is expected to carry a boxed warning for cytokine release syndrome.',
      'Unlike Aucatzyl and Tecartus, which are for adults, Kymriah can be given to children with ALL.',
      // A date is the main clause subject's own, not the standard's.
      'Like Kymriah, Yescarta was approved in 2017.',
      // A negated predicate is not denied again.
      'Unlike Kymriah, Abecma is not approved for ALL.',
      // "other" is other than the main subject: the standard is the bispecifics, not other products.
      'Like other BCMA bispecifics, linvoseltamab is available only through its own REMS program.',
      'Like Kymriah and the other 4-1BB products, Breyanzi uses a 4-1BB domain.',
    ],
  );
  for (const opener of patterns('comparison-likeness-openers'))
    it(`crossed: likeness "${opener}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${capitalized(opener)} ${p}, the candidate targets ${a}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
  for (const opener of patterns('comparison-contrast-openers'))
    it(`crossed: contrast "${opener}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${capitalized(opener)} ${p}, the candidate targets ${a}.`,
          (recorded) => recorded,
        ),
        [],
      );
    });
});

describe('framing: reporting frames (a non-factive verb leaves its complement unjudged, a factive one does not)', () => {
  table(
    [
      [
        'The panel confirmed that octreotide is FDA-approved to slow tumour growth in NETs.',
        'The panel confirmed that octreotide is FDA-approved to slow tumour growth in NETs.',
      ],
    ],
    ['A caller insisted that octreotide is FDA-approved to slow tumour growth in NETs; the panel disagreed.'],
  );
  // Every verb-and-'that' cue: a third party's complement, true or false, stays unjudged.
  for (const cue of patterns('reporting-cues').filter((p) => / that$/.test(p) && !/^(it|is) /.test(p)))
    it(`crossed: "${cue}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `A caller ${cue} ${p} targets ${a}.`,
          () => false,
        ),
        [],
      );
    });
  it('crossed: a factive "noted that" keeps the complement judged', () => {
    assert.deepEqual(
      cross(
        (p, a) => `The panel noted that ${p} targets ${a}.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe('framing: an imperative verb of describing prescribes the description', () => {
  table(
    [
      ['House style: call Carvykti a Kite product.', 'call Carvykti a Kite product'],
      ['Please describe Breyanzi as an allogeneic CAR-T.', 'Please describe Breyanzi as an allogeneic CAR-T.'],
    ],
    [
      'House style: call Carvykti a Janssen product.',
      'Please describe Breyanzi as an autologous CAR-T.',
      // Proscribed, or someone else's description.
      'Never call Carvykti a Kite product.',
      'Do not describe Breyanzi as an allogeneic CAR-T.',
      'Some writers call Carvykti a Kite product.',
    ],
  );
  for (const verb of ['describe', 'refer to', 'characterize', 'label'])
    it(`crossed: "Style note: ${verb} X as …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `Style note: ${verb} ${p} as a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('framing: a proscribed wording asserts nothing', () => {
  table(
    [
      [
        'Kymriah targets BCMA, so avoid calling it a CD19 product.',
        'Kymriah targets BCMA, so avoid calling it a CD19 product.',
      ],
    ],
    [
      "Avoid 'BCMA-directed' for Aucatzyl.",
      "Aucatzyl: steer clear of 'BCMA-directed'.",
      'Writers should avoid calling Aucatzyl a BCMA product.',
      'Please avoid the term BCMA-directed for Aucatzyl.',
    ],
  );
  for (const verb of patterns('proscriptive-verbs'))
    for (const act of ['calling', 'describing', 'the label'])
      it(`crossed: "${verb} ${act} X …"`, () => {
        const frame =
          act === 'the label'
            ? (p: string, a: string) => `${capitalized(verb)} the label '${a}-directed' for ${p}.`
            : (p: string, a: string) =>
                `${capitalized(verb)} ${act} ${p} ${act === 'describing' ? 'as ' : ''}a ${a}-directed product.`;
        assert.deepEqual(
          cross(frame, () => false),
          [],
        );
      });
});

describe('framing: an approved wording for a therapy', () => {
  table(
    [
      [
        "Preferred description of anakinra: 'a monoclonal antibody'.",
        "Preferred description of anakinra: 'a monoclonal antibody",
      ],
      [
        '"A CD19 CAR-T" is an acceptable way to describe Carvykti.',
        '"A CD19 CAR-T" is an acceptable way to describe Carvykti',
      ],
    ],
    [
      'Preferred description of anakinra: an IL-1 receptor antagonist.',
      '"A BCMA CAR-T" is an acceptable way to describe Carvykti.',
      '"A CD19 CAR-T" is not an acceptable way to describe Carvykti.',
    ],
  );
  for (const adjective of patterns('approving-adjectives'))
    it(`crossed: "${adjective} description of X: …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${capitalized(adjective)} description of ${p}: a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
  for (const noun of patterns('wording-nouns'))
    it(`crossed: "preferred ${noun} … X: …"`, () => {
      const link = noun.startsWith('way ') ? '' : ' for';
      assert.deepEqual(
        cross(
          (p, a) => `Preferred ${noun}${link} ${p}: a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('framing: wishes and requests, and comment clauses', () => {
  table(
    [['Carvykti is a Kite product, as the editors wished.', 'Carvykti is a Kite product, as the editors wished.']],
    [
      "Some readers want Yescarta's approval dated 2018; it came in October 2017.",
      'Carvykti is a Janssen product, as the editors wished.',
    ],
  );
  for (const wish of ['want', 'would like', 'would prefer', 'wished'])
    it(`crossed: "Some readers ${wish} X described as …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `Some readers ${wish} ${p} described as a ${a}-directed product.`,
          () => false,
        ),
        [],
      );
    });
  for (const comment of ['as readers expect', 'as patients hope', 'as expected'])
    it(`crossed: "X targets A, ${comment}"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `${p} targets ${a}, ${comment}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('coordination: what is said of a list of products is said of each', () => {
  table(
    [
      [
        'Lot 6: storage for Yescarta and Breyanzi, both from Kite.',
        'Lot 6: storage for Yescarta and Breyanzi, both from Kite.',
      ],
    ],
    [
      'Storage for Yescarta and Tecartus, both from Kite, is in lot 6.',
      'Storage for Yescarta and Abecma, both approved in 2021, is from Kite.',
    ],
  );
  // CheckList-style: every pair of FDA-approved products with recorded sponsors, with each company, in the two forms;
  // the sentence is false when the company is not a recorded sponsor of either one.
  const withSponsors = knowledge
    .byType('product')
    .filter((p) => p.status === 'fda-approved' && p.sponsors?.length && p.sponsors.every((s) => !s.unverified));
  const companies = ['Novartis', 'Kite', 'Bristol Myers Squibb', 'Legend Biotech', 'Autolus'];
  const makes = (product: (typeof withSponsors)[number], company: string) =>
    product.sponsors!.some((s) => s.name.includes(company));
  for (const [form, frame] of [
    ['a coordinated subject', (a: string, b: string, c: string) => `${a} and ${b} are both made by ${c}.`],
    [
      'an appositive after a list',
      (a: string, b: string, c: string) => `Lot 6: storage for ${a} and ${b}, both from ${c}.`,
    ],
  ] as const)
    it(`crossed: ${form}`, () => {
      assert.ok(withSponsors.length >= 5);
      const wrong: string[] = [];
      for (const [i, a] of withSponsors.entries())
        for (const b of withSponsors.slice(i + 1))
          for (const company of companies) {
            const text = frame(displayName(a), displayName(b), company);
            const expected = !makes(a, company) || !makes(b, company);
            if (findings(text).length > 0 !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
          }
      assert.deepEqual(wrong, []);
    });
});

describe('framing: a relative opened by a preposition and "which", and a relative whose gap is its verb\'s object', () => {
  table(
    [
      [
        'Grants will fund work on mantle cell lymphoma, for which Abecma was approved in 2020.',
        'for which Abecma was approved in 2020',
      ],
      [
        'Appendix B describes the lentiviral process by which Kite manufactures Yescarta.',
        'by which Kite manufactures Yescarta',
      ],
      ['Her notes mention CD22, which Kymriah targets on leukemia cells.', 'which Kymriah targets on leukemia cells'],
    ],
    [
      'Grants will fund work on mantle cell lymphoma, for which Tecartus was approved in 2020.',
      'Appendix B describes the lentiviral process by which Novartis manufactures Kymriah.',
      'Her notes mention CD19, which Kymriah targets on leukemia cells.',
      // The relative's own negation and hedge are kept.
      'Grants will fund work on multiple myeloma, for which Kymriah is not approved.',
      'Grants will fund work on multiple myeloma, for which Kymriah might someday be approved.',
      // A negated head names nothing the relative is about.
      'There is no lentiviral process by which Kite manufactures Yescarta.',
    ],
  );
  it('crossed: a stranded preposition moved before "which"', () => {
    assert.deepEqual(
      cross(
        (p, a) => `Our lab studies ${a}, to which ${p} binds.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
  it("crossed: the gap is the relative verb's object", () => {
    assert.deepEqual(
      cross(
        (p, a) => `Our lab studies ${a}, which ${p} targets on tumour cells.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe('framing: a tail of likeness ending the sentence says the predicate of its standard too', () => {
  table(
    [
      ['Yescarta uses CD28 co-stimulation, just like Kymriah.', 'just like Kymriah'],
      ['Tecartus targets CD19, the same antigen as Carvykti.', 'the same antigen as Carvykti'],
      // The clause without its tail is the writer's statement too.
      ['Breyanzi is made by Kite, same as Yescarta.', 'Breyanzi is made by Kite'],
    ],
    [
      'Tecartus uses CD28 co-stimulation, just like Yescarta.',
      'Breyanzi is made by Bristol Myers Squibb, same as Abecma.',
      // A date may be the subject's own; a negation may not be shared.
      'Kymriah was approved in 2017, like Yescarta.',
      'Kymriah does not use CD28, like Breyanzi.',
      // Not a tail after a comma: "like Abecma" says what Bristol Myers Squibb makes.
      'Carvykti is made by Janssen, not Bristol Myers Squibb like Abecma.',
      // Not the writer's, or not the sentence's end.
      'Critics claim that Yescarta uses 4-1BB, just like Kymriah.',
      'Kymriah targets CD19, like Yescarta, and is made by Novartis.',
    ],
  );
  const standardsOf = (target: string) =>
    products
      .filter((p) => p.design!.targets!.length === 1)
      .map((p) => [displayName(p), p.design!.targets![0] === target] as const);
  for (const tail of [...patterns('comparison-likeness-openers'), ...patterns('comparison-likeness-tails')])
    it(`crossed: tail "${tail}"`, () => {
      const written = tail === 'the same' ? 'the same antigen as' : tail;
      const wrong = standardsOf('cd19')
        .map(([standard, shares]) => [`Kymriah targets CD19, ${written} ${standard}.`, shares] as const)
        .filter(([text, shares]) => findings(text).length > 0 === shares)
        .map(([text]) => text);
      assert.deepEqual(wrong, []);
    });
});

describe('framing: one member of a counted set, and a count replaced by "not … but"', () => {
  table(
    [
      ['Tecartus is one of three CAR-Ts approved for children.', 'one of three CAR-Ts approved for children'],
      [
        'There are not five but eight FDA-approved CAR-T products today.',
        'not five but eight FDA-approved CAR-T products today',
      ],
    ],
    [
      'Abecma is one of two BCMA CAR-Ts on the US market.',
      'Kymriah is one of two CAR-Ts approved for children and young adults.',
      'There are not five but seven FDA-approved CAR-T products today.',
      'Aucatzyl is not one of the products that needed a REMS.',
      // A date outside the clause may be when the count held; a hedge leaves it open.
      'In 2019 Kymriah was one of two CAR-Ts on the US market.',
      'Breyanzi may be one of two CAR-Ts approved for kids by 2030.',
    ],
  );
  it('crossed: "one of two" antigen-directed products', () => {
    assert.deepEqual(
      cross(
        (p, a) => `${p} is one of two ${a}-directed products in our formulary.`,
        (recorded) => !recorded,
      ),
      [],
    );
  });
});

describe('framing: a prescription with a subject and a modal of obligation', () => {
  table(
    [
      ['The brochure should describe Tecelra as a CAR-T product.', 'describe Tecelra as a CAR-T product'],
      ['Writers must refer to Tecelra as a CAR-T product.', 'refer to Tecelra as a CAR-T product'],
      ['Style guide: always present Tecelra as a CAR-T product.', 'present Tecelra as a CAR-T product'],
    ],
    [
      'The brochure should describe Tecelra as a TCR T-cell therapy.',
      // Negated, someone else's prescription, or a subject with a clause of its own.
      'The brochure should never describe Tecelra as a CAR-T product.',
      'Style guide: never present Tecelra as a CAR-T product.',
      'Critics say the brochure should describe Tecelra as a CAR-T product.',
      'The reviewer thinks the brochure should describe Tecelra as a CAR-T product.',
      // "show" without "as" prescribes nothing.
      'Show Kymriah to the pharmacist.',
    ],
  );
  for (const verb of patterns('description-as-verbs'))
    it(`crossed: "The leaflet should ${verb} X as …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The leaflet should ${verb} ${p} as a ${a}-directed product.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe('modality: a modal of obligation before a verb of saying obliges the saying', () => {
  table(
    [
      [
        'The leaflet should state that Yescarta was the first CAR-T approved by the FDA.',
        'The leaflet should state that Yescarta was the first CAR-T approved by the FDA.',
      ],
      [
        'Nurses should tell patients that they must not drive for 8 weeks after CAR-T infusion.',
        'Nurses should tell patients that they must not drive for 8 weeks after CAR-T infusion.',
      ],
    ],
    [
      'The leaflet should state that Kymriah was the first CAR-T approved by the FDA.',
      'Nurses should tell patients that they must not drive for 2 weeks after CAR-T infusion.',
      // Negated, asked, or not a saying.
      'The leaflet should not say that Yescarta was the first CAR-T approved by the FDA.',
      'The leaflet should say whether Yescarta was the first CAR-T approved by the FDA.',
      'Yescarta should be the first CAR-T approved by the FDA.',
      'Critics say the leaflet should state that Yescarta was the first CAR-T approved by the FDA.',
    ],
  );
  for (const verb of patterns('content-wording-verbs'))
    it(`crossed: "The page should ${verb} that X targets …"`, () => {
      assert.deepEqual(
        cross(
          (p, a) => `The page should ${verb} that ${p} targets ${a}.`,
          (recorded) => !recorded,
        ),
        [],
      );
    });
});

describe("framing: a visual medium's depiction is the document's statement", () => {
  table(
    [
      [
        'Alt text: Poster presenting Lutathera as a cell therapy for neuroendocrine tumours.',
        'presenting Lutathera as a cell therapy for neuroendocrine tumours',
      ],
      ['The poster portrays Amtagvi as a CAR-T therapy.', 'portrays Amtagvi as a CAR-T therapy'],
      ['Slide 4 shows Tecartus as a Novartis product.', 'shows Tecartus as a Novartis product'],
    ],
    [
      'Alt text: Poster presenting Lutathera as a radioligand therapy for neuroendocrine tumours.',
      'The poster portrays Amtagvi as a tumour-infiltrating lymphocyte therapy.',
      // A past depiction, a rejected one, a negated or hedged one, or someone else's report.
      'The old poster presented Amtagvi as a CAR-T therapy, which was wrong.',
      'The poster presents Amtagvi as a CAR-T therapy, which is wrong.',
      'The poster presents Amtagvi as a CAR-T therapy; that is an error.',
      'The poster presents Amtagvi as a CAR-T therapy. That is not true.',
      'No poster presents Amtagvi as a CAR-T therapy.',
      'If the poster presents Amtagvi as a CAR-T therapy, fix it.',
      'Critics say the poster presents Amtagvi as a CAR-T therapy.',
    ],
  );
  for (const noun of patterns('depiction-media-nouns'))
    for (const verb of ['shows', 'presenting'])
      it(`crossed: "The ${noun} ${verb} X as …"`, () => {
        assert.deepEqual(
          cross(
            (p, a) => `The ${noun} ${verb} ${p} as a ${a}-directed product.`,
            (recorded) => !recorded,
          ),
          [],
        );
      });
});

describe('framing: a factive or emotive frame presupposes its that-clause, whatever its own tense', () => {
  table(
    [
      [
        'I was relieved to learn that Carvykti, unlike the older drugs, carries no boxed warning at all.',
        'Carvykti, unlike the older drugs, carries no boxed warning at all',
      ],
      ['It was a relief to discover that Abecma carries no boxed warning.', 'Abecma carries no boxed warning'],
      ['We were glad to find out that Breyanzi carries no boxed warning.', 'Breyanzi carries no boxed warning'],
    ],
    [
      'I was relieved to learn that Carvykti targets BCMA.',
      // Not factive, negated, modal, conditional, reported, asked, or a question's "whether".
      'I was told that Abecma carries no boxed warning.',
      'We had hoped to learn that Abecma carries no boxed warning.',
      'I never learned that Abecma carries no boxed warning.',
      'I would be relieved to learn that Abecma carries no boxed warning.',
      'If I had learned that Abecma carries no boxed warning, I would have slept better.',
      'She says she was relieved to learn that Abecma carries no boxed warning.',
      'I never learned whether Abecma carries a boxed warning.',
      'Were you relieved to learn that Abecma carries no boxed warning?',
      // A date outside the clause may be when it held.
      'In 2020 we were relieved to learn that the Yescarta REMS was still in place.',
    ],
  );
  // Each emotive word, as an adjective ("I was glad to learn that") or a noun ("It was a relief to learn that").
  for (const word of patterns('emotive-frames'))
    it(`crossed: "${word} to learn that X carries no boxed warning"`, () => {
      const noun = JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', 'emotive-frames.json'), 'utf8'))
        .patterns.find((p: { pattern: string; example: string }) => p.pattern === word)
        .example.includes(`a ${word} `);
      const frame = noun ? `It was a ${word} to learn that` : `I was ${word} to learn that`;
      assert.deepEqual(
        cross(
          (p) => `${frame} ${p} carries no boxed warning.`,
          () => true,
        ),
        [],
      );
    });
});

describe('framing: an embedded yes/no question answered by a bare affirmative asserts its clause', () => {
  table(
    [
      ['People ask if my Amtagvi was a CAR-T; it was, made from her own tumor.', 'my Amtagvi was a CAR-T'],
      ['Someone asked if Kymriah is approved for myeloma, and yes, it is.', 'Kymriah is approved for myeloma'],
      ['Listeners keep asking whether Tecelra is a CAR-T. It is.', 'Tecelra is a CAR-T'],
    ],
    [
      'People ask if my Amtagvi was a CAR-T; it was not.',
      "People ask if my Amtagvi was a CAR-T; it wasn't, it is a TIL therapy.",
      'People ask if Carvykti targets BCMA; it does.',
      'People ask if my Amtagvi was a CAR-T.',
      'Listeners keep asking whether Amtagvi is a CAR-T. It is not.',
      'Nobody would ask if Tecelra is a CAR-T; it is, some think.',
    ],
  );
});

describe('framing: a parenthesis opening with a participle after a named product is its own statement', () => {
  table(
    [
      [
        'Guests receiving Carvykti (made by Bristol Myers Squibb) may claim a 10% discount.',
        'made by Bristol Myers Squibb',
      ],
      ['Guests receiving Abecma (made by Novartis) may claim a discount.', 'made by Novartis'],
    ],
    [
      'Guests receiving Carvykti (made by Janssen and Legend Biotech) may claim a 10% discount.',
      'Patients on Tecartus (approved for adults with ALL) may join the group.',
      'Guests receiving a CAR-T (made in a central facility) may claim a discount.',
    ],
  );
});

describe('framing: an appositive may hold its own restrictive clause after its head noun', () => {
  table(
    [
      [
        'Kymriah, the Gilead drug my oncologist kept mentioning, arrived frozen.',
        'the Gilead drug my oncologist kept mentioning',
      ],
      [
        'The lab receives Yescarta, the Novartis product built on a CD28 domain, every week.',
        'the Novartis product built on a CD28 domain',
      ],
      ['Tecartus, the Novartis drug, had bought her a year.', 'the Novartis drug'],
    ],
    [
      'Kymriah, the Novartis drug my oncologist kept mentioning, arrived frozen.',
      'Abecma, the first CAR-T the FDA approved for myeloma, arrived.',
      'Kymriah, the drug that the FDA approved first, arrived.',
      'Tecartus, the Kite drug, had bought her a year.',
    ],
  );
});

describe('reported: a verb group that links as a copula rejects what was said before it', () => {
  table(
    [
      [
        'Tecartus came from Novartis, which proved to be a surprise.',
        'Tecartus came from Novartis, which proved to be a surprise.',
      ],
    ],
    [
      'I was told that Tecartus came from Novartis, which turned out to be wrong.',
      'A nurse said Yescarta uses 4-1BB, which proved wrong.',
      'The flyer says Abecma targets CD19, which has turned out to be untrue.',
    ],
  );
});

describe('framing: a relative clause on a counted span of time says its clause for that long', () => {
  table(
    [
      [
        'Our lodging programme houses CAR-T families for the four weeks they must stay near the hospital after a Breyanzi infusion.',
        'four weeks they must stay near the hospital after a Breyanzi infusion',
      ],
      [
        'Volunteers drive patients during the eight weeks they are not allowed to drive after a CAR-T infusion.',
        'eight weeks they are not allowed to drive after a CAR-T infusion',
      ],
    ],
    [
      'Our lodging programme houses CAR-T families for the two weeks they must stay near the hospital after a Breyanzi infusion.',
      'Volunteers drive patients during the two weeks they are not allowed to drive after a CAR-T infusion.',
      'Before June 2025, volunteers drove patients during the eight weeks they were not allowed to drive after a CAR-T infusion.',
    ],
  );
});

describe('framing: a welcomed decision to approve is taken as an approval', () => {
  table(
    [
      [
        "The Committee welcomes the FDA's decision last June to license satri-cel for gastric cancer.",
        "FDA's decision last June to license satri-cel for gastric cancer",
      ],
    ],
    [
      "The Committee welcomes the NMPA's decision last June to license satri-cel for gastric cancer.",
      "We welcome the FDA's decision to approve Carvykti for multiple myeloma.",
      // Not welcomed, or not a welcome of the act.
      "We await the FDA's decision to approve anito-cel for multiple myeloma.",
      "We would welcome the FDA's decision to approve satri-cel for gastric cancer.",
      "We do not welcome the FDA's decision to approve satri-cel for gastric cancer.",
    ],
  );
});

describe('framing: a sentential relative of reason or means states the clause after it', () => {
  table(
    [['Gilead bought Autolus, which is how Aucatzyl became a Gilead product.', 'Aucatzyl became a Gilead product']],
    [
      'Kite developed Yescarta, which is how it became a Gilead product.',
      'BMS bought 2seventy bio in 2025, which is why Abecma is now a Bristol Myers Squibb product.',
    ],
  );
});

describe('reported: a verb of saying or telling right after a relative word on an indefinite or set-off source', () => {
  table(
    [
      // The writer's own clause beside the report, and a source the writer's sentence does not set off.
      [
        'Our nurse found a flyer which says Tecartus was approved in 2020; Tecartus was actually approved in 2015.',
        'Our nurse found a flyer which says Tecartus was approved in 2020; Tecartus was actually approved in 2015.',
      ],
      [
        'The guide that our clinic wrote says Breyanzi targets BCMA.',
        'The guide that our clinic wrote says Breyanzi targets BCMA.',
      ],
      // Set off by a comma, a source the writer owns before it is the writer's.
      [
        'We published the new guide, which says Breyanzi targets BCMA.',
        'We published the new guide, which says Breyanzi targets BCMA.',
      ],
    ],
    [
      'Our nurse found a flyer which says Tecartus is approved for children.',
      'We heard from a caller who insists Yescarta targets BCMA.',
      'The podcast episode, which claims Abecma is approved for lymphoma, was taken down.',
      'I spoke to a rep who told me Breyanzi is approved for myeloma.',
      'Some slides that suggest Kymriah targets BCMA are still shared online.',
    ],
  );
});

describe('reported: a correction after a lone spaced dash, by a perfect verdict, or by giving the role to another', () => {
  table(
    [
      // "belongs to it" leaves the role where the report put it: the report stands.
      [
        'The slide claims Yescarta was the first FDA-approved CAR-T; that honour belongs to it.',
        'The slide claims Yescarta was the first FDA-approved CAR-T; that honour belongs to it.',
      ],
      // A verdict that endorses is no rejection.
      [
        'A blog post states that Abecma targets CD19 — that is correct.',
        'A blog post states that Abecma targets CD19 — that is correct.',
      ],
    ],
    [
      'Fact-check: a blog post states that Abecma targets CD19 — it targets BCMA.',
      'A blog post states that Abecma targets CD19 — that is wrong.',
      'One outlet wrote that Carvykti is only for patients after four prior lines; that has been outdated since April 2024.',
      'One outlet wrote that Carvykti is only for patients after four prior lines; that has long been out of date.',
      'The slide claims Yescarta was the first FDA-approved CAR-T; that honour belongs to Kymriah (August 2017).',
      'The poster said Carvykti was the first BCMA CAR-T; that distinction went to Abecma.',
    ],
  );
  // The writer's clause after the dash restates with a pronoun, which is not resolved: only the report's being set
  // aside is crossed.
  it('crossed: "a post states that X targets A — it targets B" sets the report aside', () => {
    assert.deepEqual(
      cross(
        (p, a) => `A post states that ${p} targets ${a === 'CD19' ? 'BCMA' : 'CD19'} — it targets ${a}.`,
        () => false,
      ),
      [],
    );
  });
});

describe('reported: a report the writer says fails, or whose unique role the next sentence gives another name', () => {
  table(
    [
      // A report whose failure is not said stays asserted.
      [
        'The defence argues that Yescarta targets BCMA, and that argument is correct.',
        'The defence argues that Yescarta targets BCMA, and that argument is correct.',
      ],
      // The reason after the failure is the writer's own statement, judged alone.
      [
        'The defence argued that Kymriah targets BCMA. That argument fails because Kymriah targets CD22.',
        'That argument fails because Kymriah targets CD22.',
      ],
      // What failed is no proposition: the treatment, not the report.
      [
        'A reader letter said Abecma targets CD19; the treatment fails because of relapse.',
        'A reader letter said Abecma targets CD19; the treatment fails because of relapse.',
      ],
      // Another ranking is no reassignment of the reported role.
      [
        'A reader letter said Tecartus was the first CAR-T approved by the FDA. Kymriah, the Novartis product, is the first in our list.',
        'A reader letter said Tecartus was the first CAR-T approved by the FDA.',
      ],
    ],
    [
      'Respondent argues, without citing any label, that CAR-T is experimental for lymphoma; that argument fails because Yescarta has been FDA-approved for large B-cell lymphoma since 2017.',
      'The appellant submits that Abecma targets CD19; the submission does not hold, since Abecma targets BCMA.',
      'Counsel contended that Carvykti targets CD19. That contention cannot stand.',
      'A reader letter said Tecartus was the first CAR-T approved by the FDA. Kymriah, approved in 2017, was the first.',
      'An online quiz said Abecma was the first CAR-T approved for any cancer. Kymriah, cleared in August 2017, came first.',
      'A story on Monday about cancer cell therapy said Yescarta was the first CAR-T approved by the FDA. Kymriah, approved in August 2017, was first.',
      'A blog post regarding CAR-T therapy said Abecma targets CD19. In fact it targets BCMA.',
    ],
  );
});

describe('reported: an update of a report refers back to it, whatever the sentence names', () => {
  table(
    [
      // What remains is no update: the report stands.
      [
        'An older leaflet gives the REMS as still in force; it remains in force today.',
        'An older leaflet gives the REMS as still in force; it remains in force today.',
      ],
    ],
    [
      'An older leaflet gives the REMS as still in force; it ended in June 2025.',
      'A 2022 handout describes REMS certification as mandatory; it was dropped in 2025.',
    ],
  );
});
