import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BRACKETED_ABBREVIATION, bracketedIn } from '../../server/src/rules/undefined-abbreviation/index';
import { RULES } from '../../server/src/rules/all.generated';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { applyEdits, doc } from '../helpers/service';
import { fixtureService } from '../fixtures/terminology/fixture';

// The terminology rules against a fixed knowledge base: behaviour that must hold whatever data/ says.
function run(code: string, text: string, settings: Record<string, unknown> = {}) {
  const rule = RULES.find((r) => r.meta.id === code);
  assert.ok(rule, `rule ${code} is registered`);
  const document = doc(text);
  const diagnostics = fixtureService({
    rules: [rule],
    settings: { ...settings, rules: { [code]: 'default' } },
  }).diagnostics(document);
  return {
    found: diagnostics.map((d) => document.getText(d.range)),
    messages: diagnostics.map((d) => d.message),
    fixed: (i = 0, fix = 0) => applyEdits(document, (diagnostics[i]!.data as DiagnosticData).fixes[fix]!.edits ?? []),
    titles: (i = 0) => (diagnostics[i]!.data as DiagnosticData).fixes.map((f) => f.title),
    diagnostics,
  };
}

describe('terminology rules (fixture knowledge base)', () => {
  describe('deprecated-term', () => {
    it('replaces a deprecated entity by the current one, abbreviation by abbreviation', () => {
      const r = run('deprecated-term', 'Patients developed CRES after infusion.');
      assert.deepEqual(r.found, ['CRES']);
      assert.match(r.messages[0]!, /write "ICANS".*ASTCT consensus, 2019/);
      assert.equal(r.fixed(), 'Patients developed ICANS after infusion.');
      assert.deepEqual(
        r.diagnostics[0]!.relatedInformation,
        undefined,
        'no related information: sources are not document places',
      );
      assert.equal((r.diagnostics[0]!.data as DiagnosticData).sources.length, 1, 'carries its source');
    });
    it('replaces a deprecated alias by the entity’s current term, and a malformation by its "use"', () => {
      assert.equal(run('deprecated-term', 'Watch for carHLH in week two.').fixed(), 'Watch for IEC-HS in week two.');
      const r = run('deprecated-term', 'CAR-T cells therapy is given once.');
      assert.deepEqual(r.found, ['CAR-T cells therapy']);
      assert.equal(r.fixed(), 'CAR T-cell therapy is given once.');
    });
    it('accepts deliberate historical uses', () => {
      assert.deepEqual(
        run('deprecated-term', 'ICANS was previously referred to as CRES in older literature.').found,
        [],
      );
      assert.deepEqual(
        run('deprecated-term', 'ICANS (CRES in the 2018 CARTOX paper) is graded by the ICE score.').found,
        [],
      );
      assert.deepEqual(run('deprecated-term', 'The term carHLH is outdated.').found, []);
    });
  });

  describe('misspelled-term', () => {
    it('suggests the knowledge-base spelling for near misses', () => {
      const r = run('misspelled-term', 'Tisagenlecleucal and Kymria were compared with lisocabtagene maraluecel.');
      assert.deepEqual(r.found, ['Tisagenlecleucal', 'Kymria', 'maraluecel']);
      assert.equal(r.fixed(0), 'Tisagenlecleucel and Kymria were compared with lisocabtagene maraluecel.');
      assert.equal(r.fixed(1), 'Tisagenlecleucal and Kymriah were compared with lisocabtagene maraluecel.');
      assert.equal(r.fixed(2), 'Tisagenlecleucal and Kymria were compared with lisocabtagene maraleucel.');
    });
    it('reports misspellings the knowledge base lists', () => {
      const r = run('misspelled-term', 'Kymirah is a brand.');
      assert.deepEqual(r.found, ['Kymirah']);
      assert.equal(r.fixed(), 'Kymriah is a brand.', 'the closest correct alias, not the INN');
    });
    it('never flags ordinary English words, known terms, codes or short acronyms', () => {
      const text =
        'Persistent remission was seen. Persistence of cells, tisagenlecleucel, Kymriah and CTL019 and KTE-C19; the CARS and ICANs.';
      assert.deepEqual(run('misspelled-term', text).found, []);
    });
  });

  describe('generic-name-missing', () => {
    it('flags a brand first mentioned without its generic, once', () => {
      const r = run('generic-name-missing', 'Kymriah is approved. Later, Kymriah was compared.');
      assert.deepEqual(r.found, ['Kymriah']);
      assert.equal(r.fixed(), 'Tisagenlecleucel (Kymriah) is approved. Later, Kymriah was compared.');
    });
    it('follows the genericNameStyle setting', () => {
      assert.equal(
        run('generic-name-missing', 'Kymriah is approved.', { genericNameStyle: 'Brand (generic)' }).fixed(),
        'Kymriah (tisagenlecleucel) is approved.',
      );
    });
    it('accepts the generic nearby or earlier', () => {
      assert.deepEqual(run('generic-name-missing', 'Tisagenlecleucel (Kymriah) is approved.').found, []);
      assert.deepEqual(run('generic-name-missing', 'Kymriah (tisagenlecleucel) is approved.').found, []);
      assert.deepEqual(
        run('generic-name-missing', 'Kymriah is a CAR T-cell therapy. Its generic name is tisagenlecleucel.').found,
        [],
      );
      assert.deepEqual(
        run('generic-name-missing', 'We used tisagenlecleucel.\n\nLater, Kymriah was compared.').found,
        [],
      );
    });
  });

  describe('undefined-abbreviation', () => {
    it('flags the first use before a definition and expands it', () => {
      const r = run('undefined-abbreviation', 'CRS is common. CRS is graded.');
      assert.deepEqual(r.found, ['CRS']);
      assert.equal(r.fixed(), 'Cytokine release syndrome (CRS) is common. CRS is graded.');
    });
    it('expands plurals', () => {
      assert.equal(run('undefined-abbreviation', 'NETs are rare.').fixed(), 'Neuroendocrine tumors (NETs) are rare.');
    });
    it('accepts "Full name (ABBR)" and "ABBR (full name)" definitions', () => {
      assert.deepEqual(
        run('undefined-abbreviation', 'Cytokine release syndrome (CRS) is common. CRS is graded.').found,
        [],
      );
      assert.deepEqual(
        run('undefined-abbreviation', 'LBCL (large B-cell lymphoma) is aggressive; LBCL relapses.').found,
        [],
      );
    });
    it('finds the bracketed definitions the plain pattern finds, trying it only before brackets', () => {
      // Letters and digits (one outside the BMP, as a pair), spaces, brackets, quotes and lone surrogates.
      const pieces = [
        'C',
        'AR',
        'I',
        'L',
        'e',
        'x',
        '1',
        '6',
        ' ',
        '\u00a0',
        '\n',
        '\t',
        '(',
        ')',
        '[',
        ']',
        '"',
        '“',
        '”',
        '-',
        'R/r ',
        '(IL)',
        ')-6',
        '(CAR',
        '[B',
        '\u{1d400}',
        '\u{1d7d9}',
        'é',
        '\ud835',
        '\udc00',
      ];
      const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
      fc.assert(
        fc.property(prose, (text) => {
          const plain = Array.from(text.matchAll(BRACKETED_ABBREVIATION), (m) => ({
            index: m.index,
            abbreviation: m[1]!,
            ...(m[2] ? { suffix: m[2] } : {}),
          }));
          assert.deepEqual(bracketedIn(text), plain);
        }),
        { numRuns: 3000, seed: 16 },
      );
      assert.deepEqual(bracketedIn('Interleukin (IL)-6 and T-cell receptor [“TCR”]'), [
        { index: 10, abbreviation: 'IL', suffix: '-6' },
        { index: 37, abbreviation: 'TCR' },
      ]);
      // Not overlapping: "c" ends the first match; a letter outside the BMP starts one.
      assert.deepEqual(bracketedIn('a(BC)-c (DE)'), [{ index: 0, abbreviation: 'BC', suffix: '-c' }]);
      assert.deepEqual(bracketedIn('\u{1d400} (CAR)'), [{ index: 0, abbreviation: 'CAR' }]);
    });
  });

  describe('inconsistent-term', () => {
    it('holds a document that mixes spellings to the house style (AMA/NCI)', () => {
      const r = run(
        'inconsistent-term',
        'CAR T-cell therapy works. Later CAR-T cell therapy was given. CAR T-cell therapy again.',
      );
      assert.deepEqual(r.found, ['CAR-T cell therapy']);
      assert.match(r.messages[0]!, /as this document also does \("CAR T-cell therapy"\)/);
      assert.equal(
        r.fixed(),
        'CAR T-cell therapy works. Later CAR T-cell therapy was given. CAR T-cell therapy again.',
      );
    });
    it('lets a noun and a compound modifier differ ("T cells" vs "T-cell therapy")', () => {
      assert.deepEqual(run('inconsistent-term', 'CAR T cells expand. CAR T-cell therapy is given.').found, []);
    });
  });
});
