/**
 * Issue 11, parsing: unknown keys are refused (naming the key and the known key it looks
 * like), the non-throwing parsers return the bilingual issues, and the schema accepts only
 * the periods and numbers the rest of the library accepts.
 */
import { describe, expect, it } from 'vitest';
import {
  DecimalStringSchema,
  parsePeriod,
  parseTarget,
  PeriodSchema,
  safeParseIndicator,
  safeParseObservation,
  safeParseObservations,
  safeParsePlan,
  safeParsePopulation,
  safeParseTarget,
  TargetSchema,
} from '../../src/index.js';
import { budgetMs } from '../helpers/budget.js';
import { errorOf } from '../helpers/errors.js';

const level = { id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' };

describe('unknown keys', () => {
  it('are refused with the key and the nearest known one (the "baseLine" that silently lost a baseline)', () => {
    const error = errorOf(() => parseTarget({ ...level, baseLine: { value: '10', period: '2025' } }));
    expect(error.code).toBe('SCHEMA');
    expect(error.field).toBe('baseLine');
    expect(error.issues[0]).toEqual({
      path: ['baseLine'],
      code: 'UNKNOWN_KEY',
      message: { en: "unknown key 'baseLine': did you mean 'baseline'?", vi: "khóa 'baseLine' không được biết đến: có phải là 'baseline'?" },
    });
    expect(error.message).toBe("baseLine: unknown key 'baseLine': did you mean 'baseline'?");
  });

  it('list the known keys when none is near', () => {
    const error = errorOf(() => parseTarget({ ...level, text: { vi: 'x', note: 'y' } }));
    expect(error.field).toBe('text.note');
    expect(error.issues[0]?.message.en).toBe("unknown key 'note': expected only 'vi', 'en'");
  });

  it('are refused at every depth, and by the schemas themselves', () => {
    expect(TargetSchema.safeParse({ ...level, baseline: { period: '2025', valeu: '3' } }).success).toBe(false);
    expect(errorOf(() => parseTarget({ ...level, baseline: { period: '2025', valeu: '3' } })).field).toBe('baseline.valeu');
  });
});

describe('safe parsers', () => {
  it('return the data, or every issue in both languages without throwing', () => {
    const ok = safeParseTarget(level);
    expect(ok).toEqual({ success: true, data: { kind: 'level', ...level } });
    const bad = safeParseTarget({ ...level, value: '17,5', due: '2026-02-30' });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((issue) => [issue.path.join('.'), issue.message.vi])).toEqual([
      ['due', 'cần một ngày có thật trong lịch'],
      ['value', 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)'],
    ]);
    expect(bad.error.message).toBe('due: expected a date that exists in the calendar (and 1 more issue)');
  });

  it('exist for every parser', () => {
    expect(safeParsePlan(null).success).toBe(false);
    expect(safeParseIndicator({}).success).toBe(false);
    expect(safeParseObservation({ indicator: 'x', area: 'a', period: '2026', value: '1' }).success).toBe(true);
    const rows = safeParseObservations([{ indicator: 'x', area: 'a', period: '2026' }]);
    expect(rows.success ? undefined : rows.error.field).toBe('observations[0].value');
    expect(safeParsePopulation({ area: 'a', date: '2026-07-01', count: '12000' }).success).toBe(true);
  });
});

describe('what the schema accepts, the rest of the library accepts', () => {
  it('periods: year 0000 and a span that does not run forwards are refused by both', () => {
    for (const period of ['0000', '0000-Q1', '2026-2026', '2030-2026']) {
      expect(PeriodSchema.safeParse(period).success).toBe(false);
      expect(errorOf(() => parsePeriod(period)).code).toBe('INVALID_PERIOD');
    }
    for (const period of ['0001', '2021-2025', '2024-02-29']) {
      expect(PeriodSchema.safeParse(period).success).toBe(true);
      expect(() => parsePeriod(period)).not.toThrow();
    }
  });

  it('decimals: beyond 1e±400 or 1000 digits is refused with its own message', () => {
    expect(DecimalStringSchema.safeParse('1e400').success).toBe(true);
    const huge = DecimalStringSchema.safeParse('1e9000000000000000');
    expect(huge.error?.issues[0]?.message).toBe('expected a number from 1e-400 to 1e400 in magnitude, with at most 1000 digits');
    expect(DecimalStringSchema.safeParse('1e-401').success).toBe(false);
    expect(DecimalStringSchema.safeParse('1'.repeat(1001)).success).toBe(false);
  });

  it('decimal text is read in linear time (the pattern backtracked for 18 s on 100 000 digits and an x)', () => {
    const started = performance.now();
    expect(DecimalStringSchema.safeParse('1'.repeat(100_000) + 'x').success).toBe(false);
    expect(safeParseObservation({ indicator: 'x', area: 'a', period: '2026', value: '1'.repeat(100_000) + 'x' }).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(budgetMs(500));
  });
});
