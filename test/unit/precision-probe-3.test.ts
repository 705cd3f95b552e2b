// Precision probe 3 (test/fixtures/precision-probe-3): per structural cause of the false claim findings judged on
// the held-out prose (issue 12: coordination, lists, disjunction, scope, non-approval predicates, taxonomy, heading
// context, a misspelled name), invented correct sentences that must stay clean and false twins of the same shape
// that must be flagged. A row may hold a heading: "\n" in the sentence starts a new line. The rows not yet as
// expected are listed in ratchet.json: any other row going wrong fails, and the list may only shrink
// (PRECISION_PROBE_RATCHET=1 rewrites it with the rows still wrong, refusing to add one).
import { describePrecisionProbe } from '../helpers/precisionProbe';

// Rows are separated by a blank line and a thematic break, so a row's heading never reaches the next row.
describePrecisionProbe({ folder: 'precision-probe-3', minCauses: 14, separator: '\n\n---\n\n' });
