import type { Alias, Entity, KnowledgeBase } from '../kb/types';

export interface TermMatch {
  start: number;
  end: number;
  entity: Entity;
  alias: Alias;
  /** The matched text as written. */
  text: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminals: { entity: Entity; alias: Alias; tokens: string[] }[];
}

// Word tokens; a possessive 's is not part of the token. Other punctuation is a token of its own so that
// aliases like "CLL/SLL" can require it. Hyphens, dashes and spaces separate tokens and are interchangeable.
const TOKEN = /[\p{L}\p{N}]+(?:\.\d+)?|[^\s\p{L}\p{N}\-‐‑–—']/gu;
const POSSESSIVE = /^['’]s\b/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[0] === '’' && POSSESSIVE.test(text.slice(m.index))) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: m[0].toLowerCase() });
  }
  return tokens;
}

/** Matches every alias of every entity in one left-to-right pass over word tokens (leftmost-longest). */
export class TermMatcher {
  private readonly root: TrieNode = { children: new Map(), terminals: [] };

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      for (const alias of [{ text: entity.name } as Alias, ...entity.aliases]) this.add(entity, alias);
    }
  }

  static fromKnowledgeBase(kb: KnowledgeBase): TermMatcher {
    return new TermMatcher(kb.entities.values());
  }

  private add(entity: Entity, alias: Alias): void {
    const tokens = tokenize(alias.text).map((t) => t.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map(), terminals: [] }));
      node = child;
    }
    if (!node.terminals.some((t) => t.entity === entity && t.alias.text === alias.text)) {
      node.terminals.push({ entity, alias, tokens });
    }
  }

  find(text: string): TermMatch[] {
    const tokens = tokenize(text);
    const matches: TermMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.longestAt(text, tokens, i);
      if (match) {
        matches.push(match.match);
        i = match.next;
      } else {
        i++;
      }
    }
    return matches;
  }

  private longestAt(text: string, tokens: Token[], first: number): { match: TermMatch; next: number } | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { match: TermMatch; next: number } | undefined;
    for (let i = first; node && i < tokens.length; i++) {
      const token = tokens[i]!;
      // Tokens of one term are separated only by spaces, hyphens or dashes, never by a line's end.
      if (i > first && !/^[\s\-‐‑–—]*$/.test(text.slice(tokens[i - 1]!.end, token.start)) ) break;
      if (i > first && text.slice(tokens[i - 1]!.end, token.start).includes('\n\n')) break;
      for (const singular of singulars(token.key)) {
        const plural = node.children.get(singular);
        if (!plural || singular === token.key) continue;
        const hit = pickTerminal(plural, tokens.slice(first, i + 1), true);
        if (hit && (!best || i + 1 > best.next)) best = this.toMatch(text, tokens, first, i, hit);
      }
      node = node.children.get(token.key);
      if (!node) break;
      const hit = pickTerminal(node, tokens.slice(first, i + 1), false);
      if (hit && (!best || i + 1 >= best.next)) best = this.toMatch(text, tokens, first, i, hit);
    }
    return best;
  }

  private toMatch(text: string, tokens: Token[], first: number, last: number, hit: TrieNode['terminals'][number]) {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { match: { start, end, entity: hit.entity, alias: hit.alias, text: text.slice(start, end) }, next: last + 1 };
  }
}

function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.length > 3 && key.endsWith('ies')) out.push(key.slice(0, -3) + 'y');
  if (key.length > 3 && key.endsWith('es')) out.push(key.slice(0, -2));
  if (key.length > 1 && key.endsWith('s')) out.push(key.slice(0, -1));
  return out;
}

function pickTerminal(node: TrieNode, written: Token[], plural: boolean): TrieNode['terminals'][number] | undefined {
  for (const terminal of node.terminals) {
    if (plural && !allowsPlural(terminal.alias)) continue;
    if (caseMatches(terminal.alias, terminal.tokens, written, plural)) return terminal;
  }
  return undefined;
}

function allowsPlural(alias: Alias): boolean {
  if (alias.plural !== undefined) return alias.plural;
  return alias.kind !== 'brand' && alias.kind !== 'inn' && alias.kind !== 'code';
}

/**
 * Default case rule: a letter the alias writes in upper case must be upper case in the text; lower-case
 * letters may be written in any case (so "CRS" never matches "crs", "Kymriah" matches "KYMRIAH").
 */
function caseMatches(alias: Alias, aliasTokens: string[], written: Token[], plural: boolean): boolean {
  const mode = alias.case;
  if (mode === 'insensitive') return true;
  for (let t = 0; t < aliasTokens.length; t++) {
    const want = aliasTokens[t]!;
    let got = written[t]!.text;
    if (plural && t === aliasTokens.length - 1) got = got.slice(0, want.length);
    if (mode === 'exact') {
      if (got !== want) return false;
      continue;
    }
    for (let c = 0; c < want.length; c++) {
      const w = want[c]!;
      if (w !== w.toLowerCase() && got[c] !== w) return false;
    }
  }
  return true;
}
