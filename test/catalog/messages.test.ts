/**
 * The catalog layer's errors in both languages: code, field and the whole message, English
 * (`error.message`) and Vietnamese (`error.vi`), each written out from the message's wording
 * (src/catalog/messages, src/messages, src/numeric/messages) with the input it was given
 * (DESIGN.md: stable codes, messages that name the field and quote what was given, in vi and en).
 */
import { describe, expect, it } from 'vitest';
import { defaultDecimals, requireIndicator } from '../../src/catalog/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const both = (error: { message: string; vi: string }): [string, string] => [error.message, error.vi];

describe('requireIndicator messages, en and vi', () => {
  it('an id that is not a string is described in each language', () => {
    // describeValue names an object 'an object' / 'một đối tượng'; no suggestion for a non-string
    expect(both(expectChitieuError(() => requireIndicator({} as never), 'INVALID_ARGUMENT', 'id'))).toEqual([
      'id must be an indicator id in the catalog (got an object)',
      'id phải là mã chỉ số có trong danh mục (nhận một đối tượng)',
    ]);
    expect(both(expectChitieuError(() => requireIndicator(42 as never), 'INVALID_ARGUMENT', 'id'))).toEqual([
      'id must be an indicator id in the catalog (got 42)',
      'id phải là mã chỉ số có trong danh mục (nhận 42)',
    ]);
  });

  it('a long unknown id is cut, with its length in each language, and has no suggestion', () => {
    // 61 letters: more than the 60 a message quotes. The nearest suggestion allows
    // floor(61 / 3) = 20 edits, and the longest catalog id,
    // 'special-circumstances-children-supported', has 40 characters: at least 61 − 40 = 21 edits away.
    const id = 'x'.repeat(61);
    expect(both(expectChitieuError(() => requireIndicator(id), 'INVALID_ARGUMENT', 'id'))).toEqual([
      `id must be an indicator id in the catalog (got "${'x'.repeat(60)}…" (61 characters))`,
      `id phải là mã chỉ số có trong danh mục (nhận "${'x'.repeat(60)}…" (61 ký tự))`,
    ]);
  });

  it('a misspelt id names the catalog id it is nearest to, in each language', () => {
    // 'beds-per-10k' with its two last letters swapped: one adjacent transposition
    expect(both(expectChitieuError(() => requireIndicator('beds-per-1k0'), 'INVALID_ARGUMENT', 'id'))).toEqual([
      `id must be an indicator id in the catalog (got "beds-per-1k0"); did you mean 'beds-per-10k'?`,
      `id phải là mã chỉ số có trong danh mục (nhận "beds-per-1k0"); có phải là 'beds-per-10k'?`,
    ]);
  });
});

describe('defaultDecimals messages, en and vi', () => {
  const doctors = requireIndicator('doctors-per-10k');

  it('nothing to settle the precision with', () => {
    expect(both(expectChitieuError(() => defaultDecimals(undefined), 'INVALID_ARGUMENT', 'per'))).toEqual([
      'per is required to choose the published precision of an indicator outside the catalog when the target sets no decimals',
      'cần per để chọn số chữ số thập phân công bố cho chỉ số ngoài danh mục khi chỉ tiêu không nêu decimals',
    ]);
    // a target without decimals settles nothing either
    expect(both(expectChitieuError(() => defaultDecimals(undefined, { target: {} }), 'INVALID_ARGUMENT', 'per'))[0]).toBe(
      'per is required to choose the published precision of an indicator outside the catalog when the target sets no decimals',
    );
  });

  it('options that are not an object', () => {
    expect(both(expectChitieuError(() => defaultDecimals(doctors, null as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got null)',
      'options phải là một đối tượng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => defaultDecimals(doctors, 2 as never), 'INVALID_ARGUMENT', 'options'))).toEqual([
      'options must be an object (got 2)',
      'options phải là một đối tượng (nhận 2)',
    ]);
  });

  it('a target that is not an object', () => {
    expect(both(expectChitieuError(() => defaultDecimals(doctors, { target: null as never }), 'INVALID_ARGUMENT', 'target'))).toEqual([
      'target must be an object (got null)',
      'target phải là một đối tượng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => defaultDecimals(doctors, { target: 'x' as never }), 'INVALID_ARGUMENT', 'target'))).toEqual([
      'target must be an object (got "x")',
      'target phải là một đối tượng (nhận "x")',
    ]);
  });

  it('an indicator that is not an object', () => {
    expect(both(expectChitieuError(() => defaultDecimals(null as never), 'INVALID_ARGUMENT', 'indicator'))).toEqual([
      'indicator must be an object (got null)',
      'indicator phải là một đối tượng (nhận null)',
    ]);
    expect(both(expectChitieuError(() => defaultDecimals(1 as never), 'INVALID_ARGUMENT', 'indicator'))).toEqual([
      'indicator must be an object (got 1)',
      'indicator phải là một đối tượng (nhận 1)',
    ]);
  });

  it('an indicator whose decimals are not a whole number', () => {
    // an app's own indicator: only its decimals are consulted
    expect(both(expectChitieuError(() => defaultDecimals({ decimals: 1.5 }), 'NOT_AN_INTEGER', 'indicator.decimals'))).toEqual([
      'indicator.decimals must be a whole number of decimal places (got 1.5)',
      'indicator.decimals phải là số nguyên chữ số thập phân (nhận 1.5)',
    ]);
  });
});
