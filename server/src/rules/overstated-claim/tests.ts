import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    // Efficacy wording whose subject is another treatment (data/lexicon/other-treatment-heads).
    'Unlike CAR-T, which helps only some patients, surgery cures most small rectal NETs.',
    'Combination chemotherapy cures most children with Hodgkin lymphoma, so CAR-T is rarely needed.',
    // "ALL" in capitals is the disease, not a quantifier.
    'Kymriah is approved for ALL patients 25 years and younger whose disease has not responded to treatment.',
    // A downtoner in the phrase's own predicate denies the absolute claim.
    'Standard chemotherapy rarely cures relapsed large B-cell lymphoma, which is why CAR-T is offered.',
    'Although steroids control symptoms, these treatments seldom lead to cures.',
    // So does a frequency short of always: a hedge, not an absolute claim.
    'Standard treatment often cures childhood leukaemia; CAR-T is kept for the leukaemia that comes back.',
    'CAR-T therapy sometimes cures lymphoma that has relapsed after chemotherapy.',
    // A split infinitive keeps its "to": an adverb between it and the verb of yielding leaves the cures an aim.
    'Shared trial data can help sponsors to quickly deliver more cures and safer treatments to children.',
    'The agency wants to accelerate review and efficiently bring new cures to patients with rare cancers.',
    // A goal: a gerund after "towards" names where a field is heading, not what it does.
    'Gene therapy developers are moving quickly towards delivering cures for inherited blood disorders with cell therapy.',
    // "cures" as a noun names a goal or a field, not what a therapy does: the object of a search, an aim's infinitive,
    // a coordinated field noun.
    'Our charity funds the search for cures, and Kymriah grew out of such work.',
    'Advances in treatments and cures for leukemia have been uneven, even with Kymriah.',
    'The plan is to deliver better treatments and cures to children, including CAR T-cell therapy.',
    'The bill will enable doctors to treat more children and deliver treatments and cures with CAR T-cell therapy.',
    // A universal population beside another noun than efficacy: the reach of access.
    'We want effective access to CAR-T therapy and follow-up care for everyone who needs it.',
    // A wish, like a hope.
    'We dream of a day when CAR-T cures every child with leukemia.',
    // A hope about the future, a relative clause that restricts the subject, and a case report's past.
    'Researchers hope that CAR T-cell therapy will cure more patients one day.',
    'All patients who were treated with Kymriah and achieved remission were followed for 5 years.',
    'The patient had no notable adverse effects after the CAR-T infusion.',
    'The therapy induced remission in the patient with no notable adverse effects.',
    'All patients who go into remission after Breyanzi are followed for 15 years.',
    'All patients treated with CAR-T benefit from close monitoring after infusion.',
    'In some patients, CAR-T can eliminate advanced cancer for long periods; some appear cured.',
    'CAR-T therapy does not work for everybody.',
    'CAR T-cell therapy is not free of side effects.',
    'It is a myth that CAR-T cures cancer.',
    // A colon between two clauses with verbs of their own: the negated verb of saying after it is the second's own.
    'He does not exaggerate: his leaflet never says CAR-T cures cancer.',
    'Does CAR-T cure cancer?',
    'CAR-T may cure some patients with leukemia.',
    'Patients are monitored in every case for CRS.',
    'The weather is completely safe today.',
    'CAR-T can produce durable remissions in some patients.',
    'Kymriah does not cure every patient.',
    'Carvykti produced durable responses in many patients with myeloma.',
    'Critics say Kymriah is completely safe, but the label carries boxed warnings.',
    'CAR T cells kill cancer cells, yet relapse happens in many patients.',
    'CAR-T does not eliminate every cancer cell in every patient.',
    // A denied risk that names its harm is the safety relation's to judge against the labels.
    'Unlike donor-derived products, autologous CAR-T cells carry no risk of graft-versus-host disease.',
    // A word that names a member of Object.prototype is no harm noun.
    'Kymriah has no toxic constructor.',
    // Safety wording before another noun describes that noun (the vector), not the therapy.
    'Breyanzi is made by putting the CAR gene into your T cells with a harmless virus.',
    'A harmless modified virus delivers the receptor gene to the T cells collected for Tecartus.',
    // Safety wording in a relative clause describes the noun the clause hangs on.
    'Variants that are thought to be harmless (benign) are not used to choose between Kymriah and Yescarta.',
    // A 100% rate seen in a named study or cohort is that group's; a lower rate, another noun's rate and a denial.
    'In the phase 1 trial, the response rate with Carvykti was 100%.',
    'A 100% complete response rate was seen in the six-patient cohort treated with Kymriah.',
    'Carvykti had a 98% response rate in heavily pretreated myeloma.',
    'CAR-T therapy led to a 100% increase in response to later treatment.',
    'No CAR-T therapy has a 100% response rate.',
    '100% of patients treated with Kymriah had some CRS.',
    // An absence of counted harms in the study, cohort or data it was seen in is that group's observation.
    'Data from 300 mice given CAR-transduced stem cells showed normal engraftment, with no adverse events.',
    'In the phase 1 cohort, no adverse events led to discontinuation of Tecartus.',
    // Beyond the claim budget: not judged (unsupported-claim says so).
    `Kymriah cures cancer${' and lymphoma'.repeat(150)}.`,
  ],
  invalid: [
    // A property is no count: "safe" stays a claim in a study's clause, and harms denied of a therapy without one.
    {
      text: 'Kymriah is completely safe, the trial shows.',
      errors: [{ messageId: 'safety', text: 'completely safe' }],
    },
    {
      text: 'Kymriah causes no adverse events, unlike chemotherapy.',
      errors: [{ messageId: 'safety', text: 'no adverse events' }],
    },
    // A relative clause on a therapy noun or a product speaks of the therapy.
    {
      text: 'Breyanzi is a therapy that is harmless.',
      errors: [{ messageId: 'safety', text: 'harmless' }],
    },
    {
      text: 'Kymriah, which is harmless, treats ALL.',
      errors: [{ messageId: 'safety', text: 'harmless' }],
    },
    // A rate of 100% for a response outcome, before its noun or after the rate.
    {
      text: 'Carvykti delivers a 100% complete response rate in myeloma.',
      errors: [{ messageId: 'efficacy', text: '100% complete response' }],
    },
    {
      text: 'The remission rate with Kymriah therapy is 100% in children with ALL.',
      errors: [{ messageId: 'efficacy', text: 'remission rate with Kymriah therapy is 100%' }],
    },
    {
      text: 'Breyanzi gives 100 percent remissions in CLL.',
      errors: [{ messageId: 'efficacy', text: '100 percent remissions' }],
    },
    // "always" is no frequency hedge.
    {
      text: 'Kymriah always cures ALL.',
      errors: [{ messageId: 'efficacy', text: 'always cures' }],
    },
    // A treatment after a preposition is not the subject.
    {
      text: 'CAR-T after chemotherapy cures every patient.',
      errors: [{ messageId: 'efficacy', text: 'cures' }],
    },
    {
      text: 'Abecma produced responses in every patient treated.',
      errors: [{ messageId: 'efficacy', text: 'in every patient' }],
    },
    // A downtoner in another predicate leaves the absolute claim standing.
    {
      text: 'Chemotherapy rarely works here, but Kymriah cures leukemia.',
      errors: [{ messageId: 'efficacy', text: 'cures' }],
    },
    // A promise with "will" is no possibility.
    {
      text: 'Abecma will cure your myeloma.',
      errors: [{ messageId: 'efficacy', text: 'will cure' }],
    },
    // The main predicate after a relative clause with its own verb.
    {
      text: 'Everyone who receives Yescarta is cured.',
      errors: [{ messageId: 'efficacy', text: 'Everyone who receives Yescarta is cured' }],
    },
    {
      text: 'Every patient treated with Breyanzi went into complete remission.',
      errors: [{ messageId: 'efficacy', text: 'Every patient treated with Breyanzi went into complete remission' }],
    },
    {
      text: 'With Tecartus, every treated patient achieves a complete response.',
      errors: [{ messageId: 'efficacy', text: 'every treated patient achieves a complete' }],
    },
    // Before a therapy noun, or said of the therapy, the same wording is the therapy's.
    {
      text: 'Breyanzi is a harmless treatment for lymphoma.',
      errors: [{ messageId: 'safety', text: 'harmless' }],
    },
    {
      text: 'Abecma carries no risk.',
      errors: [{ messageId: 'safety', text: 'no risk' }],
    },
    {
      text: 'Tecartus is harmless for most patients.',
      errors: [{ messageId: 'safety', text: 'harmless' }],
    },
    // A denied harm with a modifier.
    {
      text: 'Kymriah has no serious side effects.',
      errors: [{ messageId: 'safety', text: 'no serious side effects' }],
    },
    {
      text: 'Each patient given Carvykti goes into remission.',
      errors: [
        {
          messageId: 'efficacy',
          text: 'Each patient given Carvykti goes into remission',
          message: 'overstates efficacy',
        },
      ],
    },
    {
      text: 'He does not hedge: his leaflet says CAR-T cures cancer.',
      errors: [{ messageId: 'efficacy', text: 'cures', message: 'overstates efficacy' }],
      output: 'He does not hedge: his leaflet says CAR-T can induce lasting remissions of cancer.',
    },
    {
      text: 'CAR T cures cancer.',
      errors: [{ messageId: 'efficacy', text: 'cures', message: 'overstates efficacy' }],
      output: 'CAR T can induce lasting remissions of cancer.',
    },
    {
      text: 'Kymriah is 100% effective.',
      errors: [{ messageId: 'efficacy', text: '100% effective' }],
      output: 'Kymriah is effective in some patients.',
    },
    {
      text: 'CAR T-cell therapy is free of side effects.',
      errors: [{ messageId: 'safety', text: 'free of side effects', message: 'overstates safety' }],
      output: 'CAR T-cell therapy is not free of side effects.',
    },
    {
      text: 'Abecma works for everyone with myeloma.',
      errors: [{ messageId: 'efficacy', text: 'works for everyone' }],
    },
    {
      text: 'This treatment guarantees remission.',
      errors: [{ messageId: 'efficacy', text: 'guarantees' }],
      output: 'This treatment may lead to remission.',
    },
    {
      text: 'CAR-T is completely safe.',
      errors: [{ messageId: 'safety', text: 'completely safe' }],
      output: 'CAR-T is not without serious risks.',
    },
    {
      text: 'CAR T-cell therapy is effective in every patient.',
      errors: [{ messageId: 'efficacy', text: 'effective in every' }],
    },
    { text: 'CAR-T therapy always works.', errors: [{ messageId: 'efficacy', text: 'always works' }] },
    { text: 'Kymriah guarantees remission.', errors: [{ messageId: 'efficacy', text: 'guarantees' }] },
    {
      text: 'Tisa-cel has no side effects.',
      errors: [{ messageId: 'safety', text: 'no side effects', message: 'overstates safety' }],
      output: 'Tisa-cel has side effects, some of them serious.',
    },
    {
      text: 'Carvykti cures multiple myeloma in every patient.',
      errors: [{ messageId: 'efficacy', text: 'cures', message: 'overstates efficacy' }],
      // Rewriting "cures" leaves "in every patient", still absolute: no fix rather than one that is flagged again.
      output: null,
    },
    { text: 'Kymriah is completely safe.', errors: [{ messageId: 'safety', text: 'completely safe' }] },
    {
      text: 'Breyanzi eradicates all cancer cells in lymphoma.',
      errors: [{ messageId: 'efficacy', text: 'eradicates all cancer cells', message: 'overstates efficacy' }],
    },
    {
      text: 'After CAR-T therapy, patients never relapse.',
      errors: [{ messageId: 'efficacy', text: 'never relapse', message: 'overstates efficacy' }],
      output: 'After CAR-T therapy, patients may still relapse.',
    },
    {
      text: 'Cell therapy developers are delivering cures for inherited blood disorders.',
      errors: [{ messageId: 'efficacy', text: 'cures' }],
    },
    {
      // The noun as the object of a verb of yielding, after a coordinated object noun.
      text: 'CAR T-cell therapy offers remissions and cures for every patient with lymphoma.',
      errors: [{ messageId: 'efficacy', text: 'cures' }],
    },
    {
      // The efficacy word's own complement between it and the universal population.
      text: 'Kymriah achieved lasting remissions of leukemia in every patient.',
      errors: [{ messageId: 'efficacy', text: 'in every patient' }],
    },
  ],
};
export default tests;
