import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../helpers/repo';

const SOURCE = path.join(REPO_ROOT, 'server', 'src');

/**
 * The layers of server/src, lowest first: each room (a folder, or a host file) and the rooms it may import
 * besides itself. An entry naming a file (`service/settings`) allows that file only. The README's
 * Contributing section describes the same table.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  util: [],
  text: ['util'],
  // Word files read into paragraphs and back (its own bundle: it imports nothing of the rest).
  word: [],
  // The knowledge-base index builds the term matcher; terms read the knowledge base.
  kb: ['terms/matcher', 'util'],
  terms: ['kb', 'text', 'util'],
  document: ['kb', 'terms', 'text', 'util'],
  citations: ['document', 'kb', 'text', 'util'],
  claims: ['citations', 'document', 'kb', 'terms', 'text', 'util'],
  // Rules read their settings; the rest of service/ is above them.
  rules: ['claims', 'citations', 'document', 'kb', 'service/settings', 'terms', 'text', 'util'],
  service: ['rules', 'claims', 'citations', 'document', 'kb', 'terms', 'text', 'util', 'word'],
  cli: ['service', 'rules', 'citations', 'document', 'kb', 'util', 'word'],
  startup: [],
  lsp: ['service', 'util'],
  'cli.ts': ['cli', 'service', 'rules', 'citations', 'document', 'kb', 'text', 'util'],
  'server.ts': ['lsp', 'service', 'rules', 'citations', 'document', 'kb', 'text', 'util'],
};

/** Every relative import (static, `import type`, re-export, dynamic) of every .ts file under `root`, resolved. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const specifiers = ts
          .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
          .importedFiles.map((f) => f.fileName)
          .filter((s) => s.startsWith('.'));
        graph.set(
          relative(root, file),
          specifiers.flatMap((s) => {
            const target = resolve(path.resolve(path.dirname(file), s));
            if (target) return [relative(root, target)];
            problems.push(`${relative(root, file)} imports ${s}, which resolves to no file`);
            return [];
          }),
        );
      }
    }
  };
  walk(root);
  assert.deepEqual(problems, [], 'every relative import resolves (build first: registries are generated)');
  return graph;
}

function resolve(target: string): string | undefined {
  return [target, `${target}.ts`, path.join(target, 'index.ts')].find(
    (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
  );
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** The strongly connected components with more than one file (or a file importing itself), Tarjan's way. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const dep of graph.get(file) ?? []) {
      if (!order.has(dep)) {
        visit(dep);
        low.set(file, Math.min(low.get(file)!, low.get(dep)!));
      } else if (onStack.has(dep)) low.set(file, Math.min(low.get(file)!, order.get(dep)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!order.has(file)) visit(file);
  return found;
}

/** One import path around a component, for the message: a → b → … → a. */
function describeCycle(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string {
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first from start's imports back to start, inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const dep of graph.get(file) ?? []) {
      if (!members.has(dep) || previous.has(dep)) continue;
      previous.set(dep, file);
      if (dep === start) queue.length = 0;
      else queue.push(dep);
    }
  }
  const between: string[] = [];
  for (let file = previous.get(start)!; file !== start; file = previous.get(file)!) between.unshift(file);
  return [start, ...between, start].join(' → ');
}

/** The room a file (relative to server/src) belongs to: its top folder, or the file itself at the top. */
function roomOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? file : file.slice(0, slash);
}

function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const violations: string[] = [];
  for (const [file, deps] of graph) {
    const room = roomOf(file);
    const allowed = MAY_IMPORT[room];
    if (!allowed) {
      violations.push(`${file}: ${room} is not in the layer table (MAY_IMPORT)`);
      continue;
    }
    for (const dep of deps) {
      const target = roomOf(dep);
      if (target === room) continue;
      const ok = allowed.some((entry) => entry === target || `${dep.replace(/\.ts$/, '')}` === entry);
      if (!ok) violations.push(`${file} imports ${dep}: ${room} may import only ${allowed.join(', ') || 'itself'}`);
    }
  }
  return violations;
}

describe('server/src imports', () => {
  const graph = importGraph(SOURCE);

  it('form no cycle', () => {
    assert.ok(graph.size > 50, `the walk found the sources (${graph.size} files)`);
    const found = cycles(graph).map((component) => describeCycle(graph, component));
    assert.deepEqual(found, [], `import cycles:\n${found.join('\n')}`);
  });

  it('follow the layers: each folder imports only the folders below it', () => {
    const violations = layerViolations(graph);
    assert.deepEqual(violations, [], violations.join('\n'));
  });

  it("match the README's layer table", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const documented: Record<string, string[]> = {};
    for (const [, room, allowed] of readme.matchAll(/^\| `server\/src\/([^`/]+)\/?` \|[^|]*\| ([^|]*) \|$/gm))
      documented[room!] = [...allowed!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).sort();
    const expected = Object.fromEntries(
      Object.entries(MAY_IMPORT).map(([room, allowed]) => [room, [...allowed].sort()]),
    );
    assert.deepEqual(documented, expected);
  });

  it('names a cycle and a layer violation when there is one', () => {
    const cyclic = new Map(graph);
    cyclic.set('text/prose.ts', [...(graph.get('text/prose.ts') ?? []), 'text/markdown.ts']);
    const found = cycles(cyclic).map((component) => describeCycle(cyclic, component));
    assert.equal(found.length, 1);
    // The cycle is named by the files it runs through, back to the first (others importing both may join it).
    assert.match(found[0]!, /text\/prose\.ts → text\/markdown\.ts/);
    const files = found[0]!.split(' → ');
    assert.equal(files[0], files.at(-1));
    const upward = new Map(graph);
    upward.set('document/blocks.ts', [...(graph.get('document/blocks.ts') ?? []), 'rules/types.ts']);
    assert.deepEqual(layerViolations(upward), [
      'document/blocks.ts imports rules/types.ts: document may import only kb, terms, text, util',
    ]);
  });
});
