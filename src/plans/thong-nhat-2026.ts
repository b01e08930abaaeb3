/**
 * Plan 39-KH/ĐU of the Thống Nhất commune Party committee (Đồng Nai province), 31/12/2025:
 * the commune's plan to implement provincial action plan 29-KH/TU, which implements
 * Politburo resolution 72-NQ/TW. Targets to 2030, a vision to 2045, and an appendix of
 * indicators with a 2021–2025 column (baselines) and a 2026–2030 column (targets).
 *
 * @module
 */
import type { Plan } from '../model/plan.js';
import { deepFreeze } from './deepFreeze.js';

const CONTRADICTION_LIFE_EXPECTANCY = {
  vi: 'Một vế của mâu thuẫn trong văn bản: nhãn dòng 3 của Phụ lục ghi “đạt 76,5 tuổi” nhưng cột 2026-2030 của cùng dòng (và phần Mục tiêu) ghi 77,67. Phần Mục tiêu (77,67) là căn cứ; chỉ tiêu 76,5 của Phụ lục ghi governedBy.',
  en: 'One side of a contradiction in the document: the label of appendix row 3 says “76.5 years” while the 2026–2030 column of the same row (and the objectives section) says 77.67. The objectives (77.67) govern; the appendix’s 76.5 records it with governedBy.',
};

const CONTRADICTION_INSURED_VISITS = {
  vi: 'Một vế của mâu thuẫn trong văn bản: phần Mục tiêu ghi “lên trên 20%” (>) nhưng dòng 7 của Phụ lục ghi “≥ 20” (>=). Phần Mục tiêu (> 20) là căn cứ; chỉ tiêu ≥ 20 của Phụ lục ghi governedBy.',
  en: 'One side of a contradiction in the document: the objectives section says “above 20%” (>) while appendix row 7 says “≥ 20” (>=). The objectives (> 20) govern; the appendix’s ≥ 20 records it with governedBy.',
};

/**
 * Thống Nhất commune (Đồng Nai), plan 39-KH/ĐU of 31/12/2025, implementing action plan
 * 29-KH/TU (11/12/2025) and resolution 72-NQ/TW (09/9/2025) for 2026–2030, vision 2045.
 *
 * Every target carries the sentence it comes from, verbatim, in `text.vi`. The document
 * contradicts itself twice, and both sides are encoded so a consistency check can find them:
 * life expectancy (appendix row 3 label 76,5 against its value 77,67:
 * `thong-nhat-2026/life-expectancy` and `thong-nhat-2026/life-expectancy-appendix-label`) and
 * insured visits at the station (“trên 20%” in the text against “≥ 20” in appendix row 7:
 * `thong-nhat-2026/insured-visits` and `thong-nhat-2026/insured-visits-appendix`). In both,
 * the body text governs: the appendix side names it with `governedBy`.
 *
 * “đến năm 2027 có ít nhất từ 4 - 5 bác sĩ” is a floor of 4 doctors with 5 as the plan's
 * aim (`comparator: '>='`, `value: '4'`, `aim: '5'`): a station with 6 doctors meets it.
 *
 * @category Plans
 * @example
 * ```ts
 * import { thongNhat2026 } from 'chitieu/plans';
 *
 * console.log(thongNhat2026.number); // '39-KH/ĐU'
 * console.log(thongNhat2026.parents.map((parent) => parent.number)); // [ '29-KH/TU', '72-NQ/TW' ]
 * const coverage = thongNhat2026.objectives
 *   .flatMap((objective) => objective.targets)
 *   .find((target) => target.id === 'thong-nhat-2026/insurance-coverage-2026');
 * console.log(coverage?.kind === 'level' ? [coverage.comparator, coverage.value, coverage.due] : []); // [ '>', '95', '2026-12-31' ]
 * const label = thongNhat2026.objectives
 *   .flatMap((objective) => objective.targets)
 *   .find((target) => target.id === 'thong-nhat-2026/life-expectancy-appendix-label');
 * console.log(label?.governedBy); // 'thong-nhat-2026/life-expectancy'
 * ```
 */
export const thongNhat2026: Plan = deepFreeze<Plan>({
  id: 'thong-nhat-2026',
  number: '39-KH/ĐU',
  kind: 'plan',
  title: {
    vi: 'Thực hiện Kế hoạch hành động số 29-KH/TU ngày 11/12/2025 của Ban Thường vụ Tỉnh ủy Đồng Nai về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/ 2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
    en: 'Implementing action plan No. 29-KH/TU of 11/12/2025 of the Standing Committee of the Đồng Nai Provincial Party Committee on implementing resolution No. 72-NQ/TW of 09/9/2025 of the Politburo on breakthrough solutions to strengthen the protection, care and improvement of the people’s health',
  },
  issuer: {
    name: { vi: 'Ban Thường vụ Đảng ủy xã Thống Nhất', en: 'Standing Committee of the Thống Nhất commune Party Committee' },
    level: 'commune',
  },
  area: {
    id: 'vn-dong-nai/thong-nhat',
    name: { vi: 'xã Thống Nhất', en: 'Thống Nhất commune' },
    level: 'commune',
    parent: 'vn-dong-nai',
  },
  issued: '2025-12-31',
  issuedText: '(Kèm theo Kế hoạch số 39-KH/ĐU ngày 31 tháng 12 năm 2025 của Đảng ủy xã Thống Nhất)',
  period: { from: 2026, to: 2030 },
  parents: [
    {
      number: '29-KH/TU',
      date: '2025-12-11',
      title: {
        vi: 'Kế hoạch hành động thực hiện Nghị quyết số 72-NQ/TW',
        en: 'Action plan implementing resolution 72-NQ/TW',
      },
      issuer: { vi: 'Ban Thường vụ Tỉnh ủy Đồng Nai', en: 'Standing Committee of the Đồng Nai Provincial Party Committee' },
    },
    {
      number: '72-NQ/TW',
      date: '2025-09-09',
      title: {
        vi: 'Về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
        en: 'On breakthrough solutions to strengthen the protection, care and improvement of the people’s health',
      },
      issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    },
  ],
  objectives: [
    {
      id: 'stature-longevity',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Nâng cao thể lực, trí lực, tầm vóc và tuổi thọ khỏe mạnh của Nhân dân. Đến năm 2030, tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi thêm tối thiểu 1,5cm; tuổi thọ trung bình đạt 77,67 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm.',
        en: 'Improve the people’s physical and mental strength, stature and healthy longevity. By 2030, increase the mean height of children and adolescents aged 1–18 by at least 1.5 cm; life expectancy reaches 77.67 years, of which healthy years at least 68.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/mean-height',
          kind: 'change',
          indicator: 'mean-height-1-18',
          change: 'absolute',
          comparator: '>=',
          value: '1.5',
          due: '2030-12-31',
          baseline: { period: '2025' },
          text: {
            vi: 'Đến năm 2030, tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1 - 18 tuổi thêm tối thiểu 1,5cm',
            en: 'By 2030, increase the mean height of children and adolescents aged 1–18 by at least 1.5 cm',
          },
          note: {
            vi: 'Văn bản không nêu năm gốc; lấy năm 2025 (năm trước kỳ kế hoạch 2026-2030). Cột 2021-2025 của Phụ lục (dòng 2) để trống (“-”).',
            en: 'The plan names no base year; 2025 (the year before the 2026–2030 period) is used. The appendix’s 2021–2025 column (row 2) is blank (“-”).',
          },
        },
        {
          id: 'thong-nhat-2026/life-expectancy',
          kind: 'level',
          indicator: 'life-expectancy',
          comparator: '>=',
          value: '77.67',
          // the plan states the figure to two decimals; judged at one, 77.65 would pass as 77.7
          decimals: 2,
          due: '2030-12-31',
          baseline: { value: '76', period: '2021-2025' },
          text: {
            vi: 'tuổi thọ trung bình đạt 77,67 tuổi',
            en: 'life expectancy reaches 77.67 years',
          },
          note: CONTRADICTION_LIFE_EXPECTANCY,
        },
        {
          id: 'thong-nhat-2026/healthy-life-expectancy',
          kind: 'level',
          indicator: 'healthy-life-expectancy',
          comparator: '>=',
          value: '68',
          due: '2030-12-31',
          text: {
            vi: 'trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm',
            en: 'of which the number of healthy years is at least 68',
          },
        },
      ],
    },
    {
      id: 'disease-burden',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Giảm gánh nặng bệnh tật và kiểm soát các yếu tố nguy cơ ảnh hưởng đến sức khỏe. Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt trên 98%. Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%. Tăng cường kiểm soát các yếu tố nguy cơ ảnh hưởng đến sức khỏe như rượu, bia, thuốc lá và từ môi trường đất, nước, không khí...',
        en: 'Reduce the burden of disease and control risk factors affecting health. Coverage of the vaccines in the essential immunization programme above 98%. The share of people regularly physically active increases by 10%. Strengthen control of risk factors such as alcohol, beer, tobacco and soil, water and air pollution.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/essential-immunization',
          kind: 'level',
          indicator: 'essential-immunization-coverage',
          comparator: '>',
          value: '98',
          due: '2030-12-31',
          baseline: { value: '98', comparator: '>', period: '2021-2025' },
          text: {
            vi: 'Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt trên 98%.',
            en: 'Coverage of the vaccines in the essential immunization programme above 98%.',
          },
          note: {
            vi: 'Phụ lục dòng 4 ghi “>98” ở cả cột 2021-2025 và cột 2026-2030; mức gốc được ghi đúng như in, là một ngưỡng (comparator “>”, giá trị 98) chứ không phải một con số đo được.',
            en: 'Appendix row 4 gives “>98” in both the 2021–2025 and the 2026–2030 columns; the baseline is recorded as printed, a bound (comparator “>”, value 98) rather than a measured figure.',
          },
        },
        {
          id: 'thong-nhat-2026/physical-activity',
          kind: 'change',
          indicator: 'physical-activity',
          change: 'unspecified',
          comparator: '>=',
          value: '10',
          due: '2030-12-31',
          baseline: { period: '2025' },
          text: {
            vi: 'Tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%.',
            en: 'The share of people who regularly take physical exercise increases by 10%.',
          },
          note: {
            vi: '“Tăng thêm 10%” không nói rõ là 10 điểm phần trăm hay 10% tương đối; năm gốc không được nêu, lấy năm 2025.',
            en: '“Increase by 10%” does not say whether it means 10 percentage points or 10% relative; no base year is named, 2025 is used.',
          },
        },
      ],
    },
    {
      id: 'access',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Người dân được tiếp cận dịch vụ y tế có chất lượng, hướng tới chăm sóc sức khỏe toàn diện. Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần, được lập sổ sức khỏe điện tử để quản lý sức khỏe theo vòng đời, từng bước giảm gánh nặng chi phí y tế. Đến năm 2030, người dân được miễn chi phí khám bệnh, chữa bệnh ở mức cơ bản trong phạm vi quyền lợi bảo hiểm y tế theo lộ trình.',
        en: 'People have access to quality health services, towards comprehensive care. From 2026, people receive a free periodic check-up or screening at least once a year and an electronic health book to manage their health over the life course, gradually reducing the burden of health costs. By 2030, people are exempt from basic medical costs within their health-insurance benefits, step by step.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/free-checkup',
          kind: 'maintain',
          indicator: 'free-checkup-coverage',
          comparator: '>=',
          value: '100',
          from: '2026-01-01',
          due: '2030-12-31',
          text: {
            vi: 'Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần',
            en: 'From 2026, people receive a free periodic check-up or screening at least once a year',
          },
          note: {
            vi: 'Mức 100% lấy từ dòng 5 của Phụ lục (“Tỷ lệ người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần”, cột 2026-2030: 100); “từ năm 2026” được mã hóa là duy trì mỗi năm từ 2026 đến 2030.',
            en: 'The 100% comes from appendix row 5 (2026–2030 column: 100); “from 2026” is encoded as holding every year from 2026 to 2030.',
          },
        },
        {
          id: 'thong-nhat-2026/ehr',
          kind: 'level',
          indicator: 'ehr-coverage',
          comparator: '>=',
          value: '100',
          due: '2026-12-31',
          text: {
            vi: 'Từ năm 2026, tổ chức phối hợp giữa các hoạt động khám sức khỏe định kỳ, khám sàng lọc miễn phí, kiểm tra sức khỏe của học sinh, sinh viên, khám bệnh nghề nghiệp, khám sức khỏe cho người lao động theo quy định và hoàn thành việc tạo lập sổ sức khỏe điện tử cho toàn bộ người dân.',
            en: 'From 2026, coordinate periodic check-ups, free screening, pupils’ and students’ health checks, occupational-disease examinations and workers’ check-ups as required, and complete the creation of an electronic health book for every resident.',
          },
          note: {
            vi: 'Câu nằm ở mục IV.4 (nhiệm vụ, giải pháp); phần Mục tiêu chỉ nói “được lập sổ sức khỏe điện tử”. Hạn “từ năm 2026 … hoàn thành” được hiểu là cuối năm 2026.',
            en: 'The sentence is in section IV.4 (tasks); the objectives only say people “get an electronic health book”. “From 2026 … complete” is read as due at the end of 2026.',
          },
        },
        {
          id: 'thong-nhat-2026/hospital-fee-exemption',
          kind: 'qualitative',
          indicator: 'hospital-fee-exemption',
          due: '2030-12-31',
          text: {
            vi: 'Đến năm 2030, người dân được miễn chi phí khám bệnh, chữa bệnh ở mức cơ bản trong phạm vi quyền lợi bảo hiểm y tế theo lộ trình.',
            en: 'By 2030, people are exempt from basic medical costs within their health-insurance benefits, step by step.',
          },
        },
      ],
    },
    {
      id: 'commune-station',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Trạm Y tế xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ; đến năm 2027 có ít nhất từ 4 - 5 bác sĩ. Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm Y tế xã lên trên 20%.',
        en: 'The commune health station is invested in (facilities, equipment, staff) according to its functions; by 2027 it has at least 4–5 doctors. Raise the share of insured visits at the commune health station to above 20%.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/station-doctors',
          kind: 'level',
          indicator: 'station-doctors',
          area: 'vn-dong-nai/thong-nhat/tram-y-te',
          comparator: '>=',
          value: '4',
          aim: '5',
          due: '2027-12-31',
          text: {
            vi: 'đến năm 2027 có ít nhất từ 4 - 5 bác sĩ',
            en: 'by 2027 it has at least 4–5 doctors',
          },
          note: {
            vi: '“Ít nhất từ 4 - 5” là mức sàn 4 bác sĩ (“ít nhất”), với 5 là mức kế hoạch hướng tới (aim), không phải khoảng có trần: một trạm có 6 bác sĩ là đạt. Chỉ tiêu nói về một Trạm Y tế của xã (area là trạm); các điểm trạm là bộ phận của trạm, bác sĩ ở các điểm trạm được cộng vào số bác sĩ của trạm.',
            en: '“At least 4–5” is a floor of 4 doctors (“ít nhất”, at least), with 5 as what the plan aims at (aim), not a band with a ceiling: a station with 6 doctors meets it. The target is about the commune’s one health station (its area is the station); its sub-stations (điểm trạm) are parts of it, whose doctors count toward the station’s.',
          },
        },
        {
          id: 'thong-nhat-2026/insured-visits',
          kind: 'level',
          indicator: 'insured-visits-at-commune-stations',
          comparator: '>',
          value: '20',
          due: '2030-12-31',
          text: {
            vi: 'Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm Y tế xã lên trên 20%.',
            en: 'Raise the share of insured visits at the commune health station to above 20%.',
          },
          note: CONTRADICTION_INSURED_VISITS,
        },
      ],
    },
    {
      id: 'insurance',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số, đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân; phát triển các loại hình bảo hiểm sức khỏe.',
        en: 'By 2026, health-insurance coverage above 95% of the population; by 2030, universal health-insurance coverage; develop forms of health insurance.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/insurance-coverage-2026',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>',
          value: '95',
          due: '2026-12-31',
          baseline: { value: '95', period: '2021-2025' },
          text: {
            vi: 'Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số',
            en: 'By 2026, health-insurance coverage above 95% of the population',
          },
        },
        {
          id: 'thong-nhat-2026/insurance-coverage-2030',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>',
          value: '95',
          due: '2030-12-31',
          baseline: { value: '95', period: '2021-2025' },
          text: {
            vi: 'đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân',
            en: 'by 2030, universal health-insurance coverage',
          },
          note: {
            vi: '“Toàn dân” được định lượng theo dòng 1 của Phụ lục (“Đạt bao phủ bảo hiểm y tế toàn dân”: cột 2021-2025 là 95, cột 2026-2030 là >95).',
            en: '“Universal” is quantified by appendix row 1 (“universal health-insurance coverage”: 95 in the 2021–2025 column, >95 in the 2026–2030 column).',
          },
        },
      ],
    },
    {
      id: 'appendix',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Danh mục các chỉ tiêu cụ thể thực hiện Kế hoạch hành động số 29-KH/TU ngày 11/12/2025 của Ban Thường vụ Tỉnh ủy về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
        en: 'Appendix: list of specific targets implementing action plan 29-KH/TU of 11/12/2025 of the Provincial Party Standing Committee on breakthrough solutions for the people’s health',
      },
      targets: [
        {
          id: 'thong-nhat-2026/life-expectancy-appendix-label',
          kind: 'level',
          governedBy: 'thong-nhat-2026/life-expectancy',
          indicator: 'life-expectancy',
          comparator: '>=',
          value: '76.5',
          due: '2030-12-31',
          baseline: { value: '76', period: '2021-2025' },
          text: {
            vi: 'Tuổi thọ trung bình đạt 76,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm',
            en: 'Life expectancy reaches 76.5 years, of which healthy years at least 68',
          },
          note: CONTRADICTION_LIFE_EXPECTANCY,
        },
        {
          id: 'thong-nhat-2026/insured-visits-appendix',
          kind: 'level',
          governedBy: 'thong-nhat-2026/insured-visits',
          indicator: 'insured-visits-at-commune-stations',
          comparator: '>=',
          value: '20',
          due: '2030-12-31',
          text: {
            vi: 'Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã',
            en: 'Raise the share of insured visits at the commune health station',
          },
          note: {
            vi: `Phụ lục dòng 7, cột 2026-2030: “≥ 20”. ${CONTRADICTION_INSURED_VISITS.vi}`,
            en: `Appendix row 7, 2026–2030 column: “≥ 20”. ${CONTRADICTION_INSURED_VISITS.en}`,
          },
        },
        {
          id: 'thong-nhat-2026/stations-4-doctors',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'trạm y tế cấp xã', en: 'commune health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
          comparator: '>=',
          value: '100',
          due: '2027-12-31',
          text: {
            vi: 'Trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ; đến năm 2027 có ít nhất từ 4 - 5 bác sỹ',
            en: 'Commune health stations are invested in (facilities, equipment, staff) according to their functions; by 2027 each has at least 4–5 doctors',
          },
          note: {
            vi: 'Phụ lục dòng 6, cột 2026-2030: 100 (%). “Ít nhất từ 4 - 5” là mức sàn 4 bác sĩ cho mỗi trạm (5 là mức hướng tới, như chỉ tiêu station-doctors).',
            en: 'Appendix row 6, 2026–2030 column: 100 (%). “At least 4–5” is a floor of 4 doctors per station (5 is the aim, as in the station-doctors target).',
          },
        },
        {
          id: 'thong-nhat-2026/stations-invested',
          kind: 'level',
          indicator: 'stations-invested',
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          text: {
            vi: 'Trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ',
            en: 'Commune health stations are invested in (facilities, equipment, staff) according to their functions',
          },
          note: {
            vi: 'Phụ lục dòng 6, cột 2026-2030: 100 (%); không nêu năm riêng cho phần đầu tư nên lấy hạn cuối kỳ 2030.',
            en: 'Appendix row 6, 2026–2030 column: 100 (%); no separate year is given for the investment, so the end of the period (2030) is used.',
          },
        },
      ],
    },
    {
      id: 'vision-2045',
      kind: 'general',
      horizon: 2045,
      vision: true,
      text: {
        vi: 'Phân đầu môi trường sống có chất lượng tốt; các chỉ số sức khỏe của người dân, chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu ngang tầm các nước phát triển trong khu vực và trên thế giới. Người dân có tuổi thọ trung bình đạt trên 80 tuổi, trong đó số năm sống khỏe mạnh tăng lên trên 71 tuổi, tầm vóc, thể lực, chiều cao trung bình của thanh niên tương đương các quốc gia có cùng mức phát triển. Hệ thống y tế hiện đại, công bằng, hiệu quả, bền vững, lấy phòng bệnh làm ưu tiên hàng đầu, đáp ứng yêu cầu chăm sóc sức khỏe ngày càng cao và đa dạng của nhân dân.',
        en: 'Strive for a good-quality living environment; people’s health indicators and essential-service coverage on a par with developed countries in the region and the world. Life expectancy above 80 years, of which healthy years above 71; young people’s stature, fitness and mean height equal to countries at the same level of development. A modern, fair, efficient and sustainable health system that puts prevention first and meets the people’s growing and diverse needs.',
      },
      targets: [
        {
          id: 'thong-nhat-2026/life-expectancy-2045',
          kind: 'level',
          indicator: 'life-expectancy',
          comparator: '>',
          value: '80',
          due: '2045-12-31',
          aspirational: true,
          text: {
            vi: 'Người dân có tuổi thọ trung bình đạt trên 80 tuổi',
            en: 'Life expectancy above 80 years',
          },
        },
        {
          id: 'thong-nhat-2026/healthy-life-expectancy-2045',
          kind: 'level',
          indicator: 'healthy-life-expectancy',
          comparator: '>',
          value: '71',
          due: '2045-12-31',
          aspirational: true,
          text: {
            vi: 'trong đó số năm sống khỏe mạnh tăng lên trên 71 tuổi',
            en: 'of which healthy years rise above 71',
          },
        },
      ],
    },
  ],
  responsibilities: [
    {
      body: { vi: 'Đảng ủy Ủy ban nhân dân xã', en: 'Party committee of the commune People’s Committee' },
      duties: [
        {
          vi: 'Lãnh đạo, chỉ đạo Ủy ban nhân dân xã xây dựng Chương trình hoặc Kế hoạch cụ thể hoá các mục tiêu, nhiệm vụ, giải pháp của Kế hoạch này',
          en: 'Direct the commune People’s Committee to draw up a programme or plan that makes this plan’s objectives, tasks and solutions concrete',
        },
        {
          vi: 'Chỉ đạo UBND xã theo dõi, giám sát, kiểm tra, đôn đốc; định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện…',
          en: 'Have the commune People’s Committee monitor, supervise and review implementation every six months and every year',
        },
      ],
    },
    {
      body: { vi: 'Ban Xây dựng Đảng', en: 'Party Building Board' },
      duties: [
        {
          vi: 'Tổ chức triển khai quán triệt, học tập Nghị quyết; tuyên truyền; tham mưu công tác cán bộ phục vụ cho phát triển y tế…',
          en: 'Organise study of the resolution, publicise it, and advise on staffing for health development',
        },
      ],
    },
    {
      body: { vi: 'Ủy ban Kiểm tra Đảng ủy', en: 'Inspection Committee of the Party committee' },
      duties: [
        {
          vi: 'Phối hợp kiểm tra, giám sát việc triển khai Kế hoạch; kịp thời phát hiện những tồn tại, hạn chế; đề xuất biện pháp xử lý và báo cáo Ban Thường vụ Đảng ủy.',
          en: 'Inspect and supervise implementation, detect shortcomings, propose remedies and report to the Standing Committee',
        },
      ],
    },
    {
      body: { vi: 'Văn phòng Đảng ủy', en: 'Office of the Party committee' },
      duties: [
        {
          vi: 'Phối hợp chặt chẽ với các ban ngành liên quan trong công tác tổng hợp chung, theo dõi, kiểm tra tình hình thực hiện Kế hoạch.',
          en: 'Compile, monitor and check implementation together with the boards concerned',
        },
      ],
    },
    {
      body: { vi: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã', en: 'Commune Fatherland Front and socio-political organisations' },
      duties: [
        {
          vi: 'Tuyên truyền, vận động Nhân dân tham gia BHYT; xây dựng và triển khai chương trình giám sát hàng năm…',
          en: 'Campaign for health-insurance enrolment; run a yearly supervision programme (investment at the station, insurance and check-ups, staff attitude)',
        },
      ],
    },
    {
      body: { vi: 'Các chi, đảng bộ trực thuộc', en: 'Subordinate Party cells and committees' },
      duties: [
        {
          vi: 'Tổ chức nghiên cứu, quán triệt, tuyên truyền; xây dựng kế hoạch tổ chức thực hiện; huy động các nguồn lực xã hội…',
          en: 'Study and publicise the plan, draw up their own implementation plans, mobilise social resources',
        },
      ],
    },
  ],
  reporting: [
    {
      frequency: 'six-monthly',
      text: {
        vi: 'định kỳ 6 tháng, 1 năm báo cáo kết quả cho Ban Thường vụ Đảng ủy (qua Đảng ủy UBND xã) để tổng hợp báo cáo',
        en: 'report results to the Standing Committee (through the Party committee of the commune People’s Committee) every six months and every year',
      },
    },
    {
      frequency: 'yearly',
      text: {
        vi: 'định kỳ 6 tháng, 1 năm báo cáo kết quả cho Ban Thường vụ Đảng ủy (qua Đảng ủy UBND xã) để tổng hợp báo cáo',
        en: 'report results to the Standing Committee (through the Party committee of the commune People’s Committee) every six months and every year',
      },
    },
  ],
  source: {
    file: '002_da0a84197d806a79.txt',
    note: {
      vi: 'Văn bản không có phần đầu (số, ngày); số 39-KH/ĐU và ngày 31/12/2025 lấy từ dòng “Kèm theo Kế hoạch …” của Phụ lục. Tiêu đề giữ nguyên cách viết “09/9/ 2025”. Không có hạn nộp báo cáo.',
      en: 'The text lacks its header (number, date); number 39-KH/ĐU and date 31/12/2025 come from the appendix line “attached to plan …”. The title keeps the printed “09/9/ 2025”. No reporting deadline is set.',
    },
  },
});
