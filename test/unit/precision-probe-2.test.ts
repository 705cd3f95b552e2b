// Precision probe 2 (test/fixtures/precision-probe-2): per cause of the false claim findings left on real prose
// (issue 12), correct sentences that must stay clean and false ones of the same shape that must be flagged. The
// rows not yet as expected are listed in ratchet.json: any other row that goes wrong fails, and the list may only
// shrink (PRECISION_PROBE_RATCHET=1 rewrites it with the rows still wrong, refusing to add one).

import { describePrecisionProbe } from '../helpers/precisionProbe';

// One paragraph per row.
describePrecisionProbe({ folder: 'precision-probe-2', minCauses: 12, separator: '\n\n' });
