/**
 * Figures written as words (src/read/figures.ts, `findFigures`): “có ít nhất một bác sĩ”,
 * “mỗi trạm y tế có một bác sĩ”. A number word is a figure only after a comparator or “mỗi”
 * and before a counted unit, so the “hại” of “xâm hại” (abuse), which folds to “hai” (two)
 * once its tone is dropped, is no figure. Each expected draft is read by hand from its sentence:
 * “ít nhất ba bác sĩ” is at least 3 doctors; “có hai bác sĩ” (“có”, to reach) at least 2; “mỗi
 * trạm y tế có một bác sĩ” every station (100%) with at least 1.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/index.js';

const BY_2030 = { due: '2030-12-31' } as const;

describe('number words', () => {
  it.each([
    ['Trạm y tế có ít nhất ba bác sĩ.', '3'],
    ['Trạm y tế có hai bác sĩ.', '2'],
  ])('“%s”: the doctors at the station, at least %s', (sentence, value) => {
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts.map((draft) => [draft.targetKind, draft.indicator, draft.comparator, draft.value, draft.unit])).toEqual([
      ['level', 'station-doctors', '>=', value, 'bác sĩ'],
    ]);
  });

  it.each([['100% trạm y tế có ít nhất một bác sĩ.'], ['Mỗi trạm y tế có một bác sĩ.']])('“%s”: every station, each with at least 1 doctor', (sentence) => {
    const drafts = readTargets(sentence, BY_2030);
    expect(drafts.map((draft) => [draft.targetKind, draft.indicator, draft.comparator, draft.value, draft.condition])).toEqual([
      ['share', 'stations-with-doctors', '>=', '100', { indicator: 'station-doctors', comparator: '>=', value: '1' }],
    ]);
  });

  it('“xâm hại bác sĩ”: the “hại” of abuse is not “hai”, two', () => {
    const drafts = readTargets('Không để xảy ra tình trạng xâm hại bác sĩ, nhân viên y tế.', BY_2030);
    // no number in the sentence (and no comparator or “mỗi” before “hại”): no figure is read
    expect(drafts.filter((draft) => draft.value !== undefined)).toEqual([]);
  });

  it('a number word before a unit that is not counted is no figure: “ít nhất hai phần trăm”', () => {
    // only counted units (doctors, beds) take a number word; “phần trăm” is written as a figure, “2%”
    expect(readTargets('Trạm y tế có ít nhất hai phần trăm.', BY_2030).filter((draft) => draft.value !== undefined)).toEqual([]);
  });
});
