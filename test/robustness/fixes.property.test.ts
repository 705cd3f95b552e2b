import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileSystem } from '../../server/src/citations/nodeFileSystem';
import { createLanguageService } from '../../server/src/service/index';
import type { DocumentLanguage } from '../../server/src/text/prose';
import { verifyFixes } from '../helpers/fixSafety';
import { REPO_ROOT } from '../helpers/repo';
import { builtInKnowledgeBase } from '../helpers/service';

// Applies every quick fix offered (each alone, suppressions with their reason filled in) to the fixtures, the
// examples and generated Markdown, LaTeX and plain text, re-lints, and checks what test/helpers/fixSafety.ts
// promises: text outside the flagged span unchanged (but citations and the reference list for citation
// fixes), the same blocks, no new error, the author's citations kept, versioned edits, and the fix not
// offered again. Bounded: a fixed seed and run count.

const lint = createLanguageService({ knowledgeBase: builtInKnowledgeBase(), fileSystem: nodeFileSystem });
const LANGUAGE: Record<string, DocumentLanguage> = { '.md': 'markdown', '.tex': 'latex', '.txt': 'plaintext' };

function proseFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return proseFiles(file);
    return LANGUAGE[path.extname(entry.name)] ? [file] : [];
  });
}

describe('fix safety (every quick fix applied and re-linted)', function () {
  // About 40 s of CPU on the fixtures (13 real-text corpora), but 190 s of wall clock at a load of 11 on 2 cores and
  // 14 minutes at 20 with 25 corpora; with 36 corpora 17.5 minutes in a clean-clone run and 27 under load: the limit
  // catches a hang, not slowness.
  this.timeout(3_000_000);

  it('on the fixtures and examples', () => {
    const files = [
      ...proseFiles(path.join(REPO_ROOT, 'test', 'fixtures')),
      ...proseFiles(path.join(REPO_ROOT, 'examples')),
    ];
    assert.ok(files.length >= 8, files.join());
    let applied = 0;
    const failures: string[] = [];
    for (const file of files) {
      const language = LANGUAGE[path.extname(file)]!;
      const document = TextDocument.create(pathToFileURL(file).href, language, 1, fs.readFileSync(file, 'utf8'));
      const result = verifyFixes(lint, document, path.relative(REPO_ROOT, file));
      applied += result.applied;
      failures.push(...result.failures);
    }
    assert.deepEqual(failures, []);
    assert.ok(applied >= 100, `only ${applied} fixes were offered on ${files.length} files`);
    if (process.env.FIX_SEED) console.log(`applied ${applied} on ${files.length} files`);
  });

  it('on generated Markdown, LaTeX and plain text', () => {
    let applied = 0;
    fc.assert(
      fc.property(documentArbitrary(), ({ text, language }) => {
        const document = TextDocument.create(`file:///generated/doc.${EXTENSION[language]}`, language, 1, text);
        const result = verifyFixes(lint, document, `generated ${language} ${JSON.stringify(text)}\n`);
        applied += result.applied;
        assert.deepEqual(result.failures, []);
      }),
      {
        seed: Number(process.env.FIX_SEED ?? 20261202),
        numRuns: Number(process.env.FIX_RUNS ?? 60),
        endOnFailure: true,
      },
    );
    assert.ok(applied >= 500, `only ${applied} fixes were offered`);
    if (process.env.FIX_SEED) console.log(`applied ${applied}`);
  });
});

const EXTENSION: Record<DocumentLanguage, string> = { markdown: 'md', latex: 'tex', plaintext: 'txt' };

/** Sentences about the knowledge base's products, right and wrong, and phrasing the term rules flag. */
function sentencePool(): string[] {
  const kb = builtInKnowledgeBase();
  const products = [...kb.entities.values()].filter(
    (e) => e.type === 'product' && e.aliases.some((a) => a.kind === 'brand'),
  );
  const indications = [...kb.entities.values()].filter((e) => e.type === 'indication').slice(0, 12);
  const antigens = [...kb.entities.values()].filter((e) => e.type === 'antigen').slice(0, 8);
  const sentences: string[] = [];
  for (const [i, product] of products.slice(0, 12).entries()) {
    const brand = product.aliases.find((a) => a.kind === 'brand')!.text;
    const indication = indications[i % indications.length]!;
    const antigen = antigens[i % antigens.length]!;
    sentences.push(
      `${brand} is approved for ${indication.name}.`,
      `${brand} targets ${antigen.aliases[0]?.text ?? antigen.name}.`,
      `${product.name.charAt(0).toUpperCase()}${product.name.slice(1)} (${brand}) is a CAR T-cell therapy.`,
      `Patients given ${brand} may develop CRS and ICANS.`,
    );
  }
  sentences.push(
    'CAR T cures cancer in every patient.',
    'CAR-T therapy and CAR T therapy are used in LBCL.',
    'Kymria is given once.',
    'CRES was reported after infusion.',
    'The FDA approved it in 2017.',
    'Outcomes were reviewed by the study team.',
  );
  return sentences;
}

type Style = 'none' | 'numbered' | 'superscript' | 'pandoc' | 'latex';

function documentArbitrary(): fc.Arbitrary<{ text: string; language: DocumentLanguage }> {
  const pool = sentencePool();
  const sentence = fc.constantFrom(...pool);
  // A paragraph: 1–3 sentences, hard-wrapped or not, some cited.
  const paragraph = fc.array(fc.tuple(sentence, fc.boolean(), fc.integer({ min: 1, max: 3 })), {
    minLength: 1,
    maxLength: 3,
  });
  const block = fc.tuple(
    fc.constantFrom('paragraph', 'paragraph', 'list', 'table', 'quote', 'heading'),
    paragraph,
    fc.boolean(),
  );
  return fc
    .record({
      language: fc.constantFrom<DocumentLanguage>('markdown', 'markdown', 'latex', 'plaintext'),
      style: fc.constantFrom<Style>('none', 'numbered', 'superscript', 'pandoc'),
      frontMatter: fc.boolean(),
      blocks: fc.array(block, { minLength: 1, maxLength: 5 }),
    })
    .map(({ language, style, frontMatter, blocks }) => {
      const citeStyle: Style =
        language === 'latex' ? 'latex' : language === 'plaintext' && style === 'pandoc' ? 'numbered' : style;
      const cite = (n: number) =>
        citeStyle === 'numbered'
          ? ` [${n}]`
          : citeStyle === 'superscript'
            ? `<sup>${n}</sup>`
            : citeStyle === 'pandoc'
              ? ` [@ref${n}]`
              : citeStyle === 'latex'
                ? `~\\cite{ref${n}}`
                : '';
      const cited = (text: string, withCitation: boolean, n: number) => {
        if (!withCitation || citeStyle === 'none') return text;
        const body = text.replace(/\.$/, '');
        return citeStyle === 'superscript' ? `${body}.${cite(n)}` : `${body}${cite(n)}.`;
      };
      const sentences = (p: [string, boolean, number][], wrap: boolean, join = ' ') =>
        p.map(([s, c, n]) => cited(s, c, n)).join(wrap ? '\n' : join);
      const out: string[] = [];
      if (language === 'markdown' && frontMatter) out.push('---\ntitle: Generated review\nauthor: Test\n---');
      if (language === 'latex') out.push('\\documentclass{article}\n\\begin{document}');
      for (const [kind, p, wrap] of blocks) {
        const first = p[0]![0].replace(/\.$/, '');
        if (language === 'latex') {
          if (kind === 'heading') out.push(`\\section{${first}}`);
          else if (kind === 'list')
            out.push(
              `\\begin{itemize}\n${p.map(([s, c, n]) => `\\item ${cited(s, c, n)}`).join('\n')}\n\\end{itemize}`,
            );
          else if (kind === 'table')
            out.push(
              `\\begin{tabular}{ll}\nProduct & Note \\\\\n${p.map(([s]) => `Item & ${s} \\\\`).join('\n')}\n\\end{tabular}`,
            );
          else out.push(sentences(p, wrap));
        } else if (language === 'plaintext') {
          if (kind === 'heading') out.push(first);
          else if (kind === 'list') out.push(p.map(([s, c, n]) => `- ${cited(s, c, n)}`).join('\n'));
          else out.push(sentences(p, false));
        } else if (kind === 'heading') out.push(`## ${first}`);
        else if (kind === 'list') out.push(p.map(([s, c, n]) => `- ${cited(s, c, n)}`).join('\n'));
        else if (kind === 'table')
          out.push(`| Product | Note |\n|---|---|\n${p.map(([s, c, n]) => `| Item | ${cited(s, c, n)} |`).join('\n')}`);
        else if (kind === 'quote') out.push(p.map(([s, c, n]) => `> ${cited(s, c, n)}`).join('\n'));
        else out.push(sentences(p, wrap));
      }
      if (citeStyle === 'numbered' || citeStyle === 'superscript')
        out.push(
          `${language === 'markdown' ? '## ' : ''}References\n\n1. Smith J. A review. 2020.\n2. Doe A. Another. 2021.\n3. Roe B. A third. 2022.`,
        );
      if (citeStyle === 'latex')
        out.push(
          '\\begin{thebibliography}{9}\n\\bibitem{ref1} Smith J. A review. 2020.\n\\bibitem{ref2} Doe A. Another. 2021.\n\\bibitem{ref3} Roe B. A third. 2022.\n\\end{thebibliography}',
        );
      if (language === 'latex') out.push('\\end{document}');
      return { text: `${out.join('\n\n')}\n`, language };
    });
}
