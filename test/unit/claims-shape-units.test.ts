import { contradictionTable, service } from '../helpers/service';

// The document's shape gives a statement some of its parts: a question and its answer, a numbered slide title over its
// bullets, a "name = value" record. Each unit is judged on the line that asserts it, and only when every slot is
// resolved: a hedged answer, a "No" to a false premise, an unanswered question and a topic title say nothing.

const table = contradictionTable(service(), 'shape-units');

describe('shape units: a question opened by a discourse marker is read from its question word', () => {
  table(
    [
      ['HOST: So when did the FDA approve Kymriah?\nDR. LEE: In 2015.', 'DR. LEE: In 2015.'],
      ['HOST: Okay, and what does Abecma target?\nGUEST: CD19.', 'GUEST: CD19.'],
      ['Interviewer: Now, who makes Tecartus?\nNurse: Novartis.', 'Nurse: Novartis.'],
    ],
    [
      'HOST: So when did the FDA approve Kymriah?\nDR. LEE: In August 2017.',
      'HOST: Okay, and what does Abecma target?\nGUEST: BCMA.',
      // A marker before a statement, not a question word: nothing is asked.
      'HOST: So Abecma is the myeloma one.\nGUEST: CD19.',
    ],
  );
});

describe('shape units: a quoted or block-quoted question is answered by the reply after it', () => {
  table(
    [
      ['> Which company makes Tecartus?\n\nNovartis.', 'Novartis.'],
      ['Quoting @hopeful_mom: "What does Breyanzi target?"\nBCMA. It is the myeloma one.', 'BCMA.'],
      ['"What does Breyanzi target?"\n\nBCMA.', 'BCMA.'],
      // The reply on the next line is, for Markdown, a line of the quote.
      ['> Which company makes Tecartus?\nNovartis, same as Kymriah.', 'Novartis, same as Kymriah.'],
    ],
    [
      '> Which company makes Tecartus?\n\nKite, a Gilead company.',
      '> Which company makes Tecartus?\nKite, same as Yescarta.',
      'Quoting @hopeful_mom: "What does Breyanzi target?"\nCD19. It is a lymphoma product.',
      // A quoted statement is not a question, and the reply after it answers nothing.
      '> Breyanzi is a lymphoma product.\n\nBCMA.',
    ],
  );
});

describe('shape units: a likeness after an answer names its standard, not another answer', () => {
  table(
    [
      ['Which company makes Tecartus?\n\nNovartis, same as Kymriah.', 'Novartis, same as Kymriah.'],
      ['What does Carvykti target?\n\nCD19, like Kymriah.', 'CD19, like Kymriah.'],
    ],
    [
      'What does Carvykti target?\n\nBCMA, like Abecma.',
      'Which company makes Breyanzi?\n\nBristol Myers Squibb, same as Abecma.',
      // A likeness before the comma's value is no tail: the reply names two products and is not read.
      'Which company makes Tecartus?\n\nLike Kymriah, Novartis.',
    ],
  );
});

describe('shape units: a "no" with another name and a bare auxiliary says the predicate of that name', () => {
  table(
    [
      ['Q: Was Abecma the first CAR-T for myeloma?\nA: No, Carvykti was.', 'A: No, Carvykti was.'],
      ['**Was Kymriah the first CAR-T for myeloma?**\n\nNo, Carvykti was.', 'No, Carvykti was.'],
    ],
    [
      'Q: Was Carvykti the first CAR-T for myeloma?\nA: No, Abecma was.',
      // The same name, a hedge, or a clause of its own: not a substitution.
      'Q: Was Abecma the first CAR-T for myeloma?\nA: No, Abecma was not.',
      'Q: Was Abecma the first CAR-T for myeloma?\nA: No, maybe Carvykti was.',
      'Q: Was Abecma the first CAR-T for myeloma?\nA: Yes, Abecma was.',
    ],
  );
});

describe('shape units: a numbered slide title leads in its bullets', () => {
  table(
    [
      ['Slide 9: Approved for solid tumours\n• Kymriah', 'Kymriah'],
      ['Section 2 - Approved for multiple myeloma\n\n- Breyanzi', 'Breyanzi'],
    ],
    [
      'Slide 10: Approved for myeloma\n• Abecma\n• Carvykti',
      // A title that is only a topic says nothing of its bullets.
      'Slide 3: Topics\n• Kymriah and solid tumours\n• Questions from the audience',
    ],
  );
});

describe('shape units: "name = value" is a record line', () => {
  table(
    [['Name = Carvykti\nCostim = CD28\nAntigen = BCMA', 'Costim = CD28']],
    ['Name = Kymriah\nCostim = 4-1BB\nAntigen = CD19', 'Name = Carvykti\nCostim = 4-1BB\nAntigen = BCMA'],
  );
});

describe('shape units: a do-form question after a regulator asks for the object of its verb', () => {
  table(
    [
      ['Q: Which CAR-T did the FDA approve first?\nA: Yescarta, in 2017.', 'A: Yescarta, in 2017.'],
      ['Which CAR-T did the FDA approve for MCL?\n\nAbecma.', 'Abecma.'],
    ],
    [
      'Q: Which CAR-T did the FDA approve first?\nA: Kymriah, in August 2017.',
      'Which CAR-T did the FDA approve for MCL?\n\nTecartus.',
      // A hedge, or a subject that is not a regulator: not read.
      'Q: Which CAR-T did the FDA approve first?\nA: Yescarta, I think.',
      'Which CAR-T did Kite develop first?\n\nAbecma.',
    ],
  );
});
