import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A past REMS state after the REMS ended, with no time of its own, or under another regulator.
    'By the time of her infusion in October 2025 there was no REMS for Carvykti.',
    'By then there was no REMS for Yescarta.',
    'In Europe in 2019 there was no REMS for Kymriah.',
    // The class of associating, asserted or hedged: no denial.
    'Parkinsonism has been linked with Carvykti.',
    'Cytokine release syndrome is connected with every approved CAR-T.',
    'Whether Yescarta is tied to more ICANS than Breyanzi is still debated.',
    // A passive link affirmed, or denied of something of the therapy's other than itself, denies no risk.
    'Parkinsonism has been tied to Carvykti.',
    'Neurotoxicity is linked to Abecma.',
    'CRS is not linked to the dose of Yescarta.',
    'It is not true that neurotoxicity is linked to Abecma.',
    // A topic after a contrast ("but kept …") is the other conjunct's: the removal before it does not reach it.
    'After the REMS ended in June 2025, the clinic dropped its certification forms but kept the boxed-warning talks with every family.',
    // A label's value that counts none denies the label: Aucatzyl came without a REMS.
    'Aucatzyl — REMS at approval (2024): none.',
    // A source's statement the writer updates ("That requirement ended …", "; that rule has since been lifted") is not
    // the writer's claim.
    'Erratum: our feature stated that centres need REMS certification to infuse Breyanzi. That requirement ended in June 2025.',
    'The 2023 guide listed REMS certification as a requirement for Abecma centres; that requirement has since been dropped.',
    'Our 2023 brochure said every CAR-T centre needs REMS certification. That changed in mid-2025.',
    // A line under a retired label tells history.
    'Rule 7 (rescinded July 2025): hospitals must be REMS-certified to infuse axicabtagene ciloleucel.',
    // A headline's REMS is not the subject of the next line, which has its own.
    'FDA Ends REMS Programs for CAR T Cell Products\nBoxed warnings and medication guides remain required.',
    // A present tense says the REMS is gone now, not that there was none at approval.
    'Kymriah has no REMS.',
    'Yescarta is given without a REMS in 2026.',
    // A requirement after the REMS's end is another rule's, not the REMS's; one the REMS's end kept is kept.
    'Since the 2025 REMS removal, the 15-year long-term follow-up is still required.',
    'After the end of the REMS, a medication guide must still be given to Yescarta patients.',
    'Kymriah: REMS at approval.',
    // A REMS opening the clause has no "under" before it.
    'REMS when Kymriah was approved: yes.',
    'The T-cell malignancy boxed warning applies to BCMA- and CD19-directed CAR-Ts.',
    // One report in the simple past, or the perfect said of one study, is no general denial.
    'No cytokine release syndrome was reported with Breyanzi in the first patient.',
    'Cytokine release syndrome has not been reported in this study of Breyanzi.',
    'T cell malignancies have occurred following treatment with CD19-directed CAR T cell therapies.',
    // A negated removal says the boxed warnings remain.
    'Eliminating the REMS did not lift the boxed warning for CRS.',
    'The REMS ended in 2025; it did not remove the boxed warnings from the CAR-T labels.',
    'The boxed warnings were not removed when the REMS ended.',
    // "ended" said of the REMS, with the boxed warnings kept beside it.
    'The FDA ended the REMS for Kymriah in June 2025, but the boxed warnings remain.',
    'The REMS for Breyanzi ended in June 2025; its boxed warnings for CRS remain.',
    // A date in a verbless aside after the subject dates the aside, not the elimination.
    'The REMS programs, a requirement from the first approvals in 2017 onwards, were eliminated in June 2025.',
    // A warning about a risk the labels carry, asserted; denied for a risk they do not warn about, or for another class.
    'Carvykti carries a warning about secondary T-cell cancers.',
    'Carvykti carries no warning about driving.',
    'Amtagvi carries no warning about cytokine release syndrome.',
    // A requirement verb in its past form, or a REMS called former, tells history.
    'The REMS for Breyanzi required certified treatment centers.',
    'Former REMS programs for CAR-T required on-site tocilizumab.',
    // A named subject, an adverb and its verb after "and" open a clause: "never" is that clause's, not the REMS's.
    'Kymriah and Yescarta were approved with a REMS, and Aucatzyl never required one.',
    // A dated denial of an event: not a denial of the warning on today's label.
    'The FDA did not add a boxed warning for T-cell malignancies in 2022.',
    'In April 2024 a boxed warning on T-cell malignancies landed on the CAR-T labels.',
    // Another product's named REMS: the CAR-T REMS removal says nothing of it.
    'Elranatamab is available only through a restricted program called the Elrexfio Risk Evaluation and Mitigation Strategy (REMS).',
    'Teclistamab is available only through the Tecvayli REMS.',
    // When a boxed warning came: the recorded year, or a warning recorded without its date.
    'In April 2024 the FDA required a boxed warning for T-cell malignancies on CAR-T labels.',
    // The REMS removed, the kept requirement said to remain.
    'The FDA dropped the REMS for Kymriah but kept long-term follow-up.',
    'The boxed warning for CRS was added to the Kymriah label in 2017.',
    // A separator between facts on one line ends the clause: the "No" of one fact does not reach the next.
    'Breyanzi: No REMS since 2025 · Black box warning',
    'A REMS was required when Kymriah was approved in 2017.',
    'No REMS was required when Aucatzyl was approved in 2024.',
    // "No REMS since 2025" is a state that began then, not an approval without one.
    'Kymriah has had no REMS since 2025.',
    'Since July 2025, Abecma has been available without a REMS.',
    // Without a REMS now: the present, not the approval.
    'Kymriah is now given without a REMS.',
    // No boxed warning for a syndrome its warnings do not cover.
    'Amtagvi carries no boxed warning for CRS.',
    'Tecelra has no boxed warning for T-cell malignancies.',
    'Every FDA-approved CAR-T is currently given without a REMS.',
    // A class without "every": not each member.
    'Some FDA-approved CAR-Ts were approved without a REMS.',
    // A continuation verb said of something else: the REMS was scrapped, the boxed warnings kept.
    'In June 2025 the FDA scrapped the REMS but kept the boxed warnings for CAR-T.',
    'The FDA dropped the REMS for Abecma and retained its medication guide.',
    // A present-tense removal of the REMS, or of a boxed warning asked about, is no removal of the boxed warnings.
    'The June 2025 update removes the REMS for Yescarta.',
    'The updated Abecma label removes the REMS but keeps the boxed warning.',
    'Does the updated Kymriah label remove the boxed warning?',
    // A definition of the kind says what a REMS is, not that one applies now.
    'A REMS is a drug safety program that the FDA can require for some high-risk medicines.',
    'A Risk Evaluation and Mitigation Strategy (REMS) is a program the FDA can require when a medicine has serious risks.',
    // A warning's scope: the whole scope named, or a restriction denied.
    'The risk of T-cell malignancies applies only to BCMA- and CD19-directed CAR-Ts.',
    'The boxed warning for T-cell malignancies is not limited to BCMA-directed CAR-Ts.',
    // A subordinate clause's past ("now that the REMS has ended") is its own.
    'Abecma still carries its boxed warnings now that the REMS has ended.',
    // A REMS kept before it was eliminated, not kept, or something else kept.
    'In 2019 the FDA extended the REMS for Yescarta.',
    'The FDA chose not to extend the REMS for Tecartus.',
    'The boxed warnings for Kymriah remain in place after the REMS was eliminated.',
    'The REMS for Abecma remained in place until June 2025.',
    'Critics say the REMS should remain in place for Carvykti.',
    'Carvykti carries a boxed warning for immune effector cell-associated enterocolitis.',
    'Tarlatamab carries a boxed warning for ICANS.',
    'Tecelra has a boxed warning for CRS.',
    'The CAR-T REMS was lifted in mid-2025.',
    'FDA eliminates CAR-T REMS in June 2025.',
    'Breyanzi was approved with a REMS in 2021.',
    'Kymriah’s boxed warning does not mention HLH/MAS.',
    // A product's label said to leave out a risk its boxed warning does not carry, a label no product owns, a silence
    // negated, a dated label (its time's, not today's) or another regulator's label: nothing denied.
    'The Yescarta label does not mention HLH/MAS.',
    'The Aucatzyl label does not mention a REMS.',
    'The leaflet does not mention parkinsonism.',
    'The label says nothing about parkinsonism.',
    'The Carvykti label does not omit HLH/MAS.',
    'The 2022 Carvykti label did not mention IEC-EC.',
    'The Carvykti label of March 2022 said nothing about IEC-EC.',
    'The 2022 Carvykti boxed warning did not mention IEC-EC.',
    'Before April 2024, the Yescarta boxed warning did not mention T cell malignancies.',
    'In Europe, the Carvykti label says nothing about HLH/MAS.',
    'The Carvykti label mentions HLH/MAS.',
    'CRS has never been observed in this cohort of Tecartus patients.',
    'CAR-T carries a risk of T-cell malignancies.',
    // A denied risk the boxed warnings do not name: the risk is its own phrase, not the words after it.
    'Tecartus carries no risk of causing new side effects.',
    'There is no risk of infusion reactions after Yescarta.',
    'Tocilizumab carries no risk of causing a new cancer.',
    'Breyanzi carries a risk of new blood cancers.',
    'Secondary T-cell malignancies have been reported after CAR-T.',
    'The REMS was eliminated, but the boxed warnings remain.',
    'The REMS for CAR-T products was eliminated in June 2025.',
    'Aucatzyl never had a REMS.',
    'Aucatzyl was approved without a REMS.',
    // A REMS ended at a date, or one the product was launched under, is history: not what it lacked at approval.
    'Kymriah has had no REMS since June 2025.',
    'Kymriah: no REMS since 2025.',
    'Launched under a REMS, Kymriah now has none.',
    'CAR-T labels carry a boxed warning for T-cell malignancies.',
    'Before June 2025, CAR-T could only be given at REMS-certified centers.',
    'Before the REMS was eliminated, Carvykti required certified centers.',
    'Before 2025, hospitals needed REMS certification to give Abecma.',
    'CAR-T labels still carry boxed warnings for CRS and neurologic toxicities.',
    "Carvykti's boxed warning also covers HLH/MAS.",
    'CRS is a boxed warning on every FDA-approved CAR-T label.',
    'No ICANS was ever observed in this cohort of Breyanzi patients.',
    'Boxed warnings stayed on the Breyanzi label after its REMS was removed.',
    'The CAR-T labels kept their black box warnings when the FDA dropped the REMS.',
    // A REMS named for a product (a trademark sign passed over) is that product's: a bispecific's REMS, which the
    // knowledge base does not hold, is not the CAR-T REMS.
    'This medicine is available only under a restricted distribution program called Lynozyfic™ REMS (Risk Evaluation and Mitigation Strategy) Program.',
    'This medicine is available only under a restricted distribution program called Tecvayli™ and Talvey™ REMS.',
    // A sentence that tells the REMS or its rule as ended names no REMS that applies now.
    'The budget still funds REMS certification training for the nurses; that requirement ended in June 2025.',
    'She kept her REMS wallet card for years after the FDA scrapped the programme.',
    // The year outside a "before" clause dates the main clause, not the REMS's end.
    'In 2018, before the REMS was removed, each hospital that gave these products had to keep tocilizumab on hand for every patient.',
    // "then" dates the REMS a past clause names; a certification denied after the REMS's end is no requirement.
    'The 2019 guide described the REMS then required for Breyanzi.',
    'The old leaflet listed the REMS then in force for Abecma.',
    'Since the end of the REMS in June 2025, hospitals need no special certification to give Kymriah.',
  ],
  invalid: [
    // A product's label, or its boxed warning, said not to mention or to leave out (the class of keeping silent) a risk
    // its boxed warning carries.
    {
      text: 'The Yescarta label does not mention secondary hematological malignancies.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'The Yescarta label does not mention secondary hematological malignancies.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'Carvykti’s boxed warning says nothing about HLH/MAS.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Carvykti’s boxed warning says nothing about HLH/MAS.',
          message: 'macrophage',
        },
      ],
    },
    {
      text: 'Tecartus’s label omits any warning about neurologic toxicities.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Tecartus’s label omits any warning about neurologic toxicities.',
          message: 'Neurologic',
        },
      ],
    },
    {
      text: 'The label for Carvykti is silent on HLH/MAS.',
      errors: [{ messageId: 'riskDenied', text: 'The label for Carvykti is silent on HLH/MAS.', message: 'Carvykti' }],
    },
    {
      text: 'Nor does the Carvykti label mention parkinsonism.',
      errors: [
        { messageId: 'riskDenied', text: 'Nor does the Carvykti label mention parkinsonism.', message: 'parkinsonism' },
      ],
    },
    // A passive link denied names the risk before it and the therapy after it.
    {
      text: 'Neurotoxicity is not linked to Abecma.',
      errors: [{ messageId: 'riskDenied', text: 'Neurotoxicity is not linked to Abecma.', message: 'labels warn' }],
    },
    {
      text: 'Secondary T-cell cancers have never been tied to Breyanzi.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Secondary T-cell cancers have never been tied to Breyanzi.',
          message: 'labels warn',
        },
      ],
    },
    // A topic right after the removal verb, with no contrast between, is removed.
    {
      text: 'In 2025 the clinic dropped the boxed warnings along with the REMS.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'In 2025 the clinic dropped the boxed warnings along with the REMS.',
        },
      ],
    },
    {
      text: 'The 2025 decision also removed the boxed warnings from every CAR-T label.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'The 2025 decision also removed the boxed warnings from every CAR-T label.',
        },
      ],
    },
    // "to give CAR-T" administers a product: an infinitive is no source's statement, and the sentence after it does
    // not correct one.
    {
      text: 'Hospitals still need REMS certification to give CAR-T. That requirement ended in June 2025.',
      errors: [{ messageId: 'noRemsNow', text: 'Hospitals still need REMS certification to give CAR-T.' }],
    },
    {
      text: 'The 2023 guide listed REMS certification as a requirement for Abecma centres; that requirement still applies.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'The 2023 guide listed REMS certification as a requirement for Abecma centres; that requirement still applies.',
        },
      ],
    },
    // Certification named with the REMS, not denied, is the REMS's requirement.
    {
      text: 'Today the REMS still requires certification for every centre giving Kymriah.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Today the REMS still requires certification for every centre giving Kymriah.',
        },
      ],
    },
    // "changed" updates a report only with a referring subject; unchanged, the report stands.
    {
      text: 'Our 2023 brochure said every CAR-T centre needs REMS certification. That has not changed.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Our 2023 brochure said every CAR-T centre needs REMS certification.',
        },
      ],
    },
    {
      text: 'Rule 7: hospitals must be REMS-certified to infuse axicabtagene ciloleucel.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Rule 7: hospitals must be REMS-certified to infuse axicabtagene ciloleucel.',
        },
      ],
    },
    {
      text: 'This medicine is available only through the Kymriah® REMS.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'This medicine is available only through the Kymriah® REMS.',
          message: 'the FDA eliminated the REMS for Kymriah in Jun 2025.',
        },
      ],
    },
    // A perfect reaches back to the approval.
    {
      text: 'Kymriah has been approved without a REMS.',
      errors: [{ messageId: 'remsAtApproval', text: 'Kymriah has been approved without a REMS.' }],
    },
    {
      text: 'FDA Ends REMS Programs for CAR T Cell Products\nThe REMS remains required for Kymriah.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'FDA Ends REMS Programs for CAR T Cell Products\nThe REMS remains required for Kymriah.',
        },
      ],
    },
    {
      text: 'Since the REMS removal, the 15-year long-term follow-up is no longer required.',
      errors: [
        {
          messageId: 'keptAfterRems',
          text: 'Since the REMS removal, the 15-year long-term follow-up is no longer required.',
        },
      ],
    },
    {
      text: 'Since the REMS removal, hospitals still require certification to give Kymriah.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Since the REMS removal, hospitals still require certification to give Kymriah.',
        },
      ],
    },
    {
      text: 'Aucatzyl joined the earlier CAR-Ts under a REMS program when it was approved.',
      errors: [
        {
          messageId: 'noRemsAtApproval',
          text: 'Aucatzyl joined the earlier CAR-Ts under a REMS program when it was approved.',
        },
      ],
    },
    // The warning's syndrome premodifying "boxed warning"; "only for" restricts it too.
    {
      text: 'The T-cell malignancy boxed warning applies only to BCMA-directed CAR-Ts.',
      errors: [
        {
          messageId: 'warningBeyond',
          text: 'The T-cell malignancy boxed warning applies only to BCMA-directed CAR-Ts.',
        },
      ],
    },
    {
      text: 'The FDA requires a boxed warning about T-cell cancers only for CD19-directed CAR-T products.',
      errors: [
        {
          messageId: 'warningBeyond',
          text: 'The FDA requires a boxed warning about T-cell cancers only for CD19-directed CAR-T products.',
        },
      ],
    },
    {
      text: 'Aucatzyl: REMS at approval.',
      errors: [{ messageId: 'noRemsAtApproval', text: 'Aucatzyl: REMS at approval.' }],
    },
    // The clause's own date outside the aside is judged.
    {
      text: 'The REMS programs, a requirement from the first approvals in 2017 onwards, were eliminated in June 2023.',
      errors: [
        {
          messageId: 'remsEliminatedOn',
          text: 'The REMS programs, a requirement from the first approvals in 2017 onwards, were eliminated in June 2023.',
          message: 'The REMS for 6 CAR-T products was eliminated on 2025-06-26, not in Jun 2023.',
        },
      ],
    },
    // "no warning about X": the warning denied, in a main clause or a relative clause on the product.
    {
      text: 'Carvykti carries no warning about secondary T-cell cancers.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Carvykti carries no warning about secondary T-cell cancers.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'Breyanzi, which has no warning for cytokine release syndrome, is given once.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Breyanzi, which has no warning for cytokine release syndrome, is given once.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'The REMS for Breyanzi requires certified treatment centers.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'The REMS for Breyanzi requires certified treatment centers.',
          message: /^No REMS applies now: the FDA eliminated the REMS for Breyanzi/,
        },
      ],
    },
    // A requirement the end of the REMS kept, said to have ended with it.
    {
      text: 'The FDA dropped the 15-year long-term follow-up requirement for Kymriah along with its REMS.',
      errors: [
        {
          messageId: 'keptAfterRems',
          text: 'The FDA dropped the 15-year long-term follow-up requirement for Kymriah along with its REMS.',
          message: /remained when the FDA eliminated the REMS in Jun 2025/,
        },
      ],
    },
    // The year a boxed warning came, against the year recorded for it.
    {
      text: 'The FDA added a boxed warning for T-cell malignancies to CAR-T labels in 2022.',
      errors: [
        {
          messageId: 'warningAddedIn',
          text: 'The FDA added a boxed warning for T-cell malignancies to CAR-T labels in 2022.',
          message: /came in Apr 2024, not in 2022/,
        },
      ],
    },
    // Coming onto the labels is the warning's addition.
    {
      text: 'In January 2023 a boxed warning on T-cell malignancies went onto the labels of every BCMA-directed CAR-T.',
      errors: [
        {
          messageId: 'warningAddedIn',
          text: 'In January 2023 a boxed warning on T-cell malignancies went onto the labels of every BCMA-directed CAR-T.',
          message: /came in Apr 2024, not in Jan 2023/,
        },
      ],
    },
    // Every approved member of a class, at the sentence's time.
    {
      text: 'Until 2019, every FDA-approved CAR-T came without a REMS.',
      errors: [
        {
          messageId: 'remsAtApproval',
          text: 'Until 2019, every FDA-approved CAR-T came without a REMS.',
          message: /Kymriah and Yescarta had a REMS at approval/,
        },
      ],
    },
    // A REMS required at the time of a product's approval, told with a temporal clause.
    {
      text: 'A REMS was required when Aucatzyl was approved in 2024.',
      errors: [{ messageId: 'noRemsAtApproval', text: 'A REMS was required when Aucatzyl was approved in 2024.' }],
    },
    // Both halves are false: the REMS ended, the boxed warnings did not.
    {
      text: 'The FDA scrapped the boxed warnings but kept the REMS for Breyanzi.',
      errors: [
        { messageId: 'noRemsNow', text: 'The FDA scrapped the boxed warnings but kept the REMS for Breyanzi.' },
        {
          messageId: 'boxedWarningsRemain',
          text: 'The FDA scrapped the boxed warnings but kept the REMS for Breyanzi.',
        },
      ],
    },
    // "ended" removes as "dropped" does; the REMS's end kept the boxed warnings and the long-term follow-up.
    {
      text: 'The June 2025 REMS removal also ended the boxed warnings for CRS on Kymriah.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'The June 2025 REMS removal also ended the boxed warnings for CRS on Kymriah.',
        },
      ],
    },
    {
      text: 'The FDA ended the 15-year follow-up requirement for Yescarta along with the REMS.',
      errors: [
        {
          messageId: 'keptAfterRems',
          text: 'The FDA ended the 15-year follow-up requirement for Yescarta along with the REMS.',
        },
      ],
    },
    // The same words said of a product, or with a definite subject, state its status.
    {
      text: 'The FDA can require a REMS for Kymriah, and it requires one today.',
      errors: [{ messageId: 'noRemsNow', text: 'The FDA can require a REMS for Kymriah, and it requires one today.' }],
    },
    {
      text: 'The REMS is a safety program that the FDA requires for Breyanzi.',
      errors: [{ messageId: 'noRemsNow', text: 'The REMS is a safety program that the FDA requires for Breyanzi.' }],
    },
    {
      text: 'The boxed warning about secondary T-cell malignancy only applies to BCMA-directed CAR-Ts.',
      errors: [
        {
          messageId: 'warningBeyond',
          text: 'The boxed warning about secondary T-cell malignancy only applies to BCMA-directed CAR-Ts.',
          message:
            /Yescarta.*also carry a boxed warning for secondary T-cell malignancy, not only BCMA-directed CAR-Ts/,
        },
      ],
    },
    {
      text: 'Breyanzi has no boxed warning now that its REMS has ended.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'Breyanzi has no boxed warning now that its REMS has ended.',
          // Every warning, the secondary malignancies included: short names keep the list whole.
          message: 'CRS; Neurologic toxicities and Secondary hematological malignancies (Breyanzi)',
        },
      ],
    },
    {
      text: 'The boxed warning for T-cell malignancies was removed from the Breyanzi label.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'The boxed warning for T-cell malignancies was removed from the Breyanzi label.',
          // The warning the sentence names comes first, with the kinds it includes.
          message: 'remain: Secondary hematological malignancies, including T cell malignancies',
        },
      ],
    },
    // A REMS kept, extended or imposed now (data/lexicon/rems-continuation-cues).
    {
      text: 'The FDA on 26 June 2025 extended the REMS for Breyanzi and Abecma.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'The FDA on 26 June 2025 extended the REMS for Breyanzi and Abecma.',
          message: 'eliminated the REMS for Breyanzi and Abecma',
        },
      ],
    },
    {
      text: 'The FDA said the REMS would remain in place for Carvykti.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'The FDA said the REMS would remain in place for Carvykti.',
          message: 'Jun 2025',
        },
      ],
    },
    {
      text: 'The REMS for Kymriah remains in place.',
      errors: [{ messageId: 'noRemsNow', text: 'The REMS for Kymriah remains in place.' }],
    },
    // The verdict is right (the boxed warning remains), but the message's fixed "Only the REMS was eliminated
    // (June 2025)" is wrong for Tecelra and tarlatamab, which had no REMS: the template needs that part from data.
    {
      text: 'Tecelra has no boxed warning.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'Tecelra has no boxed warning.',
          message: 'remain: CRS (Tecelra)',
        },
      ],
    },
    {
      text: 'Tarlatamab has no boxed warning.',
      errors: [
        { messageId: 'boxedWarningsRemain', text: 'Tarlatamab has no boxed warning.', message: 'Neurologic toxicity' },
      ],
    },
    // The perfect sums up to now, as "never" does; a label's "have not occurred following treatment with …".
    {
      text: 'Cytokine release syndrome has not been reported with Breyanzi.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Cytokine release syndrome has not been reported with Breyanzi.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'T cell malignancies have not occurred following treatment with CD19-directed CAR T cell therapies.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'T cell malignancies have not occurred following treatment with CD19-directed CAR T cell therapies.',
          message: 'labels warn',
        },
      ],
    },
    // The class of associating (data/lexicon/associating-verbs) in other forms and prepositions, denied.
    {
      text: 'Breyanzi has never been connected with cytokine release syndrome.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Breyanzi has never been connected with cytokine release syndrome.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'Breyanzi has not been linked with T-cell cancers.',
      errors: [
        { messageId: 'riskDenied', text: 'Breyanzi has not been linked with T-cell cancers.', message: 'labels warn' },
      ],
    },
    // A risk cue the relation's prefilter must let through ("linked to", data/lexicon/associating-verbs).
    {
      text: 'Breyanzi has never been linked to T-cell cancers.',
      errors: [
        { messageId: 'riskDenied', text: 'Breyanzi has never been linked to T-cell cancers.', message: 'labels warn' },
      ],
    },
    {
      text: 'Cytokine release syndrome has never been reported with Abecma.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'Cytokine release syndrome has never been reported with Abecma.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'No cytokine release syndrome has ever been observed with Yescarta.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'No cytokine release syndrome has ever been observed with Yescarta.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'CAR-T REMS programs were lifted in 2024.',
      errors: [
        {
          messageId: 'remsEliminatedOn',
          text: 'CAR-T REMS programs were lifted in 2024.',
          message: 'eliminated on 2025-06-26',
        },
      ],
    },
    {
      text: 'FDA ends REMS for autologous CAR-T in March 2024.',
      errors: [
        {
          messageId: 'remsEliminatedOn',
          text: 'FDA ends REMS for autologous CAR-T in March 2024.',
          message: 'eliminated on 2025-06-26',
        },
      ],
    },
    {
      text: 'Obe-cel was launched with a REMS.',
      errors: [{ messageId: 'noRemsAtApproval', text: 'Obe-cel was launched with a REMS.', message: 'without a REMS' }],
    },
    {
      // A REMS eliminated in 2025 was in place in 2022.
      text: 'Since 2022, Abecma has been available without a REMS.',
      errors: [
        {
          messageId: 'remsAtApproval',
          text: 'Since 2022, Abecma has been available without a REMS.',
          message: 'REMS at approval',
        },
      ],
    },
    {
      text: 'Launched under a REMS, Aucatzyl is given at certified centers.',
      errors: [
        {
          messageId: 'noRemsAtApproval',
          text: 'Launched under a REMS, Aucatzyl is given at certified centers.',
          message: 'without a REMS',
        },
      ],
    },
    {
      text: 'The Carvykti boxed warning does not include cytokine release syndrome.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'The Carvykti boxed warning does not include cytokine release syndrome.',
          message: 'labels warn',
        },
      ],
    },
    {
      text: 'CAR-T therapy does not carry a risk of T-cell malignancies.',
      errors: [
        {
          messageId: 'riskDenied',
          text: 'CAR-T therapy does not carry a risk of T-cell malignancies.',
          message: 'boxed warning',
        },
      ],
    },
    {
      text: 'The CAR-T REMS still requires certified centers.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'The CAR-T REMS still requires certified centers.',
          message: 'No REMS applies now',
        },
      ],
    },
    // A past existential at its own date: the REMS in force then.
    {
      text: 'In mid-2024 there was no REMS for Carvykti.',
      errors: [
        {
          messageId: 'remsInForce',
          text: 'In mid-2024 there was no REMS for Carvykti.',
          message: 'As of Aug 2024: A REMS for Carvykti was in force then.',
        },
      ],
    },
    {
      text: 'Kymriah was approved without a REMS.',
      errors: [
        { messageId: 'remsAtApproval', text: 'Kymriah was approved without a REMS.', message: 'REMS at approval' },
      ],
    },
    {
      text: 'Abecma can only be given at REMS-certified hospitals.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Abecma can only be given at REMS-certified hospitals.',
          message: 'eliminated',
        },
      ],
    },
    {
      text: 'Centers need REMS certification before they can infuse Breyanzi.',
      errors: [
        {
          messageId: 'noRemsNow',
          text: 'Centers need REMS certification before they can infuse Breyanzi.',
          message: 'No REMS applies now',
        },
      ],
    },
    {
      text: 'CAR-T products no longer carry a boxed warning for CRS.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'CAR-T products no longer carry a boxed warning for CRS.',
          message: /^The boxed warnings remain: Cytokine release syndrome \(\d+ products\)\./,
        },
      ],
    },
    {
      text: 'The boxed warnings on CAR-T labels have been removed.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'The boxed warnings on CAR-T labels have been removed.',
          message: 'boxed warnings remain',
        },
      ],
    },
    {
      text: 'After the REMS ended, the boxed warning on Abecma was withdrawn as well.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'After the REMS ended, the boxed warning on Abecma was withdrawn as well.',
          message: 'boxed warnings remain',
        },
      ],
    },
    {
      text: 'Carvykti carries no risk of T-cell malignancies.',
      errors: [
        { messageId: 'riskDenied', text: 'Carvykti carries no risk of T-cell malignancies.', message: 'boxed warning' },
      ],
    },
    // Any word of secondary-onset-words says "secondary"; "chance of" is a risk cue.
    {
      text: 'Yescarta carries no risk of later cancers.',
      errors: [
        { messageId: 'riskDenied', text: 'Yescarta carries no risk of later cancers.', message: 'boxed warning' },
      ],
    },
    {
      text: 'There is no chance of a second cancer after Carvykti.',
      errors: [
        { messageId: 'riskDenied', text: 'There is no chance of a second cancer after Carvykti.', message: 'Carvykti' },
      ],
    },
    {
      text: 'There is no known risk of new blood cancers after Tecartus.',
      errors: [{ messageId: 'riskDenied', text: 'There is no known risk of new blood cancers after Tecartus.' }],
    },
    {
      text: 'Yescarta carries no risk of causing a new cancer.',
      errors: [{ messageId: 'riskDenied', text: 'Yescarta carries no risk of causing a new cancer.' }],
    },
    {
      text: 'There is no risk of second cancers after Aucatzyl.',
      errors: [{ messageId: 'riskDenied', text: 'There is no risk of second cancers after Aucatzyl.' }],
    },
    {
      text: 'The updated Yescarta label removes the boxed warning for neurologic toxicities.',
      errors: [
        {
          messageId: 'boxedWarningsRemain',
          text: 'The updated Yescarta label removes the boxed warning for neurologic toxicities.',
        },
      ],
    },
    {
      text: 'New labels eliminate the boxed warnings for Tecartus.',
      errors: [{ messageId: 'boxedWarningsRemain', text: 'New labels eliminate the boxed warnings for Tecartus.' }],
    },
    // A REMS end that is denied, or a wrong year in the clause of the end itself, is still judged.
    {
      text: 'The FDA has not lifted the REMS, so centres must still be REMS-certified.',
      errors: [
        { messageId: 'noRemsNow', text: 'The FDA has not lifted the REMS, so centres must still be REMS-certified.' },
      ],
    },
    {
      text: 'The REMS was dropped in 2020, before Breyanzi was approved.',
      errors: [
        {
          messageId: 'remsEliminatedOn',
          text: 'The REMS was dropped in 2020, before Breyanzi was approved.',
          message: 'eliminated on 2025-06-26',
        },
      ],
    },
  ],
};
export default tests;
