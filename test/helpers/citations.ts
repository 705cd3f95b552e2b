import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileSystem } from '../../server/src/document/citations/types';
import type { Entity, KnowledgeBase, Source } from '../../server/src/kb/types';
import type { Rule } from '../../server/src/rules/types';
import { createLanguageService, normalizeSettings, type LanguageService } from '../../server/src/service/index';

// A small, self-contained knowledge base: citation tests must not depend on the size of data/.
const SOURCES: Source[] = [
  {
    id: 'ONS-KYM17',
    title: 'FDA approves tisagenlecleucel for B-cell ALL and tocilizumab for cytokine release syndrome',
    publisher: 'Oncology Nursing Society',
    url: 'http://prod-www.ons.org/articles/fda-approves-tisagenlecleucel-b-cell-all-tocilizumab-cytokine-release-syndrome',
    kind: 'news',
    published: '2017-08-30',
    accessed: '2026-10',
  },
  {
    id: 'MTC-YES17',
    title: 'Yescarta approval for large B-cell lymphoma',
    publisher: 'MedTourCN',
    url: 'https://www.medtourcn.com/category/hematological-neoplasms/page/19',
    kind: 'other',
    published: '2017-10-18',
    accessed: '2026-10',
  },
  {
    id: 'GAZEAU-2023',
    title: 'Anakinra for refractory cytokine release syndrome or ICANS',
    publisher: 'Transplant Cell Ther',
    citation: 'Transplant Cell Ther 2023;29:430–437, PMID 37031746',
    kind: 'peer-reviewed',
    published: '2023',
    accessed: '2026-10',
  },
];

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'name'>): Entity => ({
  aliases: [],
  definition: e.name,
  sources: [],
  ...e,
});
const ENTITIES: Entity[] = [
  entity({ id: 'fda', type: 'regulator', name: 'FDA', aliases: [{ text: 'FDA', kind: 'abbreviation' }] }),
  entity({
    id: 'b-all',
    type: 'indication',
    name: 'B-cell acute lymphoblastic leukemia',
    aliases: [
      { text: 'B-ALL', kind: 'abbreviation' },
      { text: 'ALL', kind: 'abbreviation' },
    ],
  }),
  entity({
    id: 'lbcl',
    type: 'indication',
    name: 'large B-cell lymphoma',
    aliases: [{ text: 'LBCL', kind: 'abbreviation' }],
  }),
  entity({
    id: 'tisagenlecleucel',
    type: 'product',
    name: 'tisagenlecleucel',
    aliases: [
      { text: 'Kymriah', kind: 'brand' },
      { text: 'tisa-cel', kind: 'short' },
    ],
    modality: 'car-t',
    sources: ['ONS-KYM17'],
    approvals: [
      {
        regulator: 'FDA',
        indication: 'b-all',
        label: 'B-ALL',
        date: '2017-08-30',
        population: { adults: false, pediatric: true, maxAge: 25, text: 'up to 25 years' },
        sources: ['ONS-KYM17'],
      },
    ],
    firsts: [
      { text: 'CAR T-cell therapy approved by the FDA', regulator: 'FDA', date: '2017-08-30', sources: ['ONS-KYM17'] },
    ],
  }),
  entity({
    id: 'axicabtagene-ciloleucel',
    type: 'product',
    name: 'axicabtagene ciloleucel',
    aliases: [
      { text: 'Yescarta', kind: 'brand' },
      { text: 'axi-cel', kind: 'short' },
    ],
    modality: 'car-t',
    sources: ['MTC-YES17'],
    approvals: [
      {
        regulator: 'FDA',
        indication: 'lbcl',
        label: 'r/r LBCL',
        date: '2017-10-18',
        population: { adults: true, pediatric: false, text: 'adults' },
        sources: ['MTC-YES17'],
      },
    ],
  }),
];

export const TEST_KNOWLEDGE_BASE: KnowledgeBase = {
  meta: { name: 'citation tests', asOf: '2026-10-01', description: 'fixture' },
  sources: new Map(SOURCES.map((s) => [s.id, s])),
  entities: new Map(ENTITIES.map((e) => [e.id, e])),
  origins: new Map(),
};

/** Files by URI, as a FileSystem. */
export function memoryFileSystem(files: Record<string, string>): FileSystem {
  return { readFile: (uri) => files[uri] };
}

/** The fixtures under test/fixtures/citations, served at file:///fixtures/<name>. */
export function fixtureFileSystem(): FileSystem {
  // Tests run from the repository root (npm test, mocha).
  const dir = path.resolve('test', 'fixtures', 'citations');
  return {
    readFile: (uri) => {
      if (!uri.startsWith('file:///fixtures/')) return undefined;
      try {
        return readFileSync(path.join(dir, uri.slice('file:///fixtures/'.length)), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export function citationService(
  options: { fileSystem?: FileSystem; settings?: unknown; rules?: readonly Rule[] } = {},
): LanguageService {
  return createLanguageService({
    knowledgeBase: TEST_KNOWLEDGE_BASE,
    settings: normalizeSettings(options.settings).settings,
    rules: options.rules,
    fileSystem: options.fileSystem,
  });
}

let counter = 0;
export function citationDoc(
  text: string,
  language: 'markdown' | 'latex' | 'plaintext' = 'markdown',
  uri?: string,
): TextDocument {
  const ext = language === 'markdown' ? 'md' : language === 'latex' ? 'tex' : 'txt';
  return TextDocument.create(uri ?? `file:///docs/cite${++counter}.${ext}`, language, 1, text);
}

/** The text each range covers. */
export function textsOf(
  document: TextDocument,
  ranges: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }[],
): string[] {
  return ranges.map((r) => document.getText(r.range));
}
