/**
 * The Ninh Bình provincial Department of Health's plan for the socio-economic tasks of 2026:
 * the targets assigned by resolution 47/NQ-HĐND and decision 1789/QĐ-UBND, those of the
 * Department's Party resolution 05-NQ/ĐU, and the station targets it quotes from 72-NQ/TW.
 *
 * @module
 */
import type { Plan } from '../model/plan.js';
import { deepFreeze } from './deepFreeze.js';

const ALSO_ASSIGNED = {
  vi: 'Cùng mức này được nêu hai lần: trong 04 chỉ tiêu giao tại Nghị quyết số 47/NQ-HĐND và Quyết định số 1789/QĐ-UBND, và trong các chỉ tiêu phân kỳ năm 2026 của Nghị quyết số 05-NQ/ĐU; mã hóa một lần.',
  en: 'The same figure is stated twice: among the 4 targets assigned by resolution 47/NQ-HĐND and decision 1789/QĐ-UBND, and among the 2026 targets of resolution 05-NQ/ĐU; it is encoded once.',
};

const QUOTED_72 = {
  vi: 'Trích dẫn chỉ tiêu của Nghị quyết 72-NQ/TW ở mục III.2 (đề nghị UBND xã/phường); tính cho toàn tỉnh.',
  en: 'Quoted from resolution 72-NQ/TW in section III.2 (request to commune and ward People’s Committees); applied to the whole province.',
};

/**
 * Ninh Bình provincial Department of Health (Sở Y tế), plan for the socio-economic tasks of
 * 2026 (unnumbered draft “Số /KH-SYT”, dated “ngày tháng năm 2025”). Doctors and beds per
 * 10,000 include the Bạch Mai 2 and Việt Đức 2 hospitals (`scope`). Reports are due
 * quarterly before the 10th of each quarter's last month, except that the year-end report,
 * due before 10 November, replaces the fourth quarter's (`replaces` on the yearly rule), so
 * `reportingDeadlines` gives four dates a year. Section II.2.1.c adds the target that
 * coverage of the expanded programme's vaccines be above 95%
 * (`ninh-binh-health-2026/tcmr-vaccines`).
 *
 * @category Plans
 * @example
 * ```ts
 * import { ninhBinhHealth2026 } from 'chitieu/plans';
 *
 * console.log(ninhBinhHealth2026.issued); // '2025'
 * console.log(ninhBinhHealth2026.reporting.map((rule) => [rule.frequency, rule.month, rule.day])); // [ [ 'quarterly', 3, 10 ], [ 'yearly', 11, 10 ] ]
 * console.log(ninhBinhHealth2026.reporting[1]?.replaces); // { frequency: 'quarterly', period: 4 }
 * const doctors = ninhBinhHealth2026.objectives
 *   .flatMap((objective) => objective.targets)
 *   .find((target) => target.indicator === 'doctors-per-10k');
 * console.log(doctors?.kind === 'level' ? doctors.value : undefined); // '11.5'
 * ```
 */
export const ninhBinhHealth2026: Plan = deepFreeze<Plan>({
  id: 'ninh-binh-health-2026',
  kind: 'plan',
  title: {
    vi: 'Thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2026',
    en: 'Carrying out the socio-economic development tasks of 2026',
  },
  issuer: {
    name: { vi: 'Sở Y tế tỉnh Ninh Bình', en: 'Ninh Bình Department of Health' },
    level: 'department',
  },
  area: {
    id: 'vn-ninh-binh',
    name: { vi: 'tỉnh Ninh Bình', en: 'Ninh Bình province' },
    level: 'province',
  },
  issued: '2025',
  issuedText: 'Ninh Bình, ngày tháng năm 2025',
  period: { from: 2026, to: 2026 },
  parents: [
    {
      number: '163/UBND-VP2',
      date: '2025-12-16',
      title: {
        vi: 'Về việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030 và năm 2026',
        en: 'On implementing the socio-economic targets, tasks and solutions for 2026–2030 and for 2026',
      },
      issuer: { vi: 'UBND tỉnh Ninh Bình', en: 'Ninh Bình Provincial People’s Committee' },
    },
    {
      number: '47/NQ-HĐND',
      date: '2025-12-09',
      title: {
        vi: 'Về Kế hoạch phát triển kinh tế - xã hội năm 2026 tỉnh Ninh Bình',
        en: 'On the 2026 socio-economic development plan of Ninh Bình province',
      },
      issuer: { vi: 'HĐND tỉnh Ninh Bình', en: 'Ninh Bình Provincial People’s Council' },
    },
    {
      number: '1789/QĐ-UBND',
      date: '2025-12-10',
      title: {
        vi: 'Về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2026',
        en: 'On assigning the 2026 socio-economic targets and state budget estimates',
      },
      issuer: { vi: 'UBND tỉnh Ninh Bình', en: 'Ninh Bình Provincial People’s Committee' },
    },
    {
      number: '05-NQ/ĐU',
      date: '2025-11-10',
      title: {
        vi: 'Điều chỉnh một số chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ Sở Y tế, nhiệm kỳ 2025-2030',
        en: 'Adjusting some targets of the resolution of the Department of Health Party congress, 2025–2030 term',
      },
      issuer: { vi: 'Ban chấp hành Đảng bộ Sở Y tế', en: 'Executive Committee of the Department of Health Party organisation' },
    },
    {
      number: '72-NQ/TW',
      date: '2025-09-09',
      title: {
        vi: 'Về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc sức khoẻ nhân dân',
        en: 'On breakthrough solutions to strengthen the protection and care of the people’s health',
      },
      issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    },
  ],
  objectives: [
    {
      id: 'general',
      kind: 'general',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Tiếp tục sắp xếp, ổn định tổ chức bộ máy ngành y tế đảm bảo tinh gọn, hiệu năng, hiệu lực, hiệu quả; hoàn thiện hệ thống y tế tỉnh Ninh Bình theo hướng công bằng, chất lượng, toàn diện và có khả năng thích ứng tốt với quá trình hội nhập quốc tế và kỷ nguyên đổi mới của dân tộc; có chính sách thu hút, xây dựng đội ngũ cán bộ y tế có ý thức và năng lực chuyên môn vững vàng. Bảo đảm mọi người dân được thụ hưởng các dịch vụ chăm sóc sức khỏe ban đầu, mở rộng tiếp cận và sử dụng dịch vụ y tế chất lượng cao; các đối tượng trợ giúp xã hội được tiếp cận và hưởng chính sách bảo trợ xã hội đúng quy định. Người dân được sống trong cộng đồng an toàn, phát triển cả về thể chất và tinh thần; giảm tỷ lệ mắc bệnh, tật và nâng cao chất lượng cuộc sống.',
        en: 'Keep reorganising the health sector to be lean and effective; make the Ninh Bình health system fair, high-quality, comprehensive and adaptable; attract and build competent health staff. Ensure everyone receives primary care and wider access to high-quality services, and social-assistance beneficiaries receive their entitlements. People live in safe communities, develop physically and mentally, with less disease and a better quality of life.',
      },
      targets: [],
    },
    {
      id: 'assigned-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Phân đầu đạt 04 chỉ tiêu Kế hoạch phát triển kinh tế - xã hội được giao tại Nghị quyết số 47/NQ-HĐND ngày 09/12/2025 về Kế hoạch phát triển kinh tế - xã hội năm 2026 tỉnh Ninh Bình; Quyết định số 1789/QĐ-UBND ngày 10/12/2025 của UBND tỉnh về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2026.',
        en: 'Strive to meet the 4 socio-economic targets assigned by resolution 47/NQ-HĐND of 09/12/2025 on the 2026 socio-economic plan of Ninh Bình and decision 1789/QĐ-UBND of 10/12/2025 of the Provincial People’s Committee assigning the 2026 targets and state budget estimates.',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/doctors',
          kind: 'level',
          indicator: 'doctors-per-10k',
          comparator: '>=',
          value: '11.5',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Số bác sỹ/1 vạn dân: 11,5 bác sỹ (bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2)',
            en: 'Doctors per 10,000 population: 11.5 (including doctors working at Bạch Mai 2 and Việt Đức 2 hospitals)',
          },
          scope: {
            vi: 'bao gồm số bác sỹ làm việc tại Bệnh viện Bạch Mai 2, Việt Đức 2',
            en: 'including doctors working at Bạch Mai 2 and Việt Đức 2 hospitals',
          },
          note: ALSO_ASSIGNED,
        },
        {
          id: 'ninh-binh-health-2026/beds',
          kind: 'level',
          indicator: 'beds-per-10k',
          comparator: '>=',
          value: '35',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Số giường bệnh/1 vạn dân: 35 giường bệnh (bao gồm số giường bệnh tại Bệnh viện Bạch Mai 2, Việt Đức 2)',
            en: 'Hospital beds per 10,000 population: 35 (including beds at Bạch Mai 2 and Việt Đức 2 hospitals)',
          },
          scope: {
            vi: 'bao gồm số giường bệnh tại Bệnh viện Bạch Mai 2, Việt Đức 2',
            en: 'including beds at Bạch Mai 2 and Việt Đức 2 hospitals',
          },
          note: ALSO_ASSIGNED,
        },
        {
          id: 'ninh-binh-health-2026/insurance-coverage',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>=',
          value: '95.3',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ người dân có thẻ bảo hiểm y tế: 95,3%',
            en: 'Share of people with a health-insurance card: 95.3%',
          },
          note: ALSO_ASSIGNED,
        },
        {
          id: 'ninh-binh-health-2026/ehr',
          kind: 'level',
          indicator: 'ehr-coverage',
          comparator: '>=',
          value: '40',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ người dân được lập hồ sơ sức khỏe điện tử: 40%',
            en: 'Share of people with an electronic health record: 40%',
          },
          note: {
            vi: `${ALSO_ASSIGNED.vi} Lần thứ hai viết “sức khoẻ” (dấu đặt khác).`,
            en: `${ALSO_ASSIGNED.en} The second time it is spelled “sức khoẻ” (different tone-mark placement).`,
          },
        },
      ],
    },
    {
      id: 'department-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Phân đầu hoàn thành các chỉ tiêu kế hoạch thực hiện nhiệm vụ chính trị đề ra tại Nghị quyết số 05-NQ/ĐU ngày 10/11/2025 của Ban chấp hành Đảng bộ Sở Y tế điều chỉnh một số chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ Sở Y tế, nhiệm kỳ 2025-2030, theo đó các chỉ tiêu phân kỳ thực hiện năm 2026:',
        en: 'Strive to meet the targets set by resolution 05-NQ/ĐU of 10/11/2025 of the Department of Health Party executive committee (adjusting targets of its 2025–2030 congress resolution); the targets for 2026 are:',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/sex-ratio-at-birth',
          kind: 'level',
          indicator: 'sex-ratio-at-birth',
          comparator: '<=',
          value: '111.1',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ số giới tính khi sinh: 111,1 bé trai/100 bé gái',
            en: 'Sex ratio at birth: 111.1 boys per 100 girls',
          },
          note: {
            vi: 'Văn bản chỉ nêu con số; được hiểu là mức trần (≤) vì mục II.2.3 đặt mục tiêu “đưa tỉ số giới tính khi sinh về mức cân bằng tự nhiên”.',
            en: 'The text gives only the figure; it is read as a ceiling (≤) because section II.2.3 aims to “bring the sex ratio at birth back to its natural balance”.',
          },
        },
        {
          id: 'ninh-binh-health-2026/stunting',
          kind: 'level',
          indicator: 'stunting-under-5',
          comparator: '<',
          value: '15.5',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ suy dinh dưỡng trẻ em dưới 05 tuổi thể thấp còi giảm còn dưới 15,5%.',
            en: 'Stunting among children under 5 reduced to below 15.5%.',
          },
        },
        {
          id: 'ninh-binh-health-2026/stations-with-doctor',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'trạm y tế xã/phường', en: 'commune and ward health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '1' },
          comparator: '>=',
          value: '100',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ trạm y tế xã/phường có bác sỹ làm việc: 100%',
            en: 'Share of commune and ward health stations with a working doctor: 100%',
          },
        },
        {
          id: 'ninh-binh-health-2026/tcmr-full-immunization',
          kind: 'level',
          indicator: 'tcmr-full-immunization-under-1',
          comparator: '>=',
          value: '95',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vắc xin trong CTTCMR đạt ≥ 95%',
            en: 'Share of children under 1 fully immunized with the EPI vaccines: ≥ 95%',
          },
          note: {
            vi: 'Tệp nguồn ghi “≥ 95%” dưới dạng LaTeX “$\\geq 95\\%$” (lỗi chuyển đổi). Mục II.2.1.c nói về tỷ lệ tiêm từng loại vắc xin TCMR “đạt trên 95%” (>), một chỉ số khác (theo từng vắc xin, không phải trẻ dưới 1 tuổi tiêm đủ): chỉ tiêu ninh-binh-health-2026/tcmr-vaccines.',
            en: 'The source file renders “≥ 95%” as LaTeX “$\\geq 95\\%$” (a conversion artefact). Section II.2.1.c says coverage of each EPI vaccine should be “above 95%” (>), a different measure (per vaccine, not children under 1 fully immunized): target ninh-binh-health-2026/tcmr-vaccines.',
          },
        },
        {
          id: 'ninh-binh-health-2026/stations-ncd-care',
          kind: 'level',
          indicator: 'stations-ncd-care',
          comparator: '>=',
          value: '100',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ trạm y tế xã/phường thực hiện dự phòng, quản lý, điều trị một số bệnh không lây nhiễm đạt 100%',
            en: 'Share of commune and ward health stations preventing, managing and treating some non-communicable diseases: 100%',
          },
        },
        {
          id: 'ninh-binh-health-2026/social-protection',
          kind: 'level',
          indicator: 'social-protection-coverage',
          comparator: '>=',
          value: '100',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ đối tượng bảo trợ xã hội đủ điều kiện được hưởng trợ cấp theo quy định đạt 100%',
            en: 'Share of eligible social-protection beneficiaries receiving allowances as required: 100%',
          },
        },
        {
          id: 'ninh-binh-health-2026/special-circumstances-children',
          kind: 'level',
          indicator: 'special-circumstances-children-supported',
          comparator: '>',
          value: '95',
          due: '2026-12-31',
          aspirational: true,
          text: {
            vi: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, trợ giúp bằng các hình thức khác nhau đạt trên 95%.',
            en: 'Share of children in special circumstances cared for and supported in various forms: above 95%.',
          },
        },
      ],
    },
    {
      id: 'satisfaction-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Chỉ tiêu đáp ứng sự hài lòng của người bệnh: Tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 80%.',
        en: 'Patient satisfaction target: share of people satisfied with health services above 80%.',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/patient-satisfaction',
          kind: 'level',
          indicator: 'patient-satisfaction',
          comparator: '>',
          value: '80',
          due: '2026-12-31',
          text: {
            vi: 'Tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 80%.',
            en: 'Share of people satisfied with health services: above 80%.',
          },
        },
      ],
    },
    {
      id: 'no-major-epidemic-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Không để dịch bệnh lớn xảy ra trên địa bàn tỉnh.',
        en: 'Let no major epidemic occur in the province.',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/no-major-epidemic',
          kind: 'boolean',
          indicator: 'major-epidemic',
          expected: false,
          due: '2026-12-31',
          text: {
            vi: 'Không để dịch bệnh lớn xảy ra trên địa bàn tỉnh.',
            en: 'Let no major epidemic occur in the province.',
          },
        },
      ],
    },
    {
      id: 'immunization-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Thực hiện tốt chương trình tiêm chủng mở rộng, thường xuyên rà soát đối tượng và tổ chức tiêm vét các loại vắc xin trong chương trình tiêm chủng mở rộng, bảo đảm tỷ lệ tiêm các loại vắc xin trong tiêm chủng mở rộng đạt trên 95%',
        en: 'Carry out the expanded programme on immunization well, regularly review who is due and hold catch-up sessions for the programme’s vaccines, so that coverage of the vaccines in the expanded programme is above 95%',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/tcmr-vaccines',
          kind: 'level',
          indicator: 'essential-immunization-coverage',
          comparator: '>',
          value: '95',
          due: '2026-12-31',
          text: {
            vi: 'bảo đảm tỷ lệ tiêm các loại vắc xin trong tiêm chủng mở rộng đạt trên 95%',
            en: 'ensure coverage of the vaccines in the expanded programme on immunization above 95%',
          },
          note: {
            vi: 'Câu nằm ở mục II.2.1.c (nhiệm vụ, giải pháp), không có trong danh sách chỉ tiêu của mục I; kế hoạch là của năm 2026 nên hạn là hết năm 2026. Đây là độ bao phủ các vắc xin của Chương trình tiêm chủng mở rộng, như chỉ tiêu cùng nội dung của xã Xuân Hưng (essential-immunization-coverage), khác với tỷ lệ trẻ dưới 1 tuổi tiêm đủ (tcmr-full-immunization). “Các loại vắc xin … đạt trên 95%” đọc theo chữ là mỗi loại vắc xin đều trên 95%. “trên 95%” là so sánh nghiêm ngặt.',
            en: 'The sentence is in section II.2.1.c (tasks), not in section I’s list of targets; the plan is for 2026, so it falls due at the end of 2026. It is coverage of the expanded programme’s vaccines, as in Xuân Hưng’s target of the same content (essential-immunization-coverage), not under-1 full immunization (tcmr-full-immunization). “The vaccines … above 95%” reads literally as every vaccine above 95%. “trên 95%” is strict.',
          },
        },
      ],
    },
    {
      id: 'resolution-72-stations',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: '100% trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ; đến năm 2027 mỗi trạm y tế có ít nhất 4 bác sĩ, đến năm 2030 mỗi trạm có ít nhất 5 bác sĩ. Tăng tỉ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế cấp xã lên trên 20%',
        en: '100% of commune health stations invested in (facilities, equipment, staff) according to their functions; by 2027 each station has at least 4 doctors, by 2030 at least 5. Raise the share of insured visits at commune stations to above 20%.',
      },
      targets: [
        {
          id: 'ninh-binh-health-2026/stations-4-doctors-2027',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'trạm y tế cấp xã', en: 'commune health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
          comparator: '>=',
          value: '100',
          due: '2027-12-31',
          text: {
            vi: 'đến năm 2027 mỗi trạm y tế có ít nhất 4 bác sĩ',
            en: 'by 2027 each health station has at least 4 doctors',
          },
          note: QUOTED_72,
        },
        {
          id: 'ninh-binh-health-2026/stations-5-doctors-2030',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'trạm y tế cấp xã', en: 'commune health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '5' },
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          text: {
            vi: 'đến năm 2030 mỗi trạm có ít nhất 5 bác sĩ',
            en: 'by 2030 each station has at least 5 doctors',
          },
          note: QUOTED_72,
        },
        {
          id: 'ninh-binh-health-2026/stations-invested',
          kind: 'level',
          indicator: 'stations-invested',
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          text: {
            vi: '100% trạm y tế cấp xã được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ',
            en: '100% of commune health stations invested in (facilities, equipment, staff) according to their functions',
          },
          note: {
            vi: `${QUOTED_72.vi} Câu trích không nêu năm; lấy năm 2030, mốc của Nghị quyết 72-NQ/TW.`,
            en: `${QUOTED_72.en} The quotation gives no year; 2030, the horizon of resolution 72-NQ/TW, is used.`,
          },
        },
        {
          id: 'ninh-binh-health-2026/insured-visits',
          kind: 'level',
          indicator: 'insured-visits-at-commune-stations',
          comparator: '>',
          value: '20',
          due: '2030-12-31',
          text: {
            vi: 'Tăng tỉ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế cấp xã lên trên 20%',
            en: 'Raise the share of insured visits at commune health stations to above 20%',
          },
          note: {
            vi: `${QUOTED_72.vi} Câu trích không nêu năm; lấy năm 2030, mốc của Nghị quyết 72-NQ/TW.`,
            en: `${QUOTED_72.en} The quotation gives no year; 2030, the horizon of resolution 72-NQ/TW, is used.`,
          },
        },
      ],
    },
  ],
  responsibilities: [
    {
      body: { vi: 'Các đơn vị trực thuộc Sở Y tế, các phòng thuộc Sở', en: 'Units under the Department of Health and its offices' },
      duties: [
        {
          vi: 'nghiêm túc triển khai thực hiện nhanh, hiệu quả, thiết thực và toàn diện các nhiệm vụ, giải pháp đã đề ra nhằm hoàn thành tốt các chỉ tiêu chuyên môn được giao…',
          en: 'Carry out the tasks and solutions to meet the assigned targets; monitor progress and propose remedies',
        },
        {
          vi: 'Phối hợp chặt chẽ với Phòng Văn hoá – xã hội trực thuộc UBND xã/phường để thực hiện các mục tiêu, chỉ tiêu chung của ngành…',
          en: 'Work with the culture and social affairs offices of commune and ward People’s Committees',
        },
        {
          vi: 'Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng cuối quý, riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11 để tổng hợp báo cáo Sở Tài chính, UBND tỉnh.',
          en: 'Report quarterly to the Department (through its Finance office) before the 10th of the last month of the quarter; the year-end report before 10 November, for the Department of Finance and the Provincial People’s Committee.',
        },
      ],
    },
    {
      body: { vi: 'UBND xã/phường', en: 'Commune and ward People’s Committees' },
      duties: [
        {
          vi: 'Chỉ đạo Phòng Văn hoá – xã hội, Trạm Y tế xã/phường phối hợp chặt chẽ với các phòng thuộc Sở, các đơn vị trực thuộc Sở Y tế…',
          en: 'Have their culture and social affairs offices and health stations work closely with the Department',
        },
        {
          vi: 'Có kế hoạch đào tạo, tuyển dụng nhằm đảm bảo đủ số lượng và cơ cấu nhân lực góp phần hoàn thành chỉ tiêu Nghị quyết 72-NQ/TW…',
          en: 'Plan training and recruitment to staff stations for the targets of resolution 72-NQ/TW',
        },
      ],
    },
    {
      body: { vi: 'Phòng Tài chính - Sở Y tế', en: 'Finance office of the Department of Health' },
      duties: [
        {
          vi: 'theo dõi, đôn đốc các đơn vị thực hiện kế hoạch, tổng hợp báo cáo theo quy định',
          en: 'Monitor the units’ implementation and compile reports',
        },
      ],
    },
  ],
  reporting: [
    {
      frequency: 'quarterly',
      month: 3,
      day: 10,
      before: true,
      text: {
        vi: 'Định kỳ hàng quý báo cáo kết quả về Sở Y tế (qua phòng Tài chính) trước ngày 10 tháng cuối quý',
        en: 'Report results to the Department of Health (through its Finance office) every quarter, before the 10th of the last month of the quarter',
      },
    },
    {
      frequency: 'yearly',
      month: 11,
      day: 10,
      before: true,
      replaces: { frequency: 'quarterly', period: 4 },
      text: {
        vi: 'riêng kỳ cuối năm tổng hợp báo cáo trước ngày 10/11 để tổng hợp báo cáo Sở Tài chính, UBND tỉnh',
        en: 'except that the year-end report is compiled before 10 November, for the Department of Finance and the Provincial People’s Committee',
      },
    },
  ],
  source: {
    file: '004_601fc4afb53c578e.txt',
    note: {
      vi: 'Bản dự thảo chưa có số (“Số /KH-SYT”) và chưa ghi ngày, tháng (“ngày tháng năm 2025”). Báo cáo cuối năm (trước 10/11) thay cho báo cáo quý IV.',
      en: 'An unnumbered draft (“Số /KH-SYT”) without day or month (“ngày tháng năm 2025”). The year-end report (before 10 November) replaces the fourth-quarter report.',
    },
  },
});
