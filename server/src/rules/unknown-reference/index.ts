import { removeKey } from '../../citations/edits';
import { identifierProblems } from '../../document/citations/identifiers';
import type { Citation, CitationModel, CitedKey, Namespace } from '../../citations/index';
import type { Report, Rule, RuleContext } from '../types';

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
    for (const citation of model.citations) {
      for (const key of citation.keys) {
        if (model.resolve(citation.namespace, key.key)) continue;
        if (citation.namespace === 'key' && !keysCheckable) continue;
        context.report({
          start: key.start,
          end: key.end,
          ...unresolvedMessage(model, citation, key),
          fixes: [
            {
              title: `Remove the citation of ${describe(citation.namespace, key.key)}`,
              edits: [removeKey(source, citation, key)],
            },
          ],
        });
      }
    }
    checkIdentifiers(context, model);
  },
};

function describe(namespace: Namespace, key: string): string {
  return namespace === 'number' ? `[${key}]` : namespace === 'footnote' ? `[^${key}]` : `"${key}"`;
}

function unresolvedMessage(
  model: CitationModel,
  citation: Citation,
  { key }: CitedKey,
): Pick<Report, 'messageId' | 'data'> {
  if (citation.namespace === 'footnote') return { messageId: 'undefinedFootnote', data: { key } };
  if (citation.namespace === 'number') {
    const numbers = model.entries.filter((e) => e.namespace === 'number').map((e) => Number(e.key));
    if (!numbers.length) return { messageId: 'noReferenceList', data: { key } };
    const entries = `${numbers.length} ${numbers.length === 1 ? 'entry' : 'entries'}`;
    return {
      messageId: 'beyondReferenceList',
      data: { key, entries, first: Math.min(...numbers), last: Math.max(...numbers) },
    };
  }
  const where = model.bibliographies.length ? model.bibliographies.map((f) => f.path).join(', ') : 'this document';
  if (!model.bibliographies.length && !model.entries.some((e) => e.namespace === 'key')) {
    return { messageId: 'noBibliography', data: { key } };
  }
  return { messageId: 'keyNotFound', data: { key, where } };
}

/** Format-only DOI/PMID checks on in-document entries (no network): a malformed identifier resolves nowhere. */
function checkIdentifiers(context: RuleContext, model: CitationModel): void {
  for (const entry of model.entries) {
    if (entry.file) continue;
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
