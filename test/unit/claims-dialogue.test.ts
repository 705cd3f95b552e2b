import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { claimFindings, service } from '../helpers/service';

// Speaker-labelled dialogue (claims/dialogue.ts): a question in one speaker's turn and the answer in the next
// speaker's are read as a question and its answer; a third turn confirms or rejects the answer; a learner's answer
// nobody confirms, and a rejected one, are not the writer's claim. A confirmed tag question is asserted.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///dialogue/${++version}.md`).map((f) => f.at);

const patterns = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);
const written = (pattern: string) => pattern.replace(/^./, (c) => c.toUpperCase());

describe('claims: speaker-labelled dialogue', () => {
  it('judges an answer in another speaker’s turn, confirmed or told by a non-learner, on the answer’s line', () => {
    const lint = service();
    // One finding or more (a wrong first may also be a missing approval), all on the answer's line.
    for (const [text, range] of [
      [
        "Educator: Which company manufactures Breyanzi?\nCaregiver: Novartis.\nEducator: That's right.",
        'Caregiver: Novartis.',
      ],
      ['Nurse: Which antigen does your Tecartus target?\nPatient: BCMA.\nNurse: Exactly.', 'Patient: BCMA.'],
      ['Nurse: Who makes your Yescarta?\n\nPatient: Novartis.\n\nNurse: Yes.', 'Patient: Novartis.'],
      [
        'INTERVIEWER: Which CAR-T was the first approved for marginal zone lymphoma?\nDR. RUIZ: Yescarta, in December 2025.',
        'DR. RUIZ: Yescarta, in December 2025.',
      ],
      ['MODERATOR: For the record, how many CAR-Ts has the FDA approved?\nFOR: Five.', 'FOR: Five.'],
      [
        'Host: How many CAR-T products has the FDA approved so far?\nGuest: Four, all for blood cancers.',
        'Guest: Four, all for blood cancers.',
      ],
      [
        'SENATOR HALE: Is Kymriah approved for leukaemia patients up to age 30?\nDR. PATEL: Yes, it is.',
        'DR. PATEL: Yes, it is.',
      ],
      // A count before a colon heads the answer; it is no speaker's label.
      [
        'How many CAR-Ts are approved for multiple myeloma in the US?\nThree: Abecma, Carvykti and Breyanzi.',
        'Three: Abecma, Carvykti and Breyanzi.',
      ],
      [
        'HOST: How many CAR-Ts has the FDA approved for myeloma?\nGUEST: Four: Abecma, Carvykti and two more.',
        'GUEST: Four: Abecma, Carvykti and two more.',
      ],
      // A turn needs no stop to end: the next line's label opens the confirming turn.
      [
        'Teacher: Which antigen does Aucatzyl target?\nStudent: BCMA\nTeacher: Correct.',
        'Student: BCMA\nTeacher: Correct.',
      ],
      // An opener before the question's wh-word is not the question's.
      ['Her favourite quiz question: which CAR-T is made by Autolus? Answer: Tecartus.', 'Answer: Tecartus.'],
      // A confirmed tag question, on its own line.
      [
        'Pharmacist: Yescarta uses a 4-1BB domain, right?\nTechnician: Right.',
        'Pharmacist: Yescarta uses a 4-1BB domain, right?',
      ],
      [
        'HOST: And Carvykti targets CD19, correct?\nDR. OKAFOR: Correct — it goes after CD19.',
        'HOST: And Carvykti targets CD19, correct?',
      ],
      // Forum and chat handles are speakers' labels: "u/name", "@name", a word with an underscore.
      ['u/grace_n: who makes Aucatzyl?\nu/oncpharm_dan: Novartis.', 'u/oncpharm_dan: Novartis.'],
      ['@nurse_kayla: Does Breyanzi target BCMA?\n@hemedoc: yes it does.', '@hemedoc: yes it does.'],
      ['Dr_Okafor: What does Tecartus treat?\nmcl_warrior: multiple myeloma.', 'mcl_warrior: multiple myeloma.'],
      [
        'u/mm_dad: how many CAR-Ts are FDA-approved for myeloma?\nDr_CARTnurse: Four: Abecma, Carvykti and two more.',
        'Dr_CARTnurse: Four: Abecma, Carvykti and two more.',
      ],
    ] as const)
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('leaves unconfirmed learner answers, rejected, hedged and true answers and rejected tags unjudged', () => {
    const lint = service();
    for (const text of [
      'Educator: Which company manufactures Breyanzi?\nCaregiver: Novartis.',
      "Educator: Which company manufactures Breyanzi?\nCaregiver: Novartis.\nEducator: Not quite. It's Bristol Myers Squibb.",
      "Nurse: Which antigen does your Tecartus target?\nPatient: BCMA.\nNurse: Actually, it's CD19, the same as Yescarta.",
      "Moderator: When did the FDA approve Aucatzyl?\nPanelist: Maybe 2023? I'd have to check.",
      'Host: How many CAR-T products has the FDA approved so far?\nGuest: Four, I think.',
      'Host: How many CAR-T products has the FDA approved so far?\nGuest: Nine, if you count the ones approved abroad.',
      'SENATOR HALE: Is Kymriah approved for leukaemia patients up to age 30?\nDR. PATEL: No, the limit is 25.',
      'Pharmacist: Yescarta uses a 4-1BB domain, right?\nTechnician: No, CD28; Kymriah is the 4-1BB one.',
      'Pharmacist: Yescarta uses a 4-1BB domain, right?',
      'Nurse: Who makes your Yescarta?\nPatient: Kite.\nNurse: Right.',
      'Host: Abecma and Carvykti both treat myeloma.\nGuest: Yes, and it was the first one approved, back in 2021.',
      // A rejecting turn on the answer's next line, with no stop between them.
      'Q4. Which antigen does Aucatzyl target?\nStudent: BCMA\nMarker: Incorrect (CD19).',
      'Teacher: Which antigen does Aucatzyl target?\nStudent: BCMA\nTeacher: Wrong.',
      // A month's label dates a timeline's line: no speaker.
      'Which CAR-T was approved for adults with ALL in 2021?\nOctober: Tecartus.',
      // Handles: true, hedged and corrected answers.
      'u/grace_n: who makes Aucatzyl?\nu/oncpharm_dan: Autolus.',
      'u/grace_n: who makes Aucatzyl?\nu/oncpharm_dan: Novartis, I think?',
      '@nurse_kayla: Does Breyanzi target BCMA?\n@hemedoc: no, CD19.',
      'Dr_Okafor: What does Tecartus treat?\nmcl_warrior: mantle cell lymphoma.',
      'Teacher_Ann: Which antigen does Aucatzyl target?\nstudent_7: BCMA\nTeacher_Ann: Wrong.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('reads every confirmation, rejection, learner and tag of its lexicon', () => {
    const lint = service();
    const asked = 'Nurse: Which antigen does your Kymriah target?\nPatient: BCMA.';
    for (const yes of patterns('turn-confirmations')) {
      const text = `${asked}\nNurse: ${written(yes)}.`;
      assert.deepEqual(findings(lint, text), ['contradicted: Patient: BCMA.'], text);
    }
    for (const no of patterns('turn-rejections')) {
      const text = `${asked}\nNurse: ${written(no)}.`;
      assert.deepEqual(findings(lint, text), [], text);
    }
    for (const learner of patterns('learner-speakers')) {
      const text = `Teacher: Which antigen does Kymriah target?\n${written(learner)}: BCMA.`;
      assert.deepEqual(findings(lint, text), [], text);
      assert.deepEqual(findings(lint, `${text}\nTeacher: Right.`), [`contradicted: ${written(learner)}: BCMA.`], text);
    }
    for (const tag of patterns('tag-questions')) {
      const text = `Host: Kymriah targets BCMA, ${tag.replace(' not ', "n't ")}?\nGuest: Right.`;
      assert.equal(findings(lint, text).length, 1, text);
    }
  });
});

describe('claims: a statement asked about, then rejected by the answer', () => {
  it('asserts neither the statement a tag question asks about nor one the answer rejects; judges the answer', () => {
    const lint = service();
    for (const text of [
      "Dear Dr. Lin, my brother read that the cells in Yescarta come from a donor. Is that so?\nNo. Yescarta is made from the patient's own T cells.",
      'Q: My aunt was told Abecma targets CD19. Is that right?\nA: No. Abecma is directed at BCMA.',
      'My uncle believes Abecma is given to children. Correct?\nNot at all: Abecma is approved only for adults.',
      'Someone in our group said Tecartus is approved for kids with ALL. Is that true?\nActually, its ALL approval is for adults.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
    for (const [text, range] of [
      // The answer's own statement is the writer's.
      [
        'My neighbour says Aucatzyl targets BCMA. Is that so?\nNo. Aucatzyl targets GPRC5D.',
        'Aucatzyl targets GPRC5D.',
      ],
      // Confirmed, or asked about with no answer, the statement stands.
      [
        'My brother read that Yescarta comes from a donor. Is that so?\nYes.',
        'My brother read that Yescarta comes from a donor.',
      ],
      ['Kymriah targets BCMA. Is that right?', 'Kymriah targets BCMA.'],
    ] as [string, string][])
      assert.deepEqual(findings(lint, text), [`contradicted: ${range}`], text);
  });

  it('reads every rejection of its lexicon as the answer', () => {
    const lint = service();
    for (const no of patterns('turn-rejections')) {
      const text = `My aunt was told Kymriah targets BCMA. Is that right?\n${written(no)}. It targets CD19.`;
      assert.deepEqual(findings(lint, text), [], text);
    }
  });
});

describe('claims: a reply that opens by rejecting the turn, quoted line or sentence before it', () => {
  it('leaves what the reply rejects unjudged', () => {
    const lint = service();
    for (const text of [
      // A whole rejecting clause opens the next turn, with the writer's own (true) words after it.
      "HOST: Breyanzi was approved in 2019.\nGUEST: That's not right. Its first approval came in February 2021.",
      'HOST: Kymriah is approved for myeloma.\nGUEST: It is not; it treats ALL, LBCL and follicular lymphoma.',
      // A chat log's bracketed time before the handle.
      "[08:01] ravi: Aucatzyl targets BCMA\n[08:02] mel: no, it's CD19",
      '[8:30 PM] ravi: tecartus is approved for kids\n[8:31 PM] mel: that is wrong, adults only',
      // A quoted line of an earlier message, the reply on the next line or after a blank line.
      '> Amtagvi is a CAR-T for melanoma.\nNot quite: Amtagvi is a TIL therapy.',
      "> Abecma targets CD19.\n\nNo, that's Kymriah; Abecma targets BCMA.",
      // A sentence the next one opens by rejecting, whatever follows the rejection.
      'The brochure lists Carvykti as CD19-directed. That was an error: Carvykti targets BCMA.',
      'Reviewer A: The draft calls Tecelra a CAR-T.\nAuthors: Agreed, that is incorrect; Tecelra is a TCR therapy.',
      // A noun of error as the copula's complement, placed or not, or alone at the reply's opening.
      'REVIEWER: Your slide says Abecma targets CD19.\nAUTHOR: That was a slip; it targets BCMA.',
      'CHAIR: The handout says Tecartus is made by Novartis.\nSPEAKER: That is an error in the handout; Kite makes it.',
      'EDITOR: The summary says Carvykti targets CD19.\nWRITER: A misprint, sorry: it is BCMA.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('judges the reply’s own claim, and what a reply confirms or leaves standing, on its own line', () => {
    const lint = service();
    for (const [text, range] of [
      // A false claim inside the rejecting reply is the writer's.
      ["HOST: Abecma targets BCMA.\nGUEST: That's not right. Abecma targets CD19.", 'Abecma targets CD19.'],
      ['> Carvykti targets BCMA.\nNo, Carvykti targets CD19.', 'No, Carvykti targets CD19.'],
      // A confirmed quoted line, and a line no reply rejects, stay asserted.
      ['> Kymriah targets BCMA.\nAgreed.', 'Kymriah targets BCMA.'],
      ['> Kymriah targets BCMA.\nThanks, noted.', 'Kymriah targets BCMA.'],
      // A rejection that goes on after a comma with its own scope rejects nothing before it.
      ['Kymriah targets BCMA. This is not, however, the whole story.', 'Kymriah targets BCMA.'],
      // A rejection of something the next sentence names keeps the sentence before it.
      ['Kymriah targets BCMA. That is not the case for Yescarta.', 'Kymriah targets BCMA.'],
      // A reply that keeps the line is no rejection, whatever noun it uses.
      [
        'REVIEWER: Your slide says Abecma targets CD19.\nAUTHOR: That was intentional, and it is right.',
        'REVIEWER: Your slide says Abecma targets CD19.',
      ],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });
});

describe('claims: removed wording and a text’s statement that an erratum corrects', () => {
  it('leaves wording a tracked change removes, and a statement the next sentence says should have read otherwise, unjudged', () => {
    const lint = service();
    for (const text of [
      // A label that marks its wording as taken out (data/lexicon/removed-wording-labels).
      '[Deleted: Breyanzi targets BCMA.] [Inserted: Breyanzi targets CD19.]',
      'Removed: Tecartus is approved for children.\nAdded: Tecartus is approved for adults with ALL.',
      'Old text: Yescarta was the first CAR-T approved.',
      // A past passive of a verb of saying or depicting, corrected by the next sentence (corrected-wording-frames).
      'In the poster, Breyanzi was shown with a CD28 domain. It should have been shown with 4-1BB.',
      'Table 2 of the review listed nothing else; Abecma was described as CD19-directed. It should have read BCMA-directed.',
      "In the appendix, Tecartus's MCL approval was dated 2022. The correct year is 2020.",
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('judges the inserted wording and a passive statement nobody corrects', () => {
    const lint = service();
    for (const [text, range] of [
      // The label's bracket ends what it removes: the inserted wording is the writer's.
      [
        '[Deleted: Breyanzi targets CD19.] [Inserted: Breyanzi targets BCMA.]',
        '[Deleted: Breyanzi targets CD19.] [Inserted: Breyanzi targets BCMA.]',
      ],
      ['Added: Tecartus is approved for children.', 'Added: Tecartus is approved for children.'],
      // A present passive is the writer's own description; so is a past one the next sentence does not correct.
      [
        'In the poster, Breyanzi is shown with a CD28 domain. It should be reprinted soon.',
        'In the poster, Breyanzi is shown with a CD28 domain.',
      ],
      [
        'In the poster, Breyanzi was shown with a CD28 domain. The poster won a prize.',
        'In the poster, Breyanzi was shown with a CD28 domain.',
      ],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });
});

describe('claims: a review thread’s refusal of a requested wording', () => {
  it('leaves a request the author refuses unjudged, and judges one nobody refuses on the request', () => {
    const lint = service();
    const request = 'Reviewer: Please say that Aucatzyl was approved with a REMS.';
    for (const reply of ["Author: Won't fix: Aucatzyl was approved without a REMS.", 'Author: Declined.'])
      assert.deepEqual(findings(lint, `${request}\n${reply}`), [], reply);
    // A reply that does not refuse leaves the request's prescription judged (claims/framing.ts), on its line.
    for (const reply of ['Author: Fixed.', 'Author: Thanks, will do.'])
      assert.deepEqual(findings(lint, `${request}\n${reply}`), [`contradicted: ${request}`], reply);
  });
});

describe('claims: a question fronting a preposition with its wh-phrase, and its answer', () => {
  it('judges the answer put back after the predicate, on the answer’s line', () => {
    const lint = service();
    for (const [text, range] of [
      [
        'EXAMINER: After how many prior lines is Abecma approved in myeloma?\nCANDIDATE: After one prior line.\nEXAMINER: Good.',
        'CANDIDATE: After one prior line.',
      ],
      ['Q: After how many prior lines is Abecma approved in myeloma?\nA: One prior line.', 'A: One prior line.'],
      ['Q: For which disease is Tecartus approved?\nA: Multiple myeloma.', 'A: Multiple myeloma.'],
      ['Q: In which patients is Aucatzyl approved?\nA: Children with B-ALL.', 'A: Children with B-ALL.'],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('leaves true, rejected, unconfirmed learner, hedged, placed and incomplete answers unjudged', () => {
    const lint = service();
    for (const text of [
      'EXAMINER: After how many prior lines is Abecma approved in myeloma?\nCANDIDATE: After two prior lines.\nEXAMINER: Good.',
      'EXAMINER: After how many prior lines is Abecma approved in myeloma?\nCANDIDATE: After one prior line.\nEXAMINER: No, two.',
      'EXAMINER: After how many prior lines is Abecma approved in myeloma?\nCANDIDATE: After one prior line.',
      'Q: For which disease is Tecartus approved?\nA: Mantle cell lymphoma.',
      'Q: For which disease is Tecartus approved?\nA: Probably myeloma.',
      'Q: For which disease was Tecartus approved in Japan?\nA: Multiple myeloma.',
      'Q: In which patients is Aucatzyl approved?\nA: Adults with B-ALL.',
      // A bare count names no unit of the question's: "after one" says nothing to judge.
      'Q: After how many prior lines is Abecma approved in myeloma?\nA: One.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});

describe('claims: a sentence giving the right value of a slot of the sentence before it', () => {
  it('judges the statement before with the new value, on the correcting sentence', () => {
    const lint = service();
    for (const [text, range] of [
      ['One outlet reported that Kymriah was approved in 2017. The correct year is 2019.', 'The correct year is 2019.'],
      ['Our draft said Tecartus targets CD19. The actual antigen is BCMA.', 'The actual antigen is BCMA.'],
      ['Kymriah was approved in 2017. The right date is 2019.', 'The right date is 2019.'],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('leaves true corrections, values that are no year or name, and ambiguous slots unjudged', () => {
    const lint = service();
    for (const text of [
      'One outlet reported that Kymriah was approved in 2019. The correct year is 2017.',
      'Our draft said Tecartus targets BCMA. The actual antigen is CD19.',
      'Yescarta was approved on October 18, 2017. Several press reports dated it to 2018; the correct date is the one above.',
      // Two years before: which one the new value replaces is not said.
      'The draft dated Kymriah to 2016 and Yescarta to 2018. The correct year is 2017.',
      // A question before asks; it states nothing to correct.
      'Was Kymriah approved in 2017? The correct year is 2019.',
      // A year is no antigen.
      'Our draft said Tecartus targets CD19. The correct antigen is 2019.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});

describe('claims: the frames of a turn the next speaker rejects', () => {
  it('leaves an appositive in a rejected turn unjudged, and judges it in a turn nobody rejects, on its words', () => {
    const lint = service();
    for (const text of [
      'Guest: We used Abecma, the CD19-directed product.\nHost: Actually, Abecma targets BCMA.',
      'Caller: I was given Kymriah, the BCMA-directed one.\nNurse: Not quite: Kymriah targets CD19.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
    for (const [text, range] of [
      [
        'Guest: We used Abecma, the CD19-directed product.\nHost: Thank you.',
        'Guest: We used Abecma, the CD19-directed product.',
      ],
      [
        'Caller: I was given Kymriah, the BCMA-directed one.\nNurse: Thanks for calling.',
        'Caller: I was given Kymriah, the BCMA-directed one.',
      ],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });
});

describe('claims: a labelled line that corrects or marks the labelled answer before it', () => {
  it('leaves the corrected or marked answer unjudged, and judges the correction as the question’s answer', () => {
    const lint = service();
    for (const text of [
      'Q: Which antigen does Abecma target?\nA: CD19.\nCorrection: BCMA, not CD19.',
      'Q: Who makes Breyanzi?\nA: Kite.\nEdit: sorry, Bristol Myers Squibb (Juno).',
      'Q: Who markets Aucatzyl?\nA: Kite.\nA (correction): Sorry, Autolus, not Kite.',
      'Q: Who manufactures Breyanzi?\nStudent answer: Kite. Marked incorrect: Breyanzi is made by Juno Therapeutics.',
      'Which company markets Tecartus?\nStudent answer: Novartis.\nMarker: Wrong. Kite.',
      'Q: Which company makes Abecma?\nA: Kite.\nReviewer note: incorrect, Abecma is from Bristol Myers Squibb.',
      'Q: What does Tecartus treat?\nA: Multiple myeloma.\nUpdate: my mistake, mantle cell lymphoma.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
    for (const [text, range] of [
      // The correction is the answer now, and it is false.
      ['Q: Which antigen does Carvykti target?\nA: BCMA.\nEdit: sorry, CD19.', 'Edit: sorry, CD19.'],
      [
        'Q: What does Tecartus treat?\nA: Mantle cell lymphoma.\nUpdate: my mistake, multiple myeloma.',
        'Update: my mistake, multiple myeloma.',
      ],
      // A mark that confirms the answer is no correction.
      ['Q: Which antigen does Abecma target?\nStudent answer: CD19.\nMarker: Correct.', 'Student answer: CD19.'],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('reads every label of its lexicon', () => {
    const lint = service();
    for (const label of patterns('correction-labels')) {
      const text = `Q: Which antigen does Kymriah target?\nA: BCMA.\n${written(label)}: CD19.`;
      assert.deepEqual(findings(lint, text), [], text);
    }
  });
});

describe('claims: a reply that rejects a turn and gives the value in its place', () => {
  it('judges the rejected statement with the reply’s value, on the reply', () => {
    const lint = service();
    for (const [text, range] of [
      ['Trainee: Yescarta targets CD19.\nSupervisor: No, BCMA.', 'Supervisor: No, BCMA.'],
      ['Host: Carvykti was approved in 2022.\nGuest: No, 2021.', 'Guest: No, 2021.'],
    ] as [string, string][])
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
    for (const text of [
      'Trainee: Kymriah targets BCMA.\nSupervisor: No, CD19.',
      // A learner's reply asserts nothing; a question before it states nothing to correct.
      'Supervisor: Yescarta targets CD19.\nTrainee: No, BCMA.',
      'Host: Does Abecma target CD19?\nGuest: No, BCMA.',
      // Two values of the kind: which one the reply replaces is not said.
      'Host: Abecma and Carvykti target CD19.\nGuest: No, BCMA.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
