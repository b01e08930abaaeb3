/**
 * The catalog against the official definitions it cites (src/catalog/references.ts; DESIGN.md,
 * “catalog/”): each code and title below is written out from its source, the UN's global SDG
 * indicator framework (A/RES/71/313 and its annual refinements) and WHO's Global Health
 * Observatory indicator list (its indicator codes and names), not from the catalog. The
 * multiplier each definition implies (“per 10 000 population”, “per 1000 live births”, “(%)”)
 * is read from the official name and must be the catalog's.
 */
import { describe, expect, it } from 'vitest';
import { requireIndicator } from '../../src/catalog/index.js';

interface Official {
  /** The catalog entry that cites the definition. */
  readonly id: string;
  readonly system: 'sdg' | 'who-gho';
  readonly code: string;
  /** The indicator's name as its source words it. */
  readonly title: string;
}

/** WHO GHO indicator names as the GHO lists them (code: name). */
const WHO_GHO: readonly Official[] = [
  { id: 'doctors-per-10k', system: 'who-gho', code: 'HWF_0001', title: 'Medical doctors (per 10 000 population)' },
  { id: 'beds-per-10k', system: 'who-gho', code: 'WHS6_102', title: 'Hospital beds (per 10 000 population)' },
  { id: 'life-expectancy', system: 'who-gho', code: 'WHOSIS_000001', title: 'Life expectancy at birth (years)' },
  { id: 'healthy-life-expectancy', system: 'who-gho', code: 'WHOSIS_000002', title: 'Healthy life expectancy (HALE) at birth (years)' },
  {
    id: 'infant-mortality-rate',
    system: 'who-gho',
    code: 'MDG_0000000001',
    title: 'Infant mortality rate (probability of dying between birth and age 1 per 1000 live births)',
  },
  {
    id: 'under-5-mortality-rate',
    system: 'who-gho',
    code: 'MDG_0000000007',
    title: 'Under-five mortality rate (probability of dying by age 5 per 1000 live births)',
  },
  { id: 'maternal-mortality-ratio', system: 'who-gho', code: 'MDG_0000000026', title: 'Maternal mortality ratio (per 100 000 live births)' },
  { id: 'uhc-service-coverage-index', system: 'who-gho', code: 'UHC_INDEX_REPORTED', title: 'UHC service coverage index (SDG 3.8.1)' },
];

/** SDG indicator titles as the global indicator framework words them (the short title of 3.8.1, whose full one goes on “(defined as …)”). */
const SDG: readonly Official[] = [
  { id: 'doctors-per-10k', system: 'sdg', code: '3.c.1', title: 'Health worker density and distribution' },
  {
    id: 'tcmr-full-immunization-under-1',
    system: 'sdg',
    code: '3.b.1',
    title: 'Proportion of the target population covered by all vaccines included in their national programme',
  },
  {
    id: 'essential-immunization-coverage',
    system: 'sdg',
    code: '3.b.1',
    title: 'Proportion of the target population covered by all vaccines included in their national programme',
  },
  {
    id: 'stunting-under-5',
    system: 'sdg',
    code: '2.2.1',
    title:
      'Prevalence of stunting (height for age <-2 standard deviation from the median of the World Health Organization (WHO) Child Growth Standards) among children under 5 years of age',
  },
  { id: 'uhc-service-coverage-index', system: 'sdg', code: '3.8.1', title: 'Coverage of essential health services' },
  { id: 'under-5-mortality-rate', system: 'sdg', code: '3.2.1', title: 'Under-5 mortality rate' },
  { id: 'maternal-mortality-ratio', system: 'sdg', code: '3.1.1', title: 'Maternal mortality ratio' },
];

/** The multiplier an official name states: “per 10 000 population” → 10000, “per 1000 live births” → 1000, “(%)” → 100. */
function perOf(title: string): number | undefined {
  const per = /per (\d[\d ]*\d|\d) (?:population|live births)/.exec(title);
  if (per !== null) return Number((per[1] as string).replace(/ /g, ''));
  return title.endsWith('(%)') ? 100 : undefined;
}

describe('the catalog cites official definitions as they are worded', () => {
  it.each([...WHO_GHO, ...SDG].map((official) => [`${official.system} ${official.code}`, official.id, official] as const))(
    '%s, cited by %s',
    (_label, id, official) => {
      const cited = requireIndicator(id).references.filter((reference) => reference.system === official.system && reference.code === official.code);
      expect(cited.map((reference) => reference.title)).toEqual([official.title]);
    },
  );

  it('cites the WHO GHO stunting indicator, NUTRITION_HA_2, “Children aged <5 years stunted (%)”', () => {
    const cited = requireIndicator('stunting-under-5').references.find((reference) => reference.code === 'NUTRITION_HA_2');
    expect(cited?.system).toBe('who-gho');
    // the GHO writes the name both with and without a space after '<'
    expect(cited?.title).toMatch(/^Children aged < ?5 years stunted \(%\)$/);
  });
});

describe('the catalog measures what the official definitions measure', () => {
  it('reads the multiplier an official name states', () => {
    expect([perOf('Medical doctors (per 10 000 population)'), perOf('Maternal mortality ratio (per 100 000 live births)')]).toEqual([10000, 100000]);
    expect([perOf('Under-five mortality rate (probability of dying by age 5 per 1000 live births)'), perOf('Children aged <5 years stunted (%)')]).toEqual([1000, 100]);
    expect(perOf('Life expectancy at birth (years)')).toBeUndefined();
  });

  it.each(WHO_GHO.filter((official) => perOf(official.title) !== undefined).map((official) => [official.id, official.title] as const))(
    '%s: the multiplier of “%s”',
    (id, title) => {
      expect(requireIndicator(id).multiplier).toBe(perOf(title));
      expect(requireIndicator(id).measure).toBe('rate');
    },
  );

  it('the stunting prevalence is a percentage of children under 5, and lower is better', () => {
    // GHO “Children aged <5 years stunted (%)”; SDG target 2.2: end all forms of malnutrition, reduce stunting
    const stunting = requireIndicator('stunting-under-5');
    expect([stunting.measure, stunting.multiplier, stunting.polarity]).toEqual(['percent', 100, 'lower-is-better']);
  });

  it('life expectancy and healthy life expectancy are means in years, with no multiplier', () => {
    // GHO “Life expectancy at birth (years)”, “Healthy life expectancy (HALE) at birth (years)”
    for (const id of ['life-expectancy', 'healthy-life-expectancy']) {
      const indicator = requireIndicator(id);
      expect([indicator.measure, indicator.multiplier, indicator.unit.en, indicator.polarity], id).toEqual(['mean', undefined, 'years', 'higher-is-better']);
    }
  });

  it('mortality is counted per live births, and lower is better', () => {
    // GSO yearbook: IMR = D0 / B × 1000 (deaths under one over live births); GHO: U5MR per 1000
    // live births, MMR per 100 000 live births; SDG 3.1 and 3.2 set ceilings on all three
    for (const [id, per] of [
      ['infant-mortality-rate', 1000],
      ['under-5-mortality-rate', 1000],
      ['maternal-mortality-ratio', 100000],
    ] as const) {
      const indicator = requireIndicator(id);
      expect([indicator.multiplier, indicator.polarity, indicator.nature], id).toEqual([per, 'lower-is-better', 'flow']);
    }
  });

  it('the sex ratio at birth counts boys per 100 girls', () => {
    // IUSSP PAPP101: “the number of male births for every 100 female births”
    const srb = requireIndicator('sex-ratio-at-birth');
    expect([srb.measure, srb.multiplier]).toEqual(['ratio', 100]);
    expect(srb.unit.en).toBe('boys per 100 girls');
  });

  it('doctors and beds per 10,000 as GSO’s metadata computes them: count × 10.000 / population at the same date', () => {
    for (const id of ['doctors-per-10k', 'beds-per-10k', 'beds-per-10k-incl-commune-stations']) {
      const indicator = requireIndicator(id);
      expect([indicator.measure, indicator.multiplier, indicator.nature, indicator.polarity], id).toEqual(['rate', 10000, 'stock', 'higher-is-better']);
    }
  });
});
