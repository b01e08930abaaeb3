import { describe, expect, it } from 'vitest';
import { ObservationSchema, parseObservation } from '../../src/model/index.js';
import { ChitieuError } from '../../src/errors.js';

const base = { indicator: 'stunting-under-5', area: 'VN', period: '2020' };

function issues(input: unknown): string[] {
  const result = ObservationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}`);
}

describe('observations with a published interval (survey estimates)', () => {
  it('keep value, lower, upper and level', () => {
    const parsed = ObservationSchema.parse({ ...base, value: 19.6, lower: '19.1', upper: 20.1, level: 0.95 });
    expect(parsed).toMatchObject({ value: '19.6', lower: '19.1', upper: '20.1', level: 0.95 });
    // the level may be left out (the consumer assumes 95%)
    expect(ObservationSchema.parse({ ...base, value: '19.6', lower: '19.1', upper: '20.1' }).level).toBeUndefined();
    // a value on a limit is inside
    expect(issues({ ...base, value: '19.1', lower: '19.1', upper: '20.1' })).toEqual([]);
  });

  it('observations without an interval parse as before', () => {
    const parsed = ObservationSchema.parse({ ...base, value: '19.6' });
    expect('lower' in parsed || 'upper' in parsed || 'level' in parsed).toBe(false);
  });

  it('reject half an interval, an interval without a numeric value, a value outside it, a stray or bad level', () => {
    expect(issues({ ...base, value: '19.6', lower: '19.1' })).toEqual(['upper']);
    expect(issues({ ...base, value: '19.6', upper: '20.1' })).toEqual(['lower']);
    expect(issues({ ...base, numerator: 5, denominator: 10, lower: '0.1', upper: '0.9' })).toEqual(['lower']);
    expect(issues({ ...base, value: true, lower: '0', upper: '1' })).toEqual(['lower']);
    expect(issues({ ...base, value: '21', lower: '19.1', upper: '20.1' })).toEqual(['value']);
    expect(issues({ ...base, value: '19.6', lower: '20.1', upper: '19.1' })).toEqual(['value']);
    expect(issues({ ...base, value: '19.6', level: 0.95 })).toEqual(['level']);
    expect(issues({ ...base, value: '19.6', lower: '19.1', upper: '20.1', level: 95 })).toEqual(['level']);
    expect(issues({ ...base, value: '19.6', lower: '19,1', upper: '20.1' })).toEqual(['lower']);
    expect(() => parseObservation({ ...base, value: '21', lower: '19.1', upper: '20.1' })).toThrow(ChitieuError);
  });
});
