import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { lintFiles } from '../../server/src/service/workspace';
import { annotateWordDocument } from '../../server/src/word/annotate';
import { readWordDocument } from '../../server/src/word/document';
import { locate, offsetAt, type WordDocument } from '../../server/src/word/model';
import { MAX_PART_BYTES, WordFileError } from '../../server/src/word/zip';
import { service } from '../helpers/service';
import {
  MANUSCRIPT,
  type Manuscript,
  markdownTwin,
  partText,
  rewritePart,
  tempDir,
  twinLabels,
  wordFile,
} from '../helpers/word';

// Word manuscripts (built with the docx package in the setup) read into the service's text model: the
// Markdown projection every rule runs on, and the map back to Word's paragraphs.

interface Finding {
  code: string;
  label: string;
}

function wordFindings(file: string): { findings: Finding[]; word: WordDocument } {
  const [result] = [...lintFiles(service(), [file])];
  assert.ok(result?.word, `${file} was not read as a Word file: ${result?.failed}`);
  const word = result.word;
  const findings = result.diagnostics.map((d) => ({
    code: String(d.code),
    label: locate(word, offsetAt(word, d.range.start), offsetAt(word, d.range.end)).label,
  }));
  return { findings, word };
}

function markdownFindings(file: string): Finding[] {
  const labels = twinLabels(fs.readFileSync(file, 'utf8'));
  const [result] = [...lintFiles(service(), [file])];
  return result!.diagnostics.map((d) => ({ code: String(d.code), label: labels.get(d.range.start.line) ?? '?' }));
}

const sorted = (findings: Finding[]) =>
  findings.map((f) => `${f.label} ${f.code}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('Word files: reading a .docx', () => {
  let dir: string;
  let paper: string;
  let bytes: Buffer;
  let word: WordDocument;

  before(async () => {
    dir = tempDir();
    paper = path.join(dir, 'paper.docx');
    bytes = await wordFile(MANUSCRIPT);
    fs.writeFileSync(paper, bytes);
    fs.writeFileSync(path.join(dir, 'paper.md'), markdownTwin(MANUSCRIPT));
    word = readWordDocument(bytes);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('projects headings, superscript citations, footnotes, tables, bullets and the numbered reference list', () => {
    const lines = word.text.split('\n').filter((line) => line);
    assert.equal(lines[0], '# CAR T-cell therapy in lymphoma and myeloma');
    assert.equal(lines[1], '## Approvals');
    assert.match(lines[2]!, /25 years of age\.<sup>1<\/sup>$/);
    assert.equal(lines[3], 'Kymriah is approved for multiple myeloma.[^1]');
    assert.ok(lines.includes('- ICANS can appear days after the infusion [3].'));
    assert.ok(lines.includes('Carvykti targets CD19 [4].'), 'a table cell is a paragraph');
    // Word numbers the list itself: the numbers are not in the text, the projection writes them.
    assert.deepEqual(
      lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.slice(0, 3)),
      ['1. ', '2. ', '3. ', '4. ', '5. '],
    );
    assert.equal(lines[lines.length - 1], `[^1]: ${MANUSCRIPT.footnotes![1]}`);
  });

  it('numbers paragraphs as Word has them and locates text by paragraph, heading and snippet', () => {
    const at = word.text.indexOf('tisagenlecleucal');
    const location = locate(word, at, at + 'tisagenlecleucal'.length);
    assert.deepEqual(location, { label: '¶8', paragraph: 8, heading: 'Safety', snippet: 'tisagenlecleucal' });
    const note = word.text.lastIndexOf('Yescarta');
    assert.equal(locate(word, note, note + 8).label, 'footnote 1');
    assert.equal(locate(word, note, note + 8).paragraph, 4, 'the paragraph that refers to the note');
    const sup = word.text.indexOf('<sup>1</sup>');
    assert.equal(locate(word, sup, sup + 12).snippet, '1', 'Word shows no <sup> tags');
  });

  it('gives the same findings (code and paragraph) as its Markdown twin', () => {
    const { findings } = wordFindings(paper);
    const twin = markdownFindings(path.join(dir, 'paper.md'));
    assert.ok(findings.length >= 8, `findings: ${JSON.stringify(findings)}`);
    for (const code of [
      'unsupported-claim',
      'misspelled-term',
      'unknown-reference',
      'uncited-reference',
      'overstated-claim',
    ])
      assert.ok(
        findings.some((f) => f.code === code),
        `no ${code}`,
      );
    assert.deepEqual(sorted(findings), sorted(twin));
  });

  it('reads a citation manager field as a citation, simple or complex, numeric or author–date', async () => {
    const claim = 'Idecabtagene vicleucel (Abecma) was approved by the FDA on March 26, 2021, for multiple myeloma';
    // A document that cites (the rule leaves a leaflet without any citation alone).
    const manuscript = (citation: Manuscript['blocks'][number]): Manuscript => ({
      blocks: [
        { heading: 1, text: 'Myeloma' },
        citation,
        { paragraph: ['Cytokine release syndrome is common [1].'] },
        { heading: 2, text: 'References' },
        { reference: 'Lee DW, et al. ASTCT consensus grading for cytokine release syndrome. 2019.' },
      ],
    });
    const uncited = await wordFile(manuscript({ paragraph: [`${claim}.`] }));
    const zotero = 'ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"a1","citationItems":[{"id":1}]}';
    const authorDate = await wordFile(
      manuscript({ paragraph: [`${claim} `, { field: zotero, result: '(Munshi et al., 2021)' }, '.'] }),
    );
    const file = (name: string, data: Uint8Array) => {
      const target = path.join(dir, name);
      fs.writeFileSync(target, data);
      return target;
    };
    const codes = (name: string, data: Uint8Array) => wordFindings(file(name, data)).findings.map((f) => f.code);
    assert.ok(codes('uncited.docx', uncited).includes('missing-citation'), 'the claim needs a citation');
    assert.ok(!codes('zotero-simple.docx', authorDate).includes('missing-citation'));
    // Word writes citation fields as begin / instruction / separate / result / end runs.
    const complex = rewritePart(authorDate, 'word/document.xml', (xml) =>
      xml.replace(
        /<w:fldSimple w:instr="([^"]*)"[^>]*>([\s\S]*?)<\/w:fldSimple>/,
        (_, instr: string, result: string) =>
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      ),
    );
    assert.match(partText(complex, 'word/document.xml')!, /fldCharType="separate"/);
    const complexWord = readWordDocument(complex);
    assert.match(complexWord.text, /\(Munshi et al\., 2021\)\[\^cite1\]\./);
    assert.doesNotMatch(complexWord.text, /ZOTERO_ITEM/, 'the instruction is not text');
    assert.ok(!codes('zotero-complex.docx', complex).includes('missing-citation'));
    const numeric = await wordFile(manuscript({ paragraph: [`${claim} `, { field: zotero, result: '1' }, '.'] }));
    assert.match(readWordDocument(numeric).text, /myeloma \[1\]\./, 'a bare number becomes a numeric citation');
  });

  it('shows tracked changes as accepted: inserted text counts, deleted text does not', async () => {
    const docx = await wordFile({ blocks: [{ paragraph: ['Kymriah is approved for lymphoma.'] }] });
    const tracked = rewritePart(docx, 'word/document.xml', (xml) =>
      xml.replace(
        /<w:r>(?:<w:rPr\/>)?<w:t xml:space="preserve">Kymriah is approved for lymphoma\.<\/w:t><\/w:r>/,
        '<w:r><w:t xml:space="preserve">Kymriah is approved for </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>lymphoma</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>multiple myeloma</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r>',
      ),
    );
    assert.equal(readWordDocument(tracked).text, 'Kymriah is approved for multiple myeloma.\n');
  });

  it('refuses damaged, encrypted, renamed and oversized files with a message saying which', () => {
    const refused = (data: Uint8Array) => {
      try {
        readWordDocument(data);
      } catch (error) {
        assert.ok(error instanceof WordFileError, String(error));
        return error.message;
      }
      assert.fail('read without an error');
    };
    assert.match(refused(bytes.subarray(0, bytes.length / 2)), /damaged/);
    assert.match(refused(strToU8('just text')), /damaged \(not a zip/);
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    assert.match(refused(ole), /Word 97–2003 document \(\.doc\).*save it as \.docx/);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    assert.match(refused(ole), /password-protected/);
    assert.match(refused(zipSync({ 'hello.txt': strToU8('hi') })), /not a Word document/);
    const entries = unzipSync(bytes);
    entries['word/document.xml'] = strToU8('<w:document><w:body><w:p></w:body></w:document>');
    assert.match(refused(zipSync(entries)), /damaged \(word\/document\.xml: /);
  });

  it('refuses a zip bomb before unpacking it, and a part whose declared size lies', () => {
    const entries = unzipSync(bytes);
    entries['word/document.xml'] = new Uint8Array(MAX_PART_BYTES + 1).fill(32);
    const bomb = zipSync(entries, { level: 1 });
    assert.ok(bomb.length < 1_000_000, `the bomb packs to ${bomb.length} bytes`);
    assert.throws(
      () => readWordDocument(bomb),
      /word\/document\.xml unpacks to more than 64 MB, the limit for one part/,
    );
    // The same part declaring a small size in the central directory and the local header.
    const lying = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(5_000_000).fill(32) }));
    lying.writeUInt32LE(100, 22);
    const directory = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, directory + 24);
    assert.throws(() => readWordDocument(lying), /damaged \(word\/document\.xml declares 100 bytes/);
  });

  it('annotates a copy: each finding a comment anchored on its text; the copy re-opens and the original is unchanged', () => {
    const [result] = [...lintFiles(service(), [paper])];
    const original = Buffer.from(bytes);
    const comments = result!.diagnostics.map((d) => ({
      start: offsetAt(word, d.range.start),
      end: offsetAt(word, d.range.end),
      paragraphs: [`${d.code}: ${d.message}`],
    }));
    const annotated = annotateWordDocument(bytes, word, comments);
    assert.equal(annotated.unanchored, 0);
    assert.deepEqual(bytes, original);
    // Every XML part of the copy is well-formed, and it reads back to the same text.
    const entries = unzipSync(annotated.bytes);
    for (const [name, data] of Object.entries(entries))
      if (/\.(xml|rels)$/.test(name)) new SaxesParser().write(Buffer.from(data).toString('utf8')).close();
    assert.equal(readWordDocument(annotated.bytes).text, word.text);
    const xml = (name: string) => Buffer.from(entries[name]!).toString('utf8');
    assert.match(xml('[Content_Types].xml'), /PartName="\/word\/comments\.xml" ContentType="[^"]*comments\+xml"/);
    assert.match(xml('word/_rels/document.xml.rels'), /relationships\/comments" Target="comments\.xml"/);
    const ids = [...xml('word/comments.xml').matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]);
    assert.equal(ids.length, comments.length);
    const document = xml('word/document.xml');
    for (const id of ids) {
      for (const marker of ['commentRangeStart', 'commentRangeEnd', 'commentReference'])
        assert.ok(document.includes(`<w:${marker} w:id="${id}"/>`), `${marker} ${id}`);
    }
    // The misspelling's comment covers exactly the misspelled word: its run was split around it.
    const misspelling = result!.diagnostics.findIndex((d) => d.code === 'misspelled-term');
    const id = ids[misspelling];
    const anchored = new RegExp(
      `<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`,
    ).exec(document)?.[1];
    assert.equal(anchored?.replace(/<[^>]+>/g, ''), 'tisagenlecleucal');
  });
});
