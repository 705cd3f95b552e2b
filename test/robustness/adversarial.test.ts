import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateManuscript } from '../../bench/generate';
import { createLanguageService } from '../../server/src/service/index';
import { builtInKnowledgeBase } from '../helpers/service';
import { SHAPES, type Shape } from './adversarial';

// Hostile shapes must cost no more per MB than a normal manuscript, within a factor: a scan that is
// quadratic in a sentence, a citation's keys or a reference list shows up as a ratio that grows with size.
// Both are measured in the same run, so the ratio does not depend on the machine; in CPU time (the process's, all
// threads), which other processes on a loaded machine stretch far less than wall time.
const BYTES = 150_000;
const MAX_RATIO = 3;
const EXTENSION = { markdown: 'md', latex: 'tex', plaintext: 'txt' } as const;

/** CPU milliseconds of this process since `since` (user and system, all threads). */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/**
 * CPU milliseconds per MB for full diagnostics (with fix edits, as the CLI's JSON needs) of a fresh service: the
 * best of `runs`, stopping early once a run is under `enough` (or far over it: a second run would not pass).
 */
function msPerMb(language: Shape['language'], text: string, runs: number, enough = 0): number {
  const kb = builtInKnowledgeBase();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const perMb = (best / text.length) * 1_000_000;
    if (run > 0 && (perMb <= enough || perMb > 3 * enough)) break;
    // A fresh service each run: no memo from an earlier run replays findings.
    const service = createLanguageService({ knowledgeBase: kb });
    const document = TextDocument.create(`file:///adversarial/${run}.${EXTENSION[language]}`, language, 1, text);
    const started = process.cpuUsage();
    service.diagnostics(document);
    best = Math.min(best, cpuMs(started));
  }
  return (best / text.length) * 1_000_000;
}

describe('adversarial input: time per MB of each hostile shape against a normal manuscript', function () {
  // Bounded: a shape that turned quadratic fails here instead of hanging the suite.
  this.timeout(240_000);
  let baseline: number;
  const figures: string[] = [];

  before(() => {
    const manuscript = generateManuscript(builtInKnowledgeBase(), BYTES);
    // The first full run warms the JIT (cold, it costs three times as much); the best of the next two counts.
    msPerMb('markdown', manuscript, 1);
    baseline = msPerMb('markdown', manuscript, 2);
    figures.push(`normal manuscript: ${Math.round(baseline)} ms/MB`);
  });

  after(() => console.log(`      ${figures.join('\n      ')}`));

  for (const shape of SHAPES) {
    it(`${shape.name}: at most ${MAX_RATIO}× the manuscript's cost per MB (or its own sentences' in paragraphs)`, () => {
      msPerMb(shape.language, shape.generate(10_000), 1); // warms the JIT on this shape's paths
      const control = shape.control && msPerMb(shape.language, shape.control(BYTES), 2);
      const against = Math.max(baseline, control ?? 0);
      const perMb = msPerMb(shape.language, shape.generate(BYTES), 2, MAX_RATIO * against);
      const ratio = perMb / against;
      const of = control ? `its sentences in paragraphs' ${Math.round(control)} ms/MB` : "the manuscript's";
      figures.push(`${shape.name}: ${Math.round(perMb)} ms/MB (${ratio.toFixed(2)}× ${of})`);
      assert.ok(ratio <= MAX_RATIO, `${shape.name}: ${Math.round(perMb)} ms/MB, ${ratio.toFixed(2)}× ${of}`);
    });
  }
});

// A cost per MB within the manuscript's at one size can still grow with size: a scan quadratic in a sentence's
// words only shows once the sentence is long. Each shape's cost per MB at four times the size must stay within
// GROWTH of its cost at the size (a linear scan stays near 1×, a quadratic one nears 4×). Runs under MIN_MS of CPU
// are timer noise on a loaded machine, not growth.
const GROWTH = 2.5;
const MIN_MS = 1000;
const RETRIES = 3;

describe('adversarial input: each hostile shape costs as much per MB at 4× the size', function () {
  this.timeout(240_000);
  const figures: string[] = [];
  after(() => console.log(`      ${figures.join('\n      ')}`));

  for (const shape of SHAPES) {
    const size = shape.growthFrom ?? 60_000;
    it(`${shape.name}: per MB at ${(4 * size) / 1000} kB at most ${GROWTH}× that at ${size / 1000} kB`, () => {
      msPerMb(shape.language, shape.generate(10_000), 1); // warms the JIT on this shape's paths
      const smallText = shape.generate(size);
      const largeText = shape.generate(4 * size);
      let small = msPerMb(shape.language, smallText, 3);
      let large = msPerMb(shape.language, largeText, 2, GROWTH * small);
      // A load spike during one size's runs looks like growth; a quadratic scan stays near 4× however often it is
      // re-measured. So both sizes are measured again, alternating, and the best of each counts.
      for (let retry = 0; retry < RETRIES && large / small > GROWTH; retry++) {
        small = Math.min(small, msPerMb(shape.language, smallText, 1));
        large = Math.min(large, msPerMb(shape.language, largeText, 1));
      }
      const growth = large / small;
      figures.push(`${shape.name}: ${Math.round(small)} → ${Math.round(large)} ms/MB (${growth.toFixed(2)}×)`);
      if ((large * 4 * size) / 1_000_000 < MIN_MS) return;
      assert.ok(
        growth <= GROWTH,
        `${shape.name}: ${Math.round(small)} → ${Math.round(large)} ms/MB, ${growth.toFixed(2)}×`,
      );
    });
  }
});

// Spreading a document's spans into one call (`push(...spans)`) throws "Maximum call stack size exceeded" past
// ~100,000 of them: a Markdown line of backslash escapes or of citations is checked, not an internal error.
describe('adversarial input: hundreds of thousands of spans in one document', function () {
  this.timeout(120_000);
  const shapes = {
    'backslash escapes': '\\'.repeat(500_000),
    'caret and <sup> citations': '^1^ <sup>2</sup> '.repeat(100_000),
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: checked without a stack overflow`, () => {
      const service = createLanguageService({ knowledgeBase: builtInKnowledgeBase() });
      const document = TextDocument.create('file:///adversarial/spans.md', 'markdown', 1, text);
      assert.ok(Array.isArray(service.diagnostics(document)));
    });
  }
});
