import * as assert from 'node:assert/strict';
import { claimIdsAndTexts, service } from '../helpers/service';

// A result clause after ", so" is a clause of its own however long its subject ("so the children's version of the
// leaflet is not needed") or whatever verb follows its pronoun ("so we drop the leaflet"): a population, negation or
// hedge in it does not reach the main clause's claim, which is judged on its own.

let version = 0;
const found = (lint: ReturnType<typeof service>, text: string) =>
  claimIdsAndTexts(lint, text, `file:///result-clauses/${++version}.md`);

describe('claims: result clauses after ", so"', () => {
  const lint = service();

  const invalid: [string, string][] = [
    // A definite subject opens the result clause whatever its verb: the negation before it is the main clause's own.
    [
      'No CAR-T is approved for multiple myeloma, so the myeloma service depends on trials.',
      'contradicted: No CAR-T is approved for multiple myeloma, so the myeloma service depends on trials.',
    ],
    [
      'Note to translators: Kymriah is approved for adults only, so the children’s version of the leaflet is not needed.',
      'contradicted: Note to translators: Kymriah is approved for adults only, so the children’s version of the leaflet is not needed.',
    ],
    [
      'Kymriah is approved for adults only, so we drop the pediatric leaflet.',
      'contradicted: Kymriah is approved for adults only, so we drop the pediatric leaflet.',
    ],
    [
      'Editor comment: Breyanzi is approved for adults only, so they removed the section on children. Yescarta is for children too, so the children’s section of the leaflet stays.',
      'contradicted: Yescarta is for children too, so the children’s section of the leaflet stays.',
    ],
  ];
  for (const [text, expected] of invalid)
    it(`flags the main clause: ${text}`, () => assert.deepEqual(found(lint, text), [expected]));

  const valid = [
    'Tecartus is approved for adults only, so the children’s version of the leaflet is not needed.',
    'Tecartus is approved for adults only, so we drop the pediatric leaflet.',
    // A hedge in the main clause still scopes it; the result clause's own words say nothing of the product.
    'Tecartus might one day be approved for children, so the children’s version of the leaflet is being drafted.',
    // The result clause's subject ("the cell therapy service") does not widen the negated subject before it.
    'No CAR-T is approved for melanoma, so the cell therapy service depends on trials.',
    'No CAR-T is approved for sarcoma, so the cell therapy service relies on trials.',
    // ", so far" and ", so much" open no clause.
    'Tecartus is approved for adults, so far the only population on its label.',
  ];
  for (const text of valid) it(`keeps clean: ${text}`, () => assert.deepEqual(found(lint, text), []));
});
