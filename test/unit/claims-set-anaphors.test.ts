import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A subject standing for a set named just before it ("Both", "They", "4 of them") is judged as that set, on its own
// sentence, and the message names the products it resolved to.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///set-anaphors/${++version}.md`);

describe('claims: set anaphors', () => {
  it('judges "both", "they" and "N of them" as the set named before, on the anaphor\'s sentence', () => {
    const lint = service();
    for (const [text, range, names] of [
      ['Kymriah and Breyanzi are CD19 CAR-Ts. Both use CD28.', 'Both use CD28.', ['Kymriah', 'Breyanzi']],
      ['Abecma and Carvykti treat myeloma. They target CD19.', 'They target CD19.', ['Abecma', 'Carvykti']],
      [
        'Kymriah, Breyanzi and Abecma are made with lentiviral vectors. They each use CD28.',
        'They each use CD28.',
        ['Kymriah', 'Breyanzi', 'Abecma'],
      ],
      // An answer's clause after its yes: the two products its question asks about.
      [
        'Q: Does Yescarta use the same costimulatory domain as Kymriah?\nA: Yes, both use 4-1BB.',
        'A: Yes, both use 4-1BB.',
        ['Yescarta'],
      ],
      // A list line counting a class, and a count of it on the next line.
      ['- 7 FDA-approved CAR-Ts\n- 4 of them use CD28 costimulation\n', '4 of them use CD28 costimulation', ['four']],
      // A slide's title over lines opening with a bullet glyph: the lines are a list, the count a count of the line before.
      [
        'Slide 3 - Background\n• 7 FDA-approved CAR-Ts\n• 4 of them use CD28 costimulation\n',
        '4 of them use CD28 costimulation',
        ['four'],
      ],
    ] as const) {
      const found = findings(lint, text);
      assert.ok(found.length > 0, text);
      for (const f of found) assert.equal(f.at, `contradicted: ${range}`, text);
      for (const name of names)
        assert.ok(
          found.some((f) => f.message.includes(name)),
          `${text}: ${name} in ${found.map((f) => f.message)}`,
        );
    }
  });

  it('leaves a set anaphor unjudged when the set is true of it, not the subject before, or not one set', () => {
    const lint = service();
    for (const text of [
      'Yescarta and Tecartus come from Kite. Both use CD28.',
      'Abecma and Carvykti treat myeloma. They both target BCMA.',
      'Q: Does Yescarta use the same costimulatory domain as Tecartus?\nA: Yes, both use CD28.',
      '- 7 FDA-approved CAR-Ts\n- 2 of them use CD28 costimulation\n',
      // Named as objects: "they" may be the doctors.
      'Our doctors compared Abecma and Carvykti. They target CD19.',
      // "Both" of three, or of one.
      'Kymriah, Breyanzi and Abecma are autologous. Both use CD28.',
      'Kymriah is a CD19 CAR-T. Both use CD28.',
      // A count of listed products is not a count of the class.
      'Kymriah, Yescarta and Tecartus are FDA-approved CAR-Ts. Three of them use CD28.',
      // A hedge in the anaphor's sentence stays with it.
      'Abecma and Carvykti treat myeloma. They may one day target CD19.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
