import type { Alias, Entity, KnowledgeBase } from '../kb/types';
import { CharKind, charKindOfUnit, isWordToken, type Tokens, tokenAfter, tokenize } from '../text/tokens';
import { ALIAS_TOKENS_JSON } from './alias-tokens.generated';

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
  terminals: Terminal[];
}

interface Terminal {
  entity: Entity;
  alias: Alias;
  tokens: string[];
  /** Where the alias writes an upper-case letter, as (token, character, UTF-16 code) triples: see caseMatches. */
  capitals: number[];
}

/**
 * The tokens of `text` as the matcher reads them: runs of letters and digits (with one optional ".digits"),
 * and each other character but apostrophes, which like spaces, hyphens and dashes only separate tokens, so
 * that aliases like "CLL/SLL" can require a slash. A possessive 's is not part of the token.
 */
export function termTokensOf(text: string): Token[] {
  const scanner = new TokenScanner(text, tokenize(text));
  const found: Token[] = [];
  for (let pos = 0; scanner.next(pos); pos = scanner.end) {
    const written = text.slice(scanner.start, scanner.end);
    found.push({ start: scanner.start, end: scanner.end, text: written, key: written.toLowerCase() });
  }
  return found;
}

/**
 * Matches every alias of every entity in one left-to-right pass over word tokens (leftmost-longest).
 * The text is scanned without allocating per token: a token is only sliced and lower-cased when its
 * (first letter, last letter, length) could start an alias, which few words of ordinary prose do.
 */
export class TermMatcher {
  private readonly root: TrieNode = { children: new Map(), terminals: [] };
  /** shapeKey()s of the ASCII first tokens of all aliases. */
  private readonly firstTokenShapes = new Set<number>();

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      for (const alias of [{ text: entity.name } as Alias, ...entity.aliases]) this.add(entity, alias);
    }
    for (const key of this.root.children.keys()) {
      this.firstTokenShapes.add(shapeKey(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length));
    }
  }

  static fromKnowledgeBase(kb: KnowledgeBase): TermMatcher {
    return new TermMatcher(kb.entities.values());
  }

  private add(entity: Entity, alias: Alias): void {
    const tokens = aliasTokens(alias.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map(), terminals: [] }));
      node = child;
    }
    if (!node.terminals.some((t) => t.entity === entity && t.alias.text === alias.text)) {
      node.terminals.push({ entity, alias, tokens, capitals: capitalsOf(tokens) });
    }
  }

  /** `tokens`: the text's tokens when already read (text/tokens.ts). */
  find(text: string, tokens: Tokens = tokenize(text)): TermMatch[] {
    const scanner = new TokenScanner(text, tokens);
    const matches: TermMatch[] = [];
    let pos = 0;
    while (scanner.next(pos)) {
      const { start, end } = scanner;
      if (this.mayStartAlias(text, start, end)) {
        const match = this.longestAt(text, scanner, start, end);
        if (match) {
          matches.push(match);
          pos = match.end;
          continue;
        }
      }
      pos = end;
    }
    return matches;
  }

  /** False only when no alias's first token (nor its plural) can be this token. */
  private mayStartAlias(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return true;
    const length = end - start;
    const first = lowerAscii(text.charCodeAt(start));
    const last = lowerAscii(text.charCodeAt(end - 1));
    if (this.firstTokenShapes.has(shapeKey(first, last, length))) return true;
    if (last !== 115 /* s */ || length < 2) return false;
    const beforeS = lowerAscii(text.charCodeAt(end - 2));
    if (this.firstTokenShapes.has(shapeKey(first, beforeS, length - 1))) return true;
    if (length <= 3 || beforeS !== 101 /* e */) return false;
    return (
      this.firstTokenShapes.has(shapeKey(first, lowerAscii(text.charCodeAt(end - 3)), length - 2)) ||
      (lowerAscii(text.charCodeAt(end - 3)) === 105 /* i */ &&
        this.firstTokenShapes.has(shapeKey(first, 121 /* y */, length - 2)))
    );
  }

  // The tokens read by longestAt, reused across calls: it runs for every token that may start an alias.
  private readonly written: string[] = [];

  private longestAt(text: string, scanner: TokenScanner, firstStart: number, firstEnd: number): TermMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: Terminal | undefined;
    let bestEnd = 0;
    let bestTokens = 0;
    const written = this.written;
    written.length = 0;
    let start = firstStart;
    let end = firstEnd;
    while (node) {
      if (written.length > 0) {
        const previousEnd = end;
        if (!scanner.next(previousEnd)) break;
        ({ start, end } = scanner);
        // Tokens of one term are separated only by spaces, hyphens or dashes, never by a blank line.
        if (!isTermGap(text, previousEnd, start)) break;
      }
      const tokenText = text.slice(start, end);
      written.push(tokenText);
      const key = tokenText.toLowerCase();
      // A plural: "-ies" → "-y", "-es" → "", "-s" → "".
      if (key.length > 1 && key.charCodeAt(key.length - 1) === 115 /* s */ && node.children.size) {
        for (const singular of singulars(key)) {
          const plural = node.children.get(singular);
          if (!plural) continue;
          const hit = pickTerminal(plural, written, true);
          if (hit && (!best || written.length > bestTokens)) [best, bestEnd, bestTokens] = [hit, end, written.length];
        }
      }
      node = node.children.get(key);
      if (!node) break;
      const hit = pickTerminal(node, written, false);
      if (hit && (!best || written.length >= bestTokens)) [best, bestEnd, bestTokens] = [hit, end, written.length];
    }
    return best && toMatch(text, firstStart, bestEnd, best);
  }
}

/**
 * The shipped names' and aliases' tokens, read by termTokensOf at build time (scripts/terms.mjs): tokenising
 * them was most of building the matcher at every start-up. Other texts (workspace data) are read here.
 */
let shippedTokens: Map<string, string[]> | undefined;

function aliasTokens(text: string): string[] {
  shippedTokens ??= new Map(Object.entries(JSON.parse(ALIAS_TOKENS_JSON) as Record<string, string[]>));
  return shippedTokens.get(text) ?? termTokensOf(text).map((t) => t.text);
}

function toMatch(text: string, start: number, end: number, hit: Terminal): TermMatch {
  return { start, end, entity: hit.entity, alias: hit.alias, text: text.slice(start, end) };
}

/**
 * Reads the text's tokens as the matcher sees them (see termTokensOf): a ".digits" joins the run before it,
 * an apostrophe is no token, nor is a ’ starting a possessive 's.
 */
class TokenScanner {
  start = 0;
  end = 0;
  /** The token the last call stopped at: calls move forwards, or back a little after a failed longest match. */
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {}

  /** Moves to the first token at or after `from`; false when there is none. */
  next(from: number): boolean {
    const { text, tokens } = this;
    const count = tokens.length >> 1;
    let k = this.at;
    if (k > 0 && tokens[2 * k - 1]! > from) k = tokenAfter(tokens, from);
    while (k < count && tokens[2 * k + 1]! <= from) k++;
    for (; k < count; k++) {
      // A token can start inside a run, after the ".digits" that ended the previous one ("1.5mg").
      const start = Math.max(tokens[2 * k]!, from);
      let end = tokens[2 * k + 1]!;
      if (isWordToken(text, start)) {
        if (text.charCodeAt(end) === 46 /* . */ && isAsciiDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (isAsciiDigit(text.charCodeAt(end))) end++;
        }
      } else {
        const code = text.charCodeAt(start);
        if (code === 39 || (code === 0x2019 && isPossessive(text, start))) continue;
      }
      this.at = k;
      this.start = start;
      this.end = end;
      return true;
    }
    this.at = k;
    return false;
  }
}

/** Only spaces, hyphens and dashes, and no blank line. */
function isTermGap(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (++newlines > 1) return false;
    } else if (charKindOfUnit(code) === CharKind.Space) {
    } else if (code === 45 || (code >= 0x2010 && code <= 0x2014 && code !== 0x2012)) {
      newlines = 0;
    } else return false;
  }
  return true;
}

const shapeKey = (first: number, last: number, length: number) =>
  ((first & 0xff) << 16) | ((last & 0xff) << 8) | Math.min(length, 255);
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** ’ followed by "s" and a word boundary, as POSSESSIVE tests. */
function isPossessive(text: string, at: number): boolean {
  const after = text.charCodeAt(at + 2);
  const asciiWord =
    (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95;
  return text.charCodeAt(at + 1) === 115 && !asciiWord;
}

function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.length > 3 && key.endsWith('ies')) out.push(key.slice(0, -3) + 'y');
  if (key.length > 3 && key.endsWith('es')) out.push(key.slice(0, -2));
  if (key.length > 1 && key.endsWith('s')) out.push(key.slice(0, -1));
  return out;
}

function pickTerminal(node: TrieNode, written: readonly string[], plural: boolean): Terminal | undefined {
  for (const terminal of node.terminals) {
    if (plural && !allowsPlural(terminal.alias)) continue;
    if (caseMatches(terminal, written, plural)) return terminal;
  }
  return undefined;
}

function allowsPlural(alias: Alias): boolean {
  if (alias.plural !== undefined) return alias.plural;
  return alias.kind !== 'brand' && alias.kind !== 'inn' && alias.kind !== 'code';
}

/** "KYMRIAH" for "Kymriah": labels and press releases set brand names in capitals. */
function isCapitalsOf(got: string, want: string): boolean {
  return got !== got.toLowerCase() && want !== want.toUpperCase() && got === want.toUpperCase();
}

/**
 * Default case rule: a letter the alias writes in upper case must be upper case in the text; lower-case
 * letters may be written in any case (so "CRS" never matches "crs", "Kymriah" matches "KYMRIAH").
 */
function caseMatches(terminal: Terminal, written: readonly string[], plural: boolean): boolean {
  const { alias, tokens: aliasTokens, capitals } = terminal;
  const mode = alias.case;
  if (mode === 'insensitive') return true;
  if (mode === 'exact') {
    for (let t = 0; t < aliasTokens.length; t++) {
      const want = aliasTokens[t]!;
      let got = written[t]!;
      if (plural && t === aliasTokens.length - 1) got = got.slice(0, want.length);
      if (got !== want && !(alias.kind === 'brand' && isCapitalsOf(got, want))) return false;
    }
    return true;
  }
  // A plural's last token is compared within the alias's length, where its capitals are.
  for (let i = 0; i < capitals.length; i += 3)
    if (written[capitals[i]!]!.charCodeAt(capitals[i + 1]!) !== capitals[i + 2]) return false;
  return true;
}

/**
 * The upper-case letters of an alias's tokens, found once when the matcher is built, not by lower-casing each
 * letter of the alias at each candidate match (a sixth of the matcher's time on a claim-dense document).
 */
function capitalsOf(tokens: readonly string[]): number[] {
  const capitals: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token === token.toLowerCase()) continue;
    for (let c = 0; c < token.length; c++) {
      const w = token[c]!;
      if (w !== w.toLowerCase()) capitals.push(t, c, token.charCodeAt(c));
    }
  }
  return capitals;
}
