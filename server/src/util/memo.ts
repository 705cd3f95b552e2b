/**
 * A bounded cache keyed by text (a paragraph, a sentence) that survives document versions: entries
 * used recently stay, the rest are dropped in bulk. Two generations: lookups promote entries from the
 * old generation into the current one; when the current generation holds `budget` characters of keys,
 * it becomes the old one and the previous old one is dropped.
 */
export class TextMemo<V> {
  private current = new Map<string, V>();
  private old = new Map<string, V>();
  private currentChars = 0;
  private budget: number;

  /**
   * `outlivesText` false: the memo is dropped with the one document it serves (the CLI), so its keys and
   * values may be slices of that document instead of copies.
   */
  constructor(
    private readonly minimumBudget = 4_000_000,
    readonly outlivesText = true,
  ) {
    this.budget = minimumBudget;
  }

  /** `text` as the memo keeps it: a copy that keeps no document alive, or itself if the memo dies with the document. */
  own(text: string): string {
    return this.outlivesText ? detach(text) : text;
  }

  /**
   * Sizes the budget for a document of `chars` characters whose pieces are the keys: a generation must
   * hold a whole version, or every edit of a large document would find its pieces dropped.
   */
  fit(chars: number): void {
    this.budget = Math.max(this.minimumBudget, Math.ceil(chars * 1.25));
  }

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const promoted = this.old.get(key);
    if (promoted !== undefined) {
      this.old.delete(key);
      this.store(key, promoted);
    }
    return promoted;
  }

  set(key: string, value: V): void {
    // A slice of the document would keep the whole document text alive: store a copy of the key.
    this.store(this.own(key), value);
  }

  /** `set` for a key that is already `own` (shared by several memos). */
  setDetached(key: string, value: V): void {
    this.store(key, value);
  }

  clear(): void {
    this.current = new Map();
    this.old = new Map();
    this.currentChars = 0;
  }

  private store(key: string, value: V): void {
    if (this.currentChars + key.length > this.budget) {
      this.old = this.current;
      this.current = new Map();
      this.currentChars = 0;
    }
    if (!this.current.has(key)) this.currentChars += key.length;
    this.current.set(key, value);
  }
}

/**
 * How many characters of keys a per-knowledge-base memo of statements (a corrected sentence, a table row) keeps
 * per generation: such memos live as long as the knowledge base, and a document can make any number of statements.
 */
export const STATEMENT_MEMO_CHARS = 1_000_000;

/** A flat copy of `text` that shares no memory with the string it was sliced from. */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * `read(owner, sentence)` memoized per `sentence` object and `owner` (a document's prose: a reading that depends on the
 * document's text around the sentence is asked again for the same sentence by several readings, and for its neighbours).
 */
export function perSentence<O extends object, S extends object, V>(read: (owner: O, sentence: S) => V) {
  // Keyed by owner first: an entry never holds a document, so a sentence object a block memo shares across document
  // versions does not keep old documents alive.
  const memo = new WeakMap<O, WeakMap<S, { value: V }>>();
  return (owner: O, sentence: S): V => {
    let ofOwner = memo.get(owner);
    if (!ofOwner) memo.set(owner, (ofOwner = new WeakMap()));
    const known = ofOwner.get(sentence);
    if (known) return known.value;
    const value = read(owner, sentence);
    ofOwner.set(sentence, { value });
    return value;
  };
}
