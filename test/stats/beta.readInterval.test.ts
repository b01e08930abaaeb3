import { describe, expect, it } from 'vitest';
import { readInterval } from '../../src/stats/internal/interval.js';
import { expectChitieuError } from './helpers.js';

// readInterval (src/stats/internal/interval.ts) reads the intervals of compareWithBenchmark;
// it lives in this file because the helper that owns interval.ts may only add beta* test files.
describe('readInterval', () => {
  it('accepts an interval of zero width (lower = upper)', () => {
    expect(readInterval({ level: 0.95, lower: 2, upper: 2 }, 'intervals[0]')).toEqual({ level: 0.95, lower: 2, upper: 2 });
  });

  it('names the bound at fault', () => {
    expectChitieuError(() => readInterval({ level: 0.95, lower: 1, upper: Number.POSITIVE_INFINITY }, 'intervals[1]'), 'INVALID_NUMBER', 'intervals[1].upper');
    expectChitieuError(() => readInterval({ level: 0.95, lower: Number.NaN, upper: 1 }, 'intervals[1]'), 'INVALID_NUMBER', 'intervals[1].lower');
  });

  it('rejects lower above upper, naming both and their values', () => {
    const error = expectChitieuError(() => readInterval({ level: 0.9, lower: 3, upper: 2 }, 'intervals[2]'), 'OUT_OF_RANGE', 'intervals[2].lower');
    expect(error.message).toBe('intervals[2].lower (3) must not be above intervals[2].upper (2)');
  });
});
