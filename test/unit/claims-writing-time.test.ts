import { contradictionTable, service } from '../helpers/service';

// When a statement holds and whether the writer makes it at all: a dateline of writing dates the text, not the event
// it reports; a reason the writer denies ("not because P") asserts nothing of P; an absolute clause after the main
// one ("…, with Yescarta following in October") has its own subject and time.

const table = contradictionTable(service(), 'writing-time');

describe('writing time: a dateline dates the writing, not the event', () => {
  table(
    [
      // The event's own date is still read.
      'Update, May 2024: the FDA approved Kymriah in May 2024.',
    ],
    [
      'Update, August 2025: the FDA has now removed the REMS for Abecma.',
      'Published October 2017: Yescarta was approved this week.',
      'Last edited 3 September 2025 — the REMS for Breyanzi ended earlier this summer.',
    ],
  );
});

describe('writing time: a denied reason is not asserted', () => {
  table(
    [
      'They chose Breyanzi because it targets BCMA.',
      // "not only because" gives the reason.
      'They chose Breyanzi not only because it targets BCMA, but also because it was available.',
    ],
    [
      'They chose Breyanzi not because it targets BCMA, but because it was available.',
      'The centre turned her away, though not because Tecartus is approved only for myeloma; it had no beds.',
    ],
  );
});

describe('writing time: an absolute clause has its own subject and time', () => {
  table(
    ['Yescarta was approved in August 2017, with Kymriah following in October.'],
    [
      'Kymriah was approved in August 2017, with Yescarta following in October.',
      'Five CAR-T products had been approved by the end of 2021, with Carvykti arriving in 2022.',
    ],
  );
});

describe('writing time: a reason naming a therapy is stated as given, whatever the main clause does', () => {
  table(
    [
      // The main clause's negation and modal are not the reason's.
      'She could not receive Kymriah, since it is approved only for myeloma.',
      'The trip was long because Tecartus is approved for myeloma.',
    ],
    [
      'She could not receive Abecma for her lymphoma, since it is approved only for myeloma.',
      'The trip was long because Tecartus is approved for mantle cell lymphoma.',
      // A verbless label is read with its reason.
      'Credit: 2025 REMS training fee refunded, since the FDA ended the REMS for Breyanzi that June.',
    ],
  );
});
