import { LEXICONS } from '../../server/src/claims/lexicon.generated';

/** Hostile document shapes for the linear-work test and `npm run bench`: each about `bytes` characters. */
export interface Shape {
  name: string;
  language: 'markdown' | 'latex' | 'plaintext';
  generate(bytes: number): string;
  /** The smaller size the growth test compares (default 60 kB): a sentence's quadratic cost shows only once it is long. */
  growthFrom?: number;
  /**
   * The same sentences in an ordinary layout, where the shape is only a layout: the shape's cost per MB is compared
   * with the costlier of this and the manuscript, so that a shape dense with findings is not taken for a slow layout.
   */
  control?(bytes: number): string;
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** The claim engine's cue lexicons as it reads them: shapes built from them reach every relation, however gated. */
const lexicons = (): readonly string[][] =>
  Object.entries(LEXICONS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, cues]) => [...cues]);

// Names of every kind a relation may be gated on: products, an antigen, a syndrome, a drug, an indication.
const NAMES = 'Kymriah, Abecma, CD19, CRS, tocilizumab and lymphoma';
const NAME_WORDS = NAMES.split(' ').length;

/** Each lexicon's cues repeated after the names, in sentences of about `words` words. */
function cueSentences(words: number): string {
  return lexicons()
    .map((cues) => {
      const run: string[] = [];
      for (let i = 0, count = 0; count < words; i++) {
        const cue = cues[i % cues.length]!;
        run.push(cue);
        count += cue.split(' ').length + 1;
        if (i % 4 === 3) {
          run.push(NAMES);
          count += NAME_WORDS;
        }
      }
      return `${NAMES} ${run.join(' ')}.`;
    })
    .join(' ');
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'no full stop',
    language: 'markdown',
    generate: (bytes) =>
      repeat('Kymriah is approved for solid tumors and cures every patient with CAR T cells and ', bytes),
    growthFrom: 200_000,
  },
  {
    // Every word a name or an abbreviation: the claim engine's look for misspelled names compared each word
    // with each name of the sentence before finding it too long to judge.
    name: 'no full stop, dense with names',
    language: 'markdown',
    generate: (bytes) => repeat('Kymriah relapsed Yescarta patients Abecma occurred Carvykti ', bytes),
    growthFrom: 200_000,
  },
  {
    name: 'one huge line',
    language: 'markdown',
    generate: (bytes) => repeat('Kymriah is approved for solid tumors [1]. Yescarta cures lymphoma. ', bytes),
    control: (bytes) => repeat('Kymriah is approved for solid tumors [1]. Yescarta cures lymphoma.\n\n', bytes),
  },
  {
    name: 'many citations',
    language: 'markdown',
    generate: (bytes) =>
      `${repeat('Kymriah is approved for lymphoma [1, 2]. ', bytes - 40)}\n\n## References\n\n1. A.\n2. B.\n`,
  },
  {
    name: 'many parentheses',
    language: 'markdown',
    generate: (bytes) => `Kymriah is approved ${'('.repeat(bytes)} for solid tumors.`,
  },
  {
    name: 'nested parentheses in a sentence',
    language: 'markdown',
    generate: (bytes) => repeat('Kymriah (approved (for (solid tumors), ', bytes),
  },
  {
    // Each "<!--" was matched by a lazy pattern that scanned to the end of the text for a "-->".
    name: 'unclosed HTML comments',
    language: 'markdown',
    generate: (bytes) => repeat('<!-- Kymriah ', bytes),
  },
  {
    // Each outdated term read its whole sentence again (whether it calls the term old, the current terms named).
    name: 'outdated terms in one sentence',
    language: 'markdown',
    generate: (bytes) => repeat('CRES and carHLH with Kymriah, ', bytes),
  },
  {
    name: 'deep nesting',
    language: 'markdown',
    generate: (bytes) => `${'> - '.repeat(Math.floor(bytes / 8))}Kymriah is approved for solid tumors.\n`,
  },
  {
    name: 'deep LaTeX groups',
    language: 'latex',
    generate: (bytes) =>
      `${'\\textbf{'.repeat(Math.floor(bytes / 16))}Kymriah is approved.${'}'.repeat(Math.floor(bytes / 16))}\n`,
  },
  {
    name: 'huge numbered reference list',
    language: 'markdown',
    generate: (bytes) => {
      const count = Math.max(2, Math.floor(bytes / 40));
      const entries = Array.from({ length: count }, (_, i) => `${i + 1}. Author ${i + 1}. A title. 2020.`);
      return `Kymriah is approved for lymphoma [2].\n\n## References\n\n${entries.join('\n')}\n`;
    },
  },
  {
    name: 'huge bulleted reference list',
    language: 'markdown',
    generate: (bytes) => {
      const count = Math.max(2, Math.floor(bytes / 40));
      const entries = Array.from({ length: count }, (_, i) => `- Author ${i + 1}. A title about CAR T. 2020.`);
      return `Kymriah is approved for lymphoma [2].\n\n## References\n\n${entries.join('\n')}\n`;
    },
  },
  {
    name: 'many footnote definitions',
    language: 'markdown',
    generate: (bytes) => {
      const count = Math.max(2, Math.floor(bytes / 45));
      const entries = Array.from({ length: count }, (_, i) => `[^${i + 1}]: Author ${i + 1}. A title. 2020.`);
      return `Kymriah is approved for lymphoma [^2].\n\n${entries.join('\n')}\n`;
    },
  },
  {
    // Each "[^" tried a footnote reference that ran to the end of the text for its "]".
    name: 'unclosed footnote references',
    language: 'markdown',
    generate: (bytes) => repeat('[^', bytes),
  },
  {
    name: 'a run of opening brackets',
    language: 'markdown',
    generate: (bytes) => `Kymriah is approved ${'['.repeat(bytes)} for solid tumors.`,
  },
  {
    name: 'caret and <sup> citations',
    language: 'markdown',
    generate: (bytes) => repeat('Kymriah is approved^1^ <sup>2</sup> ', bytes),
  },
  {
    // Each pronoun looked back to the paragraph's start for its antecedent.
    name: 'anaphors in one long paragraph',
    language: 'markdown',
    generate: (bytes) => repeat('It targets CD19. ', bytes),
  },
  {
    name: 'sentences just under the claim budget',
    language: 'markdown',
    generate: (bytes) => repeat(`Kymriah is approved for multiple myeloma${' and lymphoma'.repeat(140)}. `, bytes),
  },
  {
    name: '\\cite with many keys',
    language: 'latex',
    generate: (bytes) => {
      const count = Math.max(1, Math.floor(bytes / 8));
      const keys = Array.from({ length: count }, (_, i) => `k${i}`).join(',');
      return `Kymriah is approved for lymphoma \\cite{${keys}}.\n`;
    },
  },
  {
    name: '\\verb shapes',
    language: 'latex',
    generate: (bytes) => repeat('Kymriah \\verb|x| is \\verb approved \\verb', bytes),
  },
  {
    name: 'unclosed \\verb',
    language: 'latex',
    generate: (bytes) => `Kymriah is approved \\verb|${repeat('x ', bytes)}\n`,
  },
  {
    // Every uncited entry's fix looked for the ends of the one line they all share.
    name: 'a bibliography on one line',
    language: 'latex',
    generate: (bytes) => {
      const count = Math.max(1, Math.floor(bytes / 16));
      const items = Array.from({ length: count }, (_, i) => `\\bibitem{k${i}} A. `).join('');
      return `\\begin{thebibliography}{9}${items}\\end{thebibliography}\n`;
    },
  },
  {
    // Each \begin of a list never closed looked for its end and its items to the end of the document.
    name: 'bibliographies never closed',
    language: 'latex',
    generate: (bytes) => repeat('\\begin{thebibliography}{9}', bytes),
  },
  {
    // A cell's start tag whose attributes never close: each scanned to the end of the table for its '>'.
    name: 'HTML cells whose tags never close',
    language: 'markdown',
    generate: (bytes) => `<table><tr>${repeat('<td x ', bytes)}\n`,
  },
  {
    name: 'angle brackets in an HTML cell',
    language: 'markdown',
    generate: (bytes) => `<table><tr><td>Kymriah ${repeat('< x ', bytes)}\n`,
  },
  {
    // Every relation's cue words next to names of every kind, in sentences just under the claim engine's
    // 300-word budget: a relation's scan that is quadratic in its cue's occurrences shows here.
    name: 'every lexicon cue repeated in long sentences',
    language: 'markdown',
    generate: (bytes) => repeat(`${cueSentences(320)}\n\n`, bytes),
  },
  {
    // The same cues in one block with no sentence end: too long to judge, but every block-wide prefilter reads it.
    name: 'every lexicon cue in one block without a full stop',
    language: 'markdown',
    generate: (bytes) => repeat(`${cueSentences(320).replaceAll('.', ',')} `, bytes),
    growthFrom: 200_000,
  },
];
