import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // Lymphodepletion's length: the typical one, a range or a bound that includes it, or a time from another event.
    'Lymphodepletion usually takes three days.',
    'Lymphodepletion is given on days -5 to -3, 2 to 5 days before infusion.',
    'Lymphodepletion with fludarabine and cyclophosphamide lasts 3 to 4 days.',
    'Lymphodepletion can take up to a week.',
    'Lymphodepletion is given 2 to 14 days before the infusion.',
    'Lymphodepletion is given 10 to 14 days after apheresis.',
    'In a pilot trial with a maximum lymphodepleting regimen, complete responses lasted beyond 3 to 7 years.',
    'Lymphodepletion is given about two weeks after apheresis.',
    'Lymphodepletion ends 2 days before the CAR-T infusion.',
    'The study gives lymphodepleting chemotherapy to patients up to 21 years old.',
    'Lymphodepleting chemotherapy comprises cyclophosphamide daily for 1 day and fludarabine daily for 3 days.',
    'The TIL regimen includes lymphodepletion with 7 days of non-myeloablative chemotherapy before the TIL infusion.',
    // A treatment placed after the infusion, bridging therapy named as such, or chemotherapy placed nowhere: no step.
    'The chemotherapy you get after your infusion kills the cancer.',
    'Bridging chemotherapy given before the infusion kills the lymphoma.',
    'Chemotherapy kills the cancer cells.',
    'The chemotherapy you get before your infusion is not what kills the cancer.',
    'The fludarabine and cyclophosphamide given before CAR-T let the CAR T cells expand.',
    'Lymphodepletion helps CAR T cells, which kill the tumor.',
    'Lymphodepletion lets the infused CAR T cells expand and persist.',
    'Vein-to-vein time is about 3 weeks.',
    'Vein-to-vein time can be 2 to 4 weeks.',
    'CAR T cells kill the cancer after lymphodepletion.',
    'Lymphodepletion is not what kills the cancer.',
    'After lymphodepletion, the infused CAR T cells attack the tumor cells.',
    'Lymphodepletion with fludarabine is not an anticancer treatment in itself.',
    // An interval told by its steps: about three weeks holds; another step's own duration is not the interval.
    'About three weeks pass between collecting your blood and getting your CAR T cells back.',
    'Lymphodepletion is given for three days between apheresis and CAR-T infusion.',
    'Fever began two days after the infusion, three weeks after apheresis.',
    // Lay steps with no entity named, a label of two steps, "within … of" a step: the typical time holds.
    'It takes about three weeks from blood collection to infusion.',
    'Collection to infusion takes about three weeks.',
    'Your cells come back from the lab within about three weeks of apheresis.',
    'Your cells come back about three weeks after your cells are collected.',
    // No step ends the interval: going home is not getting the cells back.
    'You can usually go home about two days after your cells are collected.',
    'Collection of the cells takes about three hours and the infusion about 30 minutes.',
    // A cohort's summary statistic is an observation, not the typical time.
    'Median turnaround time between apheresis and the infusion was 47 days in this cohort.',
    'The mean vein-to-vein time was 52 days (range 30 to 80 days).',
    'Vein-to-vein time ranged from 5 to 90 days across centers.',
    // The step acts on the effect or leaves the killing to the cells: it is not the effect's source.
    'Lymphodepletion improves the anticancer effect of the CAR T cells.',
    'Lymphodepletion helps the infused cells expand, and the CAR T cells provide the anticancer effect.',
    'Lymphodepletion is given before the CAR T cells kill the cancer.',
    'Lymphodepletion, the step that helps the CAR T cells eradicate the leukemia, is given over three days.',
    'Lymphodepletion, given a few days before the infusion, is not what kills the lymphoma.',
  ],
  invalid: [
    // A range wholly outside half to twice the typical length.
    {
      text: 'Vein-to-vein time: 3–5 days',
      errors: [{ messageId: 'duration', text: 'Vein-to-vein time: 3–5 days' }],
    },
    {
      text: 'Lymphodepletion lasts 10 to 14 days.',
      errors: [{ messageId: 'duration', text: 'Lymphodepletion lasts 10 to 14 days.' }],
    },
    // Lymphodepletion's length outside half to twice its typical 3 days, after the step or before "of" it.
    {
      text: 'Lymphodepleting chemotherapy is given over ten days before the CAR-T infusion.',
      errors: [
        {
          messageId: 'duration',
          text: 'Lymphodepleting chemotherapy is given over ten days before the CAR-T infusion.',
        },
      ],
    },
    {
      text: 'Lymphodepletion with fludarabine and cyclophosphamide is a 1-day treatment.',
      errors: [
        { messageId: 'duration', text: 'Lymphodepletion with fludarabine and cyclophosphamide is a 1-day treatment.' },
      ],
    },
    {
      text: 'Patients receive two weeks of lymphodepleting chemotherapy.',
      errors: [{ messageId: 'duration', text: 'Patients receive two weeks of lymphodepleting chemotherapy.' }],
    },
    {
      text: 'Lymphodepletion lasts at least two weeks.',
      errors: [{ messageId: 'duration', text: 'Lymphodepletion lasts at least two weeks.' }],
    },
    // A treatment the subject places before the infusion is the conditioning step.
    {
      text: 'The chemotherapy you get a few days before your infusion is there to kill your cancer.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'The chemotherapy you get a few days before your infusion is there to kill your cancer.',
        },
      ],
    },
    {
      text: 'The fludarabine and cyclophosphamide given before CAR-T destroy the lymphoma.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'The fludarabine and cyclophosphamide given before CAR-T destroy the lymphoma.',
        },
      ],
    },
    {
      text: 'Only a few days pass between collecting your blood and getting your CAR T cells back.',
      errors: [
        {
          messageId: 'duration',
          text: 'Only a few days pass between collecting your blood and getting your CAR T cells back.',
          message: 'about 3 weeks',
        },
      ],
    },
    {
      text: 'Patients usually get their CAR-T cells back two days after the blood collection.',
      errors: [
        {
          messageId: 'duration',
          text: 'Patients usually get their CAR-T cells back two days after the blood collection.',
          message: 'not two days',
        },
      ],
    },
    {
      text: 'It takes about a day from blood collection to infusion.',
      errors: [{ messageId: 'duration', text: 'It takes about a day from blood collection to infusion.' }],
    },
    {
      text: 'Collection to infusion: about four days.',
      errors: [{ messageId: 'duration', text: 'Collection to infusion: about four days.' }],
    },
    {
      text: 'Your cells come back from the lab within 72 hours of apheresis.',
      errors: [{ messageId: 'duration', text: 'Your cells come back from the lab within 72 hours of apheresis.' }],
    },
    {
      text: 'Your cells come back about two days after your blood is collected.',
      errors: [{ messageId: 'duration', text: 'Your cells come back about two days after your blood is collected.' }],
    },
    {
      text: 'The time from apheresis to CAR-T infusion is a few days.',
      errors: [{ messageId: 'duration', text: 'The time from apheresis to CAR-T infusion is a few days.' }],
    },
    {
      text: 'Lymphodepletion is the part of CAR-T treatment that kills the tumor.',
      errors: [
        { messageId: 'notTreatment', text: 'Lymphodepletion is the part of CAR-T treatment that kills the tumor.' },
      ],
    },
    {
      text: 'Lymphodepletion kills the cancer.',
      errors: [
        { messageId: 'notTreatment', text: 'Lymphodepletion kills the cancer.', message: 'does not treat the cancer' },
      ],
    },
    {
      text: 'Lymphodepleting chemotherapy is used to destroy the lymphoma before infusion.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepleting chemotherapy is used to destroy the lymphoma before infusion.',
          message: 'does not treat the cancer',
        },
      ],
    },
    {
      text: 'Lymphodepletion is the primary anticancer step of CAR-T treatment.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion is the primary anticancer step of CAR-T treatment.',
          message: 'does not treat the cancer',
        },
      ],
    },
    {
      // A source of the anticancer effect, through a share of it.
      text: 'Lymphodepletion provides most of the anticancer effect of CAR T-cell therapy.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion provides most of the anticancer effect of CAR T-cell therapy.',
          message: 'does not treat the cancer',
        },
      ],
    },
    {
      // A relative clause in an apposition is said of its anchor.
      text: 'Lymphodepletion, the step that eradicates the leukemia, is given over three days.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion, the step that eradicates the leukemia, is given over three days.',
        },
      ],
    },
    {
      // The copula's subject stands before an apposition; a modifier may stand between the subject and its copula.
      text: 'Lymphodepletion, the chemotherapy given a few days before the infusion, is what kills the lymphoma.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion, the chemotherapy given a few days before the infusion, is what kills the lymphoma.',
        },
      ],
    },
    {
      text: 'Lymphodepletion with fludarabine and cyclophosphamide is the step that gets rid of the tumour.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion with fludarabine and cyclophosphamide is the step that gets rid of the tumour.',
        },
      ],
    },
    {
      // An interval's end step told by the bare noun.
      text: 'Making CAR T cells takes about three days from blood collection to infusion.',
      errors: [
        {
          messageId: 'duration',
          text: 'Making CAR T cells takes about three days from blood collection to infusion.',
          message: 'not three days',
        },
      ],
    },
    {
      text: 'Vein-to-vein time is usually two days.',
      errors: [{ messageId: 'duration', text: 'Vein-to-vein time is usually two days.', message: 'about 3 weeks' }],
    },
    {
      text: 'The vein-to-vein time for Kymriah is several months.',
      errors: [{ messageId: 'duration', text: 'The vein-to-vein time for Kymriah is several months.' }],
    },
  ],
};
export default tests;
