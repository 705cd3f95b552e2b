import * as assert from 'node:assert/strict';
import {
  formatMessage,
  gist,
  isOnePlaceholder,
  placeholdersOf,
  sarifMessageString,
} from '../../server/src/util/messages';

describe('message templates (meta.messages)', () => {
  const messages = { twice: '{{term}} is not {{ right }}; write {{right}}.', plain: 'No placeholder.' };

  it("fills {{name}} placeholders from data, as ESLint's interpolation does", () => {
    assert.equal(
      formatMessage('r', messages, 'twice', { term: 'CRES', right: 'ICANS' }),
      'CRES is not ICANS; write ICANS.',
    );
    assert.equal(formatMessage('r', messages, 'plain'), 'No placeholder.');
    assert.equal(formatMessage('r', { n: '{{count}} of them' }, 'n', { count: 0 }), '0 of them');
  });

  it('tells a message that is one placeholder and nothing else (its value as it is)', () => {
    const templates = {
      one: '{{claim}}',
      spaced: '{{ claim }}',
      dot: '{{claim}}.',
      two: '{{a}}{{b}}',
      text: 'No {{a}}',
    };
    assert.deepEqual(
      Object.keys(templates).filter((id) => isOnePlaceholder(templates, id)),
      ['one', 'spaced'],
    );
    assert.equal(isOnePlaceholder(templates, 'unknown'), false);
  });

  it('throws on an unknown id or a placeholder without data, naming the rule', () => {
    assert.throws(
      () => formatMessage('deprecated-term', messages, 'nope'),
      /deprecated-term: unknown message id "nope"/,
    );
    assert.throws(() => formatMessage('r', messages, 'toString'), /unknown message id "toString"/);
    assert.throws(
      () => formatMessage('r', messages, 'twice', { term: 'CRES' }),
      /"twice" has no data for \{\{right\}\}/,
    );
  });

  it('lists placeholders in order of first use and writes SARIF message strings with doubled braces', () => {
    assert.deepEqual(placeholdersOf(messages.twice), ['term', 'right']);
    assert.equal(sarifMessageString(messages.twice), '{0} is not {1}; write {1}.');
    assert.equal(sarifMessageString('In {braces} {{x}}'), 'In {{braces}} {0}');
  });

  it('cuts a gist at a clause boundary outside parentheses, never inside one', () => {
    const text =
      'Give steroids for ICANS grade 2 or higher (dexamethasone, methylprednisolone) and monitor closely for recurrence.';
    assert.equal(gist(text, 70), 'Give steroids for ICANS grade 2 or higher');
    assert.equal(
      gist('Tocilizumab (an IL-6 receptor antibody given intravenously, repeated if needed) is used.', 40),
      'Tocilizumab…',
    );
    // Outside a parenthesis the last clause boundary is kept.
    assert.equal(
      gist('Treat CRS with tocilizumab, then add steroids if it persists after two doses.', 50),
      'Treat CRS with tocilizumab',
    );
  });
});
