/**
 * An example dataset for the demo: observations of every indicator the five source plans'
 * targets use, for each plan's own area, 2021–2026.
 *
 * THE FIGURES ARE INVENTED FOR ILLUSTRATION. They are not statistics of Cao Minh, Xuân Hưng,
 * Thống Nhất, the district of plan 141-KH/HU or Ninh Bình; every such observation carries
 * `illustrative: true` and a source note saying so. They were chosen so that the demo's
 * scorecards show every status (achieved, not achieved, on track, off track, no data, needs
 * review) and the edge cases the library is built for: 95,00% is not “trên 95%”, 11,45 doctors
 * per 10 000 is published as 11,5 and meets 11,5, a figure one short of its threshold says how
 * many more it takes.
 *
 * The only real figures are four national results for 2025 (area `'vn'`, period `'2025'`),
 * cited to the Ministry of Health; no plan is for area `'vn'`, so they appear beside the
 * scorecards as context, never inside one.
 *
 * Shares of units (“100% Trạm y tế có tối thiểu 4 bác sĩ”) are computed from unit-level
 * observations: one `station-doctors` (or `station-technical-list-coverage`) row per station
 * and year, with `parent` naming the commune, district or province. The station ids are made
 * up too. Which status each target is meant to get, and why, is written beside its rows.
 *
 * Every area the rows use is in {@link areas}, with its `parent`: the country, three
 * provinces, three communes, the district of plan 141-KH/HU, and the stations. Xuân Hưng's
 * one station has two sub-stations (điểm trạm): its doctors are observed on them, and the
 * station's figure is their sum. Cao Minh's beds and doctors per 10,000 are the province's
 * targets, so their rows are Thái Nguyên's.
 *
 * @module
 */
import { parseObservations, type Area, type Observation, type ObservationInput } from '../../src/index.js';

/** Source note of every invented figure. */
export const ILLUSTRATIVE_SOURCE = {
  vi: 'Số liệu minh họa, tự đặt ra cho ví dụ; không phải số liệu thống kê thật',
  en: 'Illustrative figure, invented for this example; not a real statistic',
} as const;

/** Citation of the national 2025 results. */
export const MOH_2025_SOURCE = {
  vi: 'Bộ Y tế, kết quả năm 2025',
  en: 'Ministry of Health, 2025 results',
} as const;

/** A yearly figure given directly, or as numerator and denominator. */
type Row = readonly [period: string, value: string | boolean] | readonly [period: string, numerator: number, denominator: number];

/** Illustrative rows of one indicator for one area. */
function series(indicator: string, area: string, rows: readonly Row[]): ObservationInput[] {
  return rows.map((row) => {
    const base = { indicator, area, period: row[0], illustrative: true, source: ILLUSTRATIVE_SOURCE };
    return row.length === 2 ? { ...base, value: row[1] } : { ...base, numerator: row[1], denominator: row[2] };
  });
}

/** Illustrative unit-level rows: one value per station for each year, `parent` the area. */
function units(indicator: string, parent: string, stations: readonly string[], byYear: Readonly<Record<string, readonly number[]>>): ObservationInput[] {
  const rows: ObservationInput[] = [];
  for (const [period, values] of Object.entries(byYear)) {
    if (values.length !== stations.length) throw new Error(`units(${indicator}, ${period}): ${values.length} values for ${stations.length} stations`);
    values.forEach((value, i) => {
      rows.push({ indicator, area: `${parent}/${stations[i]}`, parent, period, value, illustrative: true, source: ILLUSTRATIVE_SOURCE });
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// National results for 2025, published by the Ministry of Health (real figures).
// ---------------------------------------------------------------------------------------
const national: ObservationInput[] = [
  { indicator: 'health-insurance-coverage', area: 'vn', period: '2025', value: '95.15', source: MOH_2025_SOURCE },
  { indicator: 'doctors-per-10k', area: 'vn', period: '2025', value: '15', source: MOH_2025_SOURCE },
  { indicator: 'beds-per-10k', area: 'vn', period: '2025', value: '34.5', source: MOH_2025_SOURCE },
  { indicator: 'life-expectancy', area: 'vn', period: '2025', value: '74.8', source: MOH_2025_SOURCE },
];

// ---------------------------------------------------------------------------------------
// Cao Minh commune (plan cao-minh-2026). Every target is due 2026-12-31, so at the demo's
// asOf (2026-12-31) each is judged on the 2026 figure: achieved, not achieved or no data.
// Beds and doctors per 10 000 are Thái Nguyên's figures restated in the commune's plan, so
// their targets and rows are the province's: population 1 800 000 in 2026 (invented, a
// round figure), from 1 770 000 in 2021, 6 000 more a year. The other rows are the commune's.
// Intended: achieved 3, not achieved 3, no data 1.
// ---------------------------------------------------------------------------------------
const THAI_NGUYEN = 'vn-thai-nguyen';
const CAO_MINH = 'vn-thai-nguyen/cao-minh';
const caoMinh: ObservationInput[] = [
  // beds ≥ 49,2 (the province's) → NOT ACHIEVED: 8 550 / 1 800 000 × 10 000 = 47,5. 49,2 at
  // one decimal needs an exact rate ≥ 49,15, i.e. n ≥ 49,15 × 180 = 8 847 beds (8 847 / 180 =
  // 49,15 → 49,2; 8 846 / 180 = 49,144… → 49,1): 297 more.
  ...series('beds-per-10k', THAI_NGUYEN, [
    ['2021', 8260, 1_770_000],
    ['2022', 8300, 1_776_000],
    ['2023', 8360, 1_782_000],
    ['2024', 8420, 1_788_000],
    ['2025', 8480, 1_794_000],
    ['2026', 8550, 1_800_000],
  ]),
  // doctors ≥ 17,5 (the province's) → ACHIEVED, exactly on the threshold: 3 150 / 1 800 000 ×
  // 10 000 = 17,5.
  ...series('doctors-per-10k', THAI_NGUYEN, [
    ['2021', 2750, 1_770_000],
    ['2022', 2820, 1_776_000],
    ['2023', 2900, 1_782_000],
    ['2024', 2980, 1_788_000],
    ['2025', 3060, 1_794_000],
    ['2026', 3150, 1_800_000],
  ]),
  // 100% of stations with ≥ 4 doctors → ACHIEVED: 3 of 3 stations in 2026 (4, 5, 4 doctors).
  ...units('station-doctors', CAO_MINH, ['tram-1', 'tram-2', 'tram-3'], {
    '2024': [3, 4, 2],
    '2025': [4, 4, 3],
    '2026': [4, 5, 4],
  }),
  // insurance > 95% → NOT ACHIEVED: 11 400 / 12 000 = 95,00%, and 95,00% is not “trên 95%”.
  ...series('health-insurance-coverage', CAO_MINH, [
    ['2021', 10970, 11700],
    ['2022', 11060, 11760],
    ['2023', 11150, 11820],
    ['2024', 11240, 11880],
    ['2025', 11320, 11940],
    ['2026', 11400, 12000],
  ]),
  // free check-ups (aspirational) → NO DATA, on purpose: no row for free-checkup-coverage.
  // e-health books ≥ 100% → NOT ACHIEVED: 11 580 / 12 000 = 96,50%.
  ...series('ehr-coverage', CAO_MINH, [
    ['2024', 6200, 11880],
    ['2025', 9800, 11940],
    ['2026', 11580, 12000],
  ]),
  // insured visits at the station ≥ 20% → ACHIEVED: 2 460 of 12 000 insured visits = 20,50%.
  ...series('insured-visits-at-commune-stations', CAO_MINH, [
    ['2024', 1710, 11400],
    ['2025', 2090, 11600],
    ['2026', 2460, 12000],
  ]),
];

// ---------------------------------------------------------------------------------------
// Xuân Hưng commune (plan xuan-hung-2026), Ninh Bình province. The commune has one health
// station with two sub-stations (điểm trạm), whose doctors add up to the station's.
// Intended: achieved 1, not achieved 1, on track 3, off track 2, needs review 5.
// ---------------------------------------------------------------------------------------
const XUAN_HUNG = 'vn-ninh-binh/xuan-hung';
const XUAN_HUNG_STATION = `${XUAN_HUNG}/tram-y-te`;
const xuanHung: ObservationInput[] = [
  // immunization > 95% by 2030 → ON TRACK (projected): 93,00 (2021) → 94,80 (2026), 0,36 a
  // year, reaches 96,24 in 2030.
  ...series('essential-immunization-coverage', XUAN_HUNG, [
    ['2021', '93.00'],
    ['2022', '93.40'],
    ['2023', '93.70'],
    ['2024', '94.10'],
    ['2025', '94.50'],
    ['2026', '94.80'],
  ]),
  // physical activity “tăng thêm 10%” → NEEDS REVIEW whatever the data (relative or points?).
  ...series('physical-activity', XUAN_HUNG, [
    ['2025', '31.00'],
    ['2026', '33.50'],
  ]),
  // free check-up at least once a year: ≥ 100% in 2026 → NOT ACHIEVED (78,40%), and the
  // “maintain from 2026” target → OFF TRACK (2026 already fails).
  ...series('free-checkup-coverage', XUAN_HUNG, [['2026', '78.40']]),
  // e-health book for everyone by 2030 → ON TRACK (projected): 40 → 85 over 2023–2026.
  ...series('ehr-coverage', XUAN_HUNG, [
    ['2023', '40.00'],
    ['2024', '55.00'],
    ['2025', '70.00'],
    ['2026', '85.00'],
  ]),
  // the station has ≥ 5 doctors by 2027 → ON TRACK once its sub-stations are rolled up into
  // it: 2 + 1 = 3 doctors in 2024, 2 + 2 = 4 in 2025, 3 + 2 = 5 in 2026, one more a year, 6
  // in 2027. (Counted as two separate units, neither sub-station would have 5: 0%.)
  ...units('station-doctors', XUAN_HUNG_STATION, ['diem-tram-1', 'diem-tram-2'], {
    '2024': [2, 1],
    '2025': [2, 2],
    '2026': [3, 2],
  }),
  // insured visits > 20% by 2030 → OFF TRACK (projected): 15,20 (2022) → 16,80 (2026),
  // 0,4 a year, 18,40 in 2030.
  ...series('insured-visits-at-commune-stations', XUAN_HUNG, [
    ['2022', '15.20'],
    ['2023', '15.70'],
    ['2024', '16.00'],
    ['2025', '16.40'],
    ['2026', '16.80'],
  ]),
  // insurance > 95% by 2026 → ACHIEVED: 95,60%. (Universal coverage by 2030 is qualitative.)
  ...series('health-insurance-coverage', XUAN_HUNG, [
    ['2024', '94.70'],
    ['2025', '95.10'],
    ['2026', '95.60'],
  ]),
  // hospital-fee exemption, stations invested, universal coverage, vision 2045: qualitative
  // targets → NEEDS REVIEW, no data needed.
];

// ---------------------------------------------------------------------------------------
// Thống Nhất commune (plan thong-nhat-2026), Đồng Nai province.
// Intended: achieved 1, not achieved 1, on track 7, off track 2, no data 3, needs review 4 (two
// of them the appendix sides of the plan's contradictions, which the body text governs).
// ---------------------------------------------------------------------------------------
const THONG_NHAT = 'vn-dong-nai/thong-nhat';
const THONG_NHAT_STATION = `${THONG_NHAT}/tram-y-te`;
const thongNhat: ObservationInput[] = [
  // mean height + ≥ 1,5 cm from 2025 → ON TRACK (projected): 128,4 → 128,9 (+0,5 a year),
  // 130,9 in 2030 is +2,5.
  ...series('mean-height-1-18', THONG_NHAT, [
    ['2025', '128.4'],
    ['2026', '128.9'],
  ]),
  // life expectancy: ≥ 77,67 and the appendix label's ≥ 76,5 by 2030 → both ON TRACK
  // (projected from the plan's baseline 76 in 2021–2025: 76,40 in 2026, +0,4 a year, 78,00
  // in 2030); > 80 by 2045 → OFF TRACK (no baseline in that target, so from the earliest
  // row: 76,1 in 2024, +0,15 a year, 79,25 in 2045).
  ...series('life-expectancy', THONG_NHAT, [
    ['2024', '76.10'],
    ['2025', '76.20'],
    ['2026', '76.40'],
  ]),
  // healthy life expectancy (≥ 68 by 2030, > 71 by 2045) → NO DATA, on purpose: nobody
  // measures it for a commune.
  // essential immunization > 98% by 2030 → ON TRACK (already met: 98,50%).
  ...series('essential-immunization-coverage', THONG_NHAT, [
    ['2024', '98.10'],
    ['2025', '98.30'],
    ['2026', '98.50'],
  ]),
  // physical activity “tăng thêm 10%” → NEEDS REVIEW.
  ...series('physical-activity', THONG_NHAT, [
    ['2025', '28.00'],
    ['2026', '29.10'],
  ]),
  // free check-up every year from 2026 (maintain ≥ 100%) → OFF TRACK: 96,80% in 2026.
  ...series('free-checkup-coverage', THONG_NHAT, [['2026', '96.80']]),
  // e-health book for all by 2026 → NOT ACHIEVED: 91,20%.
  ...series('ehr-coverage', THONG_NHAT, [
    ['2025', '74.00'],
    ['2026', '91.20'],
  ]),
  // the commune's one station has at least 4 (aim 5) doctors by 2027: its doctors work at
  // its two sub-stations (điểm trạm) and add up: 2 + 1 = 3 in 2025, 3 + 1 = 4 in 2026 → ON
  // TRACK (projected 5 at the end of 2027). The share of the commune's stations with ≥ 4
  // doctors (its one station) is 0% in 2025 and 100% in 2026 → ON TRACK, the line stopping
  // at 100%.
  ...units('station-doctors', THONG_NHAT_STATION, ['diem-tram-1', 'diem-tram-2'], {
    '2025': [2, 1],
    '2026': [3, 1],
  }),
  // insured visits: > 20% (text) → ON TRACK, projected (20,00% is not above 20; +0,95 a
  // year from 18,10 in 2024 gives 23,80 in 2030); ≥ 20% (appendix) → ON TRACK, already met.
  ...series('insured-visits-at-commune-stations', THONG_NHAT, [
    ['2024', '18.10'],
    ['2025', '19.00'],
    ['2026', '20.00'],
  ]),
  // insurance > 95%: by 2026 → ACHIEVED (95,40%); by 2030 → ON TRACK (already met).
  ...series('health-insurance-coverage', THONG_NHAT, [
    ['2024', '94.60'],
    ['2025', '95.00'],
    ['2026', '95.40'],
  ]),
  // stations invested 100% by 2030 → NO DATA, on purpose. Hospital-fee exemption:
  // qualitative → NEEDS REVIEW.
];

// ---------------------------------------------------------------------------------------
// The district of plan 141-KH/HU: 10 communes, one station each (the number is invented;
// the plan does not give it). Targets due 2024 and 2025 are judged; 2030 ones projected.
// Intended: achieved 6, not achieved 5, on track 6, off track 2, no data 1 (one figure: no trend
// yet), needs review 1.
// ---------------------------------------------------------------------------------------
const DISTRICT = 'district-141-kh-hu';
const STATIONS = ['tyt-01', 'tyt-02', 'tyt-03', 'tyt-04', 'tyt-05', 'tyt-06', 'tyt-07', 'tyt-08', 'tyt-09', 'tyt-10'];
const district: ObservationInput[] = [
  // district centre's technical list: ≥ 90% by 2025 → ACHIEVED (91,50%); > 95% by 2030 →
  // ON TRACK (projected: 86 in 2023 → 93 in 2026, 2,33 a year, 102,33 in 2030).
  ...series('district-technical-list-coverage', DISTRICT, [
    ['2023', '86.00'],
    ['2024', '88.50'],
    ['2025', '91.50'],
    ['2026', '93.00'],
  ]),
  // stations treating insured patients: 7 stations in 2024 → ACHIEVED (count 7); 100% by
  // 2025 → ACHIEVED (10 of 10); maintained from 2026 → ON TRACK (10 of 10).
  ...series('stations-treating-insured-count', DISTRICT, [
    ['2023', '5'],
    ['2024', '7'],
    ['2025', '10'],
  ]),
  ...series('stations-treating-insured', DISTRICT, [
    ['2024', 7, 10],
    ['2025', 10, 10],
    ['2026', 10, 10],
  ]),
  // stations giving full primary care, 100% by 2025 → NOT ACHIEVED: 9 of 10.
  ...series('stations-full-primary-care', DISTRICT, [
    ['2024', 8, 10],
    ['2025', 9, 10],
  ]),
  // each station's share of the commune technical list: 100% of stations ≥ 90% by 2025 →
  // NOT ACHIEVED (8 of 10 in 2025); 100% of stations ≥ 95% by 2030 → ON TRACK (projected:
  // 20% in 2024, 40% in 2025, 50% in 2026; 15 points a year, 110% in 2030).
  ...units('station-technical-list-coverage', DISTRICT, STATIONS, {
    '2024': [96, 95, 92, 91, 90, 88, 87, 85, 82, 80],
    '2025': [97, 96, 96, 95, 93, 92, 91, 90, 89, 86],
    '2026': [98, 97, 96, 95.5, 95, 94, 93, 92, 91, 90],
  }),
  // communes meeting the national criteria: 8 in 2024 → NOT ACHIEVED (7); 100% by 2025 →
  // ACHIEVED (10 of 10); maintained from 2026 → ON TRACK (10 of 10).
  ...series('communes-meeting-national-criteria-count', DISTRICT, [
    ['2023', '5'],
    ['2024', '7'],
    ['2025', '10'],
  ]),
  ...series('communes-meeting-national-criteria', DISTRICT, [
    ['2024', 7, 10],
    ['2025', 10, 10],
    ['2026', 10, 10],
  ]),
  // residents under health management: 100% by 2025 → NOT ACHIEVED (97,80%); maintained
  // from 2026 → OFF TRACK (98,50% in 2026).
  ...series('population-under-health-management', DISTRICT, [
    ['2024', '95.10'],
    ['2025', '97.80'],
    ['2026', '98.50'],
  ]),
  // insurance: ≥ 95% by 2025 → ACHIEVED, 123 500 / 130 000 = 95,00% exactly (“95%” is
  // inclusive, unlike Cao Minh's “trên 95%”); ≥ 98% by 2030 → OFF TRACK (projected: 94,00 in
  // 2023 → 95,30 in 2026, 0,4333 a year, 97,03 in 2030).
  ...series('health-insurance-coverage', DISTRICT, [
    ['2023', 121080, 128810],
    ['2024', 122360, 129480],
    ['2025', 123500, 130000],
    ['2026', 124367, 130500],
  ]),
  // primary-care users covered by insurance: > 95% by 2025 → ACHIEVED (96,20%); 100% by 2030
  // → ON TRACK (projected: +0,8 a year from 2025, 100,20 in 2030).
  ...series('primary-care-users-insured', DISTRICT, [
    ['2025', '96.20'],
    ['2026', '97.00'],
  ]),
  // high-risk people checked at least once a year: 100% by 2025 → NOT ACHIEVED (88,00%);
  // the 2030 restatement is qualitative → NEEDS REVIEW.
  ...series('high-risk-checkup-coverage', DISTRICT, [['2025', '88.00']]),
  // every station with at least one doctor by 2030 → ON TRACK (already 10 of 10 in 2026).
  ...units('station-doctors', DISTRICT, STATIONS, {
    '2025': [2, 1, 1, 1, 1, 1, 0, 1, 1, 0],
    '2026': [2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  }),
  // every village with a trained health worker by 2030 → OFF TRACK: one figure (92,50% in
  // 2026), no baseline, nothing to project from.
  ...series('villages-with-health-worker', DISTRICT, [['2026', '92.50']]),
];

// ---------------------------------------------------------------------------------------
// Ninh Bình province (plan ninh-binh-health-2026). Population 4 400 000 in 2026 (invented,
// a round figure). Intended: achieved 10, not achieved 4, on track 3, off track 1.
// ---------------------------------------------------------------------------------------
const NINH_BINH = 'vn-ninh-binh';
const NB_POPULATION = 4_400_000;
const NB_STATIONS = ['tyt-a', 'tyt-b', 'tyt-c', 'tyt-d', 'tyt-e', 'tyt-f', 'tyt-g', 'tyt-h'];
const ninhBinh: ObservationInput[] = [
  // doctors ≥ 11,5 → ACHIEVED: 5 038 / 4 400 000 × 10 000 = 11,45 exactly, published
  // half-up as 11,5, which meets 11,5.
  ...series('doctors-per-10k', NINH_BINH, [
    ['2025', 4950, 4_380_000],
    ['2026', 5038, NB_POPULATION],
  ]),
  // beds ≥ 35 → NOT ACHIEVED: 15 180 / 4 400 000 × 10 000 = 34,5; 15 378 beds give 34,95 → 35,0.
  ...series('beds-per-10k', NINH_BINH, [
    ['2025', 15020, 4_380_000],
    ['2026', 15180, NB_POPULATION],
  ]),
  // insurance card holders ≥ 95,3% → ACHIEVED: 4 195 000 / 4 400 000 = 95,34%.
  ...series('health-insurance-coverage', NINH_BINH, [
    ['2025', 4_158_000, 4_380_000],
    ['2026', 4_195_000, NB_POPULATION],
  ]),
  // electronic health records ≥ 40% → ACHIEVED: 62,10%.
  ...series('ehr-coverage', NINH_BINH, [
    ['2025', '35.40'],
    ['2026', '62.10'],
  ]),
  // sex ratio at birth ≤ 111,1 → NOT ACHIEVED: 25 270 boys per 22 500 girls = 112,3.
  ...series('sex-ratio-at-birth', NINH_BINH, [
    ['2025', 25400, 22450],
    ['2026', 25270, 22500],
  ]),
  // stunting < 15,5% → ACHIEVED: 14,8%.
  ...series('stunting-under-5', NINH_BINH, [
    ['2025', '15.6'],
    ['2026', '14.8'],
  ]),
  // a sample of 8 stations: with a doctor, 100% in 2026 → NOT ACHIEVED (7 of 8); ≥ 4 doctors
  // by 2027 → OFF TRACK (25% in 2025, 50% in 2026, 75% projected); ≥ 5 doctors by 2030 →
  // ON TRACK (12,5% in 2025, 37,5% in 2026, 25 points a year, 137,5% projected).
  ...units('station-doctors', NINH_BINH, NB_STATIONS, {
    '2025': [1, 2, 3, 4, 3, 0, 3, 5],
    '2026': [1, 2, 4, 5, 5, 0, 3, 6],
  }),
  // coverage of the expanded programme's vaccines > 95% (section II.2.1.c; each vaccine, so
  // the figure is the lowest vaccine's coverage) → ACHIEVED: 96,30%.
  ...series('essential-immunization-coverage', NINH_BINH, [
    ['2025', '95.60'],
    ['2026', '96.30'],
  ]),
  // children under 1 fully immunized ≥ 95% → ACHIEVED: 96,40%.
  ...series('tcmr-full-immunization-under-1', NINH_BINH, [
    ['2025', '95.80'],
    ['2026', '96.40'],
  ]),
  // stations doing NCD prevention and care, 100% → NOT ACHIEVED: 97,50%.
  ...series('stations-ncd-care', NINH_BINH, [['2026', '97.50']]),
  // social-protection allowances, 100% → ACHIEVED.
  ...series('social-protection-coverage', NINH_BINH, [['2026', '100.00']]),
  // children in special circumstances supported > 95% → ACHIEVED: 96,10%.
  ...series('special-circumstances-children-supported', NINH_BINH, [['2026', '96.10']]),
  // patient satisfaction > 80% → ACHIEVED: 86,40%.
  ...series('patient-satisfaction', NINH_BINH, [
    ['2025', '84.90'],
    ['2026', '86.40'],
  ]),
  // no major epidemic → ACHIEVED: none in 2026.
  ...series('major-epidemic', NINH_BINH, [['2026', false]]),
  // stations invested 100% by 2030 → ON TRACK (projected: 40% → 55%, 115% in 2030).
  ...series('stations-invested', NINH_BINH, [
    ['2025', '40.00'],
    ['2026', '55.00'],
  ]),
  // insured visits at stations > 20% by 2030 → ON TRACK (projected: 17,50 in 2024 → 18,60
  // in 2026, 0,55 a year, 20,80 in 2030).
  ...series('insured-visits-at-commune-stations', NINH_BINH, [
    ['2024', '17.50'],
    ['2025', '18.20'],
    ['2026', '18.60'],
  ]),
];

/**
 * The whole example dataset, parsed (and so validated) with the model's
 * `parseObservations`: a malformed row fails at import, naming `observations[i]`.
 */
export const observations: Observation[] = parseObservations([
  ...national,
  ...caoMinh,
  ...xuanHung,
  ...thongNhat,
  ...district,
  ...ninhBinh,
]);

/** An area of the example, bilingual name and level, with its parent where there is one. */
function area(id: string, vi: string, en: string, level: Area['level'], parent?: string): Area {
  return parent === undefined ? { id, name: { vi, en }, level } : { id, name: { vi, en }, level, parent };
}

/** The stations of a list of ids below `parent`, named “Trạm y tế <label>”. */
function stations(parent: string, ids: readonly string[], label: (id: string, i: number) => string): Area[] {
  return ids.map((id, i) => area(`${parent}/${id}`, `Trạm y tế ${label(id, i)}`, `Health station ${label(id, i)}`, 'facility', parent));
}

/**
 * Every area the example rows use, each with its `parent` (the country and the unnamed
 * district of plan 141-KH/HU have none): Việt Nam; the provinces Thái Nguyên, Ninh Bình and
 * Đồng Nai; the communes Cao Minh, Xuân Hưng and Thống Nhất; the district; and the stations
 * below them. The stations of Xuân Hưng and Thống Nhất each have two sub-stations (điểm trạm)
 * below them, so a station's doctors are the sum of its sub-stations'. The station names are invented, like the figures.
 */
export const areas: readonly Area[] = [
  area('vn', 'Việt Nam', 'Viet Nam', 'national'),
  area(THAI_NGUYEN, 'tỉnh Thái Nguyên', 'Thái Nguyên province', 'province', 'vn'),
  area(NINH_BINH, 'tỉnh Ninh Bình', 'Ninh Bình province', 'province', 'vn'),
  area('vn-dong-nai', 'tỉnh Đồng Nai', 'Đồng Nai province', 'province', 'vn'),
  area(CAO_MINH, 'xã Cao Minh', 'Cao Minh commune', 'commune', THAI_NGUYEN),
  area(XUAN_HUNG, 'xã Xuân Hưng', 'Xuân Hưng commune', 'commune', NINH_BINH),
  area(THONG_NHAT, 'xã Thống Nhất', 'Thống Nhất commune', 'commune', 'vn-dong-nai'),
  area(DISTRICT, 'huyện ban hành Kế hoạch 141-KH/HU', 'the district of plan 141-KH/HU', 'district'),
  ...stations(CAO_MINH, ['tram-1', 'tram-2', 'tram-3'], (_id, i) => `số ${i + 1}, xã Cao Minh`),
  area(XUAN_HUNG_STATION, 'Trạm y tế xã Xuân Hưng', 'Xuân Hưng commune health station', 'facility', XUAN_HUNG),
  area(`${XUAN_HUNG_STATION}/diem-tram-1`, 'Điểm trạm 1, Trạm y tế xã Xuân Hưng', 'Sub-station 1 of the Xuân Hưng health station', 'facility', XUAN_HUNG_STATION),
  area(`${XUAN_HUNG_STATION}/diem-tram-2`, 'Điểm trạm 2, Trạm y tế xã Xuân Hưng', 'Sub-station 2 of the Xuân Hưng health station', 'facility', XUAN_HUNG_STATION),
  area(THONG_NHAT_STATION, 'Trạm y tế xã Thống Nhất', 'Thống Nhất commune health station', 'facility', THONG_NHAT),
  area(`${THONG_NHAT_STATION}/diem-tram-1`, 'Điểm trạm 1, Trạm y tế xã Thống Nhất', 'Sub-station 1 of the Thống Nhất health station', 'facility', THONG_NHAT_STATION),
  area(`${THONG_NHAT_STATION}/diem-tram-2`, 'Điểm trạm 2, Trạm y tế xã Thống Nhất', 'Sub-station 2 of the Thống Nhất health station', 'facility', THONG_NHAT_STATION),
  ...stations(DISTRICT, STATIONS, (id) => `xã số ${id.slice(4)}`),
  ...stations(NINH_BINH, NB_STATIONS, (id) => `${id.slice(4).toUpperCase()}, tỉnh Ninh Bình`),
];
