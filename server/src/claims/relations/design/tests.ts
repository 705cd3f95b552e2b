import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A negative quantifier with an exception: the excepted members are set apart from the class it denies.
    'None of the approved CAR-Ts apart from Yescarta and Tecartus uses CD28 co-stimulation.',
    // What a source called a product, described again by the writer: the source's word is not the writer's claim.
    'Our newsletter described lifileucel as genetically modified. It is a TIL therapy.',
    // An example of a phrase set aside by "unlike" is set aside with it, whatever head noun the phrase ends in.
    'Unlike TCR-T products such as Tecelra, Kymriah is not HLA-restricted.',
    'Unlike engineered TCR products such as Tecelra, Yescarta does not need HLA matching.',
    'Unlike gamma-retroviral products such as Yescarta, Breyanzi is not made with a gamma-retroviral vector.',
    // An "if" that only turns attention leaves the clause after it asserted; a real condition does not.
    'If we look at the lymphoma products, Yescarta and Tecartus both use a CD28 domain.',
    'If Breyanzi used a CD28 domain, it might expand faster.',
    // A reason with its own named subject is out of the negated main clause's reach.
    'Centres that give Kymriah no longer need certification, because the FDA has eliminated the REMS for autologous CAR T cell therapies.',
    // "it" after a conjunction in a sentence naming two therapies could stand for either: not judged.
    'Doctors prefer Yescarta to Kymriah because it uses a CD28 domain.',
    // The approval that bounds an opening time names no argument of the claim.
    'Before the FDA approved Tecelra in August 2024, no engineered cell therapy had been approved for a solid tumour.',
    // Cells a product is grown with or tested on are not its own.
    'Breyanzi cells were cocultured with allogeneic feeder cells.',
    'Tecartus cells were expanded with irradiated allogeneic stimulator cells.',
    // A list goes on after an item's appositive: the later item's design word is its own.
    'The newsletter covered Abecma, the Carvykti label change, allogeneic and in vivo CAR-T, and funding.',
    // A design word of a later list item is not said of the products listed before it.
    'Searches covered approvals in China (relma-cel, eque-cel, zevor-cel), CAR-T for lupus, allogeneic and in-vivo CAR-T, and bispecifics.',
    'We covered Kymriah, allogeneic CAR-Ts and TILs.',
    // A class word followed by a code names one construct, not the class.
    'The study infuses tumor-infiltrating lymphocyte (TIL) 2718B TCR gene-modified T cells.',
    // The therapy compared with in a "like" aside, and its design words, are the standard's.
    'Tecelra, like other TCR-engineered T cells, depends on MHC presentation of its target.',
    // A contrast cue ends the noun phrase: what follows "rather than" is set aside.
    "Abecma is made from the patient's own T cells rather than donor cells.",
    // An adverbial "likely" hedges a stated fact, which stays judged; "likely to" predicts.
    'Tecartus likely uses a CD28 costimulatory domain.',
    'An allogeneic version of Kymriah is likely to enter trials.',
    // A count of the class's members with a value: right, or a bound.
    'Two of the seven FDA-approved CAR-T products use CD28 co-stimulation.',
    'Five of the seven FDA-approved CAR-T products are made with a lentiviral vector.',
    'At least two FDA-approved CAR-T products use CD28 co-stimulation.',
    "Breyanzi can be given regardless of the patient's HLA type.",
    // An indifference cue before an MHC word, whatever determiner or possessor stands between.
    'Abecma is given irrespective of a recipient’s HLA genotype.',
    'Carvykti works no matter what HLA type a patient has.',
    // A presentation cue before an MHC word, said of a TCR-T, is its design; before another word, nothing.
    "Tecelra recognizes MAGE-A4 only when it is displayed on the patient's HLA molecules.",
    'Afami-cel sees MAGE-A4 as a peptide bound to HLA-A*02.',
    'Kymriah binds CD19 bound to the surface of B cells.',
    'TCR T cells need HLA matching to find their target.',
    // Not an MHC word after the cue: nothing about MHC dependence.
    'Tecelra is given regardless of the tumor site.',
    'Yescarta is manufactured by gammaretroviral transduction of T cells.',
    // An appositive of a name the knowledge base does not know describes that product, not a named subject.
    "By the time Tecartus received FDA approval in 2020, Cellectis' UCART22, the first allogeneic CAR-T, had entered clinical trials.",
    'Yescarta, Tecartus and ALLO-501, an allogeneic CAR-T, target CD19.',
    // A design word in the standard of a comparison, or in a relative clause about another therapy, is not the subject's.
    'Breyanzi is different from allogeneic (donor-derived) bone marrow transplantation.',
    'Yescarta differs from Ebvallo, which is made from donor cells.',
    // A class in the appositive of a product the knowledge base does not know describes that product, not its members.
    'Intervention: KYV-101, an autologous cellular immunotherapy of T cells engineered with a CD19-directed CAR.',
    // The property is in the second item's appositive: it describes that item only.
    'Kymriah, a CD19 product, and Ebvallo, an allogeneic T-cell product, are both used after transplant.',
    // A class narrowed by a modifier the knowledge base does not resolve is not the whole class.
    'Universal CAR-T cells are made from healthy donors and stored until needed.',
    // "allogeneic" premodifies a procedure, not the therapy: the phrase's head decides.
    'Patients whose lymphoma relapses after Yescarta may be offered an allogeneic stem cell transplant.',
    'Kymriah was given to children who had relapsed after allogeneic (allo) hematopoietic cell transplantation (HCT).',
    // A point of comparison is not the subject.
    'In comparison to CAR-T products, CAR-NK cells can be made from healthy donors.',
    'In contrast to CAR-T products, several CAR-NK candidates are allogeneic.',
    'Aucatzyl is given as two infusions, on day 1 and day 10.',
    'Aucatzyl is given as a split dose.',
    'Aucatzyl uses a lentiviral vector.',
    'Kymriah binds CD19 without HLA presentation.',
    'Several academic groups are testing allogeneic CAR-Ts made from donor cells.',
    'Liso-cel is manufactured from each patient’s own T cells.',
    'Breyanzi is administered as a single infusion.',
    // A count read across modifiers to the infusion noun.
    'Kymriah is administered as a single intravenous infusion.',
    'Aucatzyl is given as two intravenous infusions, on Day 1 and Day 10.',
    'Aucatzyl is given in two intravenous infusion bags.',
    'Casgevy is given as a one-time infusion.',
    // "without" negates its own non-finite clause.
    'CAR T cells can see a target without it being displayed on HLA molecules.',
    // A count whose "of" phrase names another drug is that drug's doses, not the product's schedule.
    'In 2019, the Kymriah REMS required two doses of tocilizumab on site.',
    'Before each Yescarta infusion the centre stocked two doses of tocilizumab.',
    'Aucatzyl is given as a split dose, on day 1 and day 10.',
    'Ryoncil is not given as a single dose.',
    'Kymriah and Breyanzi use a 4-1BB costimulatory domain.',
    'Tecartus has a CD28 costimulatory domain.',
    'All FDA-approved CAR-T products are autologous.',
    'CAR T cells recognize surface antigens independently of MHC.',
    'Allogeneic CAR-Ts are being tested in clinical trials.',
    'Abecma is an autologous CAR-T.',
    'Tecelra requires HLA matching.',
    'Afami-cel needs HLA matching, similar to other TCR-T products.',
    // "No HLA matching needed": the bullet's "No" denies the requirement, which is true of a CAR-T.
    '- Kymriah: No HLA matching needed',
    'Kymriah patients need HLA typing before a stem cell transplant.',
    'Kymriah uses 4-1BB, while Yescarta uses CD28.',
    'Approved CAR-T products are not gene-edited.',
    // The alternative set aside ("not by gene editing", "rather than gene editing") is no property of the subject.
    'Kymriah is made by lentiviral transduction, not by CRISPR editing.',
    'Breyanzi is made with a lentiviral vector rather than gene editing.',
    'Allogeneic CAR-T candidates are made by CRISPR editing of donor T cells.',
    'Kymriah uses a 4-1BB costimulatory domain.',
    'Abecma uses a 4-1BB costimulatory domain.',
    // A negation may deny the class the property modifies: neither product is a CAR-T.
    'Ryoncil is not an allogeneic CAR T-cell therapy.',
    // A negative quantifier right after a complementizer "that" is the clause's own subject, not a relative clause's.
    'Stress that none of the approved CAR-Ts is allogeneic.',
    'Make clear that no approved CAR-T is made from donor cells.',
    // A source's statement restated with the writer's value after the same verb group ("it was made from …").
    "The old leaflet said Yescarta was made from donor cells; it was made from the patient's own cells.",
    // A colon between two clauses with verbs of their own: each has its own polarity.
    'A CAR-T cannot be kept in stock: none of the approved CAR-Ts is allogeneic.',
    'Casgevy is not an autologous CAR-T product.',
    // Coordinated values describe the set, not each member.
    'All approved CAR-T products are made with a lentiviral or gamma-retroviral vector.',
    'All approved CAR-Ts use either CD28 or 4-1BB co-stimulation.',
    // A property of another item of a list the subject is in says nothing about the subject.
    'The review covers CAR-T cell approaches, gene editing, and immune modulation for HIV.',
    'Tumor-infiltrating lymphocytes and engineered T cells offer two routes to solid tumors.',
    'Kymriah and allogeneic CAR-T candidates were compared.',
    // A value premodifying the subject's phrase is given: another predicate's negation does not deny it.
    'In children who did not respond to chemotherapy, tisagenlecleucel and other 4-1BB CAR T-cell products produced durable remissions.',
    // Donors in the complements of cells a product is grown with are those cells' origin.
    'Autologous CAR-T cells, as in Yescarta, were co-cultured with irradiated feeder cells from the PBMCs of healthy donors.',
    // An opening partitive's count: each predicate's own number, none when another stands between.
    'Of the seven FDA-approved CAR-Ts, two use CD28 and five use 4-1BB.',
    'Among the FDA-approved CAR-Ts, two use a CD28 co-stimulatory domain.',
    // A request frames the naming: nothing is said of the product.
    'The agency asked for Yescarta to be called allogeneic; we declined.',
  ],
  invalid: [
    {
      text: 'Stress that all of the approved CAR-Ts are allogeneic.',
      errors: [{ messageId: 'noneAre', text: 'Stress that all of the approved CAR-Ts are allogeneic.' }],
    },
    {
      text: 'A CAR-T cannot be kept in stock: Tecartus is allogeneic.',
      errors: [
        {
          messageId: 'productIs',
          text: 'A CAR-T cannot be kept in stock: Tecartus is allogeneic.',
          message: 'Tecartus is autologous.',
        },
      ],
    },
    {
      text: 'Our newsletter described lifileucel as genetically modified. It is genetically modified.',
      errors: [
        { messageId: 'productIs', text: 'Our newsletter described lifileucel as genetically modified.' },
        { messageId: 'productIs', text: 'It is genetically modified.' },
      ],
    },
    {
      text: 'Unlike TCR therapies such as afami-cel, Tecartus is HLA-restricted.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Unlike TCR therapies such as afami-cel, Tecartus is HLA-restricted.',
          message: 'Tecartus is MHC-independent',
        },
      ],
    },
    {
      text: 'If you look at the lymphoma products, Yescarta and Breyanzi both use a CD28 domain.',
      errors: [
        {
          messageId: 'productHas',
          text: 'If you look at the lymphoma products, Yescarta and Breyanzi both use a CD28 domain.',
          message: 'Breyanzi has a 4-1BB co-stimulatory domain, not CD28.',
        },
      ],
    },
    {
      text: 'Centres that give Kymriah no longer need certification, because Kymriah is allogeneic.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Centres that give Kymriah no longer need certification, because Kymriah is allogeneic.',
          message: 'Kymriah is autologous.',
        },
      ],
    },
    {
      text: 'Of the seven FDA-approved CAR-Ts, three use a CD28 co-stimulatory domain.',
      errors: [
        {
          messageId: 'countUses',
          text: 'Of the seven FDA-approved CAR-Ts, three use a CD28 co-stimulatory domain.',
          message: /Two of the seven CAR-Ts use CD28, not three/,
        },
      ],
    },
    {
      text: 'Yescarta is made from the cells of healthy donors.',
      errors: [{ messageId: 'productIs', text: 'Yescarta is made from the cells of healthy donors.' }],
    },
    // Donor cells a product is made with are its origin.
    {
      text: 'Kymriah is made with allogeneic donor cells.',
      errors: [{ messageId: 'productIs', text: 'Kymriah is made with allogeneic donor cells.' }],
    },
    // An appositive after a named therapy is its host's when the clause's verb follows it.
    {
      text: 'Kymriah, the first CAR-T, is allogeneic.',
      errors: [{ messageId: 'productIs', text: 'Kymriah, the first CAR-T, is allogeneic.' }],
    },
    {
      text: 'In children who did not respond to chemotherapy, tisagenlecleucel and other CD28 CAR T-cell products produced durable remissions.',
      errors: [
        {
          messageId: 'productHas',
          text: 'In children who did not respond to chemotherapy, tisagenlecleucel and other CD28 CAR T-cell products produced durable remissions.',
          message: 'Kymriah has a 4-1BB co-stimulatory domain, not CD28.',
        },
      ],
    },
    // A presentation cue before an MHC word, whatever determiner or possessor stands between.
    {
      text: 'Breyanzi recognizes CD19 only as a peptide bound to MHC class I.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Breyanzi recognizes CD19 only as a peptide bound to MHC class I.',
          message: 'MHC-independent',
        },
      ],
    },
    {
      text: "Abecma sees BCMA only when it is displayed on the patient's HLA molecules.",
      errors: [
        { messageId: 'productIs', text: "Abecma sees BCMA only when it is displayed on the patient's HLA molecules." },
      ],
    },
    {
      text: 'CAR T cells need HLA matching to find their target.',
      errors: [{ messageId: 'noneAre', text: 'CAR T cells need HLA matching to find their target.' }],
    },
    {
      // Dependence on MHC, past a "like" aside holding another therapy's design word.
      text: 'Kymriah, like TCR-engineered T cells, depends on MHC presentation.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Kymriah, like TCR-engineered T cells, depends on MHC presentation.',
          message: 'Kymriah is MHC-independent',
        },
      ],
    },
    {
      text: "Abecma is made from donor cells rather than the patient's own T cells.",
      errors: [
        {
          messageId: 'productIs',
          text: "Abecma is made from donor cells rather than the patient's own T cells.",
          message: 'autologous',
        },
      ],
    },
    {
      text: 'Tecartus likely uses a 4-1BB costimulatory domain.',
      errors: [
        { messageId: 'productHas', text: 'Tecartus likely uses a 4-1BB costimulatory domain.', message: /CD28/ },
      ],
    },
    {
      text: 'Four of the seven FDA-approved CAR-T products use CD28 co-stimulation.',
      errors: [
        {
          messageId: 'countUses',
          text: 'Four of the seven FDA-approved CAR-T products use CD28 co-stimulation.',
          message:
            /^Two of the seven .* use CD28, not four: Yescarta and Tecartus have a CD28 co-stimulatory domain\.$/,
        },
      ],
    },
    {
      text: "Tecelra can be given regardless of the patient's HLA type.",
      errors: [{ messageId: 'productIs', text: "Tecelra can be given regardless of the patient's HLA type." }],
    },
    {
      text: 'Tecelra works whatever their HLA type.',
      errors: [{ messageId: 'productIs', text: 'Tecelra works whatever their HLA type.' }],
    },
    {
      text: 'Tecelra is given irrespective of each transplant recipient’s HLA alleles.',
      errors: [
        { messageId: 'productIs', text: 'Tecelra is given irrespective of each transplant recipient’s HLA alleles.' },
      ],
    },
    // The message is grammatical for a class named with its own plural head and one member.
    {
      text: 'TIL therapies are not autologous.',
      errors: [
        {
          messageId: 'someAre',
          text: 'TIL therapies are not autologous.',
          message: 'Some TIL therapies are autologous: Amtagvi is autologous.',
        },
      ],
    },
    // Said of the subject, with the comparison after it, or in the subject's own relative clause.
    {
      text: 'Kymriah is allogeneic, unlike Ebvallo.',
      errors: [{ messageId: 'productIs', text: 'Kymriah is allogeneic, unlike Ebvallo.' }],
    },
    {
      text: 'Carvykti, which is made from donor cells, treats myeloma.',
      errors: [{ messageId: 'productIs', text: 'Carvykti, which is made from donor cells, treats myeloma.' }],
    },
    {
      text: 'Intervention: an autologous cellular immunotherapy of T cells engineered with a CD19-directed CAR.',
      errors: [
        {
          messageId: 'notAllAre',
          text: 'Intervention: an autologous cellular immunotherapy of T cells engineered with a CD19-directed CAR.',
        },
      ],
    },
    {
      text: 'Kymriah, a CD19 product, and Ebvallo, an autologous T-cell product, are both used after transplant.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Kymriah, a CD19 product, and Ebvallo, an autologous T-cell product, are both used after transplant.',
        },
      ],
    },
    {
      // Predicated, not listed.
      text: 'CAR-T cell products are made by gene editing.',
      errors: [{ messageId: 'noneAre', text: 'CAR-T cell products are made by gene editing.' }],
    },
    {
      // An appositive (opened by a determiner) describes its product; it is not a list item.
      text: 'Amtagvi, a genetically engineered TIL therapy, is approved for melanoma.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Amtagvi, a genetically engineered TIL therapy, is approved for melanoma.',
          message: 'Amtagvi is not genetically engineered.',
        },
      ],
    },
    {
      text: 'Every approved CAR-T is made with a lentiviral vector.',
      errors: [{ messageId: 'notAllUse', text: 'Every approved CAR-T is made with a lentiviral vector.' }],
    },
    {
      // Kymriah is a CAR-T, so the negation can only deny "autologous".
      text: 'Kymriah is not an autologous CAR-T.',
      errors: [{ messageId: 'productIs', text: 'Kymriah is not an autologous CAR-T.', message: 'autologous' }],
    },
    {
      text: 'Casgevy is given as a split dose.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Casgevy is given as a split dose.',
          message: 'Casgevy has a single infusion schedule, not multiple infusions.',
        },
      ],
    },
    {
      // The "of" phrase names the product's own cells: still its schedule.
      text: 'Kymriah is given as two doses of CAR T cells.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Kymriah is given as two doses of CAR T cells.',
          message: 'Kymriah has a single infusion schedule, not multiple infusions.',
        },
      ],
    },
    {
      text: 'Your Aucatzyl treatment is a single-dose infusion.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Your Aucatzyl treatment is a single-dose infusion.',
          message: 'Aucatzyl has a multiple infusions schedule, not single infusion.',
        },
      ],
    },
    {
      text: 'Aucatzyl is administered as a single intravenous infusion on Day 1.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Aucatzyl is administered as a single intravenous infusion on Day 1.',
          message: 'Aucatzyl has a multiple infusions schedule, not single infusion.',
        },
      ],
    },
    {
      text: 'Aucatzyl is given in one single drip.',
      errors: [
        { messageId: 'productHas', text: 'Aucatzyl is given in one single drip.', message: 'multiple infusions' },
      ],
    },
    {
      text: 'Aucatzyl is given as a single infusion.',
      errors: [
        { messageId: 'productHas', text: 'Aucatzyl is given as a single infusion.', message: 'multiple infusions' },
      ],
    },
    {
      text: 'Every approved CAR-T is given as a single infusion.',
      errors: [
        {
          messageId: 'notAllUse',
          text: 'Every approved CAR-T is given as a single infusion.',
          message: /^Not all approved CAR-T products use single infusion: Aucatzyl uses multiple infusions\.$/,
        },
      ],
    },
    {
      text: 'Kymriah is manufactured by gammaretroviral transduction of T cells.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Kymriah is manufactured by gammaretroviral transduction of T cells.',
          message: 'lentiviral',
        },
      ],
    },
    {
      text: 'Aucatzyl uses a gamma-retroviral vector.',
      errors: [{ messageId: 'productHas', text: 'Aucatzyl uses a gamma-retroviral vector.', message: 'lentiviral' }],
    },
    {
      text: 'No approved CAR-T products are autologous.',
      errors: [
        { messageId: 'someAre', text: 'No approved CAR-T products are autologous.', message: 'all 7 are autologous' },
      ],
    },
    {
      text: 'Kymriah does not have a 4-1BB costimulatory domain.',
      errors: [
        {
          messageId: 'productHasNegated',
          text: 'Kymriah does not have a 4-1BB costimulatory domain.',
          message: 'Kymriah has a 4-1BB co-stimulatory domain.',
        },
      ],
    },
    {
      text: 'Afami-cel recognizes its target independently of HLA type.',
      errors: [
        {
          messageId: 'productIs',
          text: 'Afami-cel recognizes its target independently of HLA type.',
          message: 'HLA-restricted',
        },
      ],
    },
    // A point of comparison after the property is not its subject.
    {
      text: 'CAR T cells only see peptides presented on MHC molecules, similar to TCR-T therapies.',
      errors: [
        {
          // None is MHC-restricted: "not all" would imply that some are.
          messageId: 'noneAre',
          text: 'CAR T cells only see peptides presented on MHC molecules, similar to TCR-T therapies.',
          message: /^CAR T cells are not MHC\/HLA-restricted: all \d+ on record are MHC-independent\.$/,
        },
      ],
    },
    {
      text: 'Axi-cel carries a 4-1BB domain, in common with Breyanzi.',
      errors: [
        { messageId: 'productHas', text: 'Axi-cel carries a 4-1BB domain, in common with Breyanzi.', message: 'CD28' },
      ],
    },
    // A requirement in participle form ("HLA matching needed"), denied by the bullet's "No".
    {
      text: '- Tecelra: No HLA matching needed',
      errors: [{ messageId: 'productIs', text: 'Tecelra: No HLA matching needed', message: 'HLA-restricted' }],
    },
    {
      text: '- Kymriah: HLA matching required',
      errors: [{ messageId: 'productIs', text: 'Kymriah: HLA matching required', message: 'MHC-independent' }],
    },
    {
      text: 'Tecelra can be given without HLA testing.',
      errors: [
        { messageId: 'productIs', text: 'Tecelra can be given without HLA testing.', message: 'HLA-restricted' },
      ],
    },
    {
      text: 'Kymriah carries a CD28 costimulatory domain, which might account for its long persistence.',
      errors: [
        {
          messageId: 'productHas',
          text: 'Kymriah carries a CD28 costimulatory domain, which might account for its long persistence.',
          message: '4-1BB',
        },
      ],
    },
    {
      text: 'Yescarta requires three infusions.',
      errors: [{ messageId: 'productHas', text: 'Yescarta requires three infusions.', message: 'single infusion' }],
    },
    {
      text: 'Tecartus is produced from healthy donor cells.',
      errors: [
        { messageId: 'productIs', text: 'Tecartus is produced from healthy donor cells.', message: 'autologous' },
      ],
    },
    {
      text: 'All seven approved CAR-Ts use a 4-1BB domain.',
      errors: [{ messageId: 'notAllUse', text: 'All seven approved CAR-Ts use a 4-1BB domain.', message: 'Tecartus' }],
    },
    {
      text: 'Yescarta has a 4-1BB costimulatory domain.',
      errors: [{ messageId: 'productHas', text: 'Yescarta has a 4-1BB costimulatory domain.', message: 'CD28' }],
    },
    {
      text: 'Abecma uses CD28 co-stimulation.',
      errors: [{ messageId: 'productHas', text: 'Abecma uses CD28 co-stimulation.' }],
    },
    {
      text: 'Kymriah is an allogeneic product.',
      errors: [{ messageId: 'productIs', text: 'Kymriah is an allogeneic product.', message: 'autologous' }],
    },
    {
      text: 'Abecma is manufactured by CRISPR editing of autologous T cells.',
      errors: [{ messageId: 'productIs', text: 'Abecma is manufactured by CRISPR editing of autologous T cells.' }],
    },
    {
      text: 'Carvykti is gene-edited with CRISPR.',
      errors: [{ messageId: 'productIs', text: 'Carvykti is gene-edited with CRISPR.' }],
    },
    {
      text: 'CAR-T cells are made with CRISPR gene editing.',
      errors: [{ messageId: 'noneAre', text: 'CAR-T cells are made with CRISPR gene editing.' }],
    },
    {
      text: 'Every approved CAR-T uses 4-1BB.',
      errors: [{ messageId: 'notAllUse', text: 'Every approved CAR-T uses 4-1BB.', message: 'Yescarta' }],
    },
    {
      text: 'Amtagvi is genetically engineered.',
      errors: [{ messageId: 'productIs', text: 'Amtagvi is genetically engineered.' }],
    },
    {
      text: 'Tecartus uses a 4-1BB costimulatory domain.',
      errors: [{ messageId: 'productHas', text: 'Tecartus uses a 4-1BB costimulatory domain.' }],
    },
    {
      text: 'Breyanzi is an allogeneic product.',
      errors: [{ messageId: 'productIs', text: 'Breyanzi is an allogeneic product.' }],
    },
    {
      text: 'Abecma uses a CD28 costimulatory domain.',
      errors: [{ messageId: 'productHas', text: 'Abecma uses a CD28 costimulatory domain.' }],
    },
    {
      text: 'Yescarta, Tecartus and Kymriah, an allogeneic CAR-T, target CD19.',
      errors: [{ messageId: 'productIs', text: 'Yescarta, Tecartus and Kymriah, an allogeneic CAR-T, target CD19.' }],
    },
    // The request's scope ends at ", so": the clause before it is the writer's claim.
    {
      text: 'Yescarta is allogeneic, so marketing asked for the leaflet to say so.',
      errors: [
        { messageId: 'productIs', text: 'Yescarta is allogeneic, so marketing asked for the leaflet to say so.' },
      ],
    },
  ],
};
export default tests;
