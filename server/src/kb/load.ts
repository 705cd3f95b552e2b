import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { checkedDataSets, validDataDigests } from './valid-data.generated';
import type { Completeness, Entity, KnowledgeBase, KnowledgeBaseFile, KnowledgeBaseMeta, Source } from './types';

/** A problem with one data file: which file, where in it (a JSON pointer) and what. */
export interface DataProblem {
  file: string;
  pointer: string;
  message: string;
  /** 0-based line in the file, when known. */
  line?: number;
  /**
   * 'information': not a mistake, but what a later file (workspace data) changes in what earlier ones
   * (the built-in data) define, so that it is never silent. Absent: an error (the file is skipped).
   */
  severity?: 'information';
}

export interface LoadResult {
  kb: KnowledgeBase;
  problems: DataProblem[];
}

export interface DataFile {
  file: string;
  text: string;
}

const DEFAULT_META: KnowledgeBaseMeta = { name: 'therapy-lint', asOf: 'unknown', description: '' };

const validators = new Map<string, ValidateFunction>();

/**
 * SHA-256 digests of data-file texts that passed the built-in schema at build time (the shipped data
 * files): an unchanged file is not validated again at start-up. Any other text is validated.
 */
const knownValidTexts = new Set<string>(validDataDigests);

/**
 * Digests (dataSetDigest) of the file lists whose references were checked at build time with no problem: the
 * shipped data folder alone. Checking them took a sixth of a start-up; any other list is checked here.
 */
const checkedSets = new Set<string>(checkedDataSets);

export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** One digest for an ordered list of file digests. */
export function dataSetDigest(digests: readonly string[]): string {
  return textDigest(digests.join('\n'));
}

function isBuiltInSchema(file: string): boolean {
  return path.resolve(file) === path.resolve(schemaPath());
}

/**
 * The built-in schema is compiled at build time (scripts/schema-validator.mjs): compiling it here took
 * most of the start-up; its code is loaded only when a file needs validating. Another schema file is
 * compiled on first use.
 */
function schemaValidator(file: string): ValidateFunction {
  const key = path.resolve(file);
  if (isBuiltInSchema(file)) {
    const builtIn = (require('./schema-validator.generated') as typeof import('./schema-validator.generated')).default;
    if (builtIn) return builtIn as ValidateFunction;
  }
  let validator = validators.get(key);
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Loaded only here: ajv's compiler is not needed to start with the built-in schema.
    const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
    validators.set(key, (validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema)));
  }
  return validator;
}

/** The data folder shipped beside the bundles (dist/../data) or the sources (server/src/kb/../../../data). */
export function builtInDataDir(): string {
  const candidates = [path.join(__dirname, '..', 'data'), path.join(__dirname, '..', '..', '..', 'data')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'schema'))) ?? candidates[0]!;
}

export function schemaPath(dataDir = builtInDataDir()): string {
  return path.join(dataDir, 'schema', 'knowledge-base.schema.json');
}

/** Reads every *.json file of the given folders (not recursive into schema/). */
export function readDataFiles(dirs: readonly string[]): { files: DataFile[]; problems: DataProblem[] } {
  const files: DataFile[] = [];
  const problems: DataProblem[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch (error) {
      problems.push({
        file: dir,
        pointer: '',
        message: `cannot read knowledge-base folder: ${(error as Error).message}`,
      });
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        files.push({ file, text: fs.readFileSync(file, 'utf8') });
      } catch (error) {
        problems.push({ file, pointer: '', message: `cannot read file: ${(error as Error).message}` });
      }
    }
  }
  return { files, problems };
}

/**
 * Builds a knowledge base from data files. A file that is not JSON or does not match the schema is
 * reported and skipped as a whole; later files may add sources and entities or extend an entity's aliases.
 */
export function buildKnowledgeBase(files: readonly DataFile[], schemaFile = schemaPath()): LoadResult {
  const builtInSchema = isBuiltInSchema(schemaFile);
  let validate: ValidateFunction | undefined;
  const problems: DataProblem[] = [];
  let meta = DEFAULT_META;
  const sources = new Map<string, Source>();
  const entities = new Map<string, Entity>();
  const completeness: Completeness[] = [];
  const origins = new Map<string, { file: string; line: number }>();
  let metaFile: string | undefined;
  const completenessFiles = new Map<Completeness, string>();
  // Only what a file changes in another folder's data (the workspace's in the built-in) is told: the
  // files of one folder are one knowledge base split up.
  const inform = (file: string, earlier: string | undefined, pointer: string, message: string, line?: number) => {
    if (!earlier || path.dirname(earlier) !== path.dirname(file))
      problems.push({ file, pointer, message, line, severity: 'information' });
  };

  // The digests of the files so far, while each is a shipped one (undefined after any other).
  let digests: string[] | undefined = [];
  for (const { file, text } of files) {
    let data: KnowledgeBaseFile;
    try {
      data = JSON.parse(text) as KnowledgeBaseFile;
    } catch (error) {
      problems.push({
        file,
        pointer: '',
        message: `not valid JSON: ${(error as Error).message}`,
        line: jsonErrorLine(text, error),
      });
      continue;
    }
    const digest = builtInSchema ? textDigest(text) : undefined;
    if (digest && knownValidTexts.has(digest)) digests?.push(digest);
    else {
      digests = undefined;
      validate ??= schemaValidator(schemaFile);
      if (!validate(data)) {
        for (const err of validate.errors ?? []) problems.push(describeSchemaError(file, text, err));
        continue;
      }
    }
    if (data.meta) {
      if (metaFile)
        inform(
          file,
          metaFile,
          '/meta',
          `replaces the knowledge base's meta of ${path.basename(metaFile)} (as of ${meta.asOf})`,
          0,
        );
      meta = data.meta;
      metaFile = file;
    }
    const lineOf = idLinesWhenAsked(text);
    for (const source of data.sources ?? []) {
      const earlier = origins.get(`source:${source.id}`);
      if (earlier && sources.has(source.id))
        inform(
          file,
          earlier.file,
          `/sources/${source.id}`,
          `replaces the source "${source.id}" of ${path.basename(earlier.file)}: every fact citing it now cites this one (${source.url ?? source.title})`,
          lineOf(source.id) ?? 0,
        );
      sources.set(source.id, source);
      origins.set(`source:${source.id}`, originOf(file, lineOf, source.id));
    }
    // A later file's declaration for a regulator and relation replaces an earlier one.
    for (const declared of data.completeness ?? []) {
      const same = completeness.findIndex(
        (c) => c.relation === declared.relation && c.regulator === declared.regulator,
      );
      if (same >= 0) {
        const replaced = completeness.splice(same, 1)[0]!;
        inform(
          file,
          completenessFiles.get(replaced),
          '/completeness',
          `replaces the ${declared.regulator} ${declared.relation} completeness declaration of ${path.basename(completenessFiles.get(replaced) ?? '?')}`,
          lineOfPointer(text, '/completeness'),
        );
      }
      completeness.push(declared);
      completenessFiles.set(declared, file);
    }
    // What this file adds to or cannot change in each earlier entity: one message per entity.
    const extended = new Map<string, { added: Map<string, number>; kept: Set<string> }>();
    for (const entity of data.entities ?? []) {
      const existing = entities.get(entity.id);
      if (!existing) {
        entities.set(entity.id, entity);
        origins.set(`entity:${entity.id}`, originOf(file, lineOf, entity.id));
        continue;
      }
      const merged = mergeEntity(existing, entity);
      entities.set(entity.id, merged.entity);
      let told = extended.get(entity.id);
      if (!told) extended.set(entity.id, (told = { added: new Map(), kept: new Set() }));
      for (const [key, count] of merged.added) told.added.set(key, (told.added.get(key) ?? 0) + count);
      for (const key of merged.kept) told.kept.add(key);
    }
    for (const [id, { added, kept }] of extended) {
      const told = [
        added.size
          ? `adds ${[...added].map(([key, n]) => `${n} ${n === 1 ? singular[key as keyof typeof singular] : key}`).join(', ')}`
          : '',
        kept.size ? `keeps its ${[...kept].join(', ')} (a later file can add facts, not change these)` : '',
      ].filter(Boolean);
      const earlier = origins.get(`entity:${id}`)?.file;
      if (told.length)
        inform(
          file,
          earlier,
          `/entities/${id}`,
          `extends the entity "${id}" of ${path.basename(earlier ?? '?')}: ${told.join('; ')}`,
          lineOf(id),
        );
    }
  }
  if (!(digests && digests.length === files.length && checkedSets.has(dataSetDigest(digests))))
    problems.push(...checkReferences(sources, entities, origins));
  return { kb: { meta, sources, entities, completeness, origins }, problems };
}

export function loadKnowledgeBase(dirs: readonly string[] = [builtInDataDir()]): LoadResult {
  const { files, problems } = readDataFiles(dirs);
  const result = buildKnowledgeBase(files);
  result.problems.unshift(...problems);
  return result;
}

/** The lists of facts a later file's entry adds to an entity (aliases too, but they go without saying). */
const ADDED_FACTS = [
  'approvals',
  'regulatoryEvents',
  'uses',
  'firsts',
  'boxedWarnings',
  'facts',
  'sponsors',
  'quantities',
] as const;
/** What a later entry can only repeat: its own value, if different, is reported and not used. */
const KEPT = [
  'type',
  'name',
  'definition',
  'parents',
  'modality',
  'classModality',
  'membersComplete',
  'sponsor',
  'onset',
  'status',
  'design',
  'dosing',
  'trial',
  'rems',
  'mechanism',
  'deprecated',
  'duration',
  'purpose',
  'scoreRange',
  'definedBy',
  'gradeRanges',
  'gradeCriteria',
  'scoreItems',
] as const;

/**
 * A later file (workspace data) may extend an entity of an earlier one (built-in): its aliases, sources
 * and lists of facts (approvals, uses, firsts …) are added, and used like the built-in ones; the rest of
 * the entity stays as first defined. Says which facts it added and which differing values it kept.
 * `base` may be a merge itself: its arrays are extended in place (copying them per extension would make
 * 50,000 extensions of one entity quadratic).
 */
function mergeEntity(base: Entity, extra: Entity): { entity: Entity; added: [string, number][]; kept: string[] } {
  let entity = base;
  if (!merged.has(base)) {
    entity = { ...base, aliases: [...base.aliases], sources: [...base.sources] };
    for (const key of ADDED_FACTS)
      if (base[key]) (entity as unknown as Record<string, unknown[]>)[key] = [...base[key]];
    merged.add(entity);
  }
  for (const alias of extra.aliases) entity.aliases.push(alias);
  for (const source of extra.sources) if (!entity.sources.includes(source)) entity.sources.push(source);
  const added: [string, number][] = [];
  for (const key of ADDED_FACTS) {
    const more = extra[key] as unknown[] | undefined;
    if (!more?.length) continue;
    const list = ((entity as unknown as Record<string, unknown[]>)[key] ??= []);
    for (const item of more) list.push(item);
    added.push([key, more.length]);
  }
  const kept = KEPT.filter(
    (key) => extra[key] !== undefined && JSON.stringify(extra[key]) !== JSON.stringify(base[key]),
  );
  return { entity, added, kept };
}

const singular: Record<(typeof ADDED_FACTS)[number], string> = {
  approvals: 'approval',
  regulatoryEvents: 'regulatory event',
  uses: 'use',
  firsts: 'first',
  boxedWarnings: 'boxed warning',
  quantities: 'quantity',
  facts: 'fact',
  sponsors: 'sponsor',
};

/** Entities made by mergeEntity during one build: theirs to extend in place. */
const merged = new WeakSet<Entity>();

/** The ids a knowledge base refers to that it does not define (run at load unless checked at build time). */
export function referenceProblems(kb: KnowledgeBase): DataProblem[] {
  return checkReferences(kb.sources, kb.entities, kb.origins);
}

function checkReferences(
  sources: ReadonlyMap<string, Source>,
  entities: ReadonlyMap<string, Entity>,
  origins: ReadonlyMap<string, { file: string; line: number }>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const entity of entities.values()) {
    const origin = origins.get(`entity:${entity.id}`);
    const report = (pointer: string, message: string) =>
      problems.push({
        file: origin?.file ?? '?',
        pointer: `/entities/${entity.id}${pointer}`,
        message,
        line: origin?.line,
      });
    forEachUnknownSource(entity, sources, [], (pointer, id) => report(pointer, `unknown source id "${id}"`));
    const refs: [string, string | undefined][] = [
      ...(entity.parents ?? []).map((p, i): [string, string] => [`/parents/${i}`, p]),
      ...(entity.design?.targets ?? []).map((t, i): [string, string] => [`/design/targets/${i}`, t]),
      ...(entity.approvals ?? []).map((a, i): [string, string] => [`/approvals/${i}/indication`, a.indication]),
      ...(entity.uses ?? []).map((u, i): [string, string] => [`/uses/${i}/for`, u.for]),
      ...(entity.approvals ?? []).flatMap((a, i) =>
        (['includes', 'excludes'] as const).flatMap((key) =>
          (a[key] ?? []).map((x, k): [string, string] => [`/approvals/${i}/${key}/${k}`, x]),
        ),
      ),
      ...(entity.approvals ?? []).flatMap((a, i) =>
        (a.trials ?? []).map((t, k): [string, string] => [`/approvals/${i}/trials/${k}`, t]),
      ),
      ...(entity.trial?.products ?? []).map((p, i): [string, string] => [`/trial/products/${i}`, p]),
      ...(entity.boxedWarnings ?? []).flatMap((w, i) =>
        (w.syndromes ?? []).map((x, k): [string, string] => [`/boxedWarnings/${i}/syndromes/${k}`, x]),
      ),
      ...(entity.quantities ?? []).flatMap((q, i) =>
        (q.appliesTo ?? []).map((x, k): [string, string] => [`/quantities/${i}/appliesTo/${k}`, x]),
      ),
      ['/trial/indication', entity.trial?.indication],
      ['/deprecated/replacedBy', entity.deprecated?.replacedBy],
    ];
    for (const [pointer, id] of refs)
      if (id !== undefined && !entities.has(id)) report(pointer, `unknown entity id "${id}"`);
    (entity.approvals ?? []).forEach((a, i) =>
      (a.history ?? []).forEach((h, k) =>
        (h.endsExclusions ?? []).forEach((x, n) => {
          if (!a.excludes?.includes(x))
            report(`/approvals/${i}/history/${k}/endsExclusions/${n}`, `"${x}" is not in this approval's excludes`);
        }),
      ),
    );
  }
  return problems;
}

/**
 * Calls `report` for every id in the `sources` array of the value, or of any nested object, that is not a
 * known source. The pointer is built only for those: checking every sourced item of a large knowledge
 * base runs at each start-up.
 */
function forEachUnknownSource(
  value: unknown,
  known: ReadonlyMap<string, Source>,
  path: (string | number)[],
  report: (pointer: string, id: string) => void,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!value[i] || typeof value[i] !== 'object') continue;
      path.push(i);
      forEachUnknownSource(value[i], known, path, report);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child as string[])
          if (!known.has(id)) report(`${path.map((p) => `/${p}`).join('')}/sources`, id);
      } else if (child && typeof child === 'object') {
        path.push(key);
        forEachUnknownSource(child, known, path, report);
        path.pop();
      }
    }
  }
}

function describeSchemaError(file: string, text: string, err: ErrorObject): DataProblem {
  let message = err.message ?? 'invalid';
  if (err.keyword === 'additionalProperties')
    message = `unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  if (err.keyword === 'enum') message += `: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return { file, pointer: err.instancePath || '/', message, line: lineOfPointer(text, err.instancePath) };
}

/** Best-effort line of a JSON pointer: the line of its last named key, else of the nearest id. */
function lineOfPointer(text: string, pointer: string): number | undefined {
  const parts = pointer.split('/').filter(Boolean);
  const key = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  if (!key) return 0;
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length - 1;
}

/**
 * The line of an id in a data file, the file read for all its ids when one is first asked for (a problem to tell, a
 * definition to show): reading every file's ids at each start cost ~3 ms. The file's text is kept until then.
 */
function idLinesWhenAsked(text: string): (id: string) => number | undefined {
  let lines: Map<string, number> | undefined;
  let unread: string | undefined = text;
  return (id) => {
    if (unread !== undefined) {
      lines = idLines(unread);
      unread = undefined;
    }
    return lines!.get(id);
  };
}

/** Where an id is defined: its line is read when asked for. */
function originOf(
  file: string,
  lineOf: (id: string) => number | undefined,
  id: string,
): { file: string; line: number } {
  return {
    file,
    get line() {
      return lineOf(id) ?? 0;
    },
  };
}

/** The 0-based line of each `"id": "…"` in a file (its first occurrence), in one pass over the text. */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const ID = /"id"\s*:\s*"([^"\\]*)"/g;
  let line = 0;
  // The next line break is kept, not searched for again per id: in a file of one line (minified) each search
  // ran to the end of the text, quadratic in the ids.
  let eol = text.indexOf('\n');
  for (let m = ID.exec(text); m; m = ID.exec(text)) {
    for (; eol >= 0 && eol < m.index; eol = text.indexOf('\n', eol + 1)) line++;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const m = /position (\d+)/.exec(String((error as Error).message));
  return m ? text.slice(0, Number(m[1])).split('\n').length - 1 : undefined;
}
