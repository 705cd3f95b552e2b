import * as assert from 'node:assert/strict';
import type { Entity } from '../../server/src/kb/types';
import { ALIAS_TOKENS_JSON, ALIAS_WORDS_JSON } from '../../server/src/terms/alias-tokens.generated';
import { TermMatcher, termTokensOf } from '../../server/src/terms/matcher';
import { wordsOfAlias } from '../../server/src/terms/vocabulary';
import { builtInKnowledgeBase } from '../helpers/service';

function entity(id: string, name: string, aliases: Entity['aliases'] = []): Entity {
  return { id, type: 'product', name, aliases, definition: '', sources: [] };
}

const matcher = new TermMatcher([
  entity('kymriah', 'tisagenlecleucel', [
    { text: 'Kymriah', kind: 'brand' },
    { text: 'tisa-cel', kind: 'short' },
  ]),
  entity('b-all', 'B-cell acute lymphoblastic leukemia', [
    { text: 'ALL', kind: 'abbreviation' },
    { text: 'B-ALL', kind: 'abbreviation' },
  ]),
  entity('crs', 'cytokine release syndrome', [{ text: 'CRS', kind: 'abbreviation' }]),
  entity('car-t', 'CAR T-cell therapy', [
    { text: 'CAR T', kind: 'synonym' },
    { text: 'CAR T cell', kind: 'synonym' },
  ]),
  entity('net', 'neuroendocrine tumor', [{ text: 'NET', kind: 'abbreviation' }]),
  entity('cll-sll', 'CLL/SLL'),
  entity('therapy', 'cell therapy'),
]);
const found = (text: string) => matcher.find(text).map((m) => `${m.entity.id}:${m.text}`);

describe('term matcher', () => {
  it('finds aliases with word boundaries', () => {
    assert.deepEqual(found('Kymriah (tisa-cel) treats ALL.'), ['kymriah:Kymriah', 'kymriah:tisa-cel', 'b-all:ALL']);
    assert.deepEqual(found('Kymriahs and tisa-cellular'), []);
  });
  it('respects case: ALL the leukemia is never the word "all"', () => {
    assert.deepEqual(found('All patients, all of them.'), []);
    assert.deepEqual(found('crs is lower case'), []);
    assert.deepEqual(found('KYMRIAH in capitals'), ['kymriah:KYMRIAH']);
  });
  it('matches an exact-case brand in capitals, and nothing else in another case', () => {
    const exact = new TermMatcher([
      entity('carvykti', 'ciltacabtagene autoleucel', [{ text: 'Carvykti', kind: 'brand', case: 'exact' }]),
      entity('pnet', 'pancreatic neuroendocrine tumor', [{ text: 'pNET', kind: 'abbreviation', case: 'exact' }]),
    ]);
    const inExact = (text: string) => exact.find(text).map((m) => `${m.entity.id}:${m.text}`);
    assert.deepEqual(inExact('CARVYKTI and Carvykti'), ['carvykti:CARVYKTI', 'carvykti:Carvykti']);
    assert.deepEqual(inExact('carvykti, CarVykti'), [], 'a brand in lower or mixed case is not the brand');
    assert.deepEqual(inExact('PNET and pNET'), ['pnet:pNET'], 'only brands are set in capitals');
  });
  it('is case-insensitive for lower-case aliases', () => {
    assert.deepEqual(found('Tisagenlecleucel and Cytokine Release Syndrome'), [
      'kymriah:Tisagenlecleucel',
      'crs:Cytokine Release Syndrome',
    ]);
  });
  it('treats hyphens, en dashes and spaces alike', () => {
    assert.deepEqual(found('CAR-T, CAR T, CAR–T and CAR T-cell'), [
      'car-t:CAR-T',
      'car-t:CAR T',
      'car-t:CAR–T',
      'car-t:CAR T-cell',
    ]);
  });
  it('prefers the longest alias', () => {
    assert.deepEqual(found('B-ALL relapsed'), ['b-all:B-ALL']);
    assert.deepEqual(found('CAR T-cell therapy works'), ['car-t:CAR T-cell therapy']);
  });
  it('matches plurals and possessives', () => {
    assert.deepEqual(found('NETs and CAR T cells and cell therapies'), [
      'net:NETs',
      'car-t:CAR T cells',
      'therapy:cell therapies',
    ]);
    assert.deepEqual(found("Kymriah's label"), ['kymriah:Kymriah']);
    assert.deepEqual(found('Kymriahs'), [], 'brands take no plural');
  });
  it('requires punctuation inside an alias', () => {
    assert.deepEqual(found('CLL/SLL and CLL SLL'), ['cll-sll:CLL/SLL']);
  });
  it('does not join terms across a paragraph break or other punctuation', () => {
    assert.deepEqual(found('CAR.\n\nT cell'), []);
  });

  it('starts with the shipped names and aliases read at build time, as termTokensOf and wordsOfAlias read them', () => {
    const shipped = JSON.parse(ALIAS_TOKENS_JSON) as Record<string, string[]>;
    const shippedWords = JSON.parse(ALIAS_WORDS_JSON) as Record<string, [string, boolean][]>;
    let texts = 0;
    for (const entity of builtInKnowledgeBase().entities.values())
      for (const { text } of [{ text: entity.name }, ...entity.aliases]) {
        assert.deepEqual(
          shipped[text],
          termTokensOf(text).map((t) => t.text),
          text,
        );
        assert.deepEqual(shippedWords[text], wordsOfAlias(text), text);
        texts++;
      }
    assert.ok(texts > 500, `${texts} texts`);
  });
});
