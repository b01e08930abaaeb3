/**
 * The reader's checks of its arguments (checkInput.ts), called as the readers call them: a text
 * at the longest length allowed (MAX_TEXT_LENGTH, 2,000,000 UTF-16 code units) and one past it,
 * options that are an object or not, a plan id that is a non-empty string or not, a due date
 * that exists. The limits are the module's documented ones (its doc comments and the
 * `INVALID_ARGUMENT` / `OUT_OF_RANGE` / `INVALID_DATE` codes of src/errors.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkDue, checkId, checkOptions, checkText, MAX_TEXT_LENGTH } from '../../src/read/checkInput.js';
import { readPlan } from '../../src/read/readPlan.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('checkText', () => {
  it('takes a text of exactly the longest length, and refuses one character more', () => {
    expect(MAX_TEXT_LENGTH).toBe(2_000_000);
    expect(() => checkText('a'.repeat(MAX_TEXT_LENGTH))).not.toThrow();
    expectChitieuError(() => checkText('a'.repeat(MAX_TEXT_LENGTH + 1)), 'OUT_OF_RANGE', 'text');
  });

  it('a Vietnamese sentence is text', () => {
    expect(() => checkText('Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.\r\n\tDuy trì 100%.')).not.toThrow();
  });
});

describe('checkOptions', () => {
  it('absent options are none; an object is kept as it is', () => {
    expect(checkOptions(undefined)).toEqual({});
    const options = { id: 'cao-minh-2026' };
    expect(checkOptions(options)).toBe(options);
  });

  it.each([['due'], [null], [[1]], [2026]])('%j is not an object: INVALID_ARGUMENT options', (options) => {
    expectChitieuError(() => checkOptions(options), 'INVALID_ARGUMENT', 'options');
  });
});

describe('checkId', () => {
  it('a plan id is kept; no id is undefined', () => {
    expect(checkId('cao-minh-2026')).toBe('cao-minh-2026');
    expect(checkId(undefined)).toBeUndefined();
  });

  it.each([[''], ['   '], [12], [null]])('%j: INVALID_ARGUMENT options.id', (id) => {
    expectChitieuError(() => checkId(id), 'INVALID_ARGUMENT', 'options.id');
  });

  it('readPlan takes the id it is given for the plan and its targets', () => {
    const read = readPlan('I. MỤC TIÊU NĂM 2026\n- Số bác sĩ/vạn dân đạt 12.', { id: 'cao-minh-2026' });
    expect([read.plan.id, read.drafts[0]?.id]).toEqual(['cao-minh-2026', 'cao-minh-2026/doctors-per-10k-2026']);
  });
});

describe('checkDue', () => {
  it('an existing day is kept; none is undefined', () => {
    expect(checkDue('2026-12-31')).toBe('2026-12-31');
    expect(checkDue('2028-02-29')).toBe('2028-02-29');
    expect(checkDue(undefined)).toBeUndefined();
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['2026'], ['31/12/2026'], [20261231]])('%j: INVALID_DATE options.due', (due) => {
    expectChitieuError(() => checkDue(due), 'INVALID_DATE', 'options.due');
  });
});
