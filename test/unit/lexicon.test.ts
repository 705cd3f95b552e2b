import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {
  entryForms,
  type LexiconData,
  lexiconPatterns,
  nounForms,
  verbForms,
  verbParticiple,
  verbParts,
} from '../../scripts/inflect';
import { lexicon, lexiconWords, type LexiconName } from '../../server/src/claims/lexicon';
import { findPhrase, wordsOf } from '../../server/src/claims/words';

// The claim engine's cue lexicons (data/lexicon/*.json): valid, exemplified, and what the engine loads.

const DIR = join(process.cwd(), 'data', 'lexicon');
const schema = JSON.parse(readFileSync(join(process.cwd(), 'data', 'schema', 'lexicon.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name: name.replace(/\.json$/, '') as LexiconName,
    data: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as LexiconData,
  }));

// A "_" in a pattern stands for a name the engine takes out (question-population-frames: "who is _ for"): the words
// around it must occur in order, with at least one word in its place.
function containsPattern(example: string, pattern: string): boolean {
  if (!pattern.includes('_')) return findPhrase(wordsOf(example), [pattern]) !== undefined;
  const words = wordsOf(example).filter((w) => !w.punct);
  let from = 0;
  for (const [i, part] of pattern.split(/ ?_ ?/).entries()) {
    // After a "_", at least one word stands for the name.
    const start = i === 0 ? from : from + 1;
    if (!part) {
      if (start > words.length) return false;
      from = start;
      continue;
    }
    const hit = findPhrase(words, [part], start);
    if (!hit) return false;
    from = hit.at + hit.length;
  }
  return true;
}

describe('cue lexicons (data/lexicon)', () => {
  it('exist, and each matches the lexicon schema', () => {
    assert.ok(files.length >= 3, 'data/lexicon holds the cue lexicons');
    const invalid = files.filter(({ data }) => !validate(data)).map(({ name }) => name);
    assert.deepEqual(invalid, []);
  });

  it('the schema rejects a pattern without an example, an upper-case pattern and a doubled space', () => {
    const file = (pattern: Record<string, string>) => ({ description: 'd', patterns: [pattern] });
    assert.equal(validate(file({ pattern: 'rather than' })), false);
    assert.equal(validate(file({ pattern: 'Rather than', example: 'Rather than X.' })), false);
    assert.equal(validate(file({ pattern: 'rather  than', example: 'rather  than' })), false);
    assert.equal(validate(file({ pattern: 'rather than', example: 'A rather than B.' })), true);
  });

  it('every example sentence contains its pattern (or one of the forms a lemma stands for), word for word', () => {
    const missing = files.flatMap(({ name, data }) =>
      data.patterns
        .filter((entry) => !entryForms(entry, data.inflect).some((form) => containsPattern(entry.example, form)))
        .map(({ pattern, example }) => `${name}: "${pattern}" not in "${example}"`),
    );
    assert.deepEqual(missing, []);
  });

  it('the engine loads exactly the patterns of each file, with the forms of its lemmas', () => {
    for (const { name, data } of files) {
      assert.deepEqual(lexicon(name), lexiconPatterns(data), name);
      assert.deepEqual(
        [...lexiconWords(name)],
        lexiconPatterns(data).filter((p) => !p.includes(' ')),
        name,
      );
    }
  });

  it('the irregular forms match their schema', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));
    const check = new Ajv2020({ allErrors: true, strict: false }).compile(read('data/schema/morphology.schema.json'));
    assert.ok(check(read('data/morphology/irregular.json')), JSON.stringify(check.errors));
  });
});

describe('lemma lexicons (scripts/inflect.ts)', () => {
  it('inflects a regular verb by rule: -s/-es/-ies, -ed/-d/-ied, -ing with e dropped', () => {
    assert.deepEqual(verbForms('target'), ['target', 'targets', 'targeted', 'targeting']);
    assert.deepEqual(verbForms('carry'), ['carry', 'carries', 'carried', 'carrying']);
    assert.deepEqual(verbForms('cause'), ['cause', 'causes', 'caused', 'causing']);
    assert.deepEqual(verbForms('reach'), ['reach', 'reaches', 'reached', 'reaching']);
    assert.deepEqual(verbForms('delay'), ['delay', 'delays', 'delayed', 'delaying']);
    assert.deepEqual(verbForms('tie'), ['tie', 'ties', 'tied', 'tying']);
    assert.deepEqual(verbForms('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
  });

  it('doubles the last consonant of a one-syllable verb ending consonant-vowel-consonant, or of a listed one', () => {
    assert.deepEqual(verbForms('stop'), ['stop', 'stops', 'stopped', 'stopping']);
    assert.deepEqual(verbForms('refer'), ['refer', 'refers', 'referred', 'referring']);
    assert.deepEqual(verbForms('need'), ['need', 'needs', 'needed', 'needing']);
    assert.deepEqual(verbForms('fix'), ['fix', 'fixes', 'fixed', 'fixing']);
    assert.deepEqual(verbForms('show'), ['show', 'shows', 'showed', 'shown', 'showing']);
    assert.deepEqual(verbForms('edit'), ['edit', 'edits', 'edited', 'editing']);
  });

  it('takes irregular forms from data, and pluralises nouns', () => {
    assert.deepEqual(verbForms('go'), ['go', 'goes', 'went', 'gone', 'going']);
    assert.deepEqual(verbForms('sell'), ['sell', 'sells', 'sold', 'selling']);
    assert.deepEqual(nounForms('study'), ['study', 'studies']);
    assert.deepEqual(nounForms('class'), ['class', 'classes']);
    assert.deepEqual(nounForms('day'), ['day', 'days']);
    assert.deepEqual(nounForms('criterion'), ['criterion', 'criteria']);
  });

  it("inflects an entry's head word: a verb's first, a noun's last, or the one it names", () => {
    const entry = (pattern: string, more: object = {}) => ({ pattern, example: pattern, ...more });
    assert.deepEqual(entryForms(entry('go after'), 'verb'), [
      'go after',
      'goes after',
      'went after',
      'gone after',
      'going after',
    ]);
    assert.deepEqual(entryForms(entry('adverse event'), 'noun'), ['adverse event', 'adverse events']);
    assert.deepEqual(entryForms(entry('still apply', { head: 1 }), 'verb'), [
      'still apply',
      'still applies',
      'still applied',
      'still applying',
    ]);
    assert.deepEqual(entryForms(entry('type of', { inflect: 'noun', head: 0 }), undefined), ['type of', 'types of']);
    assert.deepEqual(entryForms(entry('targeting', { inflect: 'none' }), 'verb'), ['targeting']);
    assert.throws(() => entryForms(entry('go after', { head: 2 }), 'verb'), /head 2/);
  });

  it("tells a verb's past participle: by rule, or the last irregular form between the -s and -ing forms", () => {
    assert.equal(verbParticiple('target'), 'targeted');
    assert.equal(verbParticiple('carry'), 'carried');
    assert.equal(verbParticiple('stop'), 'stopped');
    assert.equal(verbParticiple('make'), 'made');
    assert.equal(verbParticiple('go'), 'gone');
    assert.equal(verbParticiple('show'), 'shown');
    assert.equal(verbParticiple('be'), 'been');
    assert.equal(verbParticiple('come'), 'come');
    assert.equal(verbParticiple('run'), 'run');
    assert.equal(verbParticiple('put'), 'put');
  });

  it("gives a verb lexicon's lemmas and participles, entry by entry, without the entries not inflected as verbs", () => {
    const data: LexiconData = {
      description: 'd',
      inflect: 'verb',
      patterns: [
        { pattern: 'make', example: 'make' },
        { pattern: 'co develop', example: 'co develop', head: 1 },
        { pattern: 'lead to', example: 'lead to' },
        { pattern: 'on the basis of', example: 'on the basis of', inflect: 'none' },
      ],
    };
    assert.deepEqual(verbParts(data), {
      lemmas: ['make', 'co develop', 'lead to'],
      participles: ['made', 'co developed', 'led to'],
    });
  });

  it('rejects a hand-listed form that a lemma of the same lexicon derives', () => {
    const data = (...patterns: string[]) => ({
      description: 'd',
      inflect: 'verb' as const,
      patterns: patterns.map((pattern) => ({ pattern, example: pattern })),
    });
    assert.throws(() => lexiconPatterns(data('target', 'targets')), /"targets" is listed twice/);
    assert.deepEqual(lexiconPatterns(data('bind to', 'target')), [
      'bind to',
      'binds to',
      'bound to',
      'binding to',
      'target',
      'targets',
      'targeted',
      'targeting',
    ]);
  });

  it('a numerals lexicon reads each count word as its digits too, after every inflected form', () => {
    const data = {
      description: 'd',
      inflect: 'noun' as const,
      numerals: true as const,
      patterns: ['two dose', 'split dose', 'more than one course'].map((pattern) => ({ pattern, example: pattern })),
    };
    assert.deepEqual(lexiconPatterns(data), [
      'two dose',
      'two doses',
      '2 dose',
      '2 doses',
      'split dose',
      'split doses',
      'more than one course',
      'more than one courses',
      'more than 1 course',
      'more than 1 courses',
    ]);
    assert.equal(lexiconPatterns({ description: 'd', inflect: 'noun', patterns: data.patterns }).length, 6);
  });

  it('the schema accepts a lexicon or an entry marked as a lemma, and no other kind', () => {
    const file = (top: object, entry: object) => ({
      description: 'd',
      ...top,
      patterns: [{ pattern: 'go after', example: 'x', ...entry }],
    });
    assert.equal(validate(file({ inflect: 'verb' }, {})), true);
    assert.equal(validate(file({}, { inflect: 'noun', head: 0 })), true);
    assert.equal(validate(file({ inflect: 'adjective' }, {})), false);
    assert.equal(validate(file({}, { head: -1 })), false);
  });
});
