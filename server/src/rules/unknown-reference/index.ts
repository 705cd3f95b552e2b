import { removeKey } from '../../citations/edits';
import { identifierProblems } from '../../document/citations/identifiers';
import type { Citation, CitationModel, CitedKey, Namespace } from '../../citations/index';
import { lazyFix, type Report, type Rule, type RuleContext } from '../types';

/** A citation that resolves to no entry: a number beyond the list, a missing key, an undefined footnote. */
const rule: Rule = {
  meta: {
    id: 'unknown-reference',
    description:
      'A citation that points to no reference entry (a number beyond the list, a key missing from the bibliography).',
    defaultSeverity: 'error',
    fixable: true,
    checksReferenceLists: true,
    messages: {
      unreadableBibliography: 'Bibliography {{problem}}: its citations cannot be checked.',
      undefinedFootnote: 'Footnote [^{{key}}] has no definition ("[^{{key}}]: …").',
      noReferenceList: 'Citation [{{key}}] points to no reference: the document has no numbered "References" list.',
      beyondReferenceList:
        'Citation [{{key}}] points to no reference: the reference list has {{entries}} ({{first}}–{{last}}).',
      noBibliography: 'Citation key "{{key}}" points to no reference: the document declares no bibliography.',
      keyNotFound: 'Citation key "{{key}}" is not in {{where}}.',
      malformedIdentifier: 'Reference {{key}}: {{problem}}.',
    },
  },
  check(context) {
    const model = context.document.citations;
    const source = context.document.text;
    for (const file of model.bibliographies) {
      if (file.problem)
        context.report({
          start: file.declaration.start,
          end: file.declaration.end,
          messageId: 'unreadableBibliography',
          data: { problem: file.problem },
        });
    }
    // Keys are checkable only when every declared bibliography was read.
    const keysCheckable = model.bibliographies.every((f) => f.text !== undefined);
    let numbers: NumberedEntries | undefined;
    for (const citation of model.citations) {
      citation.keys.forEach((key, at) => {
        if (model.resolve(citation.namespace, key.key)) return;
        if (citation.namespace === 'key' && !keysCheckable) return;
        context.report({
          start: key.start,
          end: key.end,
          ...unresolvedMessage(model, citation, key, () => (numbers ??= numberedEntries(model))),
          // Computed when asked for: each costs a pass over its citation's keys, and one citation may have thousands.
          fixes: () => [
            lazyFix(
              `Remove the citation of ${describe(citation.namespace, key.key)}`,
              () => [removeKey(source, citation, at)],
              undefined,
              // Rewrites every number of its citation.
              citation.namespace === 'number',
            ),
          ],
        });
      });
    }
    checkIdentifiers(context, model);
  },
};

function describe(namespace: Namespace, key: string): string {
  return namespace === 'number' ? `[${key}]` : namespace === 'footnote' ? `[^${key}]` : `"${key}"`;
}

/** The document's numbered entries, counted once per check (not once per unresolved citation). */
interface NumberedEntries {
  count: number;
  lowest: number;
  highest: number;
}

function numberedEntries(model: CitationModel): NumberedEntries {
  let count = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const entry of model.ownEntries) {
    if (entry.namespace !== 'number') continue;
    const n = Number(entry.key);
    count++;
    lowest = Math.min(lowest, n);
    highest = Math.max(highest, n);
  }
  return { count, lowest, highest };
}

function unresolvedMessage(
  model: CitationModel,
  citation: Citation,
  { key }: CitedKey,
  numbered: () => NumberedEntries,
): Pick<Report, 'messageId' | 'data'> {
  if (citation.namespace === 'footnote') return { messageId: 'undefinedFootnote', data: { key } };
  if (citation.namespace === 'number') {
    const { count, lowest, highest } = numbered();
    if (!count) return { messageId: 'noReferenceList', data: { key } };
    const entries = `${count} ${count === 1 ? 'entry' : 'entries'}`;
    return { messageId: 'beyondReferenceList', data: { key, entries, first: lowest, last: highest } };
  }
  const where = model.bibliographies.length ? model.bibliographies.map((f) => f.path).join(', ') : 'this document';
  if (!model.bibliographies.length && !model.entries.some((e) => e.namespace === 'key')) {
    return { messageId: 'noBibliography', data: { key } };
  }
  return { messageId: 'keyNotFound', data: { key, where } };
}

/** Format-only DOI/PMID checks on in-document entries (no network): a malformed identifier resolves nowhere. */
function checkIdentifiers(context: RuleContext, model: CitationModel): void {
  for (const entry of model.ownEntries) {
    for (const problem of identifierProblems(entry.text)) {
      context.report({
        start: entry.label.start,
        end: entry.label.end,
        messageId: 'malformedIdentifier',
        data: { key: entry.key, problem },
        severity: 'warning',
      });
    }
  }
}

export default rule;
