import { describe, expect, it } from 'vitest';
import { IndicatorSchema } from '../../src/model/indicator.js';
import { defaultDecimals, getIndicator, indicators, requireIndicator } from '../../src/catalog/index.js';
import { errorOf } from '../helpers/errors.js';

// The indicator ids the five plans are encoded with: fixed, so that observations keyed by
// them keep working from one release to the next.
const FIXED_IDS = [
  'doctors-per-10k',
  'beds-per-10k',
  'beds-per-10k-incl-commune-stations',
  'health-insurance-coverage',
  'tcmr-full-immunization-under-1',
  'essential-immunization-coverage',
  'ehr-coverage',
  'stunting-under-5',
  'sex-ratio-at-birth',
  'life-expectancy',
  'healthy-life-expectancy',
  'mean-height-1-18',
  'insured-visits-at-commune-stations',
  'station-doctors',
  'stations-with-doctors',
  'stations-treating-insured',
  'stations-treating-insured-count',
  'communes-meeting-national-criteria',
  'communes-meeting-national-criteria-count',
  'district-technical-list-coverage',
  'station-technical-list-coverage',
  'stations-full-primary-care',
  'population-under-health-management',
  'primary-care-users-insured',
  'free-checkup-coverage',
  'high-risk-checkup-coverage',
  'physical-activity',
  'social-protection-coverage',
  'special-circumstances-children-supported',
  'patient-satisfaction',
  'major-epidemic',
  'stations-ncd-care',
  'villages-with-health-worker',
  'hospital-fee-exemption',
  'stations-invested',
] as const;

describe('indicators', () => {
  it.each(indicators.map((indicator) => [indicator.id, indicator] as const))('%s validates against IndicatorSchema', (_id, indicator) => {
    const result = IndicatorSchema.safeParse(indicator);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    // parsing adds nothing: the entry is already in its parsed form
    expect(result.data).toEqual(indicator);
  });

  it('has unique ids', () => {
    const ids = indicators.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(FIXED_IDS)('defines the fixed id %s', (id) => {
    expect(getIndicator(id)?.id).toBe(id);
  });

  it('gives rates, percentages and ratios a multiplier and no other measure one', () => {
    for (const indicator of indicators) {
      const needs = indicator.measure === 'rate' || indicator.measure === 'percent' || indicator.measure === 'ratio';
      expect(indicator.multiplier !== undefined, indicator.id).toBe(needs);
      if (indicator.measure === 'percent') expect(indicator.multiplier, indicator.id).toBe(100);
    }
  });

  it('says where no official definition was found', () => {
    for (const indicator of indicators) {
      if (indicator.references.length === 0) expect(indicator.definitionNote, indicator.id).toBeDefined();
    }
  });

  it('records the published precision of the plans’ figures', () => {
    // 'số bác sĩ/vạn dân: 17,5' and 'số giường bệnh/vạn dân: 49,2' (seed 000) have one decimal
    expect(getIndicator('doctors-per-10k')?.decimals).toBe(1);
    expect(getIndicator('beds-per-10k')?.decimals).toBe(1);
    // Ninh Bình (seed 004): stunting 'below 15.5%' and sex ratio 111.1 have one decimal
    expect(getIndicator('stunting-under-5')?.decimals).toBe(1);
    expect(getIndicator('sex-ratio-at-birth')?.decimals).toBe(1);
  });

  it('says of every indicator whether it is a flow or a stock', () => {
    expect(indicators.filter((indicator) => indicator.nature === undefined).map((indicator) => indicator.id)).toEqual([]);
    // issue #10: flows are counted over a period (visits, vaccinations, births, deaths, a
    // survey of the year); stocks are a state at a date (coverage, doctors per 10,000,
    // stations with a doctor, communes meeting the criteria, records created)
    const expected: Record<string, 'flow' | 'stock'> = {
      'insured-visits-at-commune-stations': 'flow',
      'tcmr-full-immunization-under-1': 'flow',
      'essential-immunization-coverage': 'flow',
      'sex-ratio-at-birth': 'flow',
      'life-expectancy': 'flow',
      'patient-satisfaction': 'flow',
      'free-checkup-coverage': 'flow',
      'major-epidemic': 'flow',
      'health-insurance-coverage': 'stock',
      'doctors-per-10k': 'stock',
      'beds-per-10k': 'stock',
      'beds-per-10k-incl-commune-stations': 'stock',
      'station-doctors': 'stock',
      'stations-with-doctors': 'stock',
      'communes-meeting-national-criteria': 'stock',
      'communes-meeting-national-criteria-count': 'stock',
      'ehr-coverage': 'stock',
    };
    for (const [id, nature] of Object.entries(expected)) expect(requireIndicator(id).nature, id).toBe(nature);
  });

  it('names variants of catalog indicators that measure the same thing in the same unit', () => {
    const variants = indicators.filter((indicator) => indicator.variantOf !== undefined);
    expect(variants.map((indicator) => [indicator.id, indicator.variantOf])).toEqual([['beds-per-10k-incl-commune-stations', 'beds-per-10k']]);
    for (const variant of variants) {
      const base = requireIndicator(variant.variantOf as string);
      expect([variant.measure, variant.multiplier, variant.unit, variant.decimals, variant.nature]).toEqual([base.measure, base.multiplier, base.unit, base.decimals, base.nature]);
      expect(base.variantOf, 'a variant of a variant').toBeUndefined();
    }
  });

  it('counts doctors as GSO does: bác sĩ and above, not y sĩ, public and private, over the population at the same date', () => {
    // GSO metadata “Số bác sỹ, số giường bệnh trên mười nghìn dân”: “Số bác sỹ công tác trong
    // lĩnh vực y tế có đến thời điểm báo cáo × 10.000 / Dân số cùng thời điểm”; “Bác sỹ ở đây
    // gồm bác sĩ, thạc sỹ, tiến sỹ, giáo sư, phó giáo sư … có bằng bác sỹ trở lên”; sources
    // include “Điều tra cơ sở và nhân lực y tế ngoài công lập”.
    const doctors = requireIndicator('doctors-per-10k');
    expect(doctors.numerator?.vi).toContain('có bằng bác sĩ trở lên; không tính y sĩ');
    expect(doctors.numerator?.vi).toContain('cả công lập và ngoài công lập');
    expect(doctors.denominator?.vi).toContain('cùng thời điểm báo cáo');
    expect(doctors.denominator?.vi).not.toContain('trung bình');
    const gso = doctors.references.find((reference) => reference.system === 'gso-vn');
    expect(gso?.url).toBe('https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-so-bac-sy-so-giuong-benh-tren-muoi-nghin-dan/');
    expect(doctors.definitionNote?.en).toContain('populationBasis');
  });

  it('keeps beds per 10,000 without commune stations as the official series, and names the variant with them', () => {
    // GSO: “Không tính số giường tại các trạm y tế xã/phường/thị trấn, cơ quan.”
    const official = requireIndicator('beds-per-10k');
    const withStations = requireIndicator('beds-per-10k-incl-commune-stations');
    expect(official.numerator?.vi).toContain('không tính giường tại trạm y tế xã');
    expect(withStations.numerator?.vi).toContain('kể cả giường tại trạm y tế xã');
    expect(official.variantOf).toBeUndefined();
    expect(official.definitionNote?.vi).toContain('beds-per-10k-incl-commune-stations');
  });

  it('cites the decisions the plans’ survey and criteria indicators follow', () => {
    const codes = (id: string) => requireIndicator(id).references.map((reference) => reference.code);
    // Quyết định 3869/QĐ-BYT, 28/8/2019: survey forms and method for patient satisfaction
    expect(codes('patient-satisfaction')).toContain('3869/QĐ-BYT');
    expect(requireIndicator('patient-satisfaction').references[0]?.title).toContain('ngày 28/8/2019');
    // Quyết định 1300/QĐ-BYT (2023): the national commune health criteria
    expect(codes('communes-meeting-national-criteria')).toContain('1300/QĐ-BYT');
    expect(codes('communes-meeting-national-criteria-count')).toContain('1300/QĐ-BYT');
  });

  it('gives the sex ratio at birth its natural band, 104–107, with a source', () => {
    // IUSSP PAPP101: “usually falling within the range of 104-107 male births for every 100 female births”
    const srb = requireIndicator('sex-ratio-at-birth');
    expect([srb.referenceRange?.lower, srb.referenceRange?.upper]).toEqual(['104', '107']);
    expect(srb.references.some((reference) => reference.url === 'http://papp.iussp.org/sessions/papp101_s03/PAPP101_s03_080_020.html')).toBe(true);
    // Ninh Bình's ceiling of 111,1 lies above the band: the plan aims to bring the ratio down towards it
    expect(Number(srb.referenceRange?.upper)).toBeLessThan(111.1);
    // only band indicators carry a reference range
    expect(indicators.filter((indicator) => indicator.referenceRange !== undefined).map((indicator) => indicator.polarity)).toEqual(['band']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(indicators)).toBe(true);
    expect(Object.isFrozen(requireIndicator('doctors-per-10k').name)).toBe(true);
    expect(Object.isFrozen(requireIndicator('sex-ratio-at-birth').referenceRange)).toBe(true);
  });
});

describe('getIndicator', () => {
  it('returns undefined for an id outside the catalog', () => {
    expect(getIndicator('no-such-indicator')).toBeUndefined();
  });
});

describe('requireIndicator', () => {
  it('returns the entry', () => {
    expect(requireIndicator('sex-ratio-at-birth').measure).toBe('ratio');
  });

  it('throws INVALID_ARGUMENT naming id for an unknown id', () => {
    const error = errorOf(() => requireIndicator('no-such-indicator'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.field).toBe('id');
    expect(error.message).toBe('id must be an indicator id in the catalog (got "no-such-indicator")');
    expect(error.vi).toBe('id phải là mã chỉ số có trong danh mục (nhận "no-such-indicator")');
  });

  it('suggests the catalog id a misspelt one is nearest to', () => {
    // one letter dropped from 'doctors-per-10k'
    const error = errorOf(() => requireIndicator('doctor-per-10k'));
    expect(error.message).toBe(`id must be an indicator id in the catalog (got "doctor-per-10k"); did you mean 'doctors-per-10k'?`);
    expect(error.vi).toBe(`id phải là mã chỉ số có trong danh mục (nhận "doctor-per-10k"); có phải là 'doctors-per-10k'?`);
  });

  it('throws INVALID_ARGUMENT for a value that is not a string', () => {
    const error = errorOf(() => requireIndicator(42 as unknown as string));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.field).toBe('id');
  });
});

describe('defaultDecimals', () => {
  const doctors = requireIndicator('doctors-per-10k');

  it('prefers the target, then the indicator', () => {
    expect(defaultDecimals(doctors, { target: { decimals: 3 } })).toBe(3);
    expect(defaultDecimals(doctors, { target: {} })).toBe(1);
    expect(defaultDecimals(doctors)).toBe(1);
    expect(defaultDecimals(requireIndicator('health-insurance-coverage'))).toBe(2);
  });

  it('falls back to 2 for percentages and 1 for other rates per N', () => {
    expect(defaultDecimals(undefined, { per: 100 })).toBe(2);
    expect(defaultDecimals(undefined, { per: '100' })).toBe(2);
    expect(defaultDecimals(undefined, { per: 10000 })).toBe(1);
    expect(defaultDecimals(undefined, { per: 100000n })).toBe(1);
  });

  it('rejects a call it cannot settle', () => {
    const error = errorOf(() => defaultDecimals(undefined));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.field).toBe('per');
  });

  it('rejects bad decimals and a bad per', () => {
    expect(errorOf(() => defaultDecimals(doctors, { target: { decimals: 1.5 } }))).toMatchObject({
      code: 'NOT_AN_INTEGER',
      field: 'target.decimals',
    });
    expect(errorOf(() => defaultDecimals(doctors, { target: { decimals: 21 } }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      field: 'target.decimals',
    });
    expect(errorOf(() => defaultDecimals(undefined, { per: 0 }))).toMatchObject({ code: 'ZERO_DENOMINATOR', field: 'per' });
    expect(errorOf(() => defaultDecimals(undefined, { per: 'abc' }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'per' });
  });
});

describe('mortality indicators (issue 12)', () => {
  it('infant and under-5 mortality per 1,000 live births (‰), maternal mortality per 100,000', () => {
    expect(getIndicator('infant-mortality-rate')).toMatchObject({ measure: 'rate', multiplier: 1000, polarity: 'lower-is-better', decimals: 1 });
    expect(getIndicator('under-5-mortality-rate')).toMatchObject({ measure: 'rate', multiplier: 1000, polarity: 'lower-is-better', decimals: 1 });
    expect(getIndicator('maternal-mortality-ratio')).toMatchObject({ measure: 'rate', multiplier: 100000, polarity: 'lower-is-better' });
    expect(getIndicator('infant-mortality-rate')?.unit.vi.startsWith('‰')).toBe(true);
    for (const id of ['infant-mortality-rate', 'under-5-mortality-rate', 'maternal-mortality-ratio']) {
      const indicator = getIndicator(id);
      // each cites Thông tư 20/2019/TT-BYT and says what could not be confirmed
      expect(indicator?.references.some((reference) => reference.code === '20/2019/TT-BYT'), id).toBe(true);
      expect(indicator?.definitionNote?.en, id).toContain('20/2019/TT-BYT');
      expect(indicator?.denominator?.en, id).toBe('Live births in the same period');
    }
    // appended at the end of the catalog, after the indicators the plans use
    expect(indicators.slice(-3).map((indicator) => indicator.id)).toEqual(['infant-mortality-rate', 'under-5-mortality-rate', 'maternal-mortality-ratio']);
  });
});
