import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// Word manuscripts built in the test setup with the docx package (real .docx files, as Word writes
// them: styles, numbering, footnotes, tables), each with its Markdown twin written from the same blocks.

/** A run of a paragraph: text, a superscript citation, a footnote reference, or a citation manager's field. */
export type Inline = string | { sup: string } | { footnote: number } | { field: string; result: string };

export type Block =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: Inline[] }
  | { bullet: string }
  | { reference: string }
  | { table: string[][] };

export interface Manuscript {
  blocks: Block[];
  footnotes?: Record<number, string>;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(inlines: Inline[]) {
  return inlines.map((inline) => {
    if (typeof inline === 'string') return new TextRun(inline);
    if ('sup' in inline) return new TextRun({ text: inline.sup, superScript: true });
    if ('footnote' in inline) return new FootnoteReferenceRun(inline.footnote);
    return new SimpleField(inline.field, inline.result);
  });
}

/** The manuscript as a .docx: headings, paragraphs, a bulleted list, tables, an auto-numbered reference list. */
export async function wordFile(manuscript: Manuscript): Promise<Buffer> {
  const children = manuscript.blocks.map((block) => {
    if ('heading' in block)
      return new Paragraph({ heading: HEADINGS[block.heading], children: [new TextRun(block.text)] });
    if ('paragraph' in block) return new Paragraph({ children: runs(block.paragraph) });
    if ('bullet' in block) return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.bullet)] });
    if ('reference' in block)
      return new Paragraph({
        numbering: { reference: 'references', level: 0 },
        children: [new TextRun(block.reference)],
      });
    return new Table({
      rows: block.table.map(
        (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
      ),
    });
  });
  const document = new Document({
    numbering: {
      config: [{ reference: 'references', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
    },
    footnotes: Object.fromEntries(
      Object.entries(manuscript.footnotes ?? {}).map(([id, text]) => [id, { children: [new Paragraph(text)] }]),
    ),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** The same manuscript in Markdown: one paragraph a line, table cells as paragraphs, notes at the end. */
export function markdownTwin(manuscript: Manuscript): string {
  const inline = (inlines: Inline[]) =>
    inlines
      .map((i) =>
        typeof i === 'string'
          ? i
          : 'sup' in i
            ? `<sup>${i.sup}</sup>`
            : 'footnote' in i
              ? `[^${i.footnote}]`
              : i.result,
      )
      .join('');
  let number = 0;
  const lines = manuscript.blocks.flatMap((block) => {
    if ('heading' in block) return [`${'#'.repeat(block.heading)} ${block.text}`];
    if ('paragraph' in block) return [inline(block.paragraph)];
    if ('bullet' in block) return [`- ${block.bullet}`];
    if ('reference' in block) return [`${++number}. ${block.reference}`];
    return block.table.flat();
  });
  const notes = Object.entries(manuscript.footnotes ?? {}).map(([id, text]) => `[^${id}]: ${text}`);
  return [...lines, ...notes].join('\n\n') + '\n';
}

/** Where a line of a Markdown twin stands, as a Word location's label: `¶n`, or `footnote n` for a note. */
export function twinLabels(markdown: string): Map<number, string> {
  const labels = new Map<number, string>();
  let paragraph = 0;
  markdown.split('\n').forEach((line, i) => {
    const note = /^\[\^(\d+)\]:/.exec(line);
    if (note) labels.set(i, `footnote ${note[1]}`);
    else if (line.trim()) labels.set(i, `¶${++paragraph}`);
  });
  return labels;
}

/** The .docx with one part's XML rewritten (to write what the docx package cannot: complex fields, tracked changes). */
export function rewritePart(docx: Uint8Array, part: string, rewrite: (xml: string) => string): Buffer {
  const entries = unzipSync(docx);
  entries[part] = strToU8(rewrite(strFromU8(entries[part]!)));
  return Buffer.from(zipSync(entries));
}

export function partText(docx: Uint8Array, part: string): string | undefined {
  const entries = unzipSync(docx);
  return entries[part] ? strFromU8(entries[part]) : undefined;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-word-'));
}

/** The test manuscript: one finding of most kinds, in body text, a table, a list, a footnote and the references. */
export const MANUSCRIPT: Manuscript = {
  blocks: [
    { heading: 1, text: 'CAR T-cell therapy in lymphoma and myeloma' },
    { heading: 2, text: 'Approvals' },
    {
      paragraph: [
        'Tisagenlecleucel (Kymriah) was the first CAR T-cell therapy approved by the US Food and Drug Administration (FDA), on August 30, 2017, for B-cell precursor acute lymphoblastic leukemia in patients up to 25 years of age.',
        { sup: '1' },
      ],
    },
    { paragraph: ['Kymriah is approved for multiple myeloma.', { footnote: 1 }] },
    {
      paragraph: [
        'Axicabtagene ciloleucel (Yescarta) was approved on October 18, 2017, for adults with relapsed or refractory large B-cell lymphoma after two or more lines of systemic therapy.',
        { sup: '2' },
      ],
    },
    { paragraph: ['Idecabtagene vicleucel (Abecma) was approved in 2021 for multiple myeloma and targets CD19 [3].'] },
    { heading: 2, text: 'Safety' },
    { paragraph: ['In our experience this therapy cures cancer, and tisagenlecleucal is well tolerated [2].'] },
    { bullet: 'ICANS can appear days after the infusion [3].' },
    {
      table: [
        ['Product', 'Target'],
        ['Carvykti targets CD19 [4].', 'Carvykti'],
      ],
    },
    { paragraph: ['Cytokine release syndrome was reported in most patients [9].'] },
    { heading: 2, text: 'References' },
    { reference: 'U.S. Food and Drug Administration. Kymriah (tisagenlecleucel) approval letter. August 30, 2017.' },
    {
      reference:
        'U.S. Food and Drug Administration. Yescarta (axicabtagene ciloleucel) approval letter. October 18, 2017.',
    },
    {
      reference:
        'Munshi NC, et al. Idecabtagene vicleucel in relapsed and refractory multiple myeloma. N Engl J Med. 2021.',
    },
    {
      reference:
        'Berdeja JG, et al. Ciltacabtagene autoleucel in relapsed or refractory multiple myeloma. Lancet. 2021.',
    },
    {
      reference:
        'Lee DW, et al. ASTCT consensus grading for cytokine release syndrome. Biol Blood Marrow Transplant. 2019.',
    },
  ],
  footnotes: { 1: 'Yescarta was approved for multiple myeloma in 2019.' },
};
