/**
 * The statistics section of the demo, as a pure function: a province's life table and
 * healthy life expectancy, a directly standardised death rate against the shipped standard
 * populations, and a commune benchmarked against its province. Every figure here is
 * ILLUSTRATIVE (made up to look like a Vietnamese province), not an official statistic.
 *
 * @module
 */
import {
  compareWithBenchmark,
  compareWithGoal,
  crudeRate,
  directlyStandardisedRate,
  esp2013,
  formatNumber,
  healthyLifeExpectancy,
  lifeTable,
  sexRatioAtBirth,
  standardPopulationFor,
  whoWorldStandard,
} from '../src/index.js';

/** Age bands of Vietnamese vital statistics: 0, 1–4, 5–9, …, 75–79, 80+. */
export const PROVINCE_START_AGES: readonly number[] = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80];
/** Illustrative mid-year population of a province of about 1.3 million, by band. */
export const PROVINCE_POPULATION: readonly number[] = [
  19800, 80600, 104500, 98200, 92100, 95300, 101400, 104800, 98700, 91500, 86200, 79800, 70100, 58400, 43900, 29700, 19800, 22600,
];
/** Illustrative deaths in the year, by band. */
export const PROVINCE_DEATHS: readonly number[] = [
  238, 40, 25, 24, 56, 95, 112, 136, 158, 201, 284, 415, 596, 818, 1010, 1130, 1290, 3390,
];
/** Illustrative share of each band reporting good health (a provincial health survey). */
export const PROVINCE_HEALTHY_SHARE: readonly number[] = [
  0.97, 0.96, 0.96, 0.95, 0.95, 0.94, 0.93, 0.92, 0.9, 0.88, 0.85, 0.81, 0.76, 0.7, 0.63, 0.55, 0.47, 0.38,
];

const TEXT = {
  vi: {
    title: 'Thống kê (số liệu minh họa)',
    lifeTable: 'Bảng sống của tỉnh (Chiang II, khoảng tin cậy 95% theo Silcocks):',
    expectancy: (age: string) => `tuổi thọ trung bình ở tuổi ${age}`,
    healthy: 'số năm sống khỏe mạnh (Sullivan)',
    years: 'năm',
    dsr: 'Tỷ suất chết chuẩn hóa theo tuổi (trên 100.000 dân, Dobson 95%):',
    crude: 'tỷ suất thô',
    vietnam2019: 'Cơ cấu tuổi Tổng điều tra 2019 (TCTK): chưa kèm theo thư viện; dùng standard của riêng bạn.',
    commune: 'Một xã so với tỉnh (tỷ suất chết trẻ em dưới 1 tuổi, ‰):',
    province: 'tỉnh',
    communeName: 'xã',
    comparison: { better: 'tốt hơn', similar: 'tương tự', worse: 'kém hơn', higher: 'cao hơn', lower: 'thấp hơn' },
    atLevel: (level: string) => `(ở mức ${level})`,
    srb: 'Tỷ số giới tính khi sinh so với chỉ tiêu “không quá 111,1”:',
    rating: { green: 'xanh (đạt rõ ràng)', amber: 'vàng (chưa phân biệt được với chỉ tiêu)', red: 'đỏ (không đạt rõ ràng)' },
  },
  en: {
    title: 'Statistics (illustrative data)',
    lifeTable: 'The province’s life table (Chiang II, 95% limits by Silcocks):',
    expectancy: (age: string) => `life expectancy at ${age}`,
    healthy: 'healthy life expectancy (Sullivan)',
    years: 'years',
    dsr: 'Age-standardised death rate (per 100,000, Dobson 95%):',
    crude: 'crude rate',
    vietnam2019: 'The 2019 census age structure (GSO) is not shipped yet; pass your own standard.',
    commune: 'A commune against its province (infant mortality, ‰):',
    province: 'province',
    communeName: 'commune',
    comparison: { better: 'better', similar: 'similar', worse: 'worse', higher: 'higher', lower: 'lower' },
    atLevel: (level: string) => `(at ${level})`,
    srb: 'Sex ratio at birth against the target “at most 111.1”:',
    rating: { green: 'green (clearly met)', amber: 'amber (cannot be told apart from the target)', red: 'red (clearly not met)' },
  },
} as const;

/**
 * The statistics section in Vietnamese or English, as lines of text.
 *
 * @param lang - `'vi'` or `'en'`.
 */
export function statsDemo(lang: 'vi' | 'en'): string[] {
  const L = TEXT[lang];
  const n = (value: number, decimals: number): string => formatNumber(value.toFixed(decimals), { locale: lang, decimals });
  const range = (lower: number, upper: number, decimals: number): string => `${n(lower, decimals)}–${n(upper, decimals)}`;
  const lines: string[] = [L.title, '', L.lifeTable];

  const options = { startAges: PROVINCE_START_AGES, deaths: PROVINCE_DEATHS, population: PROVINCE_POPULATION };
  const table = lifeTable(options);
  for (const k of [0, 13]) {
    const row = table.rows[k];
    if (row === undefined) continue;
    lines.push(`  ${L.expectancy(String(row.startAge))}: ${n(row.expectancy, 2)} ${L.years} (${range(row.lower, row.upper, 2)})`);
  }
  const healthy = healthyLifeExpectancy({ ...options, healthyShare: PROVINCE_HEALTHY_SHARE, sampleSizes: PROVINCE_START_AGES.map(() => 400) });
  lines.push(`  ${L.healthy}: ${n(healthy.expectancy, 2)} ${L.years} (${range(healthy.lower, healthy.upper, 2)})`, '', L.dsr);

  for (const standard of [esp2013, whoWorldStandard]) {
    // the WHO standard has no separate under-1 band: merge 0 and 1–4 in the data
    const starts = standard.startAges.includes(1) ? PROVINCE_START_AGES : PROVINCE_START_AGES.slice(1).map((age, k) => (k === 0 ? 0 : age));
    const deaths = standard.startAges.includes(1) ? PROVINCE_DEATHS : [(PROVINCE_DEATHS[0] ?? 0) + (PROVINCE_DEATHS[1] ?? 0), ...PROVINCE_DEATHS.slice(2)];
    const population = standard.startAges.includes(1)
      ? PROVINCE_POPULATION
      : [(PROVINCE_POPULATION[0] ?? 0) + (PROVINCE_POPULATION[1] ?? 0), ...PROVINCE_POPULATION.slice(2)];
    const dsr = directlyStandardisedRate({ events: deaths, population, standard: standardPopulationFor(standard, starts) });
    lines.push(`  ${standard.name[lang]}: ${n(dsr.value, 1)} (${range(dsr.lower, dsr.upper, 1)}); ${L.crude} ${n(dsr.crude, 1)}`);
  }
  lines.push(`  ${L.vietnam2019}`, '', L.commune);

  const province = crudeRate({ events: 238, population: 19800, per: 1000 });
  lines.push(`  ${L.province}: ${n(province.value, 1)}‰ (${range(province.lower, province.upper, 1)})`);
  // two communes: 7 infant deaths in 310 live births, and 14 in 420
  for (const [name, deaths, births] of [['A', 7, 310], ['B', 14, 420]] as const) {
    const commune = crudeRate({ events: deaths, population: births, per: 1000 });
    const commune998 = crudeRate({ events: deaths, population: births, per: 1000, level: 0.998 });
    const result = compareWithBenchmark({
      value: commune.value,
      intervals: [commune, commune998].map((rate) => ({ level: rate.level, lower: rate.lower, upper: rate.upper })),
      benchmark: province.value,
      polarity: 'lower-is-better',
    });
    const level = result.level === null ? '' : ` ${L.atLevel(`${n(result.level * 100, 1)}%`)}`;
    lines.push(`  ${L.communeName} ${name}: ${deaths}/${births} = ${n(commune.value, 1)}‰ (${range(commune.lower, commune.upper, 1)}) → ${L.comparison[result.comparison]}${level}`);
  }
  lines.push('', L.srb);
  const srb = sexRatioAtBirth({ boys: 25270, girls: 22500 });
  const rating = compareWithGoal({ value: srb.value, lower: srb.lower, upper: srb.upper, comparator: '<=', goal: 111.1 });
  lines.push(`  ${n(srb.value, 1)} (${range(srb.lower, srb.upper, 1)}) → ${L.rating[rating.rating]}`);
  return lines;
}
