import type { RelationTests } from '../types';

const one = (messageId: string, text: string, message?: string | RegExp) => ({
  text,
  errors: [{ messageId, text, ...(message ? { message } : {}) }],
});

const tests: RelationTests = {
  valid: [
    // A rule said by a verb of forbidding or requiring, or as "N weeks of" it: denied, of the past, of another
    // regulator, of the current amount, or an observation with no requirement, it says nothing false. "may not" before
    // a rule that is no prohibition ("may not need to") stays a doubt.
    'The label no longer forbids driving for eight weeks after Abecma.',
    'The Abecma label does not prohibit driving for eight weeks.',
    'In the EU, the label forbids driving for 8 weeks after Yescarta.',
    'Until June 2025, the Kymriah label prohibited driving for eight weeks.',
    'Patients may not drive for two weeks after Carvykti.',
    // The class of prohibiting with "from driving", and a negated permitting verb with "drive": the current amount, a
    // negated prohibition, a past one with a date, and a permission that is no prohibition.
    'The Yescarta label bars patients from driving for 2 weeks.',
    'Don’t let Breyanzi patients drive for 2 weeks.',
    'The label does not keep patients from driving for 8 weeks after Yescarta.',
    'Before 2025, the label kept patients from driving for 8 weeks after Yescarta.',
    'Kymriah’s label allows patients to drive after 8 weeks.',
    'Patients may not need to stay near the center for four weeks after Breyanzi.',
    'After 15 years of follow-up, most Kymriah patients were alive.',
    'The FDA requires 15 years of long-term follow-up after Breyanzi.',
    // A sentence naming no therapy takes its paragraph's or section's one: not another treatment's section or sentence,
    // nor a heading that turns away from the therapy or dates the section, nor a paragraph naming two.
    '# After your stem cell transplant\n\nStay close to the hospital for three months after the infusion.',
    '# CAR-T aftercare\n\nAfter a bone marrow transplant, stay nearby for three months.',
    '# Alternatives to CAR-T\n\nStay near the hospital for three months after discharge.',
    '# CAR-T aftercare (2023 edition)\n\nStay near the treatment centre for four weeks after the infusion.',
    '# After your CAR-T infusion\n\nPlan to stay near the treatment centre for at least two weeks.',
    'Kymriah and Amtagvi are given once. Afterwards, stay nearby for three months.',
    // "The first month" is one month; the label as the rule's source makes it a requirement; the current amount is true.
    'For the first two weeks after the infusion, stay close to the treatment centre, as the current label recommends.',
    'Under the current label, plan to stay near your treatment center for 2 weeks after the infusion.',
    'Most patients chose to stay near the hospital for the first month after their infusion.',
    'After your Kymriah infusion you will not be allowed to drive for 2 weeks.',
    'Driving is prohibited for two weeks after a Kymriah infusion.',
    'Patient leaflets must make clear that driving is not permitted for 2 weeks after a Yescarta infusion.',
    // A duration after "for" measures the predicate before it: a measure named later is not what it measures.
    'Blood tests will be required for the first 3 months after the infusion, followed by visits every few months.',
    'Scans are needed for the first 3 months after the infusion, and long-term follow-up continues later.',
    // A date after a former or compared value dates that value; one in a later clause bounds that clause only.
    'Patients now avoid driving for 2 weeks, compared with 8 weeks before July 2025.',
    'Patients avoid driving for 2 weeks after infusion; before 2025 the rule was 8 weeks.',
    // A fronted year the earlier amount held in; another regulator's rule; a past duration is an observation.
    'In 2024, CAR-T labels told patients to stay near the treatment center for 4 weeks after infusion.',
    'In the EU, patients treated with Kymriah are told not to drive for 8 weeks after infusion.',
    'Median follow-up after Kymriah lasted 5 years.',
    // A permission with the restriction's length, for someone else, after another event, dated, negated or set apart.
    'Patients can drive again the day after the two-week restriction ends.',
    'Patients may drive home right after the consultation, two weeks after their Yescarta infusion.',
    'Your caregiver may drive you home the day after the Kymriah infusion.',
    'There is no driving restriction for caregivers after a CAR-T infusion.',
    'In 2016, there was no driving restriction after CAR-T infusion.',
    'It is not safe to drive the day after your Abecma infusion.',
    'You can drive the day after a lumbar puncture, but not after a CAR-T infusion.',
    'In the EU, there is no driving restriction after Kymriah.',
    // Long-term monitoring is not the monitoring in the weeks after an infusion.
    'After Kymriah, long-term monitoring must continue for 15 years.',
    'Long-term follow-up after CAR-T lasts 15 years.',
    // A label that calls for a rule states it as a requirement; a trial's protocol does not.
    'Current labels call for monitoring for at least 2 weeks after a Breyanzi infusion.',
    'The trial protocol calls for follow-up visits for 5 years after a Kymriah infusion.',
    'Some centre protocols require monitoring for 4 weeks after a Breyanzi infusion.',
    'Since the REMS ended, patients treated with Kymriah are told not to drive for 2 weeks.',
    // Monitoring as the purpose of another rule: the amount is that rule's.
    'After Abecma, you will need to stay at the hospital for at least 10 days so that your team can monitor you.',
    'Under current labels, patients treated with Kymriah should be monitored for at least 2 weeks after the infusion.',
    'Patients should be monitored daily for at least 1 week after a Breyanzi infusion.',
    // Monitoring for new malignancies is lifelong: for life agrees, a denied end or a trial's schedule is not judged.
    'Checks for new cancers after CAR-T continue for the rest of your life.',
    'Patients treated with Kymriah must be monitored for secondary T-cell malignancies for life.',
    'Checks for new cancers after CAR-T should not stop after five years.',
    // "ends at": the time the rule ends, here the recorded one; a place after "at" is no amount.
    'Long-term follow-up after Kymriah ends at 15 years.',
    'Daily monitoring after Yescarta ends at the treatment center.',
    'In ZUMA-1, patients were screened for new cancers for 2 years.',
    'Patients need checks for new cancers for the rest of their lives after CAR-T.',
    // Monitoring in the weeks after an infusion is not monitoring for new malignancies, nor an end without an amount.
    'After a Kymriah infusion, patients should be monitored for at least 2 weeks.',
    'Daily monitoring can stop once the team is satisfied.',
    // "is needed" makes a rule; its past is a trial's observation.
    'Daily monitoring is needed for at least one week after a Kymriah infusion.',
    'In the trial, daily monitoring was needed for 3 days after a Kymriah infusion.',
    // A trial's observation, without a requirement: not the label's rule.
    'In the trial, patients treated with Kymriah were monitored for 4 weeks after the infusion.',
    // Two amounts in one clause: which measure each belongs to is not read.
    'Patients treated with Kymriah should be monitored for 2 weeks, daily for the first 1 week.',
    'The ICE score is a 10-point scale.',
    // A range a copula or an appositive gives the score, at the recorded one; without a scale noun, scores seen.
    'The ICE score is a 0–10 scale.',
    'Patients were assessed with the ICE score, a 0-10 point scale, every day.',
    'The ICE score, 0–5 in most patients, recovered within a week.',
    // No therapy named: the rule of the one class that records it; an earlier amount may be an undated text of its time.
    'After your infusion, you should not drive for 8 weeks.',
    // A trial's schedule, even with a requirement word: the protocol's, not the label's.
    'Patients in ZUMA-1 were followed for 2 years after infusion, as the protocol required.',
    // A product the follow-up record does not list: which amount applies is not known.
    'Patients treated with Aucatzyl must be followed for 5 years.',
    'After your infusion you must not drive for 2 weeks.',
    'You will need to stay near your treatment center for 2 weeks after your infusion.',
    'After a Kymriah infusion, you should not drive for 2 weeks.',
    'Patients treated with Abecma must stay near the treatment center for 2 weeks.',
    'After a CAR-T infusion, patients need to remain close to the treatment center for at least two weeks.',
    'Do not drive or use heavy machinery for 14 days after your CAR-T infusion.',
    // A past rule is judged against the amounts recorded at any time.
    'Before the REMS ended in 2025, patients were told not to drive for 8 weeks after a CAR-T infusion.',
    // A verb of telling in the simple past tells a rule of its time.
    'The 2018 Kymriah label told patients not to drive for eight weeks.',
    'The original Yescarta label required patients to stay near the treatment center for 4 weeks.',
    'Until June 2025, Yescarta patients had to stay near the treatment center for 4 weeks.',
    'Until 2025, Kymriah patients had to avoid driving for 8 weeks after infusion.',
    'Since July 2025, Kymriah patients have had to stay near the treatment center for 2 weeks.',
    // A dated sentence is judged as of its date.
    'As of May 2024, CAR-T patients must not drive for 8 weeks after infusion.',
    '---\ndate: 2024-03\n---\n\nKymriah patients must not drive for 8 weeks after infusion.',
    // The rule denied, not stated.
    'CAR-T patients no longer need to stay near the treatment center for 4 weeks.',
    // Not near a place of treatment; no requirement (an observation); two rules in one clause.
    'After a CAR-T infusion, stay close to your family for 4 weeks.',
    'In the trial, CAR-T patients stayed near the treatment center for a median of 30 days.',
    // Aucatzyl had no REMS: the amounts recorded for the six CAR-Ts that had one say nothing of it.
    'Aucatzyl patients must stay near the treatment center for 4 weeks.',
    'Kymriah and Aucatzyl patients must not drive for 8 weeks.',
    'CAR-T patients must be followed in long-term follow-up for 15 years.',
    'The FDA requires 15-year long-term follow-up after CAR T-cell therapy.',
    'CAR-T trials report a median long-term follow-up of 5 years.',
    'The ICE score ranges from 0 to 10 points.',
    'ICE scores range between 0 and 10 points.',
    // "scored from": the score's range, said of the screen; a patient's scores are not the range.
    'ICANS was graded with the ICE score, a screen scored from 0 to 10.',
    'Patients scored from 0 to 5 on the ICE score.',
    'Under the 2019 ASTCT consensus, adults with ICANS are graded with the 10-point ICE score.',
    // A band of the score, not its range.
    'An ICE score of 7–9 corresponds to grade 1 ICANS.',
    // A denied rule: an amount the label set only before may be denied; a denial tied to the REMS, a habit without a
    // requirement, monitoring's place, another regulator's or a dated rule are not judged.
    'The eight-week driving restriction after CAR-T is no longer part of the label.',
    'Patients are no longer required to stay near the treatment centre for four weeks after CAR-T.',
    'The 8-week driving restriction after Yescarta was dropped with the REMS.',
    'The REMS no longer requires patients to stay near a certified treatment center after Kymriah.',
    'Kymriah patients no longer need to be monitored at a certified REMS hospital.',
    'After infusion, patients are no longer monitored in the ICU.',
    'Patients treated with Abecma no longer stay near the hospital, says the nurse.',
    'In the EU, Kymriah patients are no longer required to stay near the treatment center.',
    'In 2024, Kymriah patients were no longer required to avoid driving.',
    // A label line's value: the rule must name the line ("Median follow-up: 24 months" is a trial's observation).
    'Median follow-up after Kymriah: 24 months.',
    'The driving restriction after Yescarta: 2 weeks.',
    // A change of amount: both amounts as recorded; one the record lacks (a rule never changed, no therapy or infusion
    // named) or another regulator's is not judged.
    'The FDA cut the driving restriction after CAR-T from 8 weeks to 2 weeks.',
    'The stay near the treatment center after Kymriah was shortened from 4 to 2 weeks.',
    'Daily monitoring after infusion was reduced from 2 to 1 week.',
    'The recommended stay near the treatment center was shortened from 8 to 2 weeks.',
    'In the EU, the driving restriction after Kymriah went from 8 to 4 weeks.',
  ],
  invalid: [
    {
      text: 'The Carvykti label keeps patients from driving for 8 weeks.',
      errors: [{ messageId: 'outdated', text: 'The Carvykti label keeps patients from driving for 8 weeks.' }],
    },
    {
      text: '### Discharge teaching\n- Don’t let Breyanzi patients drive for 8 weeks (label)',
      errors: [{ messageId: 'outdated', text: 'Don’t let Breyanzi patients drive for 8 weeks (label)' }],
    },
    // The therapy of the section heading, a title line or the paragraph's earlier sentence.
    {
      text: '# After your CAR-T infusion\n\nDo not drive for eight weeks.',
      errors: [{ messageId: 'outdated', text: 'Do not drive for eight weeks.' }],
    },
    {
      text: 'Yescarta is given once. Afterwards, you must stay near the treatment centre for three months.',
      errors: [{ messageId: 'amount', text: 'Afterwards, you must stay near the treatment centre for three months.' }],
    },
    {
      text: 'Monitoring after Abecma\n\nDaily monitoring is needed only for the first two days.',
      errors: [{ messageId: 'amount', text: 'Daily monitoring is needed only for the first two days.' }],
    },
    one(
      'amount',
      'Current labels call for monitoring for at least 8 weeks after a Breyanzi infusion.',
      /at least 2 weeks/,
    ),
    one('outdated', 'After your Kymriah infusion you must stay near the treatment center for the first month.'),
    one(
      'outdated',
      'Under the current label, you will not be allowed to drive for eight weeks after receiving Yescarta.',
    ),
    // A label that forbids or mandates the rule, "may not" as a prohibition, and "N years of" the rule.
    one('outdated', 'The Kymriah label prohibits driving for eight weeks after the infusion.'),
    one('outdated', 'The Yescarta label forbids driving for 8 weeks after infusion.'),
    one('outdated', 'Patients may not drive for eight weeks after Carvykti.'),
    one('outdated', 'The Tecartus label mandates a four-week stay near the treatment center.'),
    one('amount', 'The FDA mandates five years of long-term follow-up after Kymriah.'),
    one('amount', 'The FDA requires 2 years of long-term follow-up after Breyanzi.'),
    // A passive prohibition of driving, alone or in what a leaflet must state.
    one('outdated', 'Driving is prohibited for eight weeks after a Kymriah infusion.'),
    one(
      'outdated',
      'Patient leaflets must make clear that driving is not permitted for eight weeks after a Yescarta infusion.',
    ),
    // A past tense inside a relative clause does not date the label's rule.
    one(
      'outdated',
      'After your Abecma infusion, the current label asks you to stay close to the hospital where you were treated for 4 weeks.',
    ),
    one('amount', 'Under the current label, plan to stay near your treatment center for 6 weeks after the infusion.'),
    // A rule the label still sets, denied now; a denied amount that is the current one.
    one(
      'remains',
      'The driving restriction after CAR-T is no longer part of the label.',
      'The driving restriction after infusion still applies: 2 weeks (since Jun 2025).',
    ),
    one('remains', 'Patients are no longer required to stay near the treatment centre after Breyanzi.'),
    one('remains', 'After your infusion, you no longer need to stay near the treatment centre.'),
    one('remains', 'Long-term follow-up after Yescarta is no longer required.', /15 years/),
    one('remains', 'The stay near the treatment center after Carvykti was dropped.'),
    one('remains', 'The two-week driving restriction after CAR-T was lifted.'),
    // Driving permitted at once, or no restriction at all, while the label sets one.
    one(
      'remains',
      'You are free to drive the day after your Kymriah infusion.',
      'The driving restriction after infusion still applies: 2 weeks (since Jun 2025).',
    ),
    one('remains', 'After CAR-T infusion you can get behind the wheel straight away.'),
    one('remains', 'There is no driving restriction after a Carvykti infusion.'),
    one('remains', 'Breyanzi patients face no limits on driving after infusion.'),
    one('outdated', 'Driving restriction after CAR-T infusion: 8 weeks.'),
    one('amount', 'Long-term follow-up after Kymriah: 5 years.', 'Long-term follow-up is 15 years, not 5 years.'),
    one('outdated', 'No driving after a Yescarta infusion: 8 weeks.'),
    one(
      'change',
      'The FDA cut the driving restriction after CAR-T from 4 weeks to 2 weeks.',
      'The driving restriction after infusion went from 8 weeks to 2 weeks, not from 4 weeks to 2 weeks.',
    ),
    one('change', 'The driving restriction after Kymriah went from 8 to 4 weeks.'),
    one('change', 'After the infusion, the stay near the treatment center was shortened from 8 to 2 weeks.'),
    one(
      'amount',
      'Long-term follow-up will be required for only 3 months after the infusion, followed by routine visits.',
    ),
    // Any end of a lifelong rule: by a verb that ends it, or a duration with a requirement.
    one('amount', 'Checks for new cancers after CAR-T can stop after five years.', /lifelong, not five years/),
    one('amount', 'After Yescarta, long-term follow-up ends at five years.', /15 years, not five years/),
    one('amount', 'Regular checks for new cancers after Abecma can stop one year after treatment.'),
    one('amount', 'Patients treated with Breyanzi must be monitored for new malignancies for 2 years.'),
    // "need" with a noun object is a requirement as "need to" is.
    one('amount', 'Patients need monitoring for new cancers for two years after CAR-T.', /lifelong, not two years/),
    one('amount', 'Under the updated labels, daily monitoring is needed for only three days after the infusion.'),
    // A fronted year dates the rule: the amount of that year.
    one(
      'amountThen',
      'In 2024, CAR-T labels told patients not to drive for 2 weeks after infusion.',
      /was 8 weeks in 2024/,
    ),
    // A duration verb after the rule: the rule is its subject.
    one('amount', 'Long-term follow-up after CAR-T lasts 5 years.', /is 15 years, not 5 years/),
    // The follow-up told by its verb, of the class or a product the record applies to.
    one(
      'amount',
      'The FDA requires that people treated with CAR-T be followed for ten years.',
      /is 15 years, not ten years/,
    ),
    one('amount', 'Patients treated with Kymriah must be followed for 5 years.', /is 15 years/),
    // The end of the REMS dates what follows from the day it is recorded, with no therapy named.
    one('outdated', 'Since the REMS ended, patients are told not to drive for 8 weeks after infusion.'),
    // After an auxiliary, the same verb tells the rule now.
    one('outdated', 'Breyanzi recipients are told to stay close to the treatment center for four weeks.'),
    one('outdated', 'The Abecma label has required patients to stay near the treatment center for 4 weeks.'),
    {
      text: 'Under current labels, patients treated with tisagenlecleucel should be monitored for at least 4 weeks after the infusion.',
      errors: [
        {
          messageId: 'amount',
          text: 'Under current labels, patients treated with tisagenlecleucel should be monitored for at least 4 weeks after the infusion.',
        },
      ],
    },
    {
      text: 'Patients treated with Kymriah should be monitored daily for at least 2 weeks after the infusion.',
      errors: [
        {
          messageId: 'amount',
          text: 'Patients treated with Kymriah should be monitored daily for at least 2 weeks after the infusion.',
        },
      ],
    },
    // A copula gives the score its points.
    {
      text: 'The ICE score is a 100-point scale.',
      errors: [{ messageId: 'scoreRange', text: 'The ICE score is a 100-point scale.' }],
    },
    {
      text: 'ICE is a 0-5 scale.',
      errors: [{ messageId: 'scoreRange', text: 'ICE is a 0-5 scale.', message: /not 0–5/ }],
    },
    {
      text: 'Neurotoxicity was assessed daily with the ICE score, a 0-5 point scale.',
      errors: [
        {
          messageId: 'scoreRange',
          text: 'Neurotoxicity was assessed daily with the ICE score, a 0-5 point scale.',
          message: /not 0–5/,
        },
      ],
    },
    {
      text: 'You will need to stay near your treatment centre for 8 weeks after your infusion.',
      errors: [
        {
          messageId: 'amount',
          text: 'You will need to stay near your treatment centre for 8 weeks after your infusion.',
          message: /stay near the treatment center.*2 weeks/,
        },
      ],
    },
    {
      text: 'After the infusion, do not drive for 6 weeks.',
      errors: [
        {
          messageId: 'amount',
          text: 'After the infusion, do not drive for 6 weeks.',
          message: /driving restriction.*2 weeks/,
        },
      ],
    },
    one('amount', 'After a Kymriah infusion, you should not drive for 3 weeks.', /driving restriction.*2 weeks/),
    one(
      'outdated',
      'After a Kymriah infusion, you should not drive for 8 weeks.',
      'The driving restriction after infusion was 8 weeks until Jun 2025; since then it is 2 weeks.',
    ),
    one('outdated', 'Patients treated with Abecma must stay near the treatment center for 4 weeks.'),
    one(
      'outdated',
      'After a CAR-T infusion, patients need to remain close to the treatment center for at least four weeks.',
    ),
    one('outdated', 'Do not drive or use heavy machinery for 8 weeks after your CAR-T infusion.'),
    // No therapy named, but the present named: an earlier amount is no text of its time.
    one('outdated', 'After your infusion you must not drive for 8 weeks, as the current label requires.'),
    one('outdated', 'Since the REMS ended in 2025, patients are told not to drive for 8 weeks after a CAR-T infusion.'),
    {
      // The document's date scopes "must": in March 2024 the label said 8 weeks.
      text: '---\ndate: 2024-03\n---\n\nKymriah patients must not drive for 2 weeks after infusion.',
      errors: [
        {
          messageId: 'amount',
          text: 'Kymriah patients must not drive for 2 weeks after infusion.',
          message: 'The driving restriction after infusion is 8 weeks, not 2 weeks.',
        },
      ],
    },
    // A past rule the sentence dates is judged by the record of its date, not by every amount ever recorded.
    one(
      'amount',
      'Until 2025, Kymriah patients had to avoid driving for 2 weeks after infusion.',
      'As of Dec 2024: The driving restriction after infusion is 8 weeks, not 2 weeks.',
    ),
    one('amount', 'Until 2025, Kymriah patients had to stay near the treatment center for 2 weeks after infusion.'),
    one('amount', 'CAR-T patients must be followed in long-term follow-up for 5 years.', /15 years/),
    one('amount', 'The FDA requires 5-year long-term follow-up after CAR T-cell therapy.'),
    one('scoreRange', 'The ICE score ranges from 0 to 5.', 'The ICE score runs from 0 to 10, not 0 to 5.'),
    one('scoreRange', 'ICE scores range between 0 and 20 points.'),
    one('scoreRange', 'ICANS was graded with the ICE score, a screen scored from 0 to 5.'),
    one('scoreRange', 'Neurotoxicity was graded with the ICE score, which ranges from 0 to 5 points.'),
    one('scoreRange', 'Adults with ICANS are graded with the 5-point ICE score.'),
  ],
};
export default tests;
