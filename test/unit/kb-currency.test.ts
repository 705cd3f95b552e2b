import * as assert from 'node:assert/strict';
import { type ClaimPair, claimMessagesOf, itJudgesPairs } from '../helpers/claimPairs';

// Facts added to bring the knowledge base up to date (China's CAR-T approvals): each correct sentence stays clean
// under every relation, and its contradiction is flagged with a message naming what the knowledge base records.
describe('knowledge base currency: China CAR-T approvals', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Relma-cel was approved in China for large B-cell lymphoma.',
      wrong: 'Relma-cel is FDA-approved.',
      names: /NMPA approved it for LBCL \(Sep 2021\)/,
    },
    {
      correct: 'Eque-cel (Fucaso) is a BCMA-directed CAR-T approved in China for multiple myeloma.',
      wrong: 'Fucaso is FDA-approved for multiple myeloma.',
      names: /NMPA approved it for MM \(Jun 2023\)/,
    },
    {
      correct: 'Zevor-cel is a BCMA-directed CAR-T.',
      wrong: 'Zevor-cel is a CD19-directed CAR-T.',
      names: /targets BCMA/,
    },
    {
      correct: 'Inati-cel targets CD19.',
      wrong: 'Inati-cel targets BCMA.',
      names: /targets CD19/,
    },
    {
      correct: 'Yescarta was approved in China in 2021 for large B-cell lymphoma.',
      wrong: 'Inati-cel is FDA-approved for B-cell ALL.',
      names: /NMPA approved it for B-cell ALL \(Nov 2023\)/,
    },
  ];
  itJudgesPairs(pairs, messages);

  it('an NMPA approval the knowledge base does not record is not judged (completeness is false for NMPA)', () => {
    assert.deepEqual(messages('Eque-cel is approved in China for large B-cell lymphoma.'), []);
  });
});

// Approvals and label changes of 2025–2026 a writer would mention (knowledge base as of 2026-12-02).
describe('knowledge base currency: 2025–2026 approvals and conversions', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Tarlatamab received full FDA approval for small cell lung cancer in November 2025.',
      wrong: 'Tarlatamab received full FDA approval for small cell lung cancer in 2023.',
      names: /in May 2024, not 2023/,
    },
    {
      correct: 'Lynozyfic (linvoseltamab) received FDA accelerated approval in July 2025 for multiple myeloma.',
      wrong: 'Linvoseltamab was FDA-approved for multiple myeloma in 2023.',
      names: /in Jul 2025, not 2023/,
    },
    {
      correct: 'Linvoseltamab is approved for patients who have received at least four prior lines of therapy.',
      wrong: 'Linvoseltamab is approved for multiple myeloma after one prior line of therapy.',
      names: /after ≥4 prior lines/,
    },
    {
      correct: 'Aucatzyl was approved in the EU for B-cell ALL in July 2025.',
      wrong: 'Aucatzyl was approved in the EU for B-cell ALL in 2023.',
      names: /EMA-approved .* in Jul 2025, not 2023/,
    },
    {
      correct: 'Aucatzyl is approved in the EU for adults 26 years of age and older.',
      wrong: 'Aucatzyl is approved in the EU for children.',
      names: /EMA approval covers adults, not children/,
    },
    {
      correct: 'Breyanzi was approved for marginal zone lymphoma in December 2025.',
      wrong: 'Breyanzi was approved for marginal zone lymphoma in 2023.',
      names: /in Dec 2025, not 2023/,
    },
  ];
  itJudgesPairs(pairs, messages);
});

// Neighbours writers confuse with CAR-T: sipuleucel-T (2010) is the first cellular therapy for a solid tumor, and
// Amtagvi's first, as NCI words it (the first cellular therapy for a solid tumor, a T-cell therapy), stays correct (the
// shared dev corpus labels it correct); any other product said to be that first is judged against sipuleucel-T.
describe('knowledge base currency: sipuleucel-T and the first cellular therapy for a solid tumor', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Sipuleucel-T was the first cellular therapy approved for a solid tumor.',
      wrong: 'Tecelra was the first cellular therapy approved for a solid tumor.',
      names: /Provenge was the first cellular therapy approved by the FDA for a solid tumor .*not Tecelra/,
    },
    {
      correct: 'Amtagvi was the first cellular therapy approved for a solid tumor.',
      wrong: 'Kymriah was the first cellular therapy approved for a solid tumor.',
      names: /Provenge was the first .*not Kymriah/,
    },
    {
      correct: 'Amtagvi was the first TIL therapy approved by the FDA.',
      wrong: 'Tecartus was the first cellular therapy approved for a solid tumor.',
      names: /Provenge was the first .*not Tecartus/,
    },
    {
      correct: 'Amtagvi is the first TIL therapy approved for a solid tumor.',
      wrong: 'Provenge is a CAR-T therapy.',
      names: /not a CAR-T therapy: it is an autologous cellular immunotherapy/,
    },
    {
      correct: 'Sipuleucel-T was approved in 2010 for prostate cancer.',
      wrong: 'Sipuleucel-T was approved in 2015 for prostate cancer.',
      names: /Apr 2010, not 2015/,
    },
  ];
  itJudgesPairs(pairs, messages);
});

// NMPA approvals are recorded with each product's first indication only: a year before the first recorded NMPA
// approval is wrong whatever is missing, a later year may be an unrecorded indication (relma-cel's FL, 2022).
describe('knowledge base currency: a year before the first recorded NMPA approval', () => {
  const messages = claimMessagesOf();

  itJudgesPairs(
    [
      {
        correct: 'Zevor-cel was approved by the NMPA in 2024.',
        wrong: 'Zevor-cel was approved by the NMPA in 2022.',
        names: /in Feb 2024, not 2022/,
      },
      {
        correct: 'Eque-cel was approved by the NMPA in 2023.',
        wrong: 'Eque-cel was approved in China in 2021.',
        names: /in Jun 2023, not 2021/,
      },
    ],
    messages,
  );

  it('a later year is not judged: it may be an indication the knowledge base does not record', () => {
    assert.deepEqual(messages('Relma-cel was approved by the NMPA in 2022.'), []);
  });
});

// Neighbours writers confuse with CAR-T: cell and gene therapies with their own therapy types (FDA labels, NDC records
// and the FDA's announcements as reported). "X is a CAR-T" names what each is; approvals are judged by date and
// population.
describe('knowledge base currency: cell and gene therapies that are not CAR-Ts', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Casgevy is a gene therapy.',
      wrong: 'Casgevy is a CAR-T therapy.',
      names: /Casgevy is not a CAR-T therapy: it is a hematopoietic stem cell-based gene therapy/,
    },
    {
      correct: 'Casgevy was approved for beta-thalassemia in January 2024.',
      wrong: 'Casgevy was approved for beta-thalassemia in 2022.',
      names: /Jan 2024, not 2022/,
    },
    {
      correct: 'Lyfgenia was approved by the FDA for sickle cell disease in December 2023.',
      wrong: 'Lyfgenia is a CAR T-cell therapy.',
      names: /Lyfgenia is not a CAR T-cell therapy: it is a hematopoietic stem cell-based gene therapy/,
    },
    {
      correct: 'Ryoncil is a mesenchymal stromal cell therapy.',
      wrong: 'Ryoncil is a CAR-T.',
      names: /Ryoncil is not a CAR-T: it is a mesenchymal stromal cell therapy/,
    },
    {
      correct: 'Ryoncil is approved for children with steroid-refractory acute graft-versus-host disease.',
      wrong: 'Ryoncil is approved for adults with steroid-refractory acute graft-versus-host disease.',
      names: /covers children, not adults/,
    },
    {
      correct: 'Encelto was approved by the FDA in March 2025 for macular telangiectasia type 2.',
      wrong: 'Encelto is a CAR-T therapy.',
      names: /Encelto is not a CAR-T therapy: it is an encapsulated cell-based gene therapy/,
    },
    {
      correct: 'Zevaskyn is a gene therapy for recessive dystrophic epidermolysis bullosa.',
      wrong: 'Zevaskyn is a CAR-T therapy.',
      names: /Zevaskyn is not a CAR-T therapy: it is an autologous cell sheet-based gene therapy/,
    },
    {
      correct: 'Zevaskyn was approved in April 2025 for recessive dystrophic epidermolysis bullosa.',
      wrong: 'Zevaskyn was approved in 2023 for recessive dystrophic epidermolysis bullosa.',
      names: /Apr 2025, not 2023/,
    },
  ];
  itJudgesPairs(pairs, messages);
});
