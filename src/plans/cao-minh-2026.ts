import type { Plan } from '../model/plan.js';
import { deepFreeze } from './deepFreeze.js';

const DUE_2026 = '2026-12-31';
/** Thái Nguyên province, the parent of the plan's area. */
const THAI_NGUYEN = 'vn-thai-nguyen';
const PROVINCE_FIGURE = {
  vi: 'Con số là chỉ tiêu của tỉnh Thái Nguyên (Đề án 14-ĐA/TU) được nhắc lại trong kế hoạch của xã, nên chỉ tiêu được gắn với địa bàn tỉnh (area), không phải xã. Giường bệnh và bác sĩ trên vạn dân là chuỗi thống kê cấp tỉnh; giường của trạm y tế xã nằm ngoài chuỗi giường bệnh chính thức.',
  en: 'The figure is Thái Nguyên province’s target (scheme 14-ĐA/TU) restated in the commune’s plan, so the target is set on the province’s area, not the commune’s. Beds and doctors per 10,000 are provincial statistical series; a commune health station’s beds are outside the official beds series.',
} as const;

const input: Plan = {
  id: 'cao-minh-2026',
  kind: 'plan',
  title: {
    vi: 'Kế hoạch thực hiện Đề án số 14-ĐA/TU, ngày 10/12/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển y tế trên địa bàn tỉnh Thái Nguyên giai đoạn 2026 - 2030, năm 2026',
    en: 'Plan for implementing, in 2026, Scheme No. 14-ĐA/TU of 10 December 2025 of the Provincial Party Executive Committee on health development in Thái Nguyên province, 2026–2030',
  },
  issuer: {
    name: { vi: 'Ban Thường vụ Đảng ủy xã Cao Minh', en: 'Standing Committee of the Cao Minh commune Party Committee' },
    level: 'commune',
  },
  area: {
    id: 'vn-thai-nguyen/cao-minh',
    name: { vi: 'xã Cao Minh', en: 'Cao Minh commune' },
    level: 'commune',
    parent: 'vn-thai-nguyen',
  },
  period: { from: 2026, to: 2026 },
  parents: [
    {
      number: '14-ĐA/TU',
      date: '2025-12-10',
      title: {
        vi: 'Đề án về phát triển y tế trên địa bàn tỉnh Thái Nguyên giai đoạn 2026 - 2030',
        en: 'Scheme on health development in Thái Nguyên province, 2026–2030',
      },
      issuer: { vi: 'Ban Chấp hành Đảng bộ tỉnh Thái Nguyên', en: 'Thái Nguyên Provincial Party Executive Committee' },
    },
    {
      number: '22-KH/TU',
      date: '2025-12-30',
      title: {
        vi: 'Kế hoạch triển khai thực hiện Đề án 14-ĐA/TU',
        en: 'Plan for implementing Scheme 14-ĐA/TU',
      },
      issuer: { vi: 'Ban Thường vụ Tỉnh ủy Thái Nguyên', en: 'Standing Committee of the Thái Nguyên Provincial Party Committee' },
    },
  ],
  objectives: [
    {
      id: 'general',
      kind: 'general',
      horizon: 2026,
      vision: false,
      text: {
        vi: 'Tổ chức triển khai đồng bộ, hiệu quả các mục tiêu, nhiệm vụ tại Đề án số 14-ĐA/TU; từng bước xây dựng hệ thống y tế hiện đại, công bằng, chất lượng, hiệu quả, gần dân, bảo đảm tính kế thừa, tính khả thi và phù hợp với điều kiện phát triển kinh tế - xã hội của xã. Nâng cao chất lượng dịch vụ y tế, bảo đảm mọi người dân được tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe cơ bản, an toàn, chất lượng; quan tâm các nhóm yếu thế, tạo điều kiện cho các nhóm yếu thế được tiếp cận các dịch vụ trợ giúp xã hội phù hợp, được sống trong cộng đồng an toàn, lành mạnh.',
        en: 'Implement the goals and tasks of Scheme 14-ĐA/TU consistently and effectively; build step by step a modern, equitable, high-quality, effective health system close to the people, with continuity, feasibility and fit to the commune’s socio-economic conditions. Raise the quality of health services so that everyone can reach and benefit from basic, safe, good-quality care; attend to vulnerable groups so they can reach suitable social-assistance services and live in a safe, healthy community.',
      },
      targets: [],
    },
    {
      id: 'specific-2026',
      kind: 'specific',
      horizon: 2026,
      vision: false,
      text: { vi: 'Mục tiêu cụ thể năm 2026', en: 'Specific objectives for 2026' },
      targets: [
        {
          id: 'cao-minh-2026/beds',
          kind: 'level',
          indicator: 'beds-per-10k',
          area: THAI_NGUYEN,
          comparator: '>=',
          value: '49.2',
          due: DUE_2026,
          decimals: 1,
          text: {
            vi: 'Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.',
            en: 'By the end of 2026, hospital beds per 10,000 population: 49.2.',
          },
          note: {
            vi: `Văn bản chỉ nêu con số, không có từ so sánh; mã hóa là mức tối thiểu (≥ 49,2). ${PROVINCE_FIGURE.vi}`,
            en: `The text gives a bare figure with no comparator; encoded as a floor (≥ 49.2). ${PROVINCE_FIGURE.en}`,
          },
        },
        {
          id: 'cao-minh-2026/doctors',
          kind: 'level',
          indicator: 'doctors-per-10k',
          area: THAI_NGUYEN,
          comparator: '>=',
          value: '17.5',
          due: DUE_2026,
          decimals: 1,
          text: {
            vi: 'Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.',
            en: 'By the end of 2026, doctors per 10,000 population: 17.5.',
          },
          note: {
            vi: `Con số không kèm từ so sánh; mã hóa là mức tối thiểu (≥ 17,5). ${PROVINCE_FIGURE.vi}`,
            en: `A bare figure with no comparator; encoded as a floor (≥ 17.5). ${PROVINCE_FIGURE.en}`,
          },
        },
        {
          id: 'cao-minh-2026/stations-4-doctors',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'Trạm y tế', en: 'commune health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
          comparator: '>=',
          value: '100',
          due: DUE_2026,
          text: {
            vi: 'Đến hết năm 2026, 100% Trạm y tế có tối thiểu 4 bác sĩ.',
            en: 'By the end of 2026, 100% of health stations have at least 4 doctors.',
          },
        },
        {
          id: 'cao-minh-2026/insurance',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>',
          value: '95',
          due: DUE_2026,
          text: {
            vi: 'Đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.',
            en: 'By the end of 2026, health insurance coverage above 95% of the population.',
          },
          note: {
            vi: '“trên 95%” là so sánh nghiêm ngặt (> 95): 95,00% chưa đạt. Mục III.4.1 nhắc lại cùng chỉ tiêu với “phấn đấu”.',
            en: '“trên 95%” is strict (> 95): 95.00% does not meet it. Section III.4.1 restates the same target as “phấn đấu” (strive for).',
          },
        },
        {
          id: 'cao-minh-2026/free-checkup',
          kind: 'level',
          indicator: 'free-checkup-coverage',
          comparator: '>=',
          value: '100',
          due: DUE_2026,
          aspirational: true,
          text: {
            vi: 'Năm 2026, phần đầu người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất 1 lần',
            en: 'In 2026, strive for people to have a free periodic check-up or screening at least once',
          },
          note: {
            vi: '“phần đầu” trong văn bản được đọc là “phấn đấu” (lỗi chính tả), nên đánh dấu aspirational. Văn bản không nêu tỷ lệ; “người dân” được hiểu là toàn bộ người dân (100%).',
            en: '“phần đầu” in the text is read as “phấn đấu” (strive for), a typo; hence aspirational. No percentage is given; “người dân” (the people) is read as everyone (100%).',
          },
        },
        {
          id: 'cao-minh-2026/ehr',
          kind: 'level',
          indicator: 'ehr-coverage',
          comparator: '>=',
          value: '100',
          due: DUE_2026,
          aspirational: true,
          text: {
            vi: 'được lập sổ sức khỏe điện tử quản lý theo vòng đời',
            en: '(strive for people) to have an electronic health book managing their health over the life course',
          },
          note: {
            vi: 'Cùng câu 2.5 với chỉ tiêu khám sức khỏe (“phần đầu” = “phấn đấu”); không nêu tỷ lệ, hiểu là 100% người dân.',
            en: 'Same sentence 2.5 as the check-up target (“phần đầu” = “phấn đấu”); no percentage given, read as 100% of the people.',
          },
        },
        {
          id: 'cao-minh-2026/insured-visits',
          kind: 'level',
          indicator: 'insured-visits-at-commune-stations',
          comparator: '>=',
          value: '20',
          due: DUE_2026,
          text: {
            vi: 'Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế cấp xã lên 20%.',
            en: 'Raise the share of insured (BHYT) visits made at the commune health station to 20%.',
          },
          note: {
            vi: '“lên 20%” là mức cần đạt (≥ 20), không phải mức tăng. Câu không có mốc thời gian; theo tiêu đề “Mục tiêu cụ thể năm 2026”, hạn là hết năm 2026.',
            en: '“lên 20%” (raise to 20%) is a level (≥ 20), not an increase. The sentence has no date; under the heading “Specific objectives for 2026” it falls due at the end of 2026.',
          },
        },
      ],
    },
  ],
  responsibilities: [
    {
      body: {
        vi: 'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy, các chi, đảng bộ trực thuộc, Ủy ban MTTQ và các tổ chức chính trị - xã hội xã',
        en: 'The Party Committee’s advisory bodies, affiliated Party cells and branches, the Fatherland Front Committee and the commune’s socio-political organisations',
      },
      duties: [
        {
          vi: 'Tổ chức tuyên truyền, phổ biến, quán triệt Đề án 14-ĐA/TU và Kế hoạch đến cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân.',
          en: 'Publicise and explain Scheme 14-ĐA/TU and the plan to officials, Party members, association members and the people.',
        },
      ],
    },
    {
      body: { vi: 'Ban Xây dựng Đảng', en: 'Party Building Board' },
      duties: [
        {
          vi: 'Chỉ đạo, hướng dẫn, tuyên truyền, phổ biến, quán triệt nội dung Đề án 14-ĐA/TU và Kế hoạch đến các cơ quan, đơn vị, cán bộ và đảng viên.',
          en: 'Direct, guide and publicise the content of Scheme 14-ĐA/TU and the plan to agencies, units, officials and Party members.',
        },
      ],
    },
    {
      body: { vi: 'Đảng ủy Ủy ban Nhân dân xã', en: 'Party Committee of the commune People’s Committee' },
      duties: [
        {
          vi: 'Chỉ đạo Ủy ban Nhân dân xã chủ trì, xây dựng và ban hành kế hoạch triển khai thực hiện năm 2026.',
          en: 'Direct the commune People’s Committee to lead, draft and issue the 2026 implementation plan.',
        },
      ],
    },
    {
      body: { vi: 'Ủy ban Nhân dân xã', en: 'Commune People’s Committee' },
      duties: [
        {
          vi: 'Bảo đảm nguồn lực; hướng dẫn, đôn đốc, theo dõi, kiểm tra, giám sát việc thực hiện; tổng hợp báo cáo Ban Thường vụ Đảng ủy về kết quả thực hiện định kỳ theo quy định.',
          en: 'Secure resources; guide, monitor, inspect and supervise implementation; report results to the Party Standing Committee periodically as regulated.',
        },
      ],
    },
  ],
  reporting: [],
  source: {
    file: '000_fd165c55eb47a287.txt',
    note: {
      vi: 'Văn bản không ghi số, ngày ban hành (chỉ biết ban hành sau ngày 30/12/2025 của Kế hoạch 22-KH/TU) nên bỏ trống number và issued. Nhịp báo cáo chỉ ghi “định kỳ theo quy định”, không nêu tần suất hay hạn, nên reporting để trống thay vì đoán.',
      en: 'The text carries no number and no date of issue (only that it follows plan 22-KH/TU of 30/12/2025), so number and issued are left out. Reporting is only “định kỳ theo quy định” (periodically as regulated), with no frequency or deadline, so reporting is left empty rather than guessed.',
    },
  },
};

/**
 * Cao Minh commune (Thái Nguyên province), 2026: the commune Party Standing Committee's plan
 * implementing provincial scheme 14-ĐA/TU (10/12/2025) and plan 22-KH/TU (30/12/2025). Seven
 * targets due at the end of 2026: beds and doctors per 10,000, every station with at least 4
 * doctors, insurance coverage above 95%, free check-ups and e-health books (aspirational), and
 * 20% of insured visits at the commune station. Beds (49,2) and doctors (17,5) per 10,000 are
 * the province's figures restated, so those two targets are set on Thái Nguyên's area
 * (`area: 'vn-thai-nguyen'`).
 *
 * @category Plans
 * @example
 * ```ts
 * import { caoMinh2026 } from 'chitieu/plans';
 *
 * console.log(caoMinh2026.id); // 'cao-minh-2026'
 * const insurance = caoMinh2026.objectives[1]?.targets.find((target) => target.indicator === 'health-insurance-coverage');
 * console.log(insurance?.kind === 'level' ? [insurance.comparator, insurance.value, insurance.due] : undefined); // [ '>', '95', '2026-12-31' ]
 * const beds = caoMinh2026.objectives[1]?.targets.find((target) => target.indicator === 'beds-per-10k');
 * console.log(beds?.area); // 'vn-thai-nguyen'
 * ```
 */
export const caoMinh2026: Plan = deepFreeze(input);
