import type { Plan } from '../model/plan.js';
import { deepFreeze } from './deepFreeze.js';

const DUE_2030 = '2030-12-31';
/** The commune's one health station (Trạm y tế xã Xuân Hưng); its sub-stations are areas below it. */
const STATION = 'vn-ninh-binh/xuan-hung/tram-y-te';
const FREE_CHECKUP_TEXT = {
  vi: 'Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần',
  en: 'From 2026, people have a free periodic check-up or screening at least once a year',
} as const;

const input: Plan = {
  id: 'xuan-hung-2026',
  kind: 'plan',
  title: {
    vi: 'Kế hoạch thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ và Chương trình hành động số 12-CTr/TU ngày 12/11/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
    en: 'Plan for implementing Government Resolution No. 282/NQ-CP of 15 September 2025 and Action Programme No. 12-CTr/TU of 12 November 2025 of the Standing Committee of the Ninh Bình Provincial Party Committee on implementing Politburo Resolution No. 72-NQ/TW of 9 September 2025 on breakthrough solutions to strengthen the protection, care and improvement of the people’s health',
  },
  issuer: {
    name: { vi: 'Ủy ban nhân dân xã Xuân Hưng', en: 'Xuân Hưng commune People’s Committee' },
    level: 'commune',
  },
  area: {
    id: 'vn-ninh-binh/xuan-hung',
    name: { vi: 'xã Xuân Hưng', en: 'Xuân Hưng commune' },
    level: 'commune',
    parent: 'vn-ninh-binh',
  },
  issued: '2026',
  issuedText: 'Xuân Hưng, ngày tháng năm 2026',
  period: { from: 2026, to: 2030 },
  parents: [
    {
      number: '166/KH-UBND',
      date: '2025-12-31',
      title: {
        vi: 'Kế hoạch về việc thực hiện Nghị quyết số 282/NQ-CP và Chương trình hành động số 12-CTr/TU',
        en: 'Plan for implementing Resolution 282/NQ-CP and Action Programme 12-CTr/TU',
      },
      issuer: { vi: 'UBND tỉnh Ninh Bình', en: 'Ninh Bình Provincial People’s Committee' },
    },
    {
      number: '282/NQ-CP',
      date: '2025-09-15',
      title: {
        vi: 'Nghị quyết của Chính phủ thực hiện Nghị quyết số 72-NQ/TW',
        en: 'Government resolution implementing Resolution 72-NQ/TW',
      },
      issuer: { vi: 'Chính phủ', en: 'Government' },
    },
    {
      number: '12-CTr/TU',
      date: '2025-11-12',
      title: {
        vi: 'Chương trình hành động thực hiện Nghị quyết số 72-NQ/TW',
        en: 'Action programme implementing Resolution 72-NQ/TW',
      },
      issuer: { vi: 'Ban Thường vụ Tỉnh ủy Ninh Bình', en: 'Standing Committee of the Ninh Bình Provincial Party Committee' },
    },
    {
      number: '72-NQ/TW',
      date: '2025-09-09',
      title: {
        vi: 'Nghị quyết về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
        en: 'Resolution on breakthrough solutions to strengthen the protection, care and improvement of the people’s health',
      },
      issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    },
  ],
  objectives: [
    {
      id: 'general',
      kind: 'general',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Từng bước xây dựng hệ thống y tế hiện đại, công bằng, chất lượng, hiệu quả, bền vững; nâng cao sức khỏe thể chất, sức khỏe tinh thần, tâm vóc, tuổi thọ, số năm sống khỏe của người dân.',
        en: 'Build step by step a modern, equitable, high-quality, effective and sustainable health system; improve people’s physical and mental health, stature, life expectancy and healthy years.',
      },
      targets: [],
    },
    {
      id: '2030-disease-burden',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Giảm gánh nặng bệnh tật và kiểm soát các yếu tố nguy cơ ảnh hưởng đến sức khỏe.',
        en: 'Reduce the burden of disease and control the risk factors affecting health.',
      },
      targets: [
        {
          id: 'xuan-hung-2026/immunization',
          kind: 'level',
          indicator: 'essential-immunization-coverage',
          comparator: '>',
          value: '95',
          due: DUE_2030,
          text: {
            vi: 'Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng mở rộng đạt trên 95%.',
            en: 'Coverage of the vaccines in the Expanded Programme on Immunization (TCMR) above 95%.',
          },
          note: {
            vi: 'Câu nhắc lại chỉ tiêu của Nghị quyết 72-NQ/TW (“Chương trình tiêm chủng thiết yếu … trên 95%”) nhưng gọi là “tiêm chủng mở rộng”; đây là độ bao phủ các vắc xin của Chương trình, không phải tỷ lệ trẻ dưới 1 tuổi tiêm đủ (tcmr-full-immunization-under-1), nên dùng essential-immunization-coverage. “trên 95%” là so sánh nghiêm ngặt.',
            en: 'Restates 72-NQ/TW’s target (“essential immunization programme … above 95%”) but names the expanded programme (TCMR); it is coverage of the programme’s vaccines, not under-1 full immunization (tcmr-full-immunization-under-1), so essential-immunization-coverage is used. “trên 95%” is strict.',
          },
        },
        {
          id: 'xuan-hung-2026/physical-activity',
          kind: 'change',
          indicator: 'physical-activity',
          change: 'unspecified',
          comparator: '>=',
          value: '10',
          due: DUE_2030,
          baseline: { period: '2025' },
          text: {
            vi: 'Tỷ lệ người dân thường xuyên tham gia các hoạt động thể chất tăng thêm 10%.',
            en: 'The share of people regularly taking part in physical activity increases by 10% (points or relative: not stated).',
          },
          note: {
            vi: '“tăng thêm 10%” có thể là +10 điểm phần trăm hoặc +10% tương đối; văn bản không nói, nên change là unspecified (đánh giá ra needs-review). Văn bản không nêu năm gốc; lấy 2025, năm trước kỳ kế hoạch.',
            en: '“tăng thêm 10%” may mean +10 percentage points or +10% relative; the text does not say, so change is unspecified (evaluates to needs-review). No baseline year is given; 2025, the year before the plan period, is used.',
          },
        },
      ],
    },
    {
      id: '2030-access',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Người dân được tiếp cận dịch vụ y tế có chất lượng, hướng tới chăm sóc sức khỏe toàn diện.',
        en: 'People have access to good-quality health services, towards comprehensive health care.',
      },
      targets: [
        {
          id: 'xuan-hung-2026/free-checkup-2026',
          kind: 'level',
          indicator: 'free-checkup-coverage',
          comparator: '>=',
          value: '100',
          due: '2026-12-31',
          text: FREE_CHECKUP_TEXT,
          note: {
            vi: '“Từ năm 2026”: mốc đầu tiên là hết năm 2026; việc duy trì hằng năm đến 2030 là chỉ tiêu free-checkup-maintain. Không nêu tỷ lệ; “người dân” hiểu là toàn bộ người dân (100%).',
            en: '“From 2026”: the first milestone is the end of 2026; keeping it every year to 2030 is the free-checkup-maintain target. No percentage is given; “người dân” (the people) is read as everyone (100%).',
          },
        },
        {
          id: 'xuan-hung-2026/free-checkup-maintain',
          kind: 'maintain',
          indicator: 'free-checkup-coverage',
          comparator: '>=',
          value: '100',
          from: '2026-01-01',
          due: DUE_2030,
          text: FREE_CHECKUP_TEXT,
          note: {
            vi: 'Mỗi năm từ 2026 đến hết kỳ kế hoạch (2030) đều phải đạt.',
            en: 'Every year from 2026 to the end of the plan period (2030) must meet it.',
          },
        },
        {
          id: 'xuan-hung-2026/ehr',
          kind: 'level',
          indicator: 'ehr-coverage',
          comparator: '>=',
          value: '100',
          due: DUE_2030,
          text: {
            vi: 'được lập sổ sức khỏe điện tử để quản lý sức khỏe theo vòng đời',
            en: 'have an electronic health book to manage their health over the life course',
          },
          note: {
            vi: 'Mệnh đề nằm trong câu “Từ năm 2026, …”, nên cũng có thể đọc là 100% ngay trong năm 2026; mã hóa theo mốc 2030 của nhóm “Mục tiêu đến năm 2030” (mục II.5 nói “từ năm 2026 … hoàn thành việc thiết lập sổ sức khỏe điện tử”, tức là bắt đầu từ 2026). Không nêu tỷ lệ, hiểu là 100%.',
            en: 'The clause sits in the sentence “From 2026, …”, so it could also be read as 100% already in 2026; encoded with the 2030 horizon of “Targets to 2030” (section II.5 says “from 2026 … complete setting up e-health books”, i.e. starting in 2026). No percentage given, read as 100%.',
          },
        },
        {
          id: 'xuan-hung-2026/hospital-fee-exemption',
          kind: 'qualitative',
          indicator: 'hospital-fee-exemption',
          due: DUE_2030,
          text: {
            vi: 'Đến năm 2030, người dân được miễn viện phí ở mức cơ bản trong phạm vi quyền lợi bảo hiểm y tế theo lộ trình của Chính phủ.',
            en: 'By 2030, people are exempt from hospital fees at a basic level within health-insurance benefits, following the Government’s roadmap.',
          },
        },
      ],
    },
    {
      id: '2030-stations',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Trạm y tế được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ',
        en: 'The health station is invested in (facilities, medical equipment, staff) according to its functions and tasks',
      },
      targets: [
        {
          id: 'xuan-hung-2026/stations-invested',
          kind: 'qualitative',
          indicator: 'stations-invested',
          due: DUE_2030,
          text: {
            vi: 'Trạm y tế được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ',
            en: 'The health station is invested in (facilities, medical equipment, staff) according to its functions and tasks',
          },
          note: {
            vi: 'Không có ngưỡng số; mã hóa định tính.',
            en: 'No numeric threshold; encoded as qualitative.',
          },
        },
        {
          id: 'xuan-hung-2026/station-5-doctors',
          kind: 'level',
          indicator: 'station-doctors',
          area: STATION,
          comparator: '>=',
          value: '5',
          due: '2027-12-31',
          text: {
            vi: 'đến năm 2027, Trạm y tế có ít nhất 5 bác sĩ',
            en: 'by 2027, the health station has at least 5 doctors',
          },
          note: {
            vi: 'Chỉ tiêu nói về một Trạm y tế của xã (area là trạm). Các điểm trạm là bộ phận của trạm, không phải đơn vị riêng: bác sĩ làm việc ở các điểm trạm được cộng vào số bác sĩ của trạm.',
            en: 'The target is about the commune’s one health station (its area is the station). Its sub-stations (điểm trạm) are parts of it, not separate units: the doctors working at the sub-stations count toward the station’s doctors.',
          },
        },
        {
          id: 'xuan-hung-2026/insured-visits',
          kind: 'level',
          indicator: 'insured-visits-at-commune-stations',
          comparator: '>',
          value: '20',
          due: DUE_2030,
          text: {
            vi: 'Tăng tỷ lệ khám bệnh, chữa bệnh bảo hiểm y tế tại Trạm y tế xã lên trên 20%.',
            en: 'Raise the share of insured (BHYT) visits made at the commune health station to above 20%.',
          },
          note: {
            vi: '“lên trên 20%” là mức cần đạt, so sánh nghiêm ngặt (> 20).',
            en: '“lên trên 20%” (raise to above 20%) is a level, strict (> 20).',
          },
        },
      ],
    },
    {
      id: '2030-insurance',
      kind: 'specific',
      horizon: 2030,
      vision: false,
      text: {
        vi: 'Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số, đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân.',
        en: 'By 2026, health insurance coverage above 95% of the population; by 2030, universal health insurance coverage.',
      },
      targets: [
        {
          id: 'xuan-hung-2026/insurance-2026',
          kind: 'level',
          indicator: 'health-insurance-coverage',
          comparator: '>',
          value: '95',
          due: '2026-12-31',
          text: {
            vi: 'Đến năm 2026, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số',
            en: 'By 2026, health insurance coverage above 95% of the population',
          },
          note: {
            vi: '“Đến năm 2026” được hiểu là đến hết năm 2026; “trên 95%” là so sánh nghiêm ngặt.',
            en: '“Đến năm 2026” is read as by the end of 2026; “trên 95%” is strict.',
          },
        },
        {
          id: 'xuan-hung-2026/insurance-2030-universal',
          kind: 'qualitative',
          indicator: 'health-insurance-coverage',
          due: DUE_2030,
          text: {
            vi: 'đến năm 2030 đạt bao phủ bảo hiểm y tế toàn dân',
            en: 'by 2030, reach universal health insurance coverage',
          },
          note: {
            vi: '“toàn dân” không có ngưỡng số: theo chữ là 100%, nhưng kế hoạch Thống Nhất (Đồng Nai) dùng cùng cụm từ với ngưỡng “>95”. Không đoán; mã hóa định tính (needs-review).',
            en: '“toàn dân” (universal) has no numeric threshold: literally 100%, yet the Thống Nhất (Đồng Nai) plan uses the same words with “>95”. Not guessed; encoded as qualitative (needs-review).',
          },
        },
      ],
    },
    {
      id: 'vision-2045',
      kind: 'specific',
      horizon: 2045,
      vision: true,
      text: {
        vi: 'Phấn đấu môi trường sống có chất lượng tốt; các chỉ số sức khỏe của người dân, chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu được nâng cao. Hệ thống y tế hiện đại, công bằng, hiệu quả, bền vững, lấy phòng bệnh làm ưu tiên hàng đầu, đáp ứng yêu cầu chăm sóc sức khỏe ngày càng cao và đa dạng của Nhân dân.',
        en: 'Strive for a good-quality living environment; people’s health indicators and the coverage index of essential health services are raised. A modern, equitable, effective, sustainable health system that puts prevention first and meets the people’s ever higher and more diverse health-care needs.',
      },
      targets: [
        {
          id: 'xuan-hung-2026/vision-uhc-index',
          kind: 'qualitative',
          indicator: 'uhc-service-coverage-index',
          due: '2045-12-31',
          aspirational: true,
          text: {
            vi: 'các chỉ số sức khỏe của người dân, chỉ số bao phủ dịch vụ chăm sóc sức khỏe thiết yếu được nâng cao',
            en: 'people’s health indicators and the coverage index of essential health services are raised',
          },
          note: {
            vi: 'Tầm nhìn 2045, mở đầu bằng “Phấn đấu”; không có ngưỡng số.',
            en: 'Vision to 2045, opening with “Phấn đấu” (strive); no numeric threshold.',
          },
        },
      ],
    },
  ],
  responsibilities: [
    {
      body: { vi: 'Phòng Văn hoá - Xã hội', en: 'Culture and Society Office' },
      duties: [
        {
          vi: 'Theo dõi, đôn đốc các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch này.',
          en: 'Monitor and urge the agencies and units concerned to implement this plan.',
        },
        {
          vi: 'Chủ trì, phối hợp tăng cường thông tin, tuyên truyền về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trên trang thông tin điện tử và mạng xã hội của xã.',
          en: 'Lead communication on protecting and improving the people’s health on the commune’s website and social media.',
        },
        {
          vi: 'Tổng hợp, báo cáo kết quả thực hiện về UBND xã và Sở Y tế theo quy định.',
          en: 'Compile and report results to the commune People’s Committee and the provincial Department of Health as regulated.',
        },
      ],
    },
    {
      body: { vi: 'Phòng Kinh tế xã', en: 'Commune Economic Office' },
      duties: [
        {
          vi: 'Tham mưu UBND xã bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hàng năm theo quy định.',
          en: 'Advise the commune People’s Committee on funding the plan in the yearly budget.',
        },
      ],
    },
    {
      body: { vi: 'Trạm y tế xã', en: 'Commune health station' },
      duties: [
        {
          vi: 'Tổ chức khám, chữa bệnh ban đầu; thực hiện các Chương trình y tế (tiêm chủng mở rộng, HIV/AIDS, suy dinh dưỡng, an toàn thực phẩm, sốt xuất huyết, sốt rét, y tế trường học, lao, phong, sức khỏe sinh sản, đái tháo đường …).',
          en: 'Provide primary care; run the health programmes (expanded immunization, HIV/AIDS, malnutrition, food safety, dengue, malaria, school health, TB, leprosy, reproductive health, diabetes …).',
        },
        {
          vi: 'Tổng hợp báo cáo định kỳ, đột xuất theo quy định; kịp thời báo cáo khó khăn, vướng mắc về UBND xã.',
          en: 'Compile periodic and ad-hoc reports as regulated; report difficulties to the commune People’s Committee promptly.',
        },
      ],
    },
    {
      body: { vi: 'Trung tâm dịch vụ sự nghiệp công xã', en: 'Commune Public Service Centre' },
      duties: [
        {
          vi: 'Xây dựng chuyên mục, tin bài; tuyên truyền trên sóng phát thanh, truyền thanh xã về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân.',
          en: 'Produce features and news; broadcast health messages on the commune radio.',
        },
      ],
    },
    {
      body: {
        vi: 'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
        en: 'Fatherland Front Committee and socio-political organisations',
      },
      duties: [
        {
          vi: 'Tuyên truyền, vận động Nhân dân tham gia các phong trào rèn luyện, nâng cao sức khỏe, phòng chống dịch bệnh; giám sát, phản biện xã hội về công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân.',
          en: 'Mobilise people to join fitness and disease-prevention movements; monitor and give social feedback on health work.',
        },
      ],
    },
  ],
  reporting: [],
  source: {
    file: '001_5e7367c98a0b8369.txt',
    note: {
      vi: 'Bản dự thảo: số (“Số: /KH-UBND”) và ngày, tháng để trống, nên bỏ number và issued chỉ ghi năm 2026. Kế hoạch chỉ yêu cầu báo cáo “theo quy định”/“định kỳ, đột xuất theo quy định”, không nêu tần suất hay hạn, nên reporting để trống thay vì đoán.',
      en: 'A draft: the number (“Số: /KH-UBND”) and the day and month are blank, so number is left out and issued is only the year 2026. The plan asks for reports only “as regulated” / “periodically and ad hoc as regulated”, with no frequency or deadline, so reporting is left empty rather than guessed.',
    },
  },
};

/**
 * Xuân Hưng commune (Ninh Bình province): the commune People's Committee's plan implementing
 * Government resolution 282/NQ-CP, provincial action programme 12-CTr/TU and provincial plan
 * 166/KH-UBND, all implementing Politburo resolution 72-NQ/TW. Targets to 2030 (immunization
 * above 95%, physical activity “tăng thêm 10%” left open, yearly free check-ups from 2026,
 * e-health books, at least 5 doctors at the station by 2027, insured visits above 20%,
 * insurance above 95% by 2026 and universal by 2030) and a 2045 vision. The station target is
 * a level on the commune's one station (`area: 'vn-ninh-binh/xuan-hung/tram-y-te'`), whose
 * sub-stations' doctors add up to its own. 
 *
 * @category Plans
 * @example
 * ```ts
 * import { xuanHung2026 } from 'chitieu/plans';
 *
 * console.log(xuanHung2026.parents.map((parent) => parent.number)); // [ '166/KH-UBND', '282/NQ-CP', '12-CTr/TU', '72-NQ/TW' ]
 * const activity = xuanHung2026.objectives[1]?.targets[1];
 * console.log(activity?.kind === 'change' ? activity.change : undefined); // 'unspecified'
 * ```
 */
export const xuanHung2026: Plan = deepFreeze(input);
