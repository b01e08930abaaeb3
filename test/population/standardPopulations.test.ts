import { describe, expect, it } from 'vitest';
import { esp2013, standardPopulationFor, whoWorldStandard } from '../../src/population/index.js';
import { directlyStandardisedRate } from '../../src/stats/index.js';
import { expectChitieuError } from '../helpers/errors.js';

describe('standard populations', () => {
  it('ESP 2013: 100,000 in all; merged to 0–4 it is PHEindicatormethods’ esp2013 vector', () => {
    expect(esp2013.weights.reduce((a, b) => a + b)).toBe(100000);
    expect(esp2013.startAges).toHaveLength(esp2013.weights.length);
    // PHEindicatormethods 2.1.0, data-raw/LoadTestdata.R: esp2013 <- c(5000, 5500, …, 1000), 19 bands
    const phe = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];
    const fiveYear = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
    expect(standardPopulationFor(esp2013, fiveYear)).toEqual(phe);
  });

  it('WHO 2000–2025: Ahmad et al. Table 4, 0–4 8,860 … 100+ 5 (the published figures sum to 100,035)', () => {
    expect(whoWorldStandard.weights.reduce((a, b) => a + b)).toBe(100035);
    expect(whoWorldStandard.weights.slice(0, 4)).toEqual([8860, 8690, 8600, 8470]);
    expect(whoWorldStandard.weights.slice(-4)).toEqual([440, 150, 40, 5]);
    // 85+ merged is 635, the figure of the 18-band version
    expect(standardPopulationFor(whoWorldStandard, [0, 85]).at(-1)).toBe(635);
    expect(Object.isFrozen(whoWorldStandard.weights)).toBe(true);
  });

  it('regrouped weights reproduce PHE’s reference DSR (testdata_big, 10 430.248 per 100,000)', () => {
    const pop = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
    const deaths = [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91];
    const starts = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
    const dsr = directlyStandardisedRate({ events: deaths, population: pop, standard: standardPopulationFor(esp2013, starts) });
    expect(dsr.value.toFixed(6)).toBe('10430.247991');
  });

  it('keeps the order of the data and leaves out younger standard bands', () => {
    // 80+ = 2500 + 1500 + 1000; 5–79 = 100 000 − 1000 − 4000 − 5000
    expect(standardPopulationFor(esp2013, [80, 0, 1, 5])).toEqual([5000, 1000, 4000, 90000]);
    expect(standardPopulationFor(whoWorldStandard, [65])).toEqual([8235]);
  });

  it('rejects start ages that split a standard band or repeat', () => {
    expectChitieuError(() => standardPopulationFor(whoWorldStandard, [0, 1, 5]), 'INVALID_AGE_BANDS', 'startAges[1]');
    expectChitieuError(() => standardPopulationFor(esp2013, [0, 5, 5]), 'INVALID_AGE_BANDS', 'startAges[2]');
    expectChitieuError(() => standardPopulationFor(esp2013, [0, Number.NaN]), 'INVALID_AGE_BANDS', 'startAges[1]');
    expectChitieuError(() => standardPopulationFor(esp2013, []), 'INVALID_ARGUMENT', 'startAges');
    expectChitieuError(() => standardPopulationFor(esp2013, null as never), 'INVALID_ARGUMENT', 'startAges');
  });
});
