import * as assert from 'node:assert/strict';
import { LEXICONS } from '../../server/src/claims/lexicon.generated';
import { RELATIONS } from '../../server/src/claims/relations/all.generated';
import { analyze } from '../../server/src/document/analysis';
import { builtInKnowledgeBase, doc, service } from '../helpers/service';

// A relation's prefilter (`applies`) reads a sentence's whole text, and a sentence too long to judge still reaches
// it: a pattern with an unbounded gap ("cd4 … cd8") backtracks once per occurrence of its first cue, so 80 kB of one
// cue took seconds. Each cue of every lexicon is repeated alone, with a mention of every entity (prefilters are
// gated on the kinds of entity a sentence names); a call that is slow at one size must cost as much per byte at 4×.
const BYTES = 20_000;
const SLOW_MS = 15;
const GROWTH = 2.5;
// A call under this at 4× the size is noise on a loaded machine (a collection), not growth.
const MIN_LARGE_MS = 50;

function cues(): string[] {
  return [...new Set(Object.values(LEXICONS).flat())].sort();
}

describe('adversarial input: relation prefilters are linear in a repeated cue', function () {
  this.timeout(300_000);

  it('every lexicon cue repeated alone, with every entity named, costs as much per byte at 4× the size', () => {
    const index = service().index;
    const names = [...builtInKnowledgeBase().entities.values()].map((entity) => entity.name).join(', ');
    const mentions = analyze(doc(`${names}.`), index).mentionsIn(0, names.length + 1);
    assert.ok(mentions.length > 50, `only ${mentions.length} entities named`);
    // CPU milliseconds: other processes on a loaded machine stretch wall time far more.
    const time = (relation: (typeof RELATIONS)[number], text: string) => {
      const started = process.cpuUsage();
      relation.applies(text, mentions);
      const { user, system } = process.cpuUsage(started);
      return (user + system) / 1000;
    };
    const grown: string[] = [];
    let calls = 0;
    for (const cue of cues()) {
      const unit = `${cue} `;
      const small = unit.repeat(Math.ceil(BYTES / unit.length));
      const large = small.repeat(4);
      for (const relation of RELATIONS) {
        calls++;
        const smallMs = time(relation, small);
        if (smallMs < SLOW_MS) continue;
        // Slow once may be a collection: the best of two runs at each size.
        const smallBest = Math.min(smallMs, time(relation, small));
        const largeBest = Math.min(time(relation, large), time(relation, large));
        const growth = largeBest / 4 / smallBest;
        if (growth > GROWTH && largeBest >= MIN_LARGE_MS)
          grown.push(
            `${relation.meta.id} on '${cue}': ${smallBest.toFixed(1)} → ${largeBest.toFixed(1)} ms at 4× (${growth.toFixed(1)}× per byte)`,
          );
      }
    }
    assert.ok(calls > 1000, `only ${calls} prefilter calls`);
    assert.deepEqual(grown, []);
  });
});
