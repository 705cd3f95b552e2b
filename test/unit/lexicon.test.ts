import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { lexicon, lexiconWords, type LexiconName } from '../../server/src/claims/lexicon';
import { findPhrase, wordsOf } from '../../server/src/claims/words';

// The claim engine's cue lexicons (data/lexicon/*.json): valid, exemplified, and what the engine loads.

interface LexiconFile {
  description: string;
  patterns: { pattern: string; example: string }[];
}

const DIR = join(process.cwd(), 'data', 'lexicon');
const schema = JSON.parse(readFileSync(join(process.cwd(), 'data', 'schema', 'lexicon.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name: name.replace(/\.json$/, '') as LexiconName,
    data: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as LexiconFile,
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

  it('every example sentence contains its pattern, word for word', () => {
    const missing = files.flatMap(({ name, data }) =>
      data.patterns
        .filter(({ pattern, example }) => !containsPattern(example, pattern))
        .map(({ pattern, example }) => `${name}: "${pattern}" not in "${example}"`),
    );
    assert.deepEqual(missing, []);
  });

  it('the engine loads exactly the patterns of each file', () => {
    for (const { name, data } of files) {
      assert.deepEqual(
        lexicon(name),
        data.patterns.map((p) => p.pattern),
        name,
      );
      assert.deepEqual(
        [...lexiconWords(name)],
        data.patterns.map((p) => p.pattern).filter((p) => !p.includes(' ')),
        name,
      );
    }
  });
});
