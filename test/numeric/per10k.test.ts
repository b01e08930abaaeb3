import { describe, expect, it } from 'vitest';
import { per10k, roundHalfUp } from '../../src/numeric/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('per10k', () => {
  it('gives the seed plans’ figures', () => {
    // Cao Minh 2.2 “số bác sĩ/vạn dân: 17,5”: 21 doctors, 12 000 people:
    // 21 × 10 000 / 12 000 = 210 000 / 12 000 = 17.5
    expect(per10k(21, 12000).toString()).toBe('17.5');
    // Cao Minh 2.1 “số giường bệnh/vạn dân: 49,2”: 59 beds, 12 000 people:
    // 590 000 / 12 000 = 49.1666…, published to 1 decimal: 49.1|666 → 49.2
    expect(roundHalfUp(per10k(59, 12000), 1).toString()).toBe('49.2');
  });

  it('rounds exact halves up where float arithmetic does not', () => {
    // 3 × 10 000 / 40 000 = 0.75 exactly → 0.8 at 1 decimal
    // (Math.round(3 / 40000 * 10000 * 10) / 10 gives 0.7: 3/40000 is stored just below 7.5e-5)
    expect(per10k(3, 40000).toString()).toBe('0.75');
    expect(roundHalfUp(per10k(3, 40000), 1).toString()).toBe('0.8');
    // 7 × 10 000 / 40 000 = 1.75 → 1.8
    expect(roundHalfUp(per10k(7, 40000), 1).toString()).toBe('1.8');
  });

  it('rejects a zero population', () => {
    expectChitieuError(() => per10k(21, 0), 'ZERO_DENOMINATOR', 'denominator');
    expectChitieuError(() => per10k(-21, 12000), 'NEGATIVE_COUNT', 'numerator');
  });
});
