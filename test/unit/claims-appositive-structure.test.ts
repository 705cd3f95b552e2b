import { contradictionTable, service } from '../helpers/service';

// An appositive says what its name is whatever the clause around it does: a role phrase without a determiner after a
// company ("Novartis, maker of Kymriah, will …") links the company to the product, and an appositive after a therapy
// inside a conditional sentence ("Start Kymriah, the CD19 CAR-T, if …") is presupposed, not conditional.

const table = contradictionTable(service(), 'appositive-structure');

describe('appositives: a determinerless role phrase after a company', () => {
  table(
    [
      'Kite, maker of Kymriah, will host an investor call next week.',
      'Bristol Myers Squibb, developer of Carvykti, reported quarterly sales on Thursday.',
      'Embargoed: Autolus, manufacturer of Tecartus, will present at ASH.',
    ],
    [
      'Novartis, maker of Kymriah, will present new follow-up data at EHA.',
      'Kite, developer of Yescarta, reported quarterly sales on Thursday.',
      // A comma and "and" after the role phrase make it a list's member, not an appositive.
      'Kite, maker of Kymriah, and Novartis will present.',
      // Without a closing comma the phrase is not set off as an appositive.
      'We asked Kite, maker of many things.',
    ],
  );
});

describe('appositives: presupposed inside a conditional sentence', () => {
  table(
    [
      ['Start Kymriah, the BCMA CAR-T, if there is no response.', 'the BCMA CAR-T'],
      [
        'If your doctor recommends Abecma, a CD19-directed CAR-T therapy, ask about the side effects.',
        'a CD19-directed CAR-T therapy',
      ],
    ],
    [
      'Start Kymriah, the CD19 CAR-T, if there is no response.',
      'If your doctor recommends Abecma, a BCMA-directed CAR-T therapy, ask about the side effects.',
    ],
  );
});
