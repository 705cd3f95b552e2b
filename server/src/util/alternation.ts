// V8 tries the branches of an alternation one after another at every position of the text, and compiles each branch
// on its own: a cue list whose phrases share their first words ("can be given to", "can be given for", …) costs as many
// branches as it has phrases. Factored by words, the list is one branch per distinct first word, and it matches the
// same texts (a test's answer is the same; which of two overlapping phrases a search returns may differ).

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

/**
 * The source of a pattern matching any of `phrases` (words separated by single spaces, read as pattern source as
 * written), each space matched by `gap`, factored by words: "can be given to|can be given for" becomes
 * "can<gap>be<gap>given<gap>(?:to|for)".
 */
export function phraseAlternation(phrases: readonly string[], gap: string): string {
  // A phrase that is empty or holds a group or a branch of its own is not split (its words would not be whole).
  if (phrases.some((p) => !p || /[|()[\]]/.test(p))) return phrases.map((p) => p.split(' ').join(gap)).join('|');
  const root: Node = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const branches = (node: Node): string =>
    [...node.next]
      .map(([word, child]) => {
        if (!child.next.size) return word;
        const rest = `${gap}(?:${branches(child)})`;
        return child.end ? `${word}(?:${rest})?` : `${word}${rest}`;
      })
      .join('|');
  return branches(root);
}
