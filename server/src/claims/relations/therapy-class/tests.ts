import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A verb of class membership (data/lexicon/class-membership-verbs) and "a member of" link a class as a copula does:
    // true, and denied.
    'Aucatzyl belongs to the class of CAR T-cell therapies.',
    'Amtagvi does not belong to the class of CAR-T therapies.',
    'Tecelra is not a member of the CAR-T family; it is a TCR therapy.',
    // A label over a clause of its own whose pronoun points back at it: the class is that clause's subject, not the
    // label's ("no CAR-T before it" = the label was the first).
    'KYMRIAH: NO CAR-T WAS APPROVED BEFORE IT.',
    'Abecma — no CAR-T for myeloma came before it.',
    // A report a later clause rejects by a verb (data/lexicon/rejecting-verbs) with a referring object, and one the
    // writer withdraws by a retraction imperative (data/lexicon/retraction-imperatives), is not asserted.
    'The appellant contends that Tecelra is a CAR-T; the tribunal dismisses that contention.',
    'ignore my last message saying Amtagvi is a CAR-T, it is a TIL therapy',
    // "not X but Y": the "not" denies the class right after it; the subject is what replaces it.
    'Lifileucel is not a CAR-T but a TIL therapy.',
    // "respectively" pairs each listed product with its own class, in order.
    'Lifileucel and afamitresgene autoleucel are a TIL therapy and a TCR therapy, respectively.',
    'Tisagenlecleucel and afamitresgene autoleucel are a CAR-T and a TCR therapy, respectively.',
    // A denial of a class narrowed by a target the product lacks agrees with the record.
    'No, Breyanzi is not a BCMA CAR-T; it targets CD19.',
    'Tecelra is, in effect, a TCR therapy for synovial sarcoma.',
    'Amtagvi is, in fact, a TIL therapy.',
    // A radiolabelled conjugate is not the drug it carries.
    'Gallium-68 octreotide is a diagnostic radiopharmaceutical.',
    'Ga-68-labeled octreotide is a radiopharmaceutical.',
    '111In-DTPA-octreotide is a radiopharmaceutical.',
    // A hyphenated chelator and peptide are one name, however long, after its isotope.
    '90Y DOTA-D-Phe1-Tyr3-octreotide is a peptide receptor radionuclide therapy.',
    '131I-MIBG and 90Y DOTA-D-Phe1-Tyr3-octreotide (DOTATOC) are two radiopharmaceuticals that have shown promise in neuroendocrine tumors.',
    // A noun before "of" that names no kind heads the apposition: the class only modifies its object.
    'Fludarabine and cyclophosphamide, the part of CAR-T care that prepares the body, are given over three days.',
    // After a comma, a class without a determiner is the next item of a list, not an apposition.
    'Neighbouring therapies (TIL, Casgevy and Lyfgenia, CAR-NK, CAR-M) are out of scope.',
    'We cover exagamglogene autotemcel (Casgevy) and Lyfgenia, CAR-NK and bispecifics.',
    // Brackets nest: the list's item renames a drug inside its own bracket, and the class names its own members.
    'NET drugs (octreotide (Sandostatin LAR), lanreotide, Lutathera), the sickle-cell gene therapies (Casgevy, Lyfgenia), and others.',
    // A broad class the knowledge base does not declare complete is never denied; tab-cel's class is placed under it.
    'Ryoncil is an immunotherapy used for steroid-refractory acute GVHD.',
    'Tab-cel is an immunotherapy for EBV-positive PTLD.',
    // A class after "like"/"unlike" is compared with, not what the subject is.
    'Linvoseltamab, like CAR-T therapies, redirects T cells to myeloma cells.',
    'Amtagvi, unlike the CAR-Ts, is made from tumor-infiltrating lymphocytes.',
    // A singular apposition belongs to the name it directly follows, not to the list that name ends.
    'Options are streptozocin plus capecitabine, or cabozantinib (a tyrosine kinase inhibitor), or everolimus.',
    'Refractory CRS has been treated with siltuximab, dasatinib (a kinase inhibitor) or anakinra.',
    'Give dexamethasone or tocilizumab, an anti-IL-6 receptor monoclonal antibody, for severe CRS.',
    'Dexamethasone is a corticosteroid used for ICANS.',
    'Tocilizumab is not a corticosteroid.',
    'Tocilizumab is given with corticosteroids for severe CRS.',
    'Tecelra is a gene therapy.',
    'Anakinra: IL-1 receptor antagonist',
    'Tecelra — TCR-T — MAGE-A4',
    'Kymriah is an immunotherapy.',
    'Tecelra is a TCR-T therapy that targets MAGE-A4.',
    'Lutathera is a radioligand, not a CAR-T.',
    'Anakinra is not an antibody.',
    'Tocilizumab is a monoclonal antibody against the IL-6 receptor.',
    'Octreotide and Lutathera are not CAR-T therapies.',
    'Kymriah was the first CAR-T approved by the FDA.',
    'Blinatumomab is a bispecific antibody.',
    'Tecelra is a TCR-T therapy targeting MAGE-A4.',
    'Lutathera is a radioligand therapy.',
    // A product of two kinds (alsoModalities): the other is not denied.
    'Lutetium Lu 177 dotatate is a radiolabeled somatostatin analogue.',
    'Imdelltra is a bispecific T-cell engager.',
    'Tecelra (afami-cel) is a TCR-T therapy.',
    // A fronted time bound that is an event: its product is not the claim's subject.
    'Before Carvykti, no CAR-T had been approved for multiple myeloma.',
    'Prior to Kymriah, no CAR-T had been approved by the FDA.',
    // A class no modality defines cannot place a drug whose modality has no class.
    'Tocilizumab is an immunotherapy.',
    // The class's phrase starts at its article: an apposition's comma before another phrase is not its own.
    'Lymphodepleting chemotherapy, usually fludarabine and cyclophosphamide, prepares the body so the CAR-T cells can expand.',
    // A hedge inside the apposition hedges it.
    'Anakinra, possibly an antibody, is used in some patients.',
    // Commas around a product are a list, not an apposition: the copula's subject is the whole list.
    'Kymriah, Tecelra, are engineered cell therapies.',
    'Tecelra, from Adaptimmune, is a TCR-T therapy.',
    // The predicate's negation does not deny an apposition: it is presupposed.
    'This follows the decision not to approve axicabtagene ciloleucel (Yescarta), another CAR T-cell therapy, for DLBCL.',
    'Anakinra, not a monoclonal antibody, is used for CRS.',
    // A possessive opens an apposition as an article does.
    "Amtagvi, Iovance's TIL therapy for advanced melanoma, reaches more treatment centres this year.",
    "Tecelra, Adaptimmune's TCR therapy, and Kymriah, Novartis's CAR-T, were discussed.",
  ],
  invalid: [
    {
      text: 'Amtagvi belongs to the class of CAR T-cell therapies.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi belongs to the class of CAR T-cell therapies.' }],
    },
    {
      text: 'Tecelra is a member of the CAR-T family.',
      errors: [{ messageId: 'isNotClass', text: 'Tecelra is a member of the CAR-T family.' }],
    },
    // The label's own predicate: a class after it, and a pronoun that is a clause's subject, not a preposition's object.
    {
      text: 'Amtagvi — a CAR-T, approved before it was known.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi — a CAR-T, approved before it was known.' }],
    },
    {
      text: 'Tecelra: a CAR-T.',
      errors: [{ messageId: 'isNotClass', text: 'Tecelra: a CAR-T.' }],
    },
    // What follows the withdrawn message, and a rejection that goes on with a finding of its own, are asserted.
    {
      text: 'ignore my last message saying Amtagvi is a TIL therapy, Amtagvi is a CAR-T',
      errors: [
        { messageId: 'isNotClass', text: 'ignore my last message saying Amtagvi is a TIL therapy, Amtagvi is a CAR-T' },
      ],
    },
    {
      text: 'The defendant argued that Amtagvi is a TIL therapy; the Court rejects that argument and finds that Amtagvi is a CAR-T product.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'The defendant argued that Amtagvi is a TIL therapy; the Court rejects that argument and finds that Amtagvi is a CAR-T product.',
        },
      ],
    },
    {
      text: "Amtagvi, Iovance's CAR-T for advanced melanoma, reaches more treatment centres this year.",
      errors: [
        {
          messageId: 'isNotClass',
          text: "Amtagvi, Iovance's CAR-T for advanced melanoma, reaches more treatment centres this year.",
        },
      ],
    },
    {
      text: "Tarlatamab, Amgen's CAR-T for small cell lung cancer, gets FDA nod",
      errors: [{ messageId: 'isNotClass', text: "Tarlatamab, Amgen's CAR-T for small cell lung cancer, gets FDA nod" }],
    },
    {
      text: 'Lifileucel is not a TIL therapy but a CAR-T.',
      errors: [{ messageId: 'isClass', text: 'Lifileucel is not a TIL therapy but a CAR-T.' }],
    },
    {
      text: 'Octreotide is a radiopharmaceutical.',
      errors: [{ messageId: 'isNotClass', text: 'Octreotide is a radiopharmaceutical.' }],
    },
    {
      text: 'Tisagenlecleucel and afamitresgene autoleucel are a TCR therapy and a CAR-T, respectively.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tisagenlecleucel and afamitresgene autoleucel are a TCR therapy and a CAR-T, respectively.',
          message: /^Kymriah is not a TCR/,
        },
        {
          messageId: 'isNotClass',
          text: 'Tisagenlecleucel and afamitresgene autoleucel are a TCR therapy and a CAR-T, respectively.',
          message: /^Tecelra is not a CAR-T/,
        },
      ],
    },
    // The apposition is judged for the name it follows, and only for it.
    {
      text: 'Options are everolimus, streptozocin (an mTOR inhibitor) or lanreotide.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Options are everolimus, streptozocin (an mTOR inhibitor) or lanreotide.',
          message: /^Streptozocin is not a mtor inhibitor: it is a chemotherapy/,
        },
      ],
    },
    // A plural apposition covers the list it follows.
    {
      text: 'Amtagvi and Tecelra (both CAR-T therapies) treat solid tumours.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Amtagvi and Tecelra (both CAR-T therapies) treat solid tumours.',
          message: /^Tecelra is not a CAR T-cell therapy/,
        },
        {
          messageId: 'isNotClass',
          text: 'Amtagvi and Tecelra (both CAR-T therapies) treat solid tumours.',
          message: /^Amtagvi is not a CAR T-cell therapy/,
        },
      ],
    },
    {
      text: 'Kymriah is not a CD19-directed CAR-T.',
      errors: [{ messageId: 'isClass', text: 'Kymriah is not a CD19-directed CAR-T.', message: 'Kymriah is a CAR-T.' }],
    },
    // A sentence adverb set off by commas after the copula leaves the class its complement.
    {
      text: 'Tecelra is, in effect, a CAR-T for synovial sarcoma.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tecelra is, in effect, a CAR-T for synovial sarcoma.',
          message: 'Tecelra is not a CAR-T: it is a TCR T-cell therapy.',
        },
      ],
    },
    {
      text: 'Amtagvi is, in fact, a CAR-T.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi is, in fact, a CAR-T.' }],
    },
    // A modality without a class entity is named in words, with its article ("an mTOR inhibitor").
    {
      text: 'Everolimus is a radiopharmaceutical.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Everolimus is a radiopharmaceutical.',
          message: 'Everolimus is not a radiopharmaceutical: it is an mTOR inhibitor.',
        },
      ],
    },
    {
      text: 'Octreotide is a diagnostic radiopharmaceutical.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Octreotide is a diagnostic radiopharmaceutical.',
          message: 'Octreotide is not a radiopharmaceutical: it is a somatostatin analog (SSA).',
        },
      ],
    },
    {
      text: 'The committee did not recommend Kymriah, a TCR T-cell therapy, for DLBCL.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'The committee did not recommend Kymriah, a TCR T-cell therapy, for DLBCL.',
          message: 'Kymriah is not a TCR T-cell therapy',
        },
      ],
    },
    // An apposition between the subject and its copula ("from <company>") leaves the subject the product.
    {
      text: 'Abecma, from Bristol Myers Squibb, is a TCR T-cell therapy.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Abecma, from Bristol Myers Squibb, is a TCR T-cell therapy.',
          message: 'Abecma is not a TCR T-cell therapy',
        },
      ],
    },
    // "like other …" still makes the subject one of them.
    {
      text: 'Tecelra, like other CAR-T products, is made from the patient’s own T cells.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tecelra, like other CAR-T products, is made from the patient’s own T cells.',
        },
      ],
    },
    // A drug whose modality has no class is a member of no class a modality defines.
    {
      text: 'Anakinra is a CAR T-cell therapy.',
      errors: [{ messageId: 'isNotClass', text: 'Anakinra is a CAR T-cell therapy.', message: /not a CAR T-cell/ }],
    },
    // An apposition is presupposed: the hedge or the question of its clause leaves it asserted.
    {
      text: 'Anakinra, a monoclonal antibody, is used in some patients.',
      errors: [{ messageId: 'isNotClass', text: 'Anakinra, a monoclonal antibody, is used in some patients.' }],
    },
    {
      text: 'Is anakinra, a monoclonal antibody, used for CRS?',
      errors: [{ messageId: 'isNotClass', text: 'Is anakinra, a monoclonal antibody, used for CRS?' }],
    },
    {
      text: 'Until Tecartus, Yescarta was not a CAR-T.',
      errors: [
        { messageId: 'isClass', text: 'Until Tecartus, Yescarta was not a CAR-T.', message: /^Yescarta is a CAR-T/ },
      ],
    },
    {
      text: 'Tocilizumab is a corticosteroid used for CRS.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tocilizumab is a corticosteroid used for CRS.',
          message: /Tocilizumab is not a corticosteroid: it is an anti-IL-6 receptor monoclonal antibody/,
        },
      ],
    },
    {
      text: 'Blinatumomab — CD19 CAR-T',
      errors: [{ messageId: 'isNotClass', text: 'Blinatumomab — CD19 CAR-T', message: 'not a' }],
    },
    {
      text: 'Lutathera: kinase inhibitor (daily tablet)',
      errors: [{ messageId: 'isNotClass', text: 'Lutathera: kinase inhibitor (daily tablet)', message: 'not a' }],
    },
    {
      text: 'Lutathera is a cell therapy for NETs.',
      errors: [
        { messageId: 'isNotClass', text: 'Lutathera is a cell therapy for NETs.', message: 'not a cell therapy' },
      ],
    },
    { text: 'Amtagvi is a gene therapy.', errors: [{ messageId: 'isNotClass', text: 'Amtagvi is a gene therapy.' }] },
    // A plural class is named singular for one product: "not a gene therapy", never "not a gene therapies".
    {
      text: 'Lanreotide and octreotide are gene therapies.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Lanreotide and octreotide are gene therapies.',
          message: /^Octreotide is not a gene therapy: /,
        },
        {
          messageId: 'isNotClass',
          text: 'Lanreotide and octreotide are gene therapies.',
          message: /^Lanreotide is not a gene therapy: /,
        },
      ],
    },
    {
      text: 'Tecelra is a CAR T-cell therapy for synovial sarcoma.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tecelra is a CAR T-cell therapy for synovial sarcoma.',
          message: 'Tecelra is not a CAR',
        },
      ],
    },
    { text: 'Blinatumomab is a CAR-T.', errors: [{ messageId: 'isNotClass', text: 'Blinatumomab is a CAR-T.' }] },
    {
      text: 'Anakinra is a monoclonal antibody.',
      errors: [{ messageId: 'isNotClass', text: 'Anakinra is a monoclonal antibody.', message: 'receptor antagonist' }],
    },
    {
      text: 'Amtagvi, a CAR-T, is approved for melanoma.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi, a CAR-T, is approved for melanoma.' }],
    },
    { text: 'Kymriah is not a CAR-T.', errors: [{ messageId: 'isClass', text: 'Kymriah is not a CAR-T.' }] },
    {
      text: 'Amtagvi is a CAR T-cell therapy.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi is a CAR T-cell therapy.' }],
    },
    { text: 'Tarlatamab is a CAR-T.', errors: [{ messageId: 'isNotClass', text: 'Tarlatamab is a CAR-T.' }] },
    {
      text: 'Lutathera is a monoclonal antibody.',
      errors: [{ messageId: 'isNotClass', text: 'Lutathera is a monoclonal antibody.' }],
    },
    {
      text: 'Imdelltra is a CAR T-cell therapy.',
      errors: [{ messageId: 'isNotClass', text: 'Imdelltra is a CAR T-cell therapy.' }],
    },
    // A name in parentheses between the subject and its class.
    {
      text: 'Amtagvi (lifileucel) is a CAR-T.',
      errors: [{ messageId: 'isNotClass', text: 'Amtagvi (lifileucel) is a CAR-T.', message: 'Amtagvi is not' }],
    },
    {
      text: 'Tarlatamab (Imdelltra), a CAR T-cell therapy, is approved for small cell lung cancer.',
      errors: [
        {
          messageId: 'isNotClass',
          text: 'Tarlatamab (Imdelltra), a CAR T-cell therapy, is approved for small cell lung cancer.',
        },
      ],
    },
  ],
};
export default tests;
