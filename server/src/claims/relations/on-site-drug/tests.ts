import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // The requirement told as past, as ended, dated before the REMS ended, or denied.
    'Before June 2025, certified centres had to have tocilizumab on site for each CAR-T patient.',
    'The on-site tocilizumab requirement ended with the REMS in June 2025.',
    'Hospitals no longer need to keep tocilizumab on site to give Carvykti.',
    'Under the REMS, hospitals were required to have tocilizumab on site until June 2025.',
    'Centres giving Kymriah are not required to keep tocilizumab on site.',
    // An adverb inside a past verb group leaves it past.
    'In 2019, centres were still required to keep tocilizumab on site for Kymriah.',
    'The elimination of REMS requirements lifts the mandate for hospitals to maintain on-site access to tocilizumab.',
    // A habit or a local choice, advice, or a product whose REMS record has no such requirement.
    'Our hospital keeps tocilizumab on site for every CAR-T patient.',
    'Centres should keep tocilizumab on site as a precaution.',
    'Centres giving Aucatzyl must keep tocilizumab on site.',
    'The 2022 audit found that every certified site kept tocilizumab on site, as the Yescarta REMS required.',
    'In 2025, centres had to keep tocilizumab on site for Abecma.',
    'In 2025 centres must keep tocilizumab on site for Abecma.',
    // Another regulator's rule.
    'In the EU, centres must have tocilizumab on site before Kymriah is infused.',
    // A drug no REMS required on site.
    'Hospitals must keep dexamethasone on hand for ICANS.',
  ],
  invalid: [
    // An adverb between the auxiliary and the participle: the auxiliary sets the tense.
    {
      text: 'In 2026, certified centres are still required to have tocilizumab on site before infusing Yescarta.',
      errors: [
        {
          messageId: 'ended',
          text: 'In 2026, certified centres are still required to have tocilizumab on site before infusing Yescarta.',
          message: 'The requirement to have tocilizumab on site ended with the REMS for Yescarta (Jun 2025).',
        },
      ],
    },
    {
      text: 'Centres giving Carvykti are required to have tocilizumab on site before each infusion.',
      errors: [
        {
          messageId: 'ended',
          text: 'Centres giving Carvykti are required to have tocilizumab on site before each infusion.',
          message: 'The requirement to have tocilizumab on site ended with the REMS for Carvykti (Jun 2025).',
        },
      ],
    },
    {
      text: 'The FDA still requires hospitals to stock tocilizumab on site for Yescarta patients.',
      errors: [
        {
          messageId: 'ended',
          text: 'The FDA still requires hospitals to stock tocilizumab on site for Yescarta patients.',
        },
      ],
    },
    {
      text: 'Centres that give CAR-T must keep tocilizumab on hand for every patient.',
      errors: [
        { messageId: 'ended', text: 'Centres that give CAR-T must keep tocilizumab on hand for every patient.' },
      ],
    },
    {
      text: 'Two doses of tocilizumab on site are mandatory for each Breyanzi infusion.',
      errors: [
        { messageId: 'ended', text: 'Two doses of tocilizumab on site are mandatory for each Breyanzi infusion.' },
      ],
    },
  ],
};
export default tests;
