/** Hostile document shapes for the linear-work test and `npm run bench`: each about `bytes` characters. */
export interface Shape {
  name: string;
  language: 'markdown' | 'latex' | 'plaintext';
  generate(bytes: number): string;
  /** The smaller size the growth test compares (default 60 kB): a sentence's quadratic cost shows only once it is long. */
  growthFrom?: number;
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

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
];
