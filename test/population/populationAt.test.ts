import { describe, expect, it } from 'vitest';
import { errorOf } from '../helpers/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { populationAt, populationOfYear } from '../../src/population/index.js';


// Reference values: test/population/reference/population.py (mpmath 1.3.0, 80 digits),
// output in test/population/reference/population.out.txt.
const census = { date: '2019-04-01', count: 982487 };

describe('populationAt', () => {
  it('compounds annually, exactly at whole years', () => {
    const base = { date: '2024-01-01', count: 100000 };
    // 100 000 × 1.01² = 100 000 × 1.0201 = 102 010
    expect(populationAt({ base, growthRate: '0.01', date: '2026-01-01' }).toString()).toBe('102010');
    // one year across a leap day is still one year: 100 000 × 1.01 = 101 000
    expect(populationAt({ base, growthRate: 0.01, date: '2025-01-01' }).toString()).toBe('101000');
    // back one year: 100 000 / 1.25 = 80 000
    expect(populationAt({ base, growthRate: '0.25', date: '2023-01-01' }).toString()).toBe('80000');
  });

  it('counts a part year by days within the anniversary year (mpmath)', () => {
    // t = 7 + 91/365; 982 487 × 1.0095^t = 1052191.6326851201164711385255739445390696973599618…
    const value = populationAt({ base: census, growthRate: '0.0095', date: '2026-07-01' });
    const reference = new Decimal('1052191.632685120116471138525573944539069697359961824431708414607740056');
    expect(value.minus(reference).abs().lessThan('1e-48')).toBe(true);
    // and backwards: t = −1 + 91/365; 975538.14945504097404398841128633864186426971907754…
    const back = populationAt({ base: census, growthRate: '0.0095', date: '2018-07-01' });
    const backReference = new Decimal('975538.1494550409740439884112863386418642697190775426892862944735986112');
    expect(back.minus(backReference).abs().lessThan('1e-48')).toBe(true);
  });

  it('counts whole years to the last anniversary BEFORE the date (mpmath)', () => {
    // 2024-12-31 → 2026-06-30: the 2026 anniversary (12-31) is still ahead, so t = 1 + 181/365;
    // 1000 × 1.1^t = 1153.2379377372736679013601760381084297580650276180…
    const value = populationAt({ base: { date: '2024-12-31', count: 1000 }, growthRate: '0.1', date: '2026-06-30' });
    const reference = new Decimal('1153.237937737273667901360176038108429758065027618045475100968555766737');
    expect(value.minus(reference).abs().lessThan('1e-50')).toBe(true);
  });

  it('rejects missing options', () => {
    expect(errorOf(() => populationAt(undefined as never))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options' });
    expect(errorOf(() => populationAt({ growthRate: 0, date: '2020-01-01' } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'base',
    });
  });

  it('compounds continuously when asked (mpmath)', () => {
    // 982 487 × e^(0.0095 × (7 + 91/365)) = 1052533.7223222256314148939070719065335977497637…
    const value = populationAt({ base: census, growthRate: '0.0095', date: '2026-07-01', compounding: 'continuous' });
    const reference = new Decimal('1052533.722322225631414893907071906533597749763427770256694488934090946');
    expect(value.minus(reference).abs().lessThan('1e-48')).toBe(true);
  });

  it('takes the anniversary of 29 February on 28 February in common years', () => {
    const base = { date: '2024-02-29', count: 1000 };
    // 2025-02-28 is the first anniversary: exactly one year, 1000 × 1.1 = 1100
    expect(populationAt({ base, growthRate: '0.1', date: '2025-02-28' }).toString()).toBe('1100');
    // 2028-02-29 is the fourth: 1000 × 1.1⁴ = 1000 × 1.4641 = 1464.1
    expect(populationAt({ base, growthRate: '0.1', date: '2028-02-29' }).toString()).toBe('1464.1');
  });

  it('counts whole years only to an anniversary on or before the date, when the years differ in length (R)', () => {
    const relative = (value: Decimal, expected: number): number => value.minus(expected).dividedBy(expected).abs().toNumber();
    // 2023-03-01 → 2024-06-01: the 2024 anniversary (2024-03-01) has passed, so t = 1 + 92/365
    // (2024-03-01 → 2025-03-01 is 365 days; Mar 31 + Apr 30 + May 31 = 92). Counting from the
    // 2023 anniversary instead would give 458/366, 2024-02-29 lying in that year.
    // R 4.2.2: sprintf('%.17g', 1000 * 1.1^(1 + 92/365))
    const after = populationAt({ base: { date: '2023-03-01', count: 1000 }, growthRate: '0.1', date: '2024-06-01' });
    expect(relative(after, 1126.7457014592028)).toBeLessThan(1e-13);
    // 2023-06-30 → 2024-03-01: the 2024 anniversary (2024-06-30) is still ahead, so t = 245/366
    // (2023-06-30 → 2024-06-30 holds 2024-02-29: 366 days; to 2024-03-01: 1 + 184 + 31 + 29 = 245).
    // Counting back from the 2024 anniversary instead would give 1 − 121/365 = 244/365.
    // R 4.2.2: sprintf('%.17g', 1000 * 1.1^(245/366))
    const before = populationAt({ base: { date: '2023-06-30', count: 1000 }, growthRate: '0.1', date: '2024-03-01' });
    expect(relative(before, 1065.879766728161)).toBeLessThan(1e-13);
  });

  it('returns the base count on the base date, whatever the rate', () => {
    expect(populationAt({ base: census, growthRate: '-0.5', date: '2019-04-01' }).toString()).toBe('982487');
  });

  it('rejects bad input, naming the field', () => {
    expect(errorOf(() => populationAt({ base: census, growthRate: '-1', date: '2020-04-01' }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      field: 'growthRate',
    });
    expect(errorOf(() => populationAt({ base: census, growthRate: '0,95', date: '2020-04-01' }))).toMatchObject({
      code: 'INVALID_NUMBER',
      field: 'growthRate',
    });
    expect(errorOf(() => populationAt({ base: { ...census, date: '2019-4-1' }, growthRate: 0, date: '2020-04-01' }))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'base.date',
    });
    expect(errorOf(() => populationAt({ base: census, growthRate: 0, date: '2021-02-29' }))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'date',
    });
    expect(errorOf(() => populationAt({ base: { ...census, count: -5 }, growthRate: 0, date: '2020-04-01' }))).toMatchObject({
      code: 'NEGATIVE_COUNT',
      field: 'base.count',
    });
    expect(
      errorOf(() =>
        populationAt({ base: census, growthRate: 0, date: '2020-04-01', compounding: 'monthly' as 'annual' }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'compounding' });
  });
});

describe('populationOfYear', () => {
  it('projects to 1 July of the year', () => {
    // 50 000 on 2025-07-01, 2%: 50 000 × 1.02 = 51 000 on 2026-07-01
    const base = { date: '2025-07-01', count: 50000 };
    expect(populationOfYear({ base, growthRate: '0.02', year: 2026 }).toString()).toBe('51000');
    // same as populationAt on '2026-07-01' from the census (mpmath value above)
    const value = populationOfYear({ base: census, growthRate: '0.0095', year: 2026 });
    expect(value.toFixed(40)).toBe('1052191.6326851201164711385255739445390696973600');
  });

  it('validates the year', () => {
    expect(errorOf(() => populationOfYear({ base: census, growthRate: 0, year: 2201 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      field: 'year',
    });
    expect(errorOf(() => populationOfYear({ base: census, growthRate: 0, year: Number.NaN }))).toMatchObject({
      code: 'INVALID_NUMBER',
      field: 'year',
    });
  });
});
