/**
 * Plan 141-KH/HU of a district Party standing committee (2023): implementing Secretariat
 * directive 25-CT/TW and provincial plan 264-KH/TU on grassroots health care. The text names
 * neither the district nor the province.
 *
 * @module
 */
import type { Plan } from '../model/plan.js';
import { deepFreeze } from './deepFreeze.js';

const MAINTAIN_FROM = {
  vi: '“Duy trì” được mã hóa là giữ mức này trong mọi kỳ từ 2026 (sau mốc 2025) đến hết năm 2030.',
  en: '“Maintain” is encoded as holding the level in every period from 2026 (after the 2025 milestone) to the end of 2030.',
};

/**
 * District plan 141-KH/HU (2023) of a district Party standing committee, implementing
 * directive 25-CT/TW (25/10/2023) and provincial plan 264-KH/TU (26/10/2023): grassroots
 * health targets for 2025 and 2030, with the 2024 phasing of stations treating insured
 * patients (7) and communes meeting the national criteria (8). The document gives no date
 * and names no district, so `issued` is absent and the area is a placeholder.
 *
 * @category Plans
 * @example
 * ```ts
 * import { district141Kh2023 } from 'chitieu/plans';
 *
 * console.log(district141Kh2023.number); // '141-KH/HU'
 * console.log(district141Kh2023.issued); // undefined
 * const phasing = district141Kh2023.objectives
 *   .flatMap((objective) => objective.targets)
 *   .filter((target) => target.kind === 'count')
 *   .map((target) => [target.indicator, target.value, target.due]);
 * console.log(phasing); // [ [ 'stations-treating-insured-count', '7', '2024-12-31' ], [ 'communes-meeting-national-criteria-count', '8', '2024-12-31' ] ]
 * ```
 */
export const district141Kh2023: Plan = deepFreeze<Plan>({
  id: 'district-141-2023',
  number: '141-KH/HU',
  kind: 'plan',
  title: {
    vi: 'Triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới',
    en: 'Implementing directive No. 25-CT/TW of 25/10/2023 of the Secretariat on continuing to consolidate, complete and raise the quality of grassroots health care in the new situation',
  },
  issuer: {
    name: { vi: 'Ban Thường vụ Huyện ủy', en: 'Standing Committee of the District Party Committee' },
    level: 'district',
  },
  area: {
    id: 'district-141-kh-hu',
    name: {
      vi: 'huyện ban hành Kế hoạch 141-KH/HU (văn bản không nêu tên)',
      en: 'the district that issued plan 141-KH/HU (not named in the text)',
    },
    level: 'district',
  },
  period: { from: 2023, to: 2030 },
  parents: [
    {
      number: '25-CT/TW',
      date: '2023-10-25',
      title: {
        vi: 'Về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới',
        en: 'On continuing to consolidate, complete and raise the quality of grassroots health care in the new situation',
      },
      issuer: { vi: 'Ban Bí thư', en: 'Secretariat of the Party Central Committee' },
    },
    {
      number: '264-KH/TU',
      date: '2023-10-26',
      title: {
        vi: 'Về triển khai thực hiện Chỉ thị số 25-CT/TW',
        en: 'On implementing directive 25-CT/TW',
      },
      issuer: { vi: 'Ban Thường vụ Tỉnh ủy', en: 'Standing Committee of the Provincial Party Committee' },
    },
  ],
  objectives: [
    {
      id: 'general',
      kind: 'general',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Nâng cao hoạt động tổ chức bộ máy, thực hiện cơ chế tài chính, phát triển nguồn nhân lực để nâng cao năng lực cung ứng và chất lượng dịch vụ của mạng lưới y tế cơ sở, thực hiện quản lý sức khỏe toàn dân, đảm bảo cung ứng đầy đủ các dịch vụ chăm sóc sức khỏe ban đầu, khám bệnh, chữa bệnh cho người dân trên địa bàn huyện theo hướng toàn diện, liên tục; phối hợp và lồng ghép chặt chẽ giữa dự phòng và điều trị; giữa các cơ sở y tế trên địa bàn và tuyến trên, góp phần giảm quá tải cho các bệnh viện tuyến trên, đảm bảo công bằng, hiệu quả trong công tác bảo vệ, chăm sóc sức khỏe Nhân dân.',
        en: 'Improve organisation, financing and human resources to raise the capacity and quality of the grassroots health network; manage the health of the whole population; provide full primary care and treatment in the district, comprehensively and continuously; integrate prevention and treatment, and local facilities with higher levels, reducing overload at higher-level hospitals; ensure fairness and efficiency in protecting and caring for the people’s health.',
      },
      targets: [],
    },
    {
      id: 'to-2025',
      kind: 'specific',
      horizon: 2025,
      vision: false,
      text: { vi: 'Mục tiêu đến năm 2025', en: 'Objectives to 2025' },
      targets: [
        {
          id: 'district-141-2023/district-technical-list-2025',
          kind: 'level',
          indicator: 'district-technical-list-coverage',
          comparator: '>=',
          value: '90',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu Trung tâm Y tế huyện thực hiện 90% danh mục kỹ thuật của tuyến huyện.',
            en: 'Strive for the district health centre to perform 90% of the district-level technical list.',
          },
          note: {
            vi: '“Phần đầu” trong văn bản là lỗi chính tả của “Phấn đấu”; mức 90% được hiểu là tối thiểu.',
            en: '“Phần đầu” in the text is a misspelling of “Phấn đấu” (strive for); 90% is read as a minimum.',
          },
        },
        {
          id: 'district-141-2023/stations-treating-insured-2025',
          kind: 'level',
          indicator: 'stations-treating-insured',
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu 100% Trạm y tế xã thực hiện khám chữa bệnh Bảo hiểm y tế.',
            en: 'Strive for 100% of commune health stations to treat insured patients.',
          },
        },
        {
          id: 'district-141-2023/stations-full-primary-care-2025',
          kind: 'level',
          indicator: 'stations-full-primary-care',
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu 100% Trạm y tế xã thực hiện đầy đủ các nội dung của chăm sóc sức khỏe ban đầu',
            en: 'Strive for 100% of commune health stations to deliver every component of primary health care',
          },
        },
        {
          id: 'district-141-2023/station-technical-list-2025',
          kind: 'share',
          indicator: 'stations-meeting-technical-list',
          units: { vi: 'Trạm y tế xã', en: 'commune health stations' },
          condition: { indicator: 'station-technical-list-coverage', comparator: '>=', value: '90' },
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu 100% Trạm y tế xã thực hiện đầy đủ các nội dung của chăm sóc sức khỏe ban đầu, thực hiện tối thiểu 90% danh mục kỹ thuật của tuyến xã.',
            en: 'Strive for 100% of commune health stations to deliver every component of primary health care and perform at least 90% of the commune-level technical list.',
          },
        },
        {
          id: 'district-141-2023/communes-meeting-criteria-2025',
          kind: 'level',
          indicator: 'communes-meeting-national-criteria',
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu 100% xã đạt tiêu chí Quốc gia về y tế.',
            en: 'Strive for 100% of communes to meet the national commune health criteria.',
          },
        },
        {
          id: 'district-141-2023/population-under-management-2025',
          kind: 'level',
          indicator: 'population-under-health-management',
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          aspirational: true,
          text: {
            vi: 'Phần đầu 100% dân số thường trú trên địa bàn được quản lý, theo dõi sức khỏe.',
            en: 'Strive for 100% of permanent residents to be under health management and follow-up.',
          },
        },
        {
          id: 'district-141-2023/insurance-coverage-2025',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>=',
          value: '95',
          due: '2025-12-31',
          text: {
            vi: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số.',
            en: 'Health-insurance coverage reaches 95% of the population.',
          },
        },
        {
          id: 'district-141-2023/primary-care-users-insured-2025',
          kind: 'level',
          indicator: 'primary-care-users-insured',
          comparator: '>',
          value: '95',
          due: '2025-12-31',
          text: {
            vi: 'Trên 95% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả',
            en: 'Over 95% of people using primary care at grassroots facilities have it paid by health insurance',
          },
        },
        {
          id: 'district-141-2023/high-risk-checkup-2025',
          kind: 'level',
          indicator: 'high-risk-checkup-coverage',
          comparator: '>=',
          value: '100',
          due: '2025-12-31',
          text: {
            vi: 'người có nguy cơ cao mắc bệnh được kiểm tra sức khoẻ ít nhất mỗi năm một lần',
            en: 'people at high risk of disease are checked at least once a year',
          },
          note: {
            vi: 'Văn bản không nêu tỷ lệ; câu áp dụng cho mọi người có nguy cơ cao nên được mã hóa là 100%.',
            en: 'The text gives no percentage; the sentence applies to everyone at high risk, so it is encoded as 100%.',
          },
        },
        {
          id: 'district-141-2023/stations-treating-insured-count-2024',
          kind: 'count',
          indicator: 'stations-treating-insured-count',
          units: { vi: 'Trạm Y tế', en: 'commune health stations' },
          comparator: '>=',
          value: '7',
          due: '2024-12-31',
          milestoneOf: 'district-141-2023/stations-treating-insured-2025',
          aspirational: true,
          text: {
            vi: 'phấn đấu đến năm 2025 có 100% Trạm Y tế xã thực hiện khám chữa bệnh Bảo hiểm y tế (năm 2024 có 07 Trạm Y tế, năm 2025 các Trạm Y tế còn lại đạt tiêu chí)',
            en: 'strive for 100% of commune health stations to treat insured patients by 2025 (7 stations in 2024, the remaining stations in 2025)',
          },
          note: {
            vi: 'Lộ trình nêu ở mục III.5 (nhiệm vụ, giải pháp): mốc năm 2024 của chỉ tiêu stations-treating-insured-2025 (100% vào năm 2025).',
            en: 'The phasing is in section III.5 (tasks): the 2024 milestone of the target stations-treating-insured-2025 (100% in 2025).',
          },
        },
        {
          id: 'district-141-2023/communes-meeting-criteria-count-2024',
          kind: 'count',
          indicator: 'communes-meeting-national-criteria-count',
          units: { vi: 'xã', en: 'communes' },
          comparator: '>=',
          value: '8',
          due: '2024-12-31',
          milestoneOf: 'district-141-2023/communes-meeting-criteria-2025',
          aspirational: true,
          text: {
            vi: 'Phấn đấu đến năm 2025 có 100% xã đạt Tiêu chí quốc gia về Y tế giai đoạn 2023-2030 (năm 2024 có 08 xã, năm 2025 các xã còn lại đạt tiêu chí).',
            en: 'Strive for 100% of communes to meet the national health criteria for 2023–2030 by 2025 (8 communes in 2024, the rest in 2025).',
          },
          note: {
            vi: 'Lộ trình nêu ở mục III.5 (nhiệm vụ, giải pháp): mốc năm 2024 của chỉ tiêu communes-meeting-criteria-2025 (100% vào năm 2025).',
            en: 'The phasing is in section III.5 (tasks): the 2024 milestone of the target communes-meeting-criteria-2025 (100% in 2025).',
          },
        },
      ],
    },
    {
      id: 'to-2030',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: { vi: 'Mục tiêu đến năm 2030', en: 'Objectives to 2030' },
      targets: [
        {
          id: 'district-141-2023/district-technical-list-2030',
          kind: 'level',
          indicator: 'district-technical-list-coverage',
          comparator: '>',
          value: '95',
          due: '2030-12-31',
          text: {
            vi: 'Trung tâm Y tế huyện thực hiện trên 95% danh mục kỹ thuật của tuyến huyện.',
            en: 'The district health centre performs over 95% of the district-level technical list.',
          },
        },
        {
          id: 'district-141-2023/stations-treating-insured-2030',
          kind: 'maintain',
          indicator: 'stations-treating-insured',
          comparator: '>=',
          value: '100',
          from: '2026-01-01',
          due: '2030-12-31',
          text: {
            vi: 'Duy trì 100% Trạm y tế xã tham gia khám chữa bệnh Bảo hiểm y tế.',
            en: 'Maintain 100% of commune health stations treating insured patients.',
          },
          note: MAINTAIN_FROM,
        },
        {
          id: 'district-141-2023/station-technical-list-2030',
          kind: 'share',
          indicator: 'stations-meeting-technical-list',
          units: { vi: 'Trạm y tế xã', en: 'commune health stations' },
          condition: { indicator: 'station-technical-list-coverage', comparator: '>=', value: '95' },
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          text: {
            vi: '100% Trạm y tế xã thực hiện được từ 95% trở lên danh mục dịch vụ kỹ thuật của tuyến xã theo phân tuyến.',
            en: '100% of commune health stations perform 95% or more of the commune-level technical services list.',
          },
        },
        {
          id: 'district-141-2023/communes-meeting-criteria-2030',
          kind: 'maintain',
          indicator: 'communes-meeting-national-criteria',
          comparator: '>=',
          value: '100',
          from: '2026-01-01',
          due: '2030-12-31',
          text: {
            vi: 'Duy trì 100% xã đạt Tiêu chí quốc gia về Y tế.',
            en: 'Maintain 100% of communes meeting the national commune health criteria.',
          },
          note: MAINTAIN_FROM,
        },
        {
          id: 'district-141-2023/population-under-management-2030',
          kind: 'maintain',
          indicator: 'population-under-health-management',
          comparator: '>=',
          value: '100',
          from: '2026-01-01',
          due: '2030-12-31',
          text: {
            vi: 'Duy trì 100% dân số thường trú trên địa bàn được quản lý, theo dõi sức khỏe.',
            en: 'Maintain 100% of permanent residents under health management and follow-up.',
          },
          note: MAINTAIN_FROM,
        },
        {
          id: 'district-141-2023/insurance-coverage-2030',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>=',
          value: '98',
          due: '2030-12-31',
          text: {
            vi: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 98% dân số.',
            en: 'Health-insurance coverage reaches 98% of the population.',
          },
        },
        {
          id: 'district-141-2023/primary-care-users-insured-2030',
          kind: 'level',
          indicator: 'primary-care-users-insured',
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          text: {
            vi: '100% người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả',
            en: '100% of people using primary care at grassroots facilities have it paid by health insurance',
          },
        },
        {
          id: 'district-141-2023/high-risk-checkup-2030',
          kind: 'qualitative',
          indicator: 'high-risk-checkup-coverage',
          due: '2030-12-31',
          text: {
            vi: 'người có nguy cơ cao mắc bệnh được kiểm tra sức khoẻ thường xuyên; thực hiện tốt kiểm tra sức khoẻ định kỳ cho toàn dân.',
            en: 'people at high risk of disease are checked regularly; periodic check-ups for the whole population are done well.',
          },
        },
        {
          id: 'district-141-2023/stations-with-doctor-2030',
          kind: 'share',
          indicator: 'stations-with-doctors',
          units: { vi: 'trạm y tế', en: 'commune health stations' },
          condition: { indicator: 'station-doctors', comparator: '>=', value: '1' },
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          aspirational: true,
          scope: { vi: 'kể cả bác sĩ cơ hữu', en: 'including permanently employed doctors' },
          text: {
            vi: 'Phấn đấu đến năm 2030, mỗi trạm y tế có ít nhất một bác sĩ (kể cả bác sĩ cơ hữu)',
            en: 'Strive for every health station to have at least one doctor by 2030 (including permanently employed doctors)',
          },
          note: {
            vi: 'Câu nằm ở mục III.4 (nhiệm vụ, giải pháp).',
            en: 'The sentence is in section III.4 (tasks).',
          },
        },
        {
          id: 'district-141-2023/villages-with-health-worker-2030',
          kind: 'level',
          indicator: 'villages-with-health-worker',
          comparator: '>=',
          value: '100',
          due: '2030-12-31',
          aspirational: true,
          text: {
            vi: 'mỗi thôn có một nhân viên y tế được đào tạo chuyên môn',
            en: 'every village has one trained health worker',
          },
          note: {
            vi: 'Câu nằm ở mục III.4, cùng câu “Phấn đấu đến năm 2030” với chỉ tiêu bác sĩ trạm y tế.',
            en: 'The sentence is in section III.4, part of the same “strive by 2030” sentence as the station-doctor target.',
          },
        },
      ],
    },
  ],
  responsibilities: [
    {
      body: {
        vi: 'Các chi, đảng bộ trực thuộc Huyện ủy, Ủy ban MTTQ Việt Nam và các tổ chức CT-XH huyện',
        en: 'Party cells and committees under the District Party Committee, the district Fatherland Front and socio-political organisations',
      },
      duties: [
        {
          vi: 'xây dựng chương trình (kế hoạch) thực hiện Chỉ thị số 25-CT/TW, Kế hoạch 264-KH/TU, Kế hoạch này…; định kỳ sơ kết, tổng kết, báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện',
          en: 'Draw up their own programmes implementing the directive and these plans; review and report results to the Standing Committee periodically',
        },
      ],
    },
    {
      body: { vi: 'Ủy ban nhân dân huyện', en: 'District People’s Committee' },
      duties: [
        {
          vi: 'chỉ đạo rà soát, xây dựng và thực hiện các nhiệm vụ, mục tiêu đã đề ra về phát triển y tế cơ sở…; tăng cường kiểm tra, thanh tra việc thực hiện',
          en: 'Review, plan and carry out the grassroots-health tasks and targets; inspect implementation',
        },
      ],
    },
    {
      body: {
        vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện',
        en: 'District Fatherland Front and socio-political organisations',
      },
      duties: [
        {
          vi: 'tăng cường lãnh đạo, chỉ đạo thực hiện công tác giám sát; vận động hội viên, đoàn viên và các tầng lớp nhân dân tích cực tham gia…',
          en: 'Supervise, and mobilise members and the public to take part',
        },
      ],
    },
    {
      body: { vi: 'Ban Tuyên giáo Huyện ủy', en: 'Propaganda and Education Board of the District Party Committee' },
      duties: [
        {
          vi: 'tổ chức tuyên truyền, phổ biến, quán triệt Chỉ thị số 25-CT/TW, Kế hoạch 264-KH/TU, Kế hoạch này; thường xuyên theo dõi, đôn đốc, kiểm tra việc triển khai thực hiện…; định kỳ sơ kết, tổng kết, báo cáo kết quả với Ban Thường vụ Huyện ủy theo quy định',
          en: 'Publicise the directive and plans; monitor and check implementation; review and report to the Standing Committee as required',
        },
      ],
    },
  ],
  reporting: [],
  source: {
    file: '003_05f8f7336718eacd.txt',
    note: {
      vi: 'Văn bản in “Số /141 -KH/HU”, không ghi ngày ban hành, không nêu tên huyện và tỉnh. Kế hoạch được ban hành sau ngày 26/10/2023 (ngày của Kế hoạch 264-KH/TU) nên kỳ kế hoạch lấy từ năm 2023. Văn bản chỉ yêu cầu “định kỳ sơ kết, tổng kết, báo cáo” mà không nêu tần suất, nên không có quy tắc báo cáo.',
      en: 'The text prints “Số /141 -KH/HU”, gives no date of issue and names neither the district nor the province. It was issued after 26/10/2023 (the date of plan 264-KH/TU), so the period starts in 2023. It asks for “periodic reviews and reports” without a frequency, so no reporting rule is encoded.',
    },
  },
});
