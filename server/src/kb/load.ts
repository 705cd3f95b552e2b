import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { validDataDigests } from './valid-data.generated';
import type { Completeness, Entity, KnowledgeBase, KnowledgeBaseFile, KnowledgeBaseMeta, Source } from './types';

/** A problem with one data file: which file, where in it (a JSON pointer) and what. */
export interface DataProblem {
  file: string;
  pointer: string;
  message: string;
  /** 0-based line in the file, when known. */
  line?: number;
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

function passesBuiltInSchema(text: string): boolean {
  return knownValidTexts.has(createHash('sha256').update(text).digest('base64'));
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
    if (!(builtInSchema && passesBuiltInSchema(text))) {
      validate ??= schemaValidator(schemaFile);
      if (!validate(data)) {
        for (const err of validate.errors ?? []) problems.push(describeSchemaError(file, text, err));
        continue;
      }
    }
    if (data.meta) meta = data.meta;
    const lines = idLines(text);
    for (const source of data.sources ?? []) {
      sources.set(source.id, source);
      origins.set(`source:${source.id}`, { file, line: lines.get(source.id) ?? 0 });
    }
    // A later file's declaration for a regulator and relation replaces an earlier one.
    for (const declared of data.completeness ?? []) {
      const same = completeness.findIndex(
        (c) => c.relation === declared.relation && c.regulator === declared.regulator,
      );
      if (same >= 0) completeness.splice(same, 1);
      completeness.push(declared);
    }
    for (const entity of data.entities ?? []) {
      const existing = entities.get(entity.id);
      entities.set(entity.id, existing ? mergeEntity(existing, entity) : entity);
      if (!existing) origins.set(`entity:${entity.id}`, { file, line: lines.get(entity.id) ?? 0 });
    }
  }
  problems.push(...checkReferences(sources, entities, origins));
  return { kb: { meta, sources, entities, completeness, origins }, problems };
}

export function loadKnowledgeBase(dirs: readonly string[] = [builtInDataDir()]): LoadResult {
  const { files, problems } = readDataFiles(dirs);
  const result = buildKnowledgeBase(files);
  result.problems.unshift(...problems);
  return result;
}

/** A workspace file may extend a built-in entity: its aliases, facts and sources are added. */
function mergeEntity(base: Entity, extra: Entity): Entity {
  return {
    ...base,
    aliases: [...base.aliases, ...extra.aliases],
    facts: [...(base.facts ?? []), ...(extra.facts ?? [])],
    sources: [...new Set([...base.sources, ...extra.sources])],
  };
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
      ['/deprecated/replacedBy', entity.deprecated?.replacedBy],
    ];
    for (const [pointer, id] of refs)
      if (id !== undefined && !entities.has(id)) report(pointer, `unknown entity id "${id}"`);
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

/** The 0-based line of each `"id": "…"` in a file (its first occurrence), in one pass over the text. */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const ID = /"id"\s*:\s*"([^"\\]*)"/g;
  let line = 0;
  let counted = 0;
  for (let m = ID.exec(text); m; m = ID.exec(text)) {
    for (let eol = text.indexOf('\n', counted); eol >= 0 && eol < m.index; eol = text.indexOf('\n', eol + 1)) line++;
    counted = m.index;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const m = /position (\d+)/.exec(String((error as Error).message));
  return m ? text.slice(0, Number(m[1])).split('\n').length - 1 : undefined;
}
