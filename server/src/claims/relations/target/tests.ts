import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A denial of every member narrowed by a disease after the antigen, or by a design no approved member has.
    // A product inside a relative clause or participle aside on the subject is the aside's, not the verb's subject.
    'Abecma, which the FDA approved in the same year as Breyanzi, targets BCMA.',
    'Abecma, approved after Kymriah, targets BCMA.',
    'No CAR-T targets BCMA in neuroendocrine tumours.',
    'No allogeneic CAR-T targets BCMA.',
    // The mention a time cue bounds after a negative quantifier is the point the claim is set against, not its subject.
    'No BCMA-directed CAR-T reached the market before Abecma.',
    'No CD19-directed CAR-T was approved until Kymriah.',
    // A negated rank ("not the first") denies the rank; the target is presupposed.
    'Brexucabtagene autoleucel was not the first CD19 CAR-T; it was approved in July 2020.',
    'Ciltacabtagene autoleucel, which was not the first BCMA-directed CAR-T, was approved in February 2022.',
    // A comma splice opens a clause with its own polarity.
    'Tecelra is not a CAR-T, it is a TCR therapy that targets MAGE-A4.',
    // The next sentence rejects the report whole.
    'Investors argued that Abecma targets CD19. They were wrong.',
    // An edit (data/lexicon/edit-old-verbs) whose object refers back to the reported wording takes the report back, in
    // its own sentence or the next one.
    'The first draft said Carvykti targets CD19; the editor struck that line.',
    'A reader wrote that Breyanzi targets BCMA. Our reviewer deleted that sentence.',
    'The old leaflet states that Kymriah targets BCMA, but the pharmacist removed it.',
    // The next sentence names the report's subject again with the writer's value, at its start or after a clause that
    // opens it.
    'A trade magazine reported that Carvykti targets CD19. Carvykti targets BCMA, according to its label.',
    'The brochure says Yescarta targets BCMA. We checked the label: Yescarta targets CD19.',
    'Some forums keep repeating that Kymriah targets BCMA, but that is not true.',
    // A source's statement the writer corrects is not the writer's claim: the next sentence or clause restates it
    // with the writer's value, opens with a correction adverb, or rejects it (data/lexicon: restating-subjects,
    // source-statement-verbs, rejection-predicates).
    'An earlier draft said Breyanzi targets BCMA. It targets CD19.',
    // A premise someone calls, describes or refers to, corrected after a correction frame (data/lexicon/correction-frames).
    '11:02 A questioner calls arlo-cel another BCMA CAR-T; the speaker corrects him: it targets GPRC5D.',
    'A caller describes Abecma as a CD19 therapy, and the nurse points out that it targets BCMA.',
    'A commenter refers to Kymriah as a BCMA product; the pharmacist replies that it targets CD19.',
    'The flyer claims Abecma targets CD19; it targets BCMA.',
    'A handout stated that Kymriah targets BCMA. In fact, it targets CD19.',
    // A next sentence opened by a correction link (data/lexicon/correction-openers).
    'A reader wrote that Abecma targets CD19. But it targets BCMA.',
    'The flyer claimed that Kymriah targets BCMA. However, it targets CD19.',
    'The glossary says Carvykti targets CD19, which is wrong: it targets BCMA.',
    'A caller was told Tecartus targets BCMA, but it targets CD19.',
    'The slide listed Yescarta as a BCMA product. That was an error: Yescarta targets CD19.',
    // A bug report's expectation (data/lexicon/expectation-labels) sets the source's or observed line before it aside.
    'Issue 88: the help text states that Yescarta targets BCMA. Expected result: the help text names CD19.',
    'Actual: Breyanzi targets BCMA on the card. Expected: Breyanzi targets CD19 on the card.',
    // An edit of the report coordinated by "and" inside the source's clause ("… and corrected it to …").
    'The reviewer caught a draft claiming Abecma targets CD19 and corrected it to BCMA.',
    // A rejection coordinated with a second predicate of its own ("was wrong and has been removed").
    'The first edition listed Kymriah as a BCMA CAR-T; that line was wrong and has been removed.',
    // An opener or label before the source, and a restatement that denies the reported predicate.
    'In short, the handout says Abecma targets CD19, but it targets BCMA.',
    'Sir, the leaflet stated that Tecartus targets BCMA. It does not target BCMA: it targets CD19.',
    // "it" after a conjunction in a sentence naming two therapies could stand for either: not judged.
    'Doctors prefer Carvykti to Kymriah in myeloma because it targets BCMA.',
    'Kymriah and Abecma differ: it targets BCMA.',
    // Lines of one paragraph, each a clause of its own without end punctuation (a shelf list): the next line's antigen
    // is no object of the line above.
    'Carvykti targets BCMA\nYescarta targets CD19',
    'Tecartus targets CD19\nAbecma targets BCMA\nBreyanzi targets CD19',
    // A report after a label saying the edit was undone (data/lexicon/revert-labels) is taken back; the clause beside
    // it is the writer's.
    'Reverted: an earlier revision claimed Abecma targets CD19; the product is BCMA-directed.',
    'Rolled back: the previous edit said Kymriah targets BCMA.',
    'Undid revision 1182 — the edit claimed Carvykti targets CD19; it targets BCMA.',
    // A leaflet's purpose infinitive of finding ("made to find", "built to spot") says what the product targets.
    'Carvykti is built to spot BCMA on myeloma cells.',
    'Your Aucatzyl cells are changed in the lab to look for CD19 on leukaemia cells.',
    // A slash pair inside a later list item is that item's.
    'Talks covered eque-cel, bispecific CD19/CD22 CAR-T and costs.',
    // An antigen-modified list item is not said of the product listed beside it.
    'We searched for obe-cel, GD2 CAR-Ts and Medicare coverage.',
    'The review covers Kymriah, B7-H3 CAR-Ts, and TIL therapy.',
    'We searched for satri-cel, CAR-T in lupus, CDH17 CAR-T in NETs and tab-cel.',
    'Topics: obe-cel in England, GD2 and B7-H3 CAR-Ts, arlo-cel and Medicare coverage.',
    // An antigen modifying a treatment the patients had before describes that treatment, not the product.
    'Abecma is not given to patients with prior BCMA-directed therapy.',
    'Breyanzi is used in some patients after CD19-directed bispecific therapy.',
    'Abecma is not for people whose myeloma progressed on a BCMA-directed bispecific.',
    // A reason clause after a negated main clause has its own polarity.
    'Kymriah is not approved for myeloma, since it targets CD19.',
    'Abecma is not used for lymphoma because it targets BCMA.',
    'Anito-cel, an investigational CAR-T directed against BCMA, is under FDA review for multiple myeloma.',
    // A verb before a reason clause takes no object from inside it.
    'Abecma does not target CD19, because it is a BCMA-directed product.',
    'Kymriah does not bind BCMA, as it is an anti-CD19 CAR-T.',
    // A fronted partitive ("Among A and B,") names the set chosen from, not the subjects.
    'Among Abecma and Tecartus, only Abecma targets BCMA.',
    // A speaker and "claim" report someone else's statement (data/lexicon: reporting-speakers, reporting-verbs).
    'Several blogs claim Tecartus targets BCMA.',
    // An antigen that modifies a receptor part names the part, not the target.
    'Tecartus targets CD19 with a CAR carrying a CD28 costimulatory domain and a CD3-zeta activation domain.',
    'Carvykti targets BCMA; its CAR is built on a CD8 hinge.',
    // A modifier in front of a product's name is that product's, not the clause subject's.
    'Carvykti follows the BCMA-directed Abecma and the CD19-targeting Breyanzi.',
    // "two of seven": the number before "of" is the count, the one after it the total.
    'Two of seven FDA-approved CAR-Ts target BCMA.',
    'Five of the approved CAR T-cell products target CD19.',
    'Carvykti attaches to BCMA on myeloma cells.',
    // "it" after a reason conjunction under a person's or a plural subject is the therapy right before it.
    'Your team may suggest Carvykti because it targets BCMA on the myeloma cells.',
    'Kymriah works by attaching to CD19 on leukemia cells.',
    'All approved CAR T-cell therapies target either CD19 or BCMA.',
    'No FDA-approved CAR-T targets GPRC5D yet.',
    'By 2022, four approved CAR-Ts targeted CD19.',
    'Five of the FDA-approved CAR T-cell therapies are CD19-directed, and two of them target BCMA.',
    'A next-generation obe-cel is expected to target CD22 as well.',
    'Carvykti, which is not approved for lymphoma, targets BCMA.',
    // A hedged aside that names an antigen keeps its hedge.
    'Abecma, which may target CD19 in some patients, is used for myeloma.',
    'Yescarta targets CD19, not BCMA.',
    // "and" joining two clauses, each with its own named subject: each antigen is its own subject's.
    'Breyanzi targets CD19 and Abecma targets BCMA.',
    'Abecma targets BCMA, Breyanzi (liso-cel) targets CD19.',
    'Carvykti targets BCMA and Tecartus targets CD19 on B cells.',
    'Arlo-cel may be an investigational BCMA-directed CAR-T.',
    'Arlo-cel is an investigational CAR-T targeting GPRC5D.',
    'Carvykti, a BCMA-directed CAR-T, is approved for myeloma.',
    'Unlike Kymriah, Abecma targets BCMA.',
    'Kymriah | CD19 | lentiviral',
    'Tecartus (brexu-cel) – CD19 – CD28',
    'Carvykti – CD19-negative relapses are not expected.',
    'Kymriah and Breyanzi target CD19.',
    'Tecelra is a TCR-T therapy that targets MAGE-A4.',
    'Abecma does not target CD19.',
    'Arlo-cel is a GPRC5D-directed CAR-T.',
    // A participle phrase opening the clause describes the subject after its comma; "aimed at" a thing is a target.
    'Aimed at BCMA, Abecma is given as a single infusion.',
    'Directed against CD19, Breyanzi was approved in 2021.',
    'Kymriah works by finding a protein called CD19 on leukemia cells.',
    // "once" counting infusions opens no condition.
    'Kymriah, a CD19-targeting therapy, is infused once.',
    'Kymriah, a CD19-targeting therapy, is infused once in hospital.',
    'Satri-cel, a CAR-T against Claudin 18.2, was approved in China for gastric cancer.',
    // An appositive under a hedged main clause: the appositive still asserts, and here truly.
    'Arlo-cel, a GPRC5D-directed CAR-T, is being tested in a phase 3 trial.',
    // Each example of a class the antigen modifies is such a product.
    'CD19-directed products such as Yescarta, Breyanzi and Kymriah are used in lymphoma.',
    // The examples of an excluded class are excluded with it.
    'Unlike CD19 CAR-Ts such as Kymriah and Yescarta, Abecma targets BCMA.',
    // The example takes the mark of the phrase it exemplifies, past that phrase's head noun.
    'Unlike BCMA-directed products such as Abecma, Kymriah does not target BCMA.',
    'Unlike CD19 products such as Kymriah and Breyanzi, Carvykti does not target CD19.',
    // A goal aimed at is no target, and a condition opened by "once" asserts nothing.
    'Once approved, Kymriah targets BCMA.',
    'Abecma targets BCMA, whereas Kymriah targets CD19.',
    'Some sources wrongly say that Kymriah targets BCMA.',
    'Abecma and Carvykti both target BCMA.',
    'Aucatzyl is a CD19-directed CAR-T.',
    'Cases followed B-cell maturation antigen (BCMA)- or CD19-directed CAR-Ts such as Carvykti.',
    // An opening "its" takes the one product of the sentence before only when that sentence names no disease (the
    // disease may be what "its" means) and no other product.
    'Carvykti is approved for multiple myeloma. Its target is CD19.',
    'Kymriah and Yescarta were approved in 2017. Its target is BCMA.',
    // A copula before a participle cue, and an opening partitive's count, true.
    'Five FDA-approved CAR-Ts are directed at CD19.',
    'Of the seven FDA-approved CAR-Ts, two target BCMA and five target CD19.',
  ],
  invalid: [
    // Each line of a shelf list is judged on its own.
    {
      text: 'Carvykti targets CD19\nYescarta targets CD19',
      errors: [{ messageId: 'targetsOther', text: 'Carvykti targets CD19\nYescarta targets CD19' }],
    },
    {
      text: 'Abecma targets BCMA\nKymriah targets BCMA',
      errors: [{ messageId: 'targetsOther', text: 'Abecma targets BCMA\nKymriah targets BCMA' }],
    },
    // Beside an undone report, the writer's own clause is judged; a restored or kept report is the writer's.
    {
      text: 'Reverted: an earlier revision said Abecma targets BCMA; Abecma targets CD19.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Reverted: an earlier revision said Abecma targets BCMA; Abecma targets CD19.',
        },
      ],
    },
    {
      text: 'Restored: the previous edit stated that Abecma targets CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Restored: the previous edit stated that Abecma targets CD19.' }],
    },
    // The subject outside the aside is still judged.
    {
      text: 'Abecma, which the FDA approved in the same year as Breyanzi, targets CD19.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Abecma, which the FDA approved in the same year as Breyanzi, targets CD19.',
        },
      ],
    },
    // "No CAR-T targets BCMA": one approved member that holds the antigen contradicts a denial of every member.
    {
      text: 'None of the CAR-Ts targets BCMA.',
      errors: [{ messageId: 'countTargeting', text: 'None of the CAR-Ts targets BCMA.' }],
    },
    {
      text: 'No CAR-T product targets CD19.',
      errors: [{ messageId: 'countTargeting', text: 'No CAR-T product targets CD19.' }],
    },
    // An expectation that keeps the observed line endorses it (data/lexicon/unchanged-expectations).
    {
      text: 'Actual: the help text states that Yescarta targets BCMA. Expected: no change, the text is correct.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Actual: the help text states that Yescarta targets BCMA.',
          message: 'Yescarta targets CD19, not BCMA.',
        },
      ],
    },
    // Another product named in the next sentence restates nothing; the writer's own value after the opening clause is
    // judged.
    {
      text: 'A trade magazine reported that Carvykti targets CD19. Abecma targets BCMA.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'A trade magazine reported that Carvykti targets CD19.',
          message: 'Carvykti targets BCMA, not CD19.',
        },
      ],
    },
    {
      text: 'The brochure says Yescarta targets CD19. We checked the label: Yescarta targets BCMA.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'We checked the label: Yescarta targets BCMA.',
          message: 'Yescarta targets CD19, not BCMA.',
        },
      ],
    },
    // An edit of something other than the reported wording leaves the report asserted.
    {
      text: 'The first draft said Carvykti targets CD19; the editor deleted the REMS section.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'The first draft said Carvykti targets CD19; the editor deleted the REMS section.',
          message: 'Carvykti targets BCMA, not CD19.',
        },
      ],
    },
    {
      text: 'A reader wrote that Breyanzi targets BCMA. Our reviewer kept that sentence.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'A reader wrote that Breyanzi targets BCMA.',
          message: 'Breyanzi targets CD19, not BCMA.',
        },
      ],
    },
    // What the correction says is the writer's; a description no one corrects is judged as before.
    {
      text: 'A caller describes Abecma as a BCMA therapy; the nurse corrects her: Abecma targets CD19.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'A caller describes Abecma as a BCMA therapy; the nurse corrects her: Abecma targets CD19.',
          message: 'Abecma targets BCMA, not CD19.',
        },
      ],
    },
    // "correct" as an adjective endorses the report; only the verb's forms correct it.
    {
      text: 'A reader wrote that Carvykti targets CD19, and she is correct.',
      errors: [{ messageId: 'targetsOther', text: 'A reader wrote that Carvykti targets CD19, and she is correct.' }],
    },
    {
      text: 'Doctors describe Abecma as a CD19 CAR-T.',
      errors: [{ messageId: 'targetsOther', text: 'Doctors describe Abecma as a CD19 CAR-T.' }],
    },
    // The writer's restatement is judged on its own.
    {
      text: 'An earlier draft said Breyanzi targets CD19. It targets BCMA.',
      errors: [{ messageId: 'targetsOther', text: 'It targets BCMA.' }],
    },
    // A sentence that follows a report without correcting it leaves the report judged as before.
    {
      text: 'The memo said Abecma targets CD19. It was approved in 2021.',
      errors: [{ messageId: 'targetsOther', text: 'The memo said Abecma targets CD19.' }],
    },
    {
      text: 'Brexucabtagene autoleucel was not a CD19 CAR-T; it was approved in July 2020.',
      errors: [
        {
          messageId: 'doesTarget',
          text: 'Brexucabtagene autoleucel was not a CD19 CAR-T; it was approved in July 2020.',
        },
      ],
    },
    {
      text: 'Tecelra is not a CAR-T, it is a TCR therapy that targets CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Tecelra is not a CAR-T, it is a TCR therapy that targets CD19.' }],
    },
    {
      text: 'Investors argued that Abecma targets CD19. They were right.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Investors argued that Abecma targets CD19.',
        },
      ],
    },
    // A clause of its own after the ambiguous "it" is judged as before.
    {
      text: 'We chose Abecma over Kymriah because it is approved for multiple myeloma, and Kymriah targets BCMA.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'We chose Abecma over Kymriah because it is approved for multiple myeloma, and Kymriah targets BCMA.',
        },
      ],
    },
    {
      text: 'Your team may suggest Carvykti because it targets CD19 on the myeloma cells.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Your team may suggest Carvykti because it targets CD19 on the myeloma cells.',
        },
      ],
    },
    {
      text: 'Three of the approved CAR-Ts are directed against BCMA.',
      errors: [
        {
          messageId: 'countTargeting',
          text: 'Three of the approved CAR-Ts are directed against BCMA.',
          message: /2 of the 7 FDA-approved CAR T-cell therapy products target BCMA, not 3/,
        },
      ],
    },
    {
      text: 'Tecartus cells are made to find BCMA on lymphoma cells.',
      errors: [{ messageId: 'targetsOther', text: 'Tecartus cells are made to find BCMA on lymphoma cells.' }],
    },
    {
      text: 'The CAR that Abecma adds to your T cells is built to grab CD19.',
      errors: [{ messageId: 'targetsOther', text: 'The CAR that Abecma adds to your T cells is built to grab CD19.' }],
    },
    // A slash pair of antigens said of a product.
    {
      text: 'Kymriah targets CD19/CD22.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah targets CD19/CD22.' }],
    },
    {
      text: 'Kymriah in ALL, a BCMA CAR-T, is approved.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah in ALL, a BCMA CAR-T, is approved.' }],
    },
    // An aside followed by the clause's verb is said of the product before it.
    {
      text: 'Kymriah, BCMA-directed, is approved for ALL.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah, BCMA-directed, is approved for ALL.' }],
    },
    {
      text: 'Anito-cel, an investigational CAR-T directed against GPRC5D, is under FDA review for multiple myeloma.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Anito-cel, an investigational CAR-T directed against GPRC5D, is under FDA review for multiple myeloma.',
        },
      ],
    },
    {
      text: 'Abecma does not target BCMA, because it is a CD19-directed product.',
      errors: [
        { messageId: 'doesTarget', text: 'Abecma does not target BCMA, because it is a CD19-directed product.' },
        {
          messageId: 'targetsOther',
          text: 'Abecma does not target BCMA, because it is a CD19-directed product.',
          message: 'Abecma targets BCMA, not CD19.',
        },
      ],
    },
    {
      text: 'Kymriah is not approved for myeloma, as it targets BCMA.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Kymriah is not approved for myeloma, as it targets BCMA.',
          message: 'Kymriah targets CD19, not BCMA.',
        },
      ],
    },
    // The second conjunct, opened by a name, an adverb and a verb, is judged on its own.
    {
      text: 'Kymriah targets CD19 and Abecma also targets CD19.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Kymriah targets CD19 and Abecma also targets CD19.',
          message: /^Abecma targets BCMA, not CD19/,
        },
      ],
    },
    {
      text: 'Kymriah was approved in 2017. Its target is BCMA.',
      errors: [{ messageId: 'targetsOther', text: 'Its target is BCMA.' }],
    },
    // A hedge in a subordinate clause or in an aside that names nothing leaves the main clause asserted.
    {
      text: 'Even though some centres may consider it, Abecma targets CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Even though some centres may consider it, Abecma targets CD19.' }],
    },
    {
      text: 'Abecma targets CD19 because it may work better.',
      errors: [{ messageId: 'targetsOther', text: 'Abecma targets CD19 because it may work better.' }],
    },
    {
      text: 'Abecma, which some centres may prefer, targets CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Abecma, which some centres may prefer, targets CD19.' }],
    },
    // The target itself is still judged beside a receptor part.
    {
      text: 'Tecartus targets BCMA with a CAR carrying a CD3-zeta activation domain.',
      errors: [
        { messageId: 'targetsOther', text: 'Tecartus targets BCMA with a CAR carrying a CD3-zeta activation domain.' },
      ],
    },
    // A restrictor after the class ("the FDA has approved", "approved by the FDA") counts the approved members.
    {
      text: 'Among the CAR-Ts the FDA has approved, none targets CD19.',
      errors: [{ messageId: 'countTargeting', text: 'Among the CAR-Ts the FDA has approved, none targets CD19.' }],
    },
    {
      text: 'Of the seven CAR-Ts approved by the FDA, three target BCMA.',
      errors: [
        {
          messageId: 'countTargeting',
          text: 'Of the seven CAR-Ts approved by the FDA, three target BCMA.',
          message: 'not 3',
        },
      ],
    },
    // The head noun after the class ("CAR T-cell products") belongs to the counted subject.
    {
      text: 'Four of the approved CAR T-cell products target CD19.',
      errors: [
        {
          messageId: 'countTargeting',
          text: 'Four of the approved CAR T-cell products target CD19.',
          message: 'not 4',
        },
      ],
    },
    // Paraphrased target verbs (data/lexicon/target-cues).
    {
      text: 'Aucatzyl attaches to BCMA on leukemia cells.',
      errors: [
        { messageId: 'targetsOther', text: 'Aucatzyl attaches to BCMA on leukemia cells.', message: 'targets CD19' },
      ],
    },
    {
      text: 'Carvykti works by attaching to CD19 on myeloma cells.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Carvykti works by attaching to CD19 on myeloma cells.',
          message: 'targets BCMA',
        },
      ],
    },
    {
      text: 'Carvykti follows the CD19-directed Abecma.',
      errors: [{ messageId: 'targetsOther', text: 'Carvykti follows the CD19-directed Abecma.' }],
    },
    {
      text: 'Cases followed B-cell maturation antigen (BCMA)- or CD22-directed CAR-Ts such as Kymriah.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Cases followed B-cell maturation antigen (BCMA)- or CD22-directed CAR-Ts such as Kymriah.',
          message: 'targets CD19',
        },
      ],
    },
    {
      text: 'Tecartus | BCMA | CD28',
      errors: [{ messageId: 'targetsOther', text: 'Tecartus | BCMA | CD28', message: 'targets CD19' }],
    },
    {
      text: 'Kymriah (tisagenlecleucel) — GPRC5D',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah (tisagenlecleucel) — GPRC5D', message: 'targets CD19' }],
    },
    {
      text: 'Abecma: CD19; approved 2021',
      errors: [{ messageId: 'targetsOther', text: 'Abecma: CD19; approved 2021', message: 'targets BCMA' }],
    },
    // "an investigational X" describes the product; the clause still asserts its target.
    {
      text: 'Anito-cel is an investigational CD19-directed CAR-T.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Anito-cel is an investigational CD19-directed CAR-T.',
          message: 'BCMA, not CD19',
        },
      ],
    },
    {
      text: 'Every approved CAR-T targets BCMA.',
      errors: [{ messageId: 'countTargeting', text: 'Every approved CAR-T targets BCMA.', message: 'target BCMA' }],
    },
    {
      text: 'None of the FDA-approved CAR-T products targets BCMA.',
      errors: [
        {
          messageId: 'countTargeting',
          text: 'None of the FDA-approved CAR-T products targets BCMA.',
          message: '2 of the 7',
        },
      ],
    },
    {
      text: 'Four approved CAR-Ts target CD19.',
      errors: [{ messageId: 'countTargeting', text: 'Four approved CAR-Ts target CD19.', message: 'not 4' }],
    },
    {
      text: 'Of the FDA-approved CAR-T products, three target BCMA.',
      errors: [
        {
          messageId: 'countTargeting',
          text: 'Of the FDA-approved CAR-T products, three target BCMA.',
          message: '2 of the 7 FDA-approved',
        },
      ],
    },
    {
      text: 'As anticipated, Breyanzi targets BCMA.',
      errors: [{ messageId: 'targetsOther', text: 'As anticipated, Breyanzi targets BCMA.', message: 'not BCMA' }],
    },
    {
      text: 'Kymriah, which is approved for follicular lymphoma, does not target CD19.',
      errors: [
        {
          messageId: 'doesTarget',
          text: 'Kymriah, which is approved for follicular lymphoma, does not target CD19.',
          message: 'does target CD19',
        },
      ],
    },
    {
      text: 'Kymriah targets CD19 and Carvykti targets CD19.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Kymriah targets CD19 and Carvykti targets CD19.',
          message: 'Carvykti targets BCMA, not CD19',
        },
      ],
    },
    {
      text: 'Kymriah targets BCMA.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah targets BCMA.', message: 'Kymriah targets CD19, not BCMA' }],
    },
    {
      text: 'Yescarta is a BCMA-directed CAR-T.',
      errors: [{ messageId: 'targetsOther', text: 'Yescarta is a BCMA-directed CAR-T.' }],
    },
    {
      text: 'Abecma is an anti-CD19 CAR T-cell therapy.',
      errors: [{ messageId: 'targetsOther', text: 'Abecma is an anti-CD19 CAR T-cell therapy.' }],
    },
    { text: 'Cilta-cel targets CD19.', errors: [{ messageId: 'targetsOther', text: 'Cilta-cel targets CD19.' }] },
    {
      text: 'Kymriah and Abecma target CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah and Abecma target CD19.', message: 'Abecma' }],
    },
    {
      text: 'Carvykti does not target BCMA.',
      errors: [{ messageId: 'doesTarget', text: 'Carvykti does not target BCMA.', message: 'does target' }],
    },
    {
      text: 'Unlike BCMA-directed products such as Abecma, Carvykti does not target BCMA.',
      errors: [
        {
          messageId: 'doesTarget',
          text: 'Unlike BCMA-directed products such as Abecma, Carvykti does not target BCMA.',
          message: 'Carvykti does target BCMA',
        },
      ],
    },
    { text: 'Abecma targets GPRC5D.', errors: [{ messageId: 'targetsOther', text: 'Abecma targets GPRC5D.' }] },
    {
      text: 'Kymriah is a BCMA-directed CAR-T.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah is a BCMA-directed CAR-T.' }],
    },
    { text: 'Arlo-cel targets BCMA.', errors: [{ messageId: 'targetsOther', text: 'Arlo-cel targets BCMA.' }] },
    {
      text: 'Aucatzyl is a BCMA-targeted CAR-T.',
      errors: [{ messageId: 'targetsOther', text: 'Aucatzyl is a BCMA-targeted CAR-T.' }],
    },
    {
      text: 'Aimed at CD19, Abecma is given as a single infusion.',
      errors: [{ messageId: 'targetsOther', text: 'Aimed at CD19, Abecma is given as a single infusion.' }],
    },
    {
      text: 'Directed against BCMA, Breyanzi was approved in 2021.',
      errors: [{ messageId: 'targetsOther', text: 'Directed against BCMA, Breyanzi was approved in 2021.' }],
    },
    {
      text: 'Carvykti works by finding a protein called CD19 on myeloma cells.',
      errors: [
        { messageId: 'targetsOther', text: 'Carvykti works by finding a protein called CD19 on myeloma cells.' },
      ],
    },
    {
      text: 'Kymriah, a BCMA-targeting therapy, is infused once.',
      errors: [{ messageId: 'targetsOther', text: 'Kymriah, a BCMA-targeting therapy, is infused once.' }],
    },
    // "once" after its verb and before a prepositional phrase counts infusions too.
    {
      text: 'Kymriah, a BCMA-targeting therapy, is infused once at the treatment centre.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Kymriah, a BCMA-targeting therapy, is infused once at the treatment centre.',
        },
      ],
    },
    {
      text: 'Abecma is given once by intravenous infusion and targets CD19.',
      errors: [{ messageId: 'targetsOther', text: 'Abecma is given once by intravenous infusion and targets CD19.' }],
    },
    {
      text: 'Satri-cel, a CAR-T against GPRC5D, was approved in China for gastric cancer.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Satri-cel, a CAR-T against GPRC5D, was approved in China for gastric cancer.',
          message: 'not GPRC5D',
        },
      ],
    },
    {
      text: 'Arlo-cel, a BCMA-directed CAR-T, is being tested in a phase 3 trial.',
      errors: [
        { messageId: 'targetsOther', text: 'Arlo-cel, a BCMA-directed CAR-T, is being tested in a phase 3 trial.' },
      ],
    },
    {
      text: 'CD19-directed products such as Yescarta, Breyanzi and Carvykti are used in lymphoma.',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'CD19-directed products such as Yescarta, Breyanzi and Carvykti are used in lymphoma.',
          message: 'Carvykti targets BCMA',
        },
      ],
    },
    {
      text: 'Patients received commercial CD19 CAR-T products (Yescarta, Kymriah or Abecma).',
      errors: [
        {
          messageId: 'targetsOther',
          text: 'Patients received commercial CD19 CAR-T products (Yescarta, Kymriah or Abecma).',
          message: 'Abecma targets BCMA',
        },
      ],
    },
  ],
};
export default tests;
