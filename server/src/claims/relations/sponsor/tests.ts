import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // The class of making (data/lexicon/making-verbs) in every frame: subject relative, passive, active; a verb of
    // another class (competing, licensing) or a denied one is no maker claim.
    'Kite, which manufactures Yescarta, is opening a second plant.',
    'Kite, the Gilead unit that makes Tecartus, is hiring.',
    'Carvykti was engineered by Legend Biotech scientists.',
    'Juno Therapeutics built Breyanzi around a defined CD4:CD8 ratio.',
    'Novartis, which competes with Yescarta, cut its forecast.',
    'Novartis, which licensed Kymriah from Penn, is hiring.',
    'Novartis, which does not make Yescarta, cut its forecast.',
    // "the <company> <product noun>" and "became a <company> product" with the product's own company.
    'Tecartus is the Kite drug.',
    'Breyanzi is a Bristol Myers Squibb therapy.',
    'Aucatzyl became an Autolus product.',
    // A company the clause denies in a contrast is not the one its link takes, whether or not the other is known.
    'Abecma is made by BMS, not Novartis.',
    'Correction to my last email: Abecma is made by BMS, not Novartis.',
    // A possessive role noun or a possessive relative in apposition: the own company, a recorded co-developer, a role
    // phrase that may be a list member, a denial, a noun other than the product after "whose", a role not recorded.
    "Novartis, Kymriah's manufacturer, hosted the symposium.",
    "Legend Biotech, Carvykti's co-developer with Janssen, presented data.",
    "We met Kite, Kymriah's manufacturer, and Novartis.",
    "Kite is not Kymriah's maker.",
    "Kite, Yescarta's maker, and Novartis, Kymriah's maker, both spoke.",
    'We thank Autolus, whose Aucatzyl program supplied the materials.',
    'Novartis, whose rival to Yescarta sold less, reported data.',
    "Cardinal Health, Kymriah's distributor, shipped the cells.",
    // Licence holders, role nouns before a copula and passives with an adjunct: own sponsors, denials, other licences.
    'Kite Pharma holds the BLA for Yescarta.',
    'Novartis holds the licence for a process used to make Breyanzi.',
    'The BLA holder for Tecartus is Kite Pharma.',
    'The maker of Tecartus is not Bristol Myers Squibb.',
    'Aucatzyl is marketed in the United States by Autolus.',
    'Tecelra was sold in July 2025 by Adaptimmune to US WorldMeds.',
    'Yescarta is not marketed in China by Novartis.',
    'Breyanzi is produced by Juno Therapeutics.',
    // A company's platform, process or licence is not the product's sponsor.
    'Carteyva was built on a manufacturing process licensed from Juno Therapeutics.',
    "Relmacabtagene autoleucel was made with the help of Juno Therapeutics' manufacturing technology.",
    // "the company behind" takes the product it heads, not a noun before it.
    'Legend Biotech, the company behind Carvykti, reported the results.',
    'Novartis, the company behind a rival to Carvykti, reported the results.',
    // A relative clause of another noun parts the company from the product.
    'Kite presented results from a trial where Carvykti served as the control arm.',
    'Janssen released data from a head-to-head study that used Yescarta as the comparator.',
    // "from" links only the company it takes.
    'Gilead reported data from a study of Abecma.',
    // Said of now: a current sponsor holds; a former one holds for the past.
    'US WorldMeds now markets Tecelra.',
    'Adaptimmune developed Tecelra.',
    // A co-developer on the record with its end date holds for what was true then (bluebird bio until its 2021 spin-off).
    'Abecma, from Bristol Myers Squibb and bluebird bio, recognizes BCMA.',
    'Abecma is not co-developed by bluebird bio.',
    // "its" after the company, with only therapy words before the product.
    'Legend Biotech presented new data on its CAR-T therapy Carvykti.',
    'Novartis compared Kymriah with its rival Yescarta.',
    'Kymriah is marketed by Novartis.',
    'Kite, a Gilead company, makes Yescarta.',
    'Carvykti, from Janssen and Legend Biotech, targets BCMA.',
    "Adaptimmune's Tecelra is approved for synovial sarcoma.",
    'Adaptimmune sold Tecelra to US WorldMeds in 2025.',
    'Iovance Biotherapeutics markets Amtagvi.',
    'Breyanzi is not marketed by Novartis.',
    // A denied sponsor is judged only as a plain denial of a current one.
    'Tecelra is no longer marketed by Adaptimmune.',
    'Yescarta is not made by Kite alone.',
    'Yescarta is not sold by Kite in China.',
    'Is Breyanzi marketed by Novartis?',
    "Novartis's Kymriah and Kite's Yescarta were approved in 2017.",
    // "the maker of" links only a product that heads what follows "of"; a buyer must be on the product's record.
    'Kite, the maker of Yescarta, opened a new plant.',
    'Janssen and Legend Biotech, the makers of Carvykti, presented updated results.',
    'Novartis, the maker of a rival to Carvykti, released data.',
    'US WorldMeds acquired Tecelra from Adaptimmune in 2025.',
    'Autolus did not sell Aucatzyl to Novartis.',
    'Adaptimmune sold Tecelra to patients through certified centres.',
    // A company reporting on a product: its own, or a report that is not the product's ("results of a trial").
    'Bristol Myers Squibb today announced new long-term data for Breyanzi in follicular lymphoma.',
    'Legend Biotech said Carvykti sales rose again this quarter.',
    'Novartis presented results of a trial comparing Breyanzi with standard care.',
    'Novartis said data for Breyanzi were disappointing.',
    'Novartis did not report new data for Tecartus.',
    // No link between the company and the product.
    'Novartis reported results; Breyanzi was approved in 2021.',
    'Breyanzi targets CD19, like the Novartis product.',
    // An own sponsor in an aside, and the link's object another of its own.
    'Carvykti, from Janssen, is made by Legend Biotech.',
    // An apposition's "its" makes the product the company's: its own, or "its" without a company, or not a therapy.
    'Autolus today announced that Aucatzyl, its CD19-directed CAR-T, is now available at more centers.',
    'Kite said Yescarta, its CAR-T therapy, is now made faster.',
    'The hospital now offers Tecartus, its newest CAR-T.',
    'Novartis compared Kymriah with Yescarta, its main rival.',
    // A company name that is an English word ("Chimeric" Therapeutics) is the company only when capitalized.
    'Kymriah uses a chimeric receptor made from a mouse antibody.',
    // Frames (claims/frames.ts): an own company as agent, or a frame whose patient is not the product.
    'Janssen co-developed Carvykti with Legend Biotech.',
    "Tecartus, which Gilead's Kite unit manufactures, treats mantle cell lymphoma.",
    'Iovance, the sponsor of Amtagvi, presented five-year data.',
    'Amtagvi is a product of Iovance and is given with IL-2.',
    'Novartis developed a rival to Yescarta.',
    'Kite, the developer of Yescarta, said Kymriah sales fell.',
    'Tecartus, which Novartis did not develop, treats mantle cell lymphoma.',
    'Kymriah, which Novartis scientists first tested, was approved in 2017.',
    // A link verb reaches a product that heads its object, not one in another noun's complement or possessive.
    "Novartis makes Yescarta's main competitor.",
    'Novartis makes the main competitor of Yescarta.',
    'Novartis markets a CAR-T similar to Breyanzi.',
    // A coordinated subject: each product judged alone, so one own company each clears it; not with "or",
    // "respectively", or a product outside the list.
    'Yescarta and Tecartus are both made by Kite.',
    'Kymriah and Yescarta are made by Novartis and Kite.',
    'Abecma and Carvykti are made by Bristol Myers Squibb and Janssen, respectively.',
    'Abecma or Carvykti is made by Kite.',
    'Abecma and Carvykti compete with Yescarta, which is made by Kite.',
    'Neither Abecma nor Carvykti is made by Kite.',
    // A list of companies a link takes is the set of sponsors: all on the record, or one to judge with a phrase after.
    'Carvykti is made by Janssen and Legend Biotech.',
    'Breyanzi is developed by Juno and Bristol Myers Squibb.',
    'Carvykti is made by Janssen or Kite.',
    'Carvykti is made by Janssen and Legend Biotech, with support from Novartis.',
    // A role noun links only after the product's possessive, and its negation stands after the copula.
    "Carvykti's sponsors are Janssen and Legend Biotech.",
    "Yescarta's maker is not Novartis.",
    "The trial's sponsor is Novartis and it compares Yescarta with standard care.",
  ],
  invalid: [
    {
      text: 'Kite, which manufactures Abecma, is opening a second plant.',
      errors: [{ messageId: 'otherCompany', text: 'Kite, which manufactures Abecma, is opening a second plant.' }],
    },
    {
      text: 'Kite, the Gilead unit that manufactures Abecma, is opening a plant.',
      errors: [
        { messageId: 'otherCompany', text: 'Kite, the Gilead unit that manufactures Abecma, is opening a plant.' },
      ],
    },
    {
      text: 'Carvykti was engineered by Novartis.',
      errors: [{ messageId: 'otherCompany', text: 'Carvykti was engineered by Novartis.' }],
    },
    {
      text: 'Novartis built Yescarta.',
      errors: [{ messageId: 'otherCompany', text: 'Novartis built Yescarta.' }],
    },
    {
      text: 'Tecartus is the Novartis drug.',
      errors: [{ messageId: 'otherCompany', text: 'Tecartus is the Novartis drug.' }],
    },
    {
      text: 'Breyanzi is a Novartis therapy.',
      errors: [{ messageId: 'otherCompany', text: 'Breyanzi is a Novartis therapy.' }],
    },
    {
      text: 'Aucatzyl became a Gilead product.',
      errors: [{ messageId: 'otherCompany', text: 'Aucatzyl became a Gilead product.' }],
    },
    {
      text: 'Abecma is made by Novartis, not BMS.',
      errors: [{ messageId: 'otherCompany', text: 'Abecma is made by Novartis, not BMS.' }],
    },
    {
      // A sponsor history names today's company first and the ended parts as former.
      text: 'Abecma is made by Kite.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Abecma is made by Kite.',
          message: /^Abecma is from Bristol Myers Squibb \(formerly also bluebird bio and 2seventy bio\), not Kite\.$/,
        },
      ],
    },
    {
      text: 'Carvykti is made by Janssen, Legend Biotech and Kite.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Carvykti is made by Janssen, Legend Biotech and Kite.',
          message: /not Kite\.$/,
        },
      ],
    },
    {
      text: "Carvykti's sponsors are Novartis and Legend Biotech.",
      errors: [
        {
          messageId: 'otherCompany',
          text: "Carvykti's sponsors are Novartis and Legend Biotech.",
          message: /not Novartis\.$/,
        },
      ],
    },
    // A predicate over a coordinated subject is said of each product: each false one gets its finding.
    {
      text: 'Abecma and Carvykti are both made by Kite.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Abecma and Carvykti are both made by Kite.',
          message: /^Abecma .*not Kite/,
        },
        {
          messageId: 'otherCompany',
          text: 'Abecma and Carvykti are both made by Kite.',
          message: /^Carvykti .*not Kite/,
        },
      ],
    },
    {
      text: 'Yescarta, Tecartus and Breyanzi are all made by Kite.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Yescarta, Tecartus and Breyanzi are all made by Kite.',
          message: /^Breyanzi .*not Kite/,
        },
      ],
    },
    // Frames: active, object relative, agent noun (even in a reported clause) and patient noun.
    {
      text: 'Bristol Myers Squibb developed Carvykti in partnership with Legend Biotech.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Bristol Myers Squibb developed Carvykti in partnership with Legend Biotech.',
          message: /not Bristol Myers Squibb/,
        },
      ],
    },
    {
      text: 'Abecma, which Kite manufactures, targets BCMA.',
      errors: [
        { messageId: 'otherCompany', text: 'Abecma, which Kite manufactures, targets BCMA.', message: /not Kite/ },
      ],
    },
    {
      text: 'Iovance, the maker of Tecartus, said supply would improve.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Iovance, the maker of Tecartus, said supply would improve.',
          message: /not Iovance/,
        },
      ],
    },
    {
      text: 'Breyanzi is a CD19-directed product of Autolus.',
      errors: [
        { messageId: 'otherCompany', text: 'Breyanzi is a CD19-directed product of Autolus.', message: /not Autolus/ },
      ],
    },
    {
      text: 'Novartis markets a CAR-T called Yescarta.',
      errors: [
        { messageId: 'otherCompany', text: 'Novartis markets a CAR-T called Yescarta.', message: /not Novartis/ },
      ],
    },
    // A product noun possessed by another company, and "from" hanging on the product, still link it.
    {
      text: "Kite's lymphoma therapy Breyanzi is approved for LBCL.",
      errors: [{ messageId: 'otherCompany', text: "Kite's lymphoma therapy Breyanzi is approved for LBCL." }],
    },
    {
      text: 'Breyanzi is from Novartis.',
      errors: [{ messageId: 'otherCompany', text: 'Breyanzi is from Novartis.' }],
    },
    {
      text: 'Autolus, the firm behind Carvykti, reported the results.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Autolus, the firm behind Carvykti, reported the results.',
          message: /not Autolus/,
        },
      ],
    },
    // The company the link governs, after an own sponsor set off by commas.
    {
      text: 'Abecma, from Bristol Myers Squibb, is made by Arcellx.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Abecma, from Bristol Myers Squibb, is made by Arcellx.',
          message: /not Arcellx/,
        },
      ],
    },
    {
      text: 'Carvykti, from Janssen and Legend Biotech, is made by Novartis.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Carvykti, from Janssen and Legend Biotech, is made by Novartis.',
          message: /not Novartis/,
        },
      ],
    },
    {
      text: 'Carteyva is made by Chimeric Therapeutics.',
      errors: [{ messageId: 'otherCompany', text: 'Carteyva is made by Chimeric Therapeutics.' }],
    },
    // A relative clause of the company itself keeps the link; so does "from" with the company.
    {
      text: 'Novartis, which markets Breyanzi, reported results on Monday.',
      errors: [{ messageId: 'otherCompany', text: 'Novartis, which markets Breyanzi, reported results on Monday.' }],
    },
    {
      text: 'Yescarta is a CAR-T from the Novartis pipeline.',
      errors: [{ messageId: 'otherCompany', text: 'Yescarta is a CAR-T from the Novartis pipeline.' }],
    },
    {
      text: 'Yescarta is not made by Kite.',
      errors: [
        { messageId: 'ownCompanyDenied', text: 'Yescarta is not made by Kite.', message: /Yescarta.* is from Kite/ },
      ],
    },
    {
      text: 'Adaptimmune still markets Tecelra.',
      errors: [
        {
          messageId: 'formerSponsor',
          text: 'Adaptimmune still markets Tecelra.',
          message: /US WorldMeds now; Adaptimmune was its sponsor until Jul 2025/,
        },
      ],
    },
    {
      text: 'bluebird bio still markets Abecma.',
      errors: [
        {
          messageId: 'formerSponsor',
          text: 'bluebird bio still markets Abecma.',
          message: /Bristol Myers Squibb now; bluebird bio was its sponsor until Nov 2021/,
        },
      ],
    },
    {
      text: 'Abecma, from Bristol Myers Squibb and Kite, recognizes BCMA.',
      errors: [{ messageId: 'otherCompany', text: 'Abecma, from Bristol Myers Squibb and Kite, recognizes BCMA.' }],
    },
    {
      text: 'Bristol Myers Squibb presented new data on its CAR-T therapy Carvykti.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Bristol Myers Squibb presented new data on its CAR-T therapy Carvykti.',
          message: /not Bristol Myers Squibb/,
        },
      ],
    },
    {
      text: 'Breyanzi is marketed by Novartis.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Breyanzi is marketed by Novartis.',
          message: /Breyanzi.* is from Juno Therapeutics, a Bristol Myers Squibb company, not Novartis/,
        },
      ],
    },
    {
      text: "Iovance's Tecelra is approved for synovial sarcoma.",
      errors: [{ messageId: 'otherCompany', text: "Iovance's Tecelra is approved for synovial sarcoma." }],
    },
    {
      text: 'Novartis markets Aucatzyl in the United States.',
      errors: [{ messageId: 'otherCompany', text: 'Novartis markets Aucatzyl in the United States.' }],
    },
    {
      text: "The symposium was hosted by Kite, Kymriah's manufacturer.",
      errors: [
        {
          messageId: 'otherCompany',
          text: "The symposium was hosted by Kite, Kymriah's manufacturer.",
          message: /not Kite/,
        },
      ],
    },
    {
      text: "Janssen is Abecma's maker.",
      errors: [{ messageId: 'otherCompany', text: "Janssen is Abecma's maker.", message: /not Janssen/ }],
    },
    {
      text: "A nurse from Gilead, Abecma's developer, gave the talk.",
      errors: [
        {
          messageId: 'otherCompany',
          text: "A nurse from Gilead, Abecma's developer, gave the talk.",
          message: /not Gilead/,
        },
      ],
    },
    {
      text: 'We thank Janssen, whose Yescarta program supplied the materials.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'We thank Janssen, whose Yescarta program supplied the materials.',
          message: /not Janssen/,
        },
      ],
    },
    {
      text: 'Kite, the maker of Abecma, reported record sales.',
      errors: [
        { messageId: 'otherCompany', text: 'Kite, the maker of Abecma, reported record sales.', message: /not Kite/ },
      ],
    },
    {
      text: 'Adaptimmune sold Tecelra to Novartis in 2025.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Adaptimmune sold Tecelra to Novartis in 2025.',
          message: /US WorldMeds \(formerly also Adaptimmune\), not Novartis/,
        },
      ],
    },
    {
      text: 'Iovance Biotherapeutics has acquired Tecelra.',
      errors: [
        { messageId: 'otherCompany', text: 'Iovance Biotherapeutics has acquired Tecelra.', message: /not Iovance/ },
      ],
    },
    {
      text: 'Novartis today announced new long-term data for Tecartus in mantle cell lymphoma.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Novartis today announced new long-term data for Tecartus in mantle cell lymphoma.',
          message: /not Novartis/,
        },
      ],
    },
    {
      text: 'Kite said Abecma sales rose again this quarter.',
      errors: [
        { messageId: 'otherCompany', text: 'Kite said Abecma sales rose again this quarter.', message: /not Kite/ },
      ],
    },
    // Presupposed even in reported speech, and whatever stands between the company and the product.
    {
      text: 'Autolus today announced that Tecartus, its CD19-directed CAR-T, is now available at more centers.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Autolus today announced that Tecartus, its CD19-directed CAR-T, is now available at more centers.',
          message: /Tecartus.* is from Kite, a Gilead company, not Autolus/,
        },
      ],
    },
    {
      text: 'Novartis is expanding access to Carvykti, its BCMA-directed cell therapy.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Novartis is expanding access to Carvykti, its BCMA-directed cell therapy.',
          message: /not Novartis/,
        },
      ],
    },
    // Licence holders, role nouns before a copula, passives with an adjunct, produce and own.
    {
      text: 'Janssen holds the BLA for Yescarta.',
      errors: [{ messageId: 'otherCompany', text: 'Janssen holds the BLA for Yescarta.', message: /not Janssen/ }],
    },
    {
      text: 'Kite Pharma, Inc. holds the biologics license for Kymriah in the United States.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Kite Pharma, Inc. holds the biologics license for Kymriah in the United States.',
          message: /not Kite/,
        },
      ],
    },
    {
      text: 'Aucatzyl is marketed in the United States by Kite.',
      errors: [
        { messageId: 'otherCompany', text: 'Aucatzyl is marketed in the United States by Kite.', message: /not Kite/ },
      ],
    },
    {
      text: 'Yescarta, produced in California by Novartis, is a CD19 CAR-T.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'Yescarta, produced in California by Novartis, is a CD19 CAR-T.',
          message: /not Novartis/,
        },
      ],
    },
    {
      text: 'The maker of Tecartus is Bristol Myers Squibb.',
      errors: [
        {
          messageId: 'otherCompany',
          text: 'The maker of Tecartus is Bristol Myers Squibb.',
          message: /not Bristol Myers Squibb/,
        },
      ],
    },
    {
      text: 'The licence holder for Aucatzyl is Janssen.',
      errors: [
        { messageId: 'otherCompany', text: 'The licence holder for Aucatzyl is Janssen.', message: /not Janssen/ },
      ],
    },
    {
      text: 'Autolus owns Breyanzi.',
      errors: [{ messageId: 'otherCompany', text: 'Autolus owns Breyanzi.', message: /not Autolus/ }],
    },
    {
      text: 'Tecartus is produced by Novartis.',
      errors: [{ messageId: 'otherCompany', text: 'Tecartus is produced by Novartis.', message: /not Novartis/ }],
    },
  ],
};
export default tests;
