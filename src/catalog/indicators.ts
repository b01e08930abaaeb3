import type { Indicator } from '../model/indicator.js';
import { frozen as deepFreeze } from '../freeze.js';
import { CODE_NOT_CONFIRMED, decision1300, decision3869, gsoDoctorsBeds, moh20, mohYearbook, resolution72 } from './references.js';

const PERCENT_UNIT = { vi: '%', en: '%' } as const;
const POPULATION = {
  vi: 'Dân số của địa bàn cùng thời điểm (dân số trung bình khi tính cho cả năm)',
  en: 'Population of the area at the same date (the mid-year population for a yearly figure)',
} as const;
const SAME_DATE_POPULATION = {
  vi: 'Dân số của địa bàn cùng thời điểm báo cáo (Tổng cục Thống kê: “dân số cùng thời điểm”)',
  en: 'Population of the area at the same date as the count (GSO: “dân số cùng thời điểm”)',
} as const;
const STATIONS = {
  vi: 'Tổng số trạm y tế xã (kể cả điểm trạm, nếu kế hoạch tính riêng) cùng thời điểm',
  en: 'All commune health stations (and sub-stations, where the plan counts them) at the same date',
} as const;
const NO_OFFICIAL = {
  vi: 'Chưa tìm thấy định nghĩa chính thức (Bộ Y tế, Tổng cục Thống kê, WHO, SDG) cho chỉ tiêu này; định nghĩa ở đây suy từ cách các kế hoạch sử dụng.',
  en: 'No official definition (Ministry of Health, GSO, WHO, SDG) could be found for this indicator; the definition here is read from how the plans use it.',
} as const;

/**
 * The indicator catalog: every indicator the five source plans use, with names in Vietnamese
 * and English, unit, multiplier, polarity, published decimals, numerator and denominator, and
 * references to official definitions where one could be confirmed.
 *
 * Every entry says whether it is a `flow` (counted over a period: visits, vaccinations,
 * births, a survey of the year) or a `stock` (a state at a date: coverage, doctors per
 * 10,000, stations with a doctor). Beds per 10,000 comes in two named variants: the official
 * series without commune stations' beds (`beds-per-10k`) and
 * `beds-per-10k-incl-commune-stations` (`variantOf: 'beds-per-10k'`). The sex ratio at birth
 * carries its natural band, 104–107, as `referenceRange`.
 *
 * Entries are plain frozen objects of type {@link Indicator} (they validate against
 * `IndicatorSchema`; the catalog itself does not import zod). Ids are stable and kebab-case.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { indicators } from 'chitieu';
 *
 * const doctors = indicators.find((indicator) => indicator.id === 'doctors-per-10k');
 * console.log(doctors?.multiplier); // 10000
 * console.log(doctors?.unit.vi); // 'bác sĩ/vạn dân'
 * console.log(doctors?.nature); // 'stock'
 * const srb = indicators.find((indicator) => indicator.id === 'sex-ratio-at-birth');
 * console.log([srb?.referenceRange?.lower, srb?.referenceRange?.upper]); // [ '104', '107' ]
 * ```
 */
export const indicators: readonly Indicator[] = deepFreeze<readonly Indicator[]>([
  {
    id: 'doctors-per-10k',
    name: { vi: 'Số bác sĩ trên 10.000 dân', en: 'Doctors per 10,000 population' },
    measure: 'rate',
    unit: { vi: 'bác sĩ/vạn dân', en: 'doctors per 10,000 population' },
    multiplier: 10000,
    polarity: 'higher-is-better',
    decimals: 1,
    numerator: {
      vi: 'Số bác sĩ (bác sĩ, thạc sĩ, tiến sĩ, giáo sư, phó giáo sư có trình độ chuyên môn về y học và có bằng bác sĩ trở lên; không tính y sĩ) đang công tác trong lĩnh vực y tế, cả công lập và ngoài công lập, tại thời điểm báo cáo',
      en: 'Doctors (holders of a medical degree or higher, including masters, doctorates and professors; not assistant doctors, y sĩ) working in the health sector, public and private, at the reporting date',
    },
    denominator: SAME_DATE_POPULATION,
    references: [
      gsoDoctorsBeds(
        'Same definition: doctors with a medical degree or higher (bác sĩ and above, so not y sĩ) at the reporting date × 10,000 / population at the same date. Its data sources include the survey of non-public health facilities and workforce, so private doctors count.',
      ),
      moh20(CODE_NOT_CONFIRMED),
      mohYearbook('Số bác sỹ cho 10000 dân'),
      { system: 'who-gho', code: 'HWF_0001', title: 'Medical doctors (per 10 000 population)' },
      {
        system: 'sdg',
        code: '3.c.1',
        title: 'Health worker density and distribution',
        note: 'The SDG indicator reports medical doctors per 10,000 population among its cadres.',
      },
    ],
    definitionNote: {
      vi: 'Theo dữ liệu đặc tả của Tổng cục Thống kê: bác sĩ là người có bằng bác sĩ trở lên (không tính y sĩ), đang công tác trong lĩnh vực y tế, cả công lập và ngoài công lập (nguồn số liệu gồm Điều tra cơ sở và nhân lực y tế ngoài công lập); mẫu số là dân số cùng thời điểm báo cáo, không phải dân số trung bình năm. Một quan sát dùng mẫu số khác ghi rõ bằng populationBasis (ví dụ mid-year). Kế hoạch có thể tính cả bác sĩ của bệnh viện Trung ương đóng trên địa bàn (xem phạm vi của từng chỉ tiêu).',
      en: 'As GSO’s metadata defines it: a doctor holds a medical degree or higher (assistant doctors, y sĩ, are not counted) and works in the health sector, public or private (its data sources include the survey of non-public health facilities and workforce); the denominator is the population at the same date as the count, not the mid-year population. An observation over another population says so with populationBasis (e.g. mid-year). A plan may count doctors of central hospitals located in the area (see each target’s scope).',
    },
    nature: 'stock',
  },
  {
    id: 'beds-per-10k',
    name: { vi: 'Số giường bệnh trên 10.000 dân', en: 'Hospital beds per 10,000 population' },
    measure: 'rate',
    unit: { vi: 'giường bệnh/vạn dân', en: 'beds per 10,000 population' },
    multiplier: 10000,
    polarity: 'higher-is-better',
    decimals: 1,
    numerator: {
      vi: 'Số giường bệnh tại các cơ sở y tế tại thời điểm báo cáo, không tính giường tại trạm y tế xã và giường của cơ quan',
      en: 'Patient beds in health facilities at the reporting date, excluding beds at commune health stations and in agencies’ infirmaries',
    },
    denominator: SAME_DATE_POPULATION,
    references: [
      gsoDoctorsBeds(
        'Same definition: beds at the reporting date × 10,000 / population at the same date; beds of commune health stations and of agencies are excluded (“Không tính số giường tại các trạm y tế xã/phường/thị trấn, cơ quan”).',
      ),
      moh20(CODE_NOT_CONFIRMED),
      mohYearbook('Số giường bệnh bệnh viện trên 10000 dân'),
      { system: 'who-gho', code: 'WHS6_102', title: 'Hospital beds (per 10 000 population)' },
    ],
    definitionNote: {
      vi: 'Chuỗi thống kê chính thức: không tính giường của trạm y tế xã; chuỗi có tính giường trạm y tế xã là beds-per-10k-incl-commune-stations. Mẫu số là dân số cùng thời điểm báo cáo. Kế hoạch không nói rõ giường kế hoạch hay giường thực kê; các nguồn thống kê đếm giường thực có tại thời điểm báo cáo.',
      en: 'The official series: commune health stations’ beds are not counted; the series with them is beds-per-10k-incl-commune-stations. The denominator is the population at the same date. The plans do not say whether planned or actually available beds are meant; the statistical sources count the beds in place at the reporting date.',
    },
    nature: 'stock',
  },
  {
    id: 'beds-per-10k-incl-commune-stations',
    name: {
      vi: 'Số giường bệnh trên 10.000 dân, kể cả giường trạm y tế xã',
      en: 'Hospital beds per 10,000 population, including commune health stations’ beds',
    },
    measure: 'rate',
    unit: { vi: 'giường bệnh/vạn dân', en: 'beds per 10,000 population' },
    multiplier: 10000,
    polarity: 'higher-is-better',
    decimals: 1,
    numerator: {
      vi: 'Số giường bệnh tại các cơ sở y tế tại thời điểm báo cáo, kể cả giường tại trạm y tế xã; không tính giường của cơ quan',
      en: 'Patient beds in health facilities at the reporting date, including beds at commune health stations; excluding agencies’ infirmaries',
    },
    denominator: SAME_DATE_POPULATION,
    references: [
      gsoDoctorsBeds('The official series this variant departs from: it excludes the commune stations’ beds that this variant counts.'),
    ],
    definitionNote: {
      vi: 'Biến thể của beds-per-10k: cộng thêm giường của trạm y tế xã, mà chuỗi thống kê chính thức không tính. Không so trực tiếp với chỉ tiêu tính theo chuỗi chính thức (như 49,2 giường/vạn dân của tỉnh Thái Nguyên).',
      en: 'A variant of beds-per-10k: it adds the commune health stations’ beds, which the official series leaves out. Not comparable with targets set on the official series (such as Thái Nguyên province’s 49.2 beds per 10,000).',
    },
    nature: 'stock',
    variantOf: 'beds-per-10k',
  },
  {
    id: 'health-insurance-coverage',
    name: { vi: 'Tỷ lệ bao phủ bảo hiểm y tế', en: 'Health insurance (BHYT) coverage' },
    measure: 'percent',
    unit: { vi: '% dân số', en: '% of the population' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người có thẻ bảo hiểm y tế còn giá trị tại thời điểm quan sát',
      en: 'People holding a valid health insurance card at the date of observation',
    },
    denominator: { vi: 'Dân số cùng thời điểm', en: 'Population at the same date' },
    references: [
      {
        system: 'gso-vn',
        title: 'Từ điển thống kê (Viện Khoa học Thống kê): Tỷ lệ dân số có thẻ bảo hiểm y tế',
        url: 'https://vienthongke.vn/tudienthongke/thu-vien-thong-ke/ty-le-dan-so-co-the-bao-hiem-y-te',
        note: 'Same definition: people with a card / population at the same date.',
      },
      moh20(CODE_NOT_CONFIRMED),
      mohYearbook('Tỷ lệ dân số tham gia bảo hiểm y tế'),
    ],
    definitionNote: {
      vi: 'Liên quan đến mục tiêu SDG 3.8 (bao phủ chăm sóc sức khỏe toàn dân) nhưng không phải chỉ số SDG 3.8.1 (chỉ số bao phủ dịch vụ, xem uhc-service-coverage-index). “Bao phủ toàn dân” không có ngưỡng số trong các kế hoạch.',
      en: 'Related to SDG target 3.8 (universal health coverage) but not SDG indicator 3.8.1, which measures service coverage (see uhc-service-coverage-index). “Universal coverage” (toàn dân) has no numeric threshold in the plans.',
    },
    nature: 'stock',
  },
  {
    id: 'tcmr-full-immunization-under-1',
    name: {
      vi: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng',
      en: 'Children under 1 fully immunized under the Expanded Programme on Immunization (TCMR)',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số trẻ em dưới 1 tuổi được tiêm (uống) đủ các liều vắc xin theo lịch tiêm chủng mở rộng trong kỳ',
      en: 'Children under 1 who received every dose of the EPI schedule in the period',
    },
    denominator: {
      vi: 'Số trẻ em dưới 1 tuổi (đối tượng tiêm chủng) của địa bàn trong kỳ',
      en: 'Children under 1 (the immunization target population) of the area in the period',
    },
    references: [
      moh20(CODE_NOT_CONFIRMED),
      mohYearbook('Tỷ lệ % tiêm chủng đầy đủ cho trẻ em<1 tuổi'),
      {
        system: 'sdg',
        code: '3.b.1',
        title: 'Proportion of the target population covered by all vaccines included in their national programme',
        note: 'Nearest official definition: SDG 3.b.1 reports coverage vaccine by vaccine, not full immunization.',
      },
    ],
    definitionNote: {
      vi: 'Độ bao phủ hành chính tính trên số đối tượng ước tính có thể vượt 100%.',
      en: 'Administrative coverage counted against an estimated target population can exceed 100%.',
    },
    nature: 'flow',
  },
  {
    id: 'essential-immunization-coverage',
    name: {
      vi: 'Tỷ lệ tiêm chủng các vắc xin trong Chương trình tiêm chủng thiết yếu',
      en: 'Coverage of the vaccines in the national (essential) immunization programme',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người trong diện tiêm được tiêm đủ các vắc xin của Chương trình trong kỳ',
      en: 'People in the target groups who received the programme’s vaccines in the period',
    },
    denominator: {
      vi: 'Số người trong diện tiêm (đối tượng của Chương trình) trong kỳ',
      en: 'The programme’s target population in the period',
    },
    references: [
      resolution72('Sets the 2030 target: coverage of the vaccines in the essential immunization programme above 95%.'),
      {
        system: 'sdg',
        code: '3.b.1',
        title: 'Proportion of the target population covered by all vaccines included in their national programme',
        note: 'Nearest official definition.',
      },
    ],
    definitionNote: {
      vi: 'Nghị quyết 72-NQ/TW gọi là “Chương trình tiêm chủng thiết yếu”; một số kế hoạch (cấp xã, Sở Y tế Ninh Bình) nhắc lại cùng chỉ tiêu với tên “Chương trình tiêm chủng mở rộng”. Chưa xác nhận được hai tên có cùng danh mục vắc xin hay không, cũng chưa tìm thấy phương pháp tính chính thức. Khác với tcmr-full-immunization-under-1 (trẻ dưới 1 tuổi tiêm đủ lịch).',
      en: 'Resolution 72-NQ/TW names the “essential immunization programme”; some plans (communes’, the Ninh Bình Department of Health’s) restate the same target naming the “expanded programme” (TCMR). Whether the two names cover the same vaccine list, and an official computation method, could not be confirmed. Distinct from tcmr-full-immunization-under-1 (under-1s with the full schedule).',
    },
    nature: 'flow',
  },
  {
    id: 'ehr-coverage',
    name: {
      vi: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử (sổ sức khỏe điện tử)',
      en: 'Population with an electronic health record (e-health book)',
    },
    measure: 'percent',
    unit: { vi: '% dân số', en: '% of the population' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người dân đã được lập hồ sơ sức khỏe điện tử / sổ sức khỏe điện tử',
      en: 'People for whom an electronic health record / e-health book has been created',
    },
    denominator: POPULATION,
    references: [
      resolution72('Calls for every person to have an electronic health book to manage health over the life course.'),
    ],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'stunting-under-5',
    name: {
      vi: 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi',
      en: 'Stunting (low height-for-age) among children under 5',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'lower-is-better',
    decimals: 1,
    numerator: {
      vi: 'Số trẻ em dưới 5 tuổi có chiều cao theo tuổi dưới -2 độ lệch chuẩn so với trung vị chuẩn tăng trưởng của WHO',
      en: 'Children under 5 whose height-for-age is below −2 standard deviations from the median of the WHO Child Growth Standards',
    },
    denominator: { vi: 'Số trẻ em dưới 5 tuổi được đo', en: 'Children under 5 measured' },
    references: [
      {
        system: 'sdg',
        code: '2.2.1',
        title:
          'Prevalence of stunting (height for age <-2 standard deviation from the median of the World Health Organization (WHO) Child Growth Standards) among children under 5 years of age',
        note: 'Same definition.',
      },
      { system: 'who-gho', code: 'NUTRITION_HA_2', title: 'Children aged < 5 years stunted (%)' },
      moh20(CODE_NOT_CONFIRMED),
    ],
    nature: 'flow',
  },
  {
    id: 'sex-ratio-at-birth',
    name: { vi: 'Tỷ số giới tính khi sinh', en: 'Sex ratio at birth' },
    measure: 'ratio',
    unit: { vi: 'bé trai/100 bé gái', en: 'boys per 100 girls' },
    multiplier: 100,
    polarity: 'band',
    decimals: 1,
    numerator: {
      vi: 'Số bé trai sinh ra sống của địa bàn trong kỳ báo cáo',
      en: 'Boys born alive in the area in the reporting period',
    },
    denominator: {
      vi: 'Số bé gái sinh ra sống của địa bàn trong kỳ báo cáo',
      en: 'Girls born alive in the area in the same period',
    },
    references: [
      moh20(CODE_NOT_CONFIRMED),
      {
        system: 'other',
        title: 'IUSSP, Population Analysis for Policies and Programmes (PAPP101, session 3): Sex ratios, sex ratio at birth',
        url: 'http://papp.iussp.org/sessions/papp101_s03/PAPP101_s03_080_020.html',
        note: 'Source of the reference range: sex ratios at birth “usually fall within the range of 104-107 male births for every 100 female births”.',
      },
    ],
    definitionNote: {
      vi: 'Chọn cực “band”: mức sinh học tự nhiên khoảng 104–107 bé trai/100 bé gái (referenceRange), nên giá trị thấp hơn mức đó không phải là tốt hơn. Ở Việt Nam tỷ số đang cao hơn mức tự nhiên nên các kế hoạch đặt trần (Ninh Bình: 111,1); chiều của chỉ tiêu nằm ở toán tử so sánh của từng chỉ tiêu (≤ 111,1), không ở cực của chỉ số. Định nghĩa (số bé trai sinh ra sống trên 100 bé gái trong kỳ) theo hệ thống chỉ tiêu thống kê của Tổng cục Thống kê; chưa truy cập được trang chính thức.',
      en: 'Polarity “band”: the natural level is about 104–107 boys per 100 girls (referenceRange), so a value below it is not better. Vietnam’s ratio is above the natural level, so plans set ceilings (Ninh Bình: 111.1); the direction lives in each target’s comparator (≤ 111.1), not in the indicator’s polarity. Definition (boys born alive per 100 girls born alive in the period) as in GSO’s statistical indicator system; the official page could not be retrieved.',
    },
    nature: 'flow',
    referenceRange: {
      lower: '104',
      upper: '107',
      note: {
        vi: 'Mức sinh học tự nhiên: tỷ số giới tính khi sinh thường nằm trong khoảng 104–107 bé trai trên 100 bé gái (IUSSP, PAPP101).',
        en: 'The natural biological level: the sex ratio at birth usually falls within 104–107 boys per 100 girls (IUSSP, PAPP101).',
      },
    },
  },
  {
    id: 'life-expectancy',
    name: { vi: 'Tuổi thọ trung bình (tính từ lúc sinh)', en: 'Life expectancy at birth' },
    measure: 'mean',
    unit: { vi: 'năm', en: 'years' },
    polarity: 'higher-is-better',
    decimals: 1,
    references: [
      { system: 'who-gho', code: 'WHOSIS_000001', title: 'Life expectancy at birth (years)', note: 'Same concept.' },
      moh20(CODE_NOT_CONFIRMED),
      mohYearbook('Tuổi kỳ vọng sống vào lúc được sinh ra (năm)'),
      resolution72('Sets the 2030 target for life expectancy and healthy years.'),
    ],
    definitionNote: {
      vi: 'Ước tính từ bảng sống theo tỷ suất chết đặc trưng theo tuổi, không phải tỷ số đếm trực tiếp. Thống kê công bố 1 chữ số thập phân; một chỉ tiêu ghi 2 chữ số (như 77,67) nên tự đặt decimals: 2.',
      en: 'Estimated from a life table of age-specific death rates, not a ratio of counts. Published with one decimal; a target written with two (such as 77.67) should set decimals: 2 itself.',
    },
    nature: 'flow',
  },
  {
    id: 'healthy-life-expectancy',
    name: { vi: 'Số năm sống khỏe mạnh', en: 'Healthy life expectancy (years lived in good health)' },
    measure: 'mean',
    unit: { vi: 'năm', en: 'years' },
    polarity: 'higher-is-better',
    decimals: 1,
    references: [
      {
        system: 'who-gho',
        code: 'WHOSIS_000002',
        title: 'Healthy life expectancy (HALE) at birth (years)',
        note: 'Nearest official definition.',
      },
      resolution72('Sets the 2030 target: at least 68 healthy years.'),
    ],
    definitionNote: {
      vi: 'Các kế hoạch không nêu phương pháp tính “số năm sống khỏe mạnh”; chưa xác nhận được đó có phải là HALE của WHO hay không.',
      en: 'The plans do not state how “số năm sống khỏe mạnh” is computed; whether it is WHO’s HALE could not be confirmed.',
    },
    nature: 'flow',
  },
  {
    id: 'mean-height-1-18',
    name: {
      vi: 'Chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 đến 18 tuổi',
      en: 'Mean height of children and adolescents aged 1–18',
    },
    measure: 'mean',
    unit: { vi: 'cm', en: 'cm' },
    polarity: 'higher-is-better',
    decimals: 1,
    references: [resolution72('Sets the 2030 target: mean height of ages 1–18 up by at least 1.5 cm.')],
    definitionNote: NO_OFFICIAL,
    nature: 'flow',
  },
  {
    id: 'insured-visits-at-commune-stations',
    name: {
      vi: 'Tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã',
      en: 'Share of insured (BHYT) visits made at commune health stations',
    },
    measure: 'percent',
    unit: { vi: '% lượt khám chữa bệnh BHYT', en: '% of insured visits' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số lượt khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã trong kỳ',
      en: 'Insured (BHYT) visits at commune health stations in the period',
    },
    denominator: {
      vi: 'Tổng số lượt khám bệnh, chữa bệnh bảo hiểm y tế của người dân địa bàn ở mọi tuyến trong kỳ',
      en: 'All insured visits by the area’s residents, at every level of care, in the period',
    },
    references: [resolution72('Sets the 2030 target: insured visits at commune stations above 20%.')],
    definitionNote: {
      vi: 'Chưa tìm thấy định nghĩa chính thức; các kế hoạch không nói mẫu số là lượt khám của người có thẻ đăng ký tại địa bàn hay mọi lượt khám BHYT của người dân địa bàn.',
      en: 'No official definition found; the plans do not say whether the denominator is visits by cards registered in the area or all insured visits by its residents.',
    },
    nature: 'flow',
  },
  {
    id: 'station-doctors',
    name: { vi: 'Số bác sĩ làm việc tại trạm y tế xã', en: 'Doctors working at a commune health station' },
    measure: 'count',
    unit: { vi: 'bác sĩ', en: 'doctors' },
    polarity: 'higher-is-better',
    decimals: 0,
    numerator: {
      vi: 'Số bác sĩ làm việc tại một trạm y tế (một đơn vị) tại thời điểm báo cáo',
      en: 'Doctors working at one station (one unit) at the reporting date',
    },
    references: [resolution72('Sets station staffing targets (at least 4 doctors by 2027 and 5 by 2030, as the plans quote it).')],
    definitionNote: {
      vi: 'Chỉ số theo đơn vị (mỗi trạm một quan sát), dùng trong điều kiện của chỉ tiêu tỷ lệ trạm (stations-with-doctors). Chưa tìm thấy định nghĩa chính thức về cách tính bác sĩ luân phiên hay bán thời gian.',
      en: 'A unit-level indicator (one observation per station), used in the condition of a share-of-stations target (stations-with-doctors). No official rule was found for counting rotating or part-time doctors.',
    },
    nature: 'stock',
  },
  {
    id: 'stations-with-doctors',
    name: {
      vi: 'Tỷ lệ trạm y tế xã có bác sĩ (đạt số bác sĩ theo chỉ tiêu)',
      en: 'Share of commune health stations with (the stated number of) doctors',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số trạm y tế xã có bác sĩ (hoặc có ít nhất số bác sĩ mà chỉ tiêu nêu) tại thời điểm báo cáo',
      en: 'Commune stations with a doctor (or with at least the number of doctors the target states) at the reporting date',
    },
    denominator: STATIONS,
    references: [
      {
        system: 'gso-vn',
        title: 'Hệ thống chỉ tiêu thống kê cấp huyện: Số lượng và tỷ lệ trạm y tế xã/phường/thị trấn có bác sĩ',
        url: 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/11/htcttk-cap-huyen-so-luong-va-ty-le-tram-y-te-xa-phuong-thi-tran-co-bac-si/',
        note: 'Same definition with a threshold of one doctor; targets of 4 or 5 doctors change only the threshold.',
      },
      mohYearbook('Tỷ lệ TYT xã có bác sỹ (%)'),
    ],
    nature: 'stock',
  },
  {
    id: 'stations-treating-insured',
    name: {
      vi: 'Tỷ lệ trạm y tế xã thực hiện khám bệnh, chữa bệnh bảo hiểm y tế',
      en: 'Share of commune stations treating insured (BHYT) patients',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số trạm y tế xã có ký hợp đồng và thực hiện khám bệnh, chữa bệnh bảo hiểm y tế',
      en: 'Commune stations contracted for, and treating, insured patients',
    },
    denominator: STATIONS,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'stations-treating-insured-count',
    name: {
      vi: 'Số trạm y tế xã thực hiện khám bệnh, chữa bệnh bảo hiểm y tế',
      en: 'Number of commune stations treating insured (BHYT) patients',
    },
    measure: 'count',
    unit: { vi: 'trạm y tế', en: 'stations' },
    polarity: 'higher-is-better',
    decimals: 0,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'communes-meeting-national-criteria',
    name: {
      vi: 'Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã',
      en: 'Share of communes meeting the national commune health criteria',
    },
    measure: 'percent',
    unit: { vi: '% xã', en: '% of communes' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số xã được công nhận đạt Bộ tiêu chí quốc gia về y tế xã',
      en: 'Communes recognised as meeting the national commune health criteria',
    },
    denominator: { vi: 'Tổng số xã của địa bàn', en: 'All communes of the area' },
    references: [
      decision1300('The criteria a commune is recognised against.'),
      mohYearbook('Tỷ lệ % xã đạt chuẩn quốc gia về y tế xã'),
    ],
    definitionNote: {
      vi: 'Bộ tiêu chí được Bộ Y tế ban hành theo từng giai đoạn; bộ hiện hành theo Quyết định số 1300/QĐ-BYT năm 2023 (chưa đối chiếu được ngày ban hành và tên đầy đủ của quyết định).',
      en: 'The criteria are issued by the Ministry of Health for each period; the current set is that of decision 1300/QĐ-BYT of 2023 (its date and full title could not be checked against the decision).',
    },
    nature: 'stock',
  },
  {
    id: 'communes-meeting-national-criteria-count',
    name: {
      vi: 'Số xã đạt Bộ tiêu chí quốc gia về y tế xã',
      en: 'Number of communes meeting the national commune health criteria',
    },
    measure: 'count',
    unit: { vi: 'xã', en: 'communes' },
    polarity: 'higher-is-better',
    decimals: 0,
    references: [decision1300('The criteria a commune is recognised against.')],
    definitionNote: {
      vi: 'Dạng đếm của communes-meeting-national-criteria.',
      en: 'The count form of communes-meeting-national-criteria.',
    },
    nature: 'stock',
  },
  {
    id: 'district-technical-list-coverage',
    name: {
      vi: 'Tỷ lệ danh mục kỹ thuật tuyến huyện được trung tâm y tế huyện thực hiện',
      en: 'Share of the district-level technical list performed by the district health centre',
    },
    measure: 'percent',
    unit: { vi: '% danh mục kỹ thuật', en: '% of the technical list' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số kỹ thuật trong danh mục tuyến huyện mà trung tâm y tế thực hiện được',
      en: 'Techniques of the district-level list that the centre performs',
    },
    denominator: {
      vi: 'Tổng số kỹ thuật trong danh mục kỹ thuật tuyến huyện',
      en: 'All techniques on the district-level technical list',
    },
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'station-technical-list-coverage',
    name: {
      vi: 'Tỷ lệ danh mục kỹ thuật tuyến xã được trạm y tế thực hiện',
      en: 'Share of the commune-level technical list a station performs',
    },
    measure: 'percent',
    unit: { vi: '% danh mục kỹ thuật', en: '% of the technical list' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số kỹ thuật trong danh mục tuyến xã mà một trạm y tế thực hiện được',
      en: 'Techniques of the commune-level list that one station performs',
    },
    denominator: {
      vi: 'Tổng số kỹ thuật trong danh mục kỹ thuật tuyến xã',
      en: 'All techniques on the commune-level technical list',
    },
    references: [],
    definitionNote: {
      vi: 'Chỉ số theo đơn vị (mỗi trạm một quan sát), dùng trong điều kiện của chỉ tiêu tỷ lệ trạm. Chưa tìm thấy định nghĩa chính thức.',
      en: 'A unit-level indicator (one observation per station), used in the condition of a share-of-stations target. No official definition found.',
    },
    nature: 'stock',
  },
  {
    id: 'stations-meeting-technical-list',
    name: {
      vi: 'Tỷ lệ trạm y tế xã thực hiện được tỷ lệ danh mục kỹ thuật tuyến xã theo chỉ tiêu',
      en: 'Share of commune stations performing (the stated share of) the commune-level technical list',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số trạm y tế xã thực hiện được ít nhất tỷ lệ danh mục kỹ thuật tuyến xã mà chỉ tiêu nêu (station-technical-list-coverage của trạm đạt điều kiện)',
      en: 'Commune stations performing at least the share of the commune-level list the target states (their station-technical-list-coverage meets the condition)',
    },
    denominator: STATIONS,
    references: [],
    definitionNote: {
      vi: 'Chỉ số tỷ lệ trạm của chỉ tiêu dạng share, điều kiện đặt trên station-technical-list-coverage (90% năm 2025, 95% năm 2030 trong kế hoạch 141-KH/HU). Chưa tìm thấy định nghĩa chính thức.',
      en: 'The share-of-stations indicator of a share target whose condition is on station-technical-list-coverage (90% in 2025, 95% in 2030 in plan 141-KH/HU). No official definition found.',
    },
    nature: 'stock',
  },
  {
    id: 'stations-full-primary-care',
    name: {
      vi: 'Tỷ lệ trạm y tế xã thực hiện đầy đủ chức năng chăm sóc sức khỏe ban đầu',
      en: 'Share of stations delivering the full primary-care package',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    denominator: STATIONS,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'population-under-health-management',
    name: {
      vi: 'Tỷ lệ người dân được quản lý sức khỏe',
      en: 'Residents under health management',
    },
    measure: 'percent',
    unit: { vi: '% dân số', en: '% of the population' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người dân được lập hồ sơ và theo dõi, quản lý sức khỏe',
      en: 'Residents with a health record that is followed up',
    },
    denominator: POPULATION,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'primary-care-users-insured',
    name: {
      vi: 'Tỷ lệ người sử dụng dịch vụ chăm sóc sức khỏe ban đầu có bảo hiểm y tế',
      en: 'Primary-care users covered by health insurance',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người sử dụng dịch vụ chăm sóc sức khỏe ban đầu có thẻ bảo hiểm y tế',
      en: 'Primary-care users holding a health insurance card',
    },
    denominator: {
      vi: 'Tổng số người sử dụng dịch vụ chăm sóc sức khỏe ban đầu',
      en: 'All primary-care users',
    },
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'flow',
  },
  {
    id: 'free-checkup-coverage',
    name: {
      vi: 'Tỷ lệ người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất 1 lần/năm',
      en: 'People with a free periodic check-up or screening at least once a year',
    },
    measure: 'percent',
    unit: { vi: '% dân số', en: '% of the population' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất 1 lần trong năm',
      en: 'People given a free periodic check-up or screening at least once in the year',
    },
    denominator: POPULATION,
    references: [resolution72('From 2026, a free periodic check-up or screening for everyone at least once a year.')],
    definitionNote: NO_OFFICIAL,
    nature: 'flow',
  },
  {
    id: 'high-risk-checkup-coverage',
    name: {
      vi: 'Tỷ lệ người có nguy cơ cao được khám sức khỏe ít nhất 1 lần/năm',
      en: 'High-risk people checked at least once a year',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: {
      vi: 'Số người thuộc nhóm nguy cơ cao được khám sức khỏe ít nhất 1 lần trong năm',
      en: 'High-risk people checked at least once in the year',
    },
    denominator: { vi: 'Số người thuộc nhóm nguy cơ cao của địa bàn', en: 'High-risk people of the area' },
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'flow',
  },
  {
    id: 'physical-activity',
    name: {
      vi: 'Tỷ lệ người dân thường xuyên tham gia các hoạt động thể chất',
      en: 'People who take regular physical exercise',
    },
    measure: 'percent',
    unit: { vi: '% dân số', en: '% of the population' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    references: [resolution72('Sets the 2030 target: the share up by 10% (“tăng thêm 10%”; points or relative not stated).')],
    definitionNote: {
      vi: 'Chưa tìm thấy định nghĩa chính thức về “thường xuyên” (tần suất, thời lượng) hay nhóm tuổi của mẫu số.',
      en: 'No official definition of “regular” (frequency, duration) or of the denominator’s age group could be found.',
    },
    nature: 'flow',
  },
  {
    id: 'social-protection-coverage',
    name: {
      vi: 'Tỷ lệ đối tượng bảo trợ xã hội đủ điều kiện được hưởng trợ cấp',
      en: 'Eligible social-protection beneficiaries receiving allowances',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: { vi: 'Số đối tượng đủ điều kiện đang được hưởng trợ cấp', en: 'Eligible beneficiaries receiving allowances' },
    denominator: { vi: 'Tổng số đối tượng đủ điều kiện', en: 'All eligible beneficiaries' },
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'special-circumstances-children-supported',
    name: {
      vi: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp',
      en: 'Children in special circumstances who are supported',
    },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: { vi: 'Số trẻ em có hoàn cảnh đặc biệt được trợ giúp', en: 'Children in special circumstances who are supported' },
    denominator: { vi: 'Tổng số trẻ em có hoàn cảnh đặc biệt', en: 'All children in special circumstances' },
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'flow',
  },
  {
    id: 'patient-satisfaction',
    name: { vi: 'Tỷ lệ hài lòng của người bệnh', en: 'Patients satisfied with health services' },
    measure: 'percent',
    unit: PERCENT_UNIT,
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: { vi: 'Số người bệnh được khảo sát trả lời hài lòng', en: 'Surveyed patients who answer that they are satisfied' },
    denominator: { vi: 'Số người bệnh được khảo sát', en: 'Patients surveyed' },
    references: [
      decision3869('The survey forms (inpatients, outpatients, mothers giving birth) and the survey method for patient satisfaction.'),
    ],
    definitionNote: {
      vi: 'Bộ công cụ và phương pháp khảo sát theo Quyết định số 3869/QĐ-BYT ngày 28/8/2019 của Bộ Y tế. Các kế hoạch không nói khảo sát ở cơ sở nào; cách quy câu trả lời thành “hài lòng” theo hướng dẫn của quyết định, chưa được đối chiếu ở đây.',
      en: 'Survey forms and method as in the Ministry of Health’s decision 3869/QĐ-BYT of 28 August 2019. The plans do not say which facilities are surveyed; how answers are scored as “satisfied” follows the decision’s guidance, not checked here.',
    },
    nature: 'flow',
  },
  {
    id: 'major-epidemic',
    name: { vi: 'Có dịch bệnh lớn xảy ra trên địa bàn', en: 'A major epidemic occurred in the area' },
    measure: 'boolean',
    unit: { vi: 'có/không', en: 'yes/no' },
    polarity: 'lower-is-better',
    decimals: 0,
    references: [],
    definitionNote: {
      vi: 'Giá trị đúng nếu trong kỳ có dịch bệnh lớn; chỉ tiêu mong đợi là “không”. Kế hoạch không định nghĩa “dịch bệnh lớn”.',
      en: 'True when a major epidemic occurred in the period; targets expect false. The plan does not define “major epidemic”.',
    },
    nature: 'flow',
  },
  {
    id: 'stations-ncd-care',
    name: {
      vi: 'Tỷ lệ trạm y tế xã triển khai dự phòng, quản lý điều trị bệnh không lây nhiễm',
      en: 'Stations doing non-communicable disease prevention and care',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    denominator: STATIONS,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'villages-with-health-worker',
    name: {
      vi: 'Tỷ lệ thôn, bản có nhân viên y tế được đào tạo',
      en: 'Villages with a trained village health worker',
    },
    measure: 'percent',
    unit: { vi: '% thôn, bản', en: '% of villages' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    numerator: { vi: 'Số thôn, bản có nhân viên y tế thôn bản hoạt động', en: 'Villages with a working village health worker' },
    denominator: { vi: 'Tổng số thôn, bản của địa bàn', en: 'All villages of the area' },
    references: [mohYearbook('Tỷ lệ thôn bản có nhân viên y tế (%)')],
    nature: 'stock',
  },
  {
    id: 'hospital-fee-exemption',
    name: {
      vi: 'Miễn viện phí ở mức cơ bản trong phạm vi quyền lợi bảo hiểm y tế',
      en: 'Basic hospital-fee exemption within health-insurance benefits',
    },
    measure: 'qualitative',
    unit: { vi: 'định tính', en: 'qualitative' },
    polarity: 'higher-is-better',
    decimals: 0,
    references: [resolution72('Aims at basic hospital-fee exemption within insurance benefits by 2030, following the Government’s roadmap.')],
    definitionNote: {
      vi: 'Chỉ tiêu định tính: cần người đánh giá theo lộ trình của Chính phủ.',
      en: 'Qualitative: a person judges it against the Government’s roadmap.',
    },
    nature: 'stock',
  },
  {
    id: 'stations-invested',
    name: {
      vi: 'Tỷ lệ trạm y tế xã được đầu tư cơ sở vật chất, trang thiết bị đạt chuẩn',
      en: 'Stations invested in (facilities, equipment) to standard',
    },
    measure: 'percent',
    unit: { vi: '% trạm y tế', en: '% of stations' },
    multiplier: 100,
    polarity: 'higher-is-better',
    decimals: 2,
    denominator: STATIONS,
    references: [],
    definitionNote: NO_OFFICIAL,
    nature: 'stock',
  },
  {
    id: 'uhc-service-coverage-index',
    name: {
      vi: 'Chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu',
      en: 'UHC service coverage index (coverage of essential health services)',
    },
    measure: 'mean',
    unit: { vi: 'chỉ số (0–100)', en: 'index (0–100)' },
    polarity: 'higher-is-better',
    decimals: 0,
    references: [
      {
        system: 'sdg',
        code: '3.8.1',
        title: 'Coverage of essential health services',
        url: 'https://unstats.un.org/sdgs/metadata/files/Metadata-03-08-01.pdf',
        note: 'Same indicator: geometric mean of 14 tracer coverage indicators, on a 0–100 scale.',
      },
      { system: 'who-gho', code: 'UHC_INDEX_REPORTED', title: 'UHC service coverage index (SDG 3.8.1)' },
    ],
    definitionNote: {
      vi: 'Chỉ số tổng hợp (trung bình nhân của các chỉ số vết), không phải tỷ lệ đếm trực tiếp; thường chỉ tính ở cấp quốc gia.',
      en: 'A composite (geometric mean of tracer indicators), not a ratio of counts; usually computed only nationally.',
    },
    nature: 'flow',
  },
  {
    id: 'infant-mortality-rate',
    name: { vi: 'Tỷ suất chết trẻ em dưới 1 tuổi', en: 'Infant mortality rate' },
    measure: 'rate',
    unit: { vi: '‰ (trẻ dưới 1 tuổi tử vong/1.000 trẻ đẻ sống)', en: '‰ (infant deaths per 1,000 live births)' },
    multiplier: 1000,
    polarity: 'lower-is-better',
    decimals: 1,
    nature: 'flow',
    numerator: {
      vi: 'Số trẻ em dưới 1 tuổi tử vong trong kỳ báo cáo (năm)',
      en: 'Deaths of children under 1 year of age in the reporting period (year)',
    },
    denominator: {
      vi: 'Tổng số trẻ đẻ ra sống trong cùng kỳ',
      en: 'Live births in the same period',
    },
    references: [
      moh20(CODE_NOT_CONFIRMED),
      {
        system: 'gso-vn',
        title: 'Niên giám thống kê, giải thích thuật ngữ: Tỷ suất chết của trẻ em dưới một tuổi (IMR = D0/B × 1000)',
        note: 'Same formula: infant deaths in the period per 1,000 live births in the period.',
      },
      {
        system: 'who-gho',
        code: 'MDG_0000000001',
        title: 'Infant mortality rate (probability of dying between birth and age 1 per 1000 live births)',
        note: 'WHO estimates a probability from a life table; the count-based ratio here is the registration figure.',
      },
    ],
    definitionNote: {
      vi: 'Tử số và mẫu số theo hệ thống chỉ tiêu thống kê cơ bản ngành Y tế (Thông tư 20/2019/TT-BYT) và cách Tổng cục Thống kê tính (D0/B × 1000); chưa đối chiếu được nguyên văn mục của Thông tư. Công bố dạng phần nghìn (‰) với 1 chữ số thập phân. Khoảng tin cậy: crudeRate với per 1000.',
      en: 'Numerator and denominator as in the Ministry of Health’s basic indicator list (Thông tư 20/2019/TT-BYT) and as GSO computes it (D0/B × 1000); the circular’s own wording could not be checked here. Published per mille (‰) with one decimal. Interval: crudeRate with per 1000.',
    },
  },
  {
    id: 'under-5-mortality-rate',
    name: { vi: 'Tỷ suất chết trẻ em dưới 5 tuổi', en: 'Under-5 mortality rate' },
    measure: 'rate',
    unit: { vi: '‰ (trẻ dưới 5 tuổi tử vong/1.000 trẻ đẻ sống)', en: '‰ (under-5 deaths per 1,000 live births)' },
    multiplier: 1000,
    polarity: 'lower-is-better',
    decimals: 1,
    nature: 'flow',
    numerator: {
      vi: 'Số trẻ em dưới 5 tuổi tử vong trong kỳ báo cáo (năm)',
      en: 'Deaths of children under 5 years of age in the reporting period (year)',
    },
    denominator: {
      vi: 'Tổng số trẻ đẻ ra sống trong cùng kỳ',
      en: 'Live births in the same period',
    },
    references: [
      moh20(CODE_NOT_CONFIRMED),
      {
        system: 'gso-vn',
        title: 'Hệ thống chỉ tiêu thống kê cấp tỉnh: Tỷ suất chết của trẻ em dưới năm tuổi',
        url: 'https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-ty-suat-chet-cua-tre-em-duoi-nam-tuoi/',
        note: 'Same definition: under-5 deaths in the year per 1,000 live births in the year (U5MR = 5D0/B × 1000).',
      },
      {
        system: 'sdg',
        code: '3.2.1',
        title: 'Under-5 mortality rate',
        note: 'The SDG indicator is a probability of dying by age 5 (from a life table); the count-based ratio approximates it.',
      },
      { system: 'who-gho', code: 'MDG_0000000007', title: 'Under-five mortality rate (probability of dying by age 5 per 1000 live births)' },
    ],
    definitionNote: {
      vi: 'Công bố dạng phần nghìn (‰) với 1 chữ số thập phân; chưa đối chiếu được nguyên văn mục của Thông tư 20/2019/TT-BYT. Khoảng tin cậy: crudeRate với per 1000.',
      en: 'Published per mille (‰) with one decimal; the wording of the entry in Thông tư 20/2019/TT-BYT could not be checked here. Interval: crudeRate with per 1000.',
    },
  },
  {
    id: 'maternal-mortality-ratio',
    name: { vi: 'Tỷ số tử vong mẹ', en: 'Maternal mortality ratio' },
    measure: 'rate',
    unit: { vi: 'ca tử vong mẹ/100.000 trẻ đẻ sống', en: 'maternal deaths per 100,000 live births' },
    multiplier: 100000,
    polarity: 'lower-is-better',
    decimals: 1,
    nature: 'flow',
    numerator: {
      vi: 'Số phụ nữ tử vong do các nguyên nhân liên quan đến thai sản hoặc bị thai sản làm trầm trọng thêm, trong thời kỳ mang thai, khi sinh hoặc trong vòng 42 ngày sau khi kết thúc thai kỳ (không kể tai nạn, nguyên nhân ngẫu nhiên), trong kỳ báo cáo',
      en: 'Deaths of women while pregnant, in childbirth or within 42 days of the end of pregnancy, from any cause related to or aggravated by the pregnancy or its management (not from accidental or incidental causes), in the reporting period',
    },
    denominator: {
      vi: 'Tổng số trẻ đẻ ra sống trong cùng kỳ',
      en: 'Live births in the same period',
    },
    references: [
      moh20(CODE_NOT_CONFIRMED),
      {
        system: 'sdg',
        code: '3.1.1',
        title: 'Maternal mortality ratio',
        note: 'Same definition of a maternal death (ICD-10); SDG figures are modelled estimates.',
      },
      { system: 'who-gho', code: 'MDG_0000000026', title: 'Maternal mortality ratio (per 100 000 live births)' },
    ],
    definitionNote: {
      vi: 'Đơn vị là trên 100.000 trẻ đẻ sống (một “tỷ số”, không phải tỷ suất trên dân số). Với số ca nhỏ ở cấp tỉnh, huyện, khoảng tin cậy rất rộng: dùng crudeRate (chính xác khi dưới 10 ca). Chưa đối chiếu được nguyên văn mục của Thông tư 20/2019/TT-BYT.',
      en: 'Per 100,000 live births (a ratio, not a rate per population). With the few deaths of a province or district the interval is very wide: use crudeRate (exact below 10 deaths). The wording of the entry in Thông tư 20/2019/TT-BYT could not be checked here.',
    },
  },
]);
