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

describe('writing time: a past existential holds at the one date its clause names', () => {
  table(
    [
      'In 2019 there was no REMS for Kymriah, so any hospital could give it.',
      'In mid-2024 there was no REMS for Carvykti.',
      'There was no approved CAR-T for follicular lymphoma in 2022; Yescarta was approved for it in March 2021.',
    ],
    [
      'By the time of her infusion in October 2025 there was no REMS for Carvykti.',
      'There was no approved CAR-T for follicular lymphoma in 2020; Yescarta was approved for it in March 2021.',
      'At the start of 2024 there was no FDA-approved CAR-T for CLL.',
      // A relative with a time of its own is not the existential's.
      'In mid-2024 there was no REMS for Aucatzyl, which was approved that November without one.',
      // A past with no time of its own, and another regulator's, are not judged by the FDA's REMS record.
      'Her infusion was in November 2025. By then there was no REMS for Yescarta.',
      'In Europe in 2019 there was no REMS for Kymriah.',
    ],
  );
});
