/**
 * Target sentences from published plans and resolutions other than the five seeds, quoted
 * verbatim (a clause of a longer sentence where the rest is beside the point), each with its
 * source: the document, its date, and where the text was read (the pages are public news or
 * legal-database pages that quote the document). The expected drafts were worked out by hand
 * from the Vietnamese; only the fields listed are checked, and a field listed as `undefined`
 * must be absent. `due` is the option given when the sentence itself names no date (the year
 * its list of targets is for).
 */
import { getIndicator } from '../../src/catalog/getIndicator.js';
import type { TargetDraft } from '../../src/read/types.js';

/** A catalog id, or `undefined` while the catalog lacks it (the reader names only indicators the catalog holds). */
function ifCatalog(id: string): string | undefined {
  return getIndicator(id) === undefined ? undefined : id;
}

/** Where a sentence comes from. */
export interface Source {
  /** The document and its number (as far as the page read names it). */
  readonly document: string;
  /** Its date. */
  readonly date: string;
  /** Where the quoted text was read. */
  readonly read: string;
}

/** A sentence and the drafts it must give. */
export interface CorpusEntry {
  readonly text: string;
  readonly source: Source;
  readonly due?: string;
  readonly expected: readonly Partial<Record<keyof TargetDraft, unknown>>[];
}

const NQ72: Source = {
  document: 'Nghị quyết số 72-NQ/TW của Bộ Chính trị',
  date: '2025-09-09',
  read: 'https://www.vietnamplus.vn/den-nam-2030-nguoi-dan-duoc-tiep-can-dich-vu-y-te-co-chat-luong-post1064507.vnp (VietnamPlus, 28/9/2025)',
};
const QHTQG: Source = {
  document: 'Nghị quyết số 81/2023/QH15 của Quốc hội về Quy hoạch tổng thể quốc gia thời kỳ 2021-2030',
  date: '2023-01-09',
  read: 'https://tapchitaichinh.vn/mot-so-chi-tieu-y-te-va-moi-truong-cua-quy-hoach-tong-the-quoc-gia-2021-2030.html and https://baothaibinh.com.vn/tin-tuc/223/169085/ (TTXVN, 16/02/2023)',
};
const DAI_HOI_XIV: Source = {
  document: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng: mục tiêu, chỉ tiêu 5 năm 2026-2030',
  date: '2026',
  read: 'https://www.vietnamplus.vn/cac-muc-tieu-chi-tieu-phat-trien-xa-hoi-chu-yeu-5-nam-2026-2030-post1095053.vnp',
};
const NQ20: Source = {
  document: 'Nghị quyết Hội nghị Trung ương 6 khóa XII (Nghị quyết số 20-NQ/TW), as the Ministry of Health presented it to the press',
  date: '2017-10-17',
  read: 'http://www.dangcongsan.vn/khoa-giao/den-nam-2025-tuoi-tho-trung-binh-cua-nguoi-viet-nam-dat-74-5-tuoi-458157.html (18/10/2017)',
};
const NQ16_2021: Source = {
  document: 'Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 (Nghị quyết số 16/2021/QH15; the page names it by title)',
  date: '2021-07-27',
  read: 'https://binhthuan.baohiemxahoi.gov.vn/tintuc/Pages/an-sinh-xa-hoi.aspx?CateID=257&ItemID=4763 (28/07/2021)',
};
const KTXH_2020: Source = {
  document: 'Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội năm 2020 (the page names it by title and date only)',
  date: '2019-11-11',
  read: 'https://m.viettimes.vn/quoc-hoi-chot-907-dan-so-tham-gia-bao-hiem-y-te-vao-nam-2020-post118217.html',
};
const KTXH_2024: Source = {
  document: 'Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội năm 2024 (the page names it by title and date only)',
  date: '2023-11-09',
  read: 'http://www.benhvienbaichay.vn/news/thoi-su-y-khoa/muc-tieu-nam-2024-dat-135-bac-si-van-dan-941-dan-so-tham-gia-bhyt.html',
};
const QD1208: Source = {
  document: 'Quyết định số 1208/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia Y tế giai đoạn 2012 – 2015',
  date: '2012-09-04',
  read: 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/3549/ (07/09/2012)',
};
const QD122: Source = {
  document: 'Quyết định số 122/QĐ-TTg phê duyệt Chiến lược quốc gia bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân giai đoạn 2011 - 2020, tầm nhìn đến năm 2030',
  date: '2013-01-10',
  read: 'https://baochinhphu.vn/print/chien-luoc-quoc-gia-bao-ve-cham-soc-va-nang-cao-suc-khoe-nhan-dan-102137282.htm',
};
const NQ262: Source = {
  document: 'Nghị quyết số 262/2025/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia về chăm sóc sức khỏe, dân số và phát triển giai đoạn 2026-2035',
  date: '2025-12-11',
  read: 'https://thanhnien.vn/88635-ti-dong-cham-soc-suc-khoe-nguoi-dan-nang-cao-chat-luong-dan-so-185260104183709409.htm',
};
const CV66: Source = {
  document: 'Công văn số 66/TCDS-KHTC của Tổng cục Dân số - KHHGĐ: chỉ tiêu kế hoạch năm 2021',
  date: '2021-02-23',
  read: 'https://m.thuvienphapluat.vn/cong-van/Van-hoa-Xa-hoi/Cong-van-66-TCDS-KHTC-2021-dinh-huong-cong-tac-dan-so-giai-doan-2021-2025-528770.aspx',
};
const CV207: Source = {
  document: 'Công văn số 207/TCDS-KHTC của Tổng cục Dân số - KHHGĐ: chỉ tiêu kế hoạch năm 2023',
  date: '2023-03-23',
  read: 'http://hethongphapluat.vn/cong-van-207-tcds-khtc-nam-2023-ve-dinh-huong-thuc-hien-cong-tac-dan-so-nam-2023-do-tong-cuc-dan-so-ke-hoach-hoa-gia-dinh-ban-hanh.html',
};
const NQ06_QT: Source = {
  document: 'Nghị quyết số 06/2010/NQ-HĐND của HĐND tỉnh Quảng Trị về chính sách dân số - kế hoạch hóa gia đình đến năm 2015, định hướng đến năm 2020',
  date: '2010-04-20',
  read: 'https://thuviennhadat.vn/vbpl/nghi-quyet-06-2010-nq-hdnd-chinh-sach-dan-so-ke-hoach-hoa-gia-dinh-huong-den-nam-2020-quang-tri-187508.html',
};
const QD1600: Source = {
  document: 'Quyết định số 1600/QĐ-TTg ban hành Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020',
  date: '2016-08-16',
  read: 'http://ntmoi.vinhphuc.gov.vn/ct/cms/chuyenmon/Lists/BanTonGiao/View_Detail.aspx?ItemID=1249',
};
const MOH_2025: Source = {
  document: 'Bộ Y tế: kết quả năm 2025 và giai đoạn 2021-2025 (results, not targets)',
  date: '2026-01-03',
  read: 'https://www.vietnamplus.vn/mot-so-ket-qua-noi-bat-cua-nganh-y-te-nam-2025-va-giai-doan-2021-2025-post1086351.vnp',
};
const DRAFT_122: Source = {
  document: 'Dự thảo Chiến lược quốc gia bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân giai đoạn 2011-2020 (the draft of Quyết định 122/QĐ-TTg, Bộ Y tế)',
  date: '2011-05',
  read: 'http://baodientu.chinhphu.vn/Home/Du-thao-Chien-luoc-quoc-gia-bao-ve-cham-soc-suc-khoe-nhan-dan/20115/83598.vgp',
};

const ASSUMED = 'COMPARATOR_ASSUMED';

/** The corpus. */
export const CORPUS: readonly CorpusEntry[] = [
  {
    text: 'Nghị quyết đề ra mục tiêu đến năm 2030, tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1-18 tuổi thêm tối thiểu 1,5cm; tuổi thọ trung bình đạt 75,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm; tỷ lệ tiêm chủng các vaccine trong Chương trình tiêm chủng thiết yếu đạt trên 95%; tỷ lệ người dân thường xuyên tham gia hoạt động thể chất tăng thêm 10%; giảm gánh nặng bệnh tật và kiểm soát các yếu tố nguy cơ ảnh hưởng đến sức khỏe.../.',
    source: NQ72,
    expected: [
      { targetKind: 'change', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', unit: 'cm', due: '2030-12-31' },
      { targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '75.5', unit: 'tuổi', due: '2030-12-31' },
      { targetKind: 'level', indicator: 'healthy-life-expectancy', comparator: '>=', value: '68', unit: 'năm', due: '2030-12-31' },
      { targetKind: 'level', indicator: 'essential-immunization-coverage', comparator: '>', value: '95', per: 100, due: '2030-12-31' },
      { targetKind: 'change', indicator: 'physical-activity', change: 'unspecified', comparator: '>=', value: '10', due: '2030-12-31' },
    ],
  },
  {
    text: 'Nghị quyết đưa ra mục tiêu đến năm 2030, đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân; tỷ lệ giường bệnh tư nhân đạt 15%; tỷ lệ che phủ rừng ổn định ở mức 42%; diện tích các khu bảo tồn thiên nhiên trên cạn đạt 3 triệu ha...',
    source: QHTQG,
    expected: [
      { targetKind: 'level', indicator: 'beds-per-10k', comparator: '>=', value: '35', per: 10000, unit: 'giường bệnh', due: '2030-12-31' },
      { targetKind: 'level', indicator: 'doctors-per-10k', comparator: '>=', value: '19', per: 10000, unit: 'bác sĩ', due: '2030-12-31' },
      // private beds as a share of all beds: not in the catalog (and not beds per 10 000)
      { targetKind: 'level', indicator: undefined, comparator: '>=', value: '15', per: 100, due: '2030-12-31' },
      { targetKind: 'maintain', indicator: undefined, comparator: '>=', value: '42', per: 100, due: '2030-12-31' },
    ],
  },
  {
    text: 'Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm xuống dưới 20%.',
    source: QHTQG,
    due: '2030-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '<', value: '20', per: 100, due: '2030-12-31' }],
  },
  {
    text: 'Trong đó các mục tiêu về xã hội là: chỉ số phát triển con người phấn đấu đạt khoảng 0,8; tuổi thọ trung bình tính từ lúc sinh và thời gian sống khỏe mạnh lần lượt là 75,5 tuổi và tối thiểu 68 năm; tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm còn <20%./.',
    source: DAI_HOI_XIV,
    due: '2030-12-31',
    expected: [
      { targetKind: 'level', indicator: undefined, comparator: '>=', value: '0.8', approximate: true, aspirational: true },
      // “lần lượt là”: the two figures take the two indicators named before, in order
      { targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '75.5', unit: 'tuổi' },
      { targetKind: 'level', indicator: 'healthy-life-expectancy', comparator: '>=', value: '68', unit: 'năm' },
      { targetKind: 'level', indicator: undefined, comparator: '<', value: '20', per: 100 },
    ],
  },
  {
    text: 'Một trong những nội dung được quan tâm là mục tiêu đến năm 2025, tuổi thọ trung bình của người dân nước ta là 74,5 tuổi.',
    source: NQ20,
    expected: [{ kind: 'target', indicator: 'life-expectancy', comparator: '>=', value: '74.5', due: '2025-12-31', questions: [ASSUMED] }],
  },
  {
    text: 'Hiện, tuổi thọ trung bình ở Việt Nam là 73,4 tuổi.',
    source: NQ20,
    expected: [{ kind: 'result', indicator: 'life-expectancy', value: '73.4' }],
  },
  {
    text: 'tuổi thọ trung bình khoảng 74,5 tuổi, trong đó thời gian sống khoẻ mạnh đạt tối thiểu 67 năm',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [
      { indicator: 'life-expectancy', comparator: '>=', value: '74.5', approximate: true, questions: [ASSUMED, 'APPROXIMATE'] },
      { indicator: 'healthy-life-expectancy', comparator: '>=', value: '67', approximate: false },
    ],
  },
  {
    text: 'tỷ lệ lao động qua đào tạo là 70%, trong đó có bằng cấp, chứng chỉ đạt 28-30%',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [
      { indicator: undefined, comparator: '>=', value: '70', per: 100 },
      // “trong đó”: the sub-group named after it is the scope of a range
      { indicator: undefined, comparator: 'between', value: '28', upper: '30', per: 100, scope: 'có bằng cấp, chứng chỉ' },
    ],
  },
  {
    text: 'tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [{ indicator: undefined, comparator: '<', value: '4', per: 100, due: '2025-12-31' }],
  },
  {
    text: 'có 10 bác sĩ và 30 giường bệnh trên 1 vạn dân',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [
      { indicator: 'doctors-per-10k', comparator: '>=', value: '10', per: 10000, unit: 'bác sĩ' },
      { indicator: 'beds-per-10k', comparator: '>=', value: '30', per: 10000, unit: 'giường bệnh' },
    ],
  },
  {
    text: 'tỷ lệ tham gia BHYT đạt 95% dân số',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [{ indicator: 'health-insurance-coverage', comparator: '>=', value: '95', per: 100, due: '2025-12-31', questions: [] }],
  },
  {
    text: 'tỷ lệ sử dụng nước sạch, nước hợp vệ sinh của dân cư thành thị là 95-100% và nông thôn là 93-95%',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [
      { indicator: undefined, comparator: 'between', value: '95', upper: '100', per: 100 },
      { indicator: undefined, comparator: 'between', value: '93', upper: '95', per: 100, scope: 'nông thôn' },
    ],
  },
  {
    text: 'Tỷ lệ lao động qua đào tạo đạt khoảng 65%, trong đó tỷ lệ lao động qua đào tạo có bằng, chứng chỉ đạt khoảng 25%; số giường bệnh trên một vạn dân (không tính giường trạm y tế xã) đạt 28 giường bệnh; tỷ lệ dân số tham gia bảo hiểm y tế đạt 90,7%; tỷ lệ khu công nghiệp, khu chế xuất đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường đạt 90%; tỷ lệ che phủ rừng đạt 42%.',
    source: KTXH_2020,
    due: '2020-12-31',
    expected: [
      { indicator: undefined, comparator: '>=', value: '65', approximate: true },
      { indicator: undefined, comparator: '>=', value: '25', approximate: true },
      { indicator: 'beds-per-10k', comparator: '>=', value: '28', per: 10000, unit: 'giường bệnh', scope: 'không tính giường trạm y tế xã' },
      { indicator: 'health-insurance-coverage', comparator: '>=', value: '90.7', per: 100 },
      { indicator: undefined, comparator: '>=', value: '90', per: 100 },
      { indicator: undefined, comparator: '>=', value: '42', per: 100 },
    ],
  },
  {
    text: 'Quốc hội thống nhất mục tiêu cho ngành y tế năm 2024 có 13,5 bác sĩ/10.000 dân, 32,5 giường bệnh/trên 10.000 dân; 94,1% dân số tham gia BHYT.',
    source: KTXH_2024,
    expected: [
      { indicator: 'doctors-per-10k', comparator: '>=', value: '13.5', per: 10000, due: '2024-12-31' },
      { indicator: 'beds-per-10k', comparator: '>=', value: '32.5', per: 10000, due: '2024-12-31' },
      { indicator: 'health-insurance-coverage', comparator: '>=', value: '94.1', per: 100, due: '2024-12-31', questions: [ASSUMED] },
    ],
  },
  {
    text: 'Phấn đấu đến năm 2015 giảm tỷ số tử vong bà mẹ xuống còn 58,3/100.000 trẻ đẻ sống, giảm tỷ suất chết sơ sinh xuống còn 10‰, tỷ suất chết trẻ em dưới 1 tuổi xuống còn 14‰, tỷ suất chết trẻ em dưới 5 tuổi xuống còn 19,3‰.',
    source: QD1208,
    expected: [
      { targetKind: 'level', indicator: ifCatalog('maternal-mortality-ratio'), comparator: '<=', value: '58.3', per: 100000, due: '2015-12-31', aspirational: true },
      // neonatal mortality: in no catalog
      { targetKind: 'level', indicator: undefined, comparator: '<=', value: '10', per: 1000, due: '2015-12-31' },
      { targetKind: 'level', indicator: ifCatalog('infant-mortality-rate'), comparator: '<=', value: '14', per: 1000, due: '2015-12-31' },
      { targetKind: 'level', indicator: ifCatalog('under-5-mortality-rate'), comparator: '<=', value: '19.3', per: 1000, due: '2015-12-31' },
    ],
  },
  {
    text: 'Theo Quyết định, phấn đấu đến năm 2015 tỷ lệ phụ nữ đẻ được quản lý thai đạt 96%, tỷ lệ phụ nữ đẻ do cán bộ được đào tạo đỡ đạt 96%, tỷ lệ phụ nữ đẻ được khám thai ít nhất 3 lần vào 3 thai kỳ đạt 80%, tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc ít nhất 1 lần sau đẻ đạt 85%.',
    source: QD1208,
    expected: [
      { comparator: '>=', value: '96', per: 100, due: '2015-12-31' },
      { comparator: '>=', value: '96', per: 100, due: '2015-12-31' },
      // “ít nhất 3 lần”, “3 thai kỳ” are part of the indicator's definition, not figures
      { comparator: '>=', value: '80', per: 100, due: '2015-12-31' },
      { comparator: '>=', value: '85', per: 100, due: '2015-12-31' },
    ],
  },
  {
    text: 'Giảm suy dinh dưỡng trẻ em dưới 5 tuổi thể nhẹ cân xuống dưới 15%.',
    source: QD1208,
    due: '2015-12-31',
    // underweight, not stunting (“thể thấp còi”)
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '<', value: '15', per: 100 }],
  },
  {
    text: 'Trên 90% trẻ em 6 - 36 tháng được uống Vitamin A 2 lần/năm, giảm tỷ lệ thiếu Vitamin A tiền lâm sàng của trẻ em dưới ngưỡng an toàn của WHO, thanh toán bền vững tình trạng mù do thiếu Vitamin A…',
    source: QD1208,
    due: '2015-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>', value: '90', per: 100 }],
  },
  {
    text: 'Phấn đấu đến năm 2015, 90% thôn bản có nhân viên y tế hoạt động; 80% trạm y tế xã có bác sỹ hoạt động; trên 95% trạm y tế xã có nữ hộ sinh hoặc y sỹ sản nhi.',
    source: QD122,
    expected: [
      { targetKind: 'level', indicator: 'villages-with-health-worker', comparator: '>=', value: '90', due: '2015-12-31', questions: [ASSUMED] },
      { targetKind: 'share', indicator: 'stations-with-doctors', condition: { indicator: 'station-doctors', comparator: '>=', value: '1' }, comparator: '>=', value: '80', due: '2015-12-31' },
      { targetKind: 'level', indicator: undefined, comparator: '>', value: '95', per: 100, due: '2015-12-31' },
    ],
  },
  {
    text: 'Cụ thể, tỷ lệ giường bệnh năm 2015 là 23 giường bệnh/10.000 dân và năm 2020 là 26 giường bệnh/10.000 dân.',
    source: QD122,
    expected: [
      { indicator: 'beds-per-10k', comparator: '>=', value: '23', per: 10000, due: '2015-12-31', questions: [ASSUMED] },
      { indicator: 'beds-per-10k', comparator: '>=', value: '26', per: 10000, due: '2020-12-31', questions: [ASSUMED] },
    ],
  },
  {
    text: 'Đồng thời, giảm tỷ suất tử vong trẻ em dưới 1 tuổi từ 15,8/1.000 xuống còn 14/1.000 năm 2015 và năm 2020 tiếp tục giảm còn 11/1.000 trẻ em đẻ ra sống.',
    source: QD122,
    expected: [
      // “từ 15,8/1.000 xuống còn 14/1.000”: a baseline and a level
      { targetKind: 'level', indicator: ifCatalog('infant-mortality-rate'), comparator: '<=', value: '14', per: 1000, due: '2015-12-31', baseline: { value: '15.8' } },
      { targetKind: 'level', indicator: ifCatalog('infant-mortality-rate'), comparator: '<=', value: '11', per: 1000, due: '2020-12-31' },
    ],
  },
  {
    text: 'Cụ thể, tỷ số giới tinh khi sinh năm 2015 sẽ dưới 113 trai/100 gái, đến năm 2020 là dưới 115 trai/100 gái.',
    source: QD122,
    expected: [
      { indicator: 'sex-ratio-at-birth', comparator: '<', value: '113', per: 100, unit: 'bé trai', due: '2015-12-31' },
      { indicator: 'sex-ratio-at-birth', comparator: '<', value: '115', per: 100, unit: 'bé trai', due: '2020-12-31' },
    ],
  },
  {
    text: 'Một số chỉ tiêu cụ thể là: tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi đến năm 2030 giảm xuống dưới 15% và đến năm 2035 giảm xuống dưới 13%; tỷ suất sinh thô đến năm 2030 tăng thêm 0,5% so với năm 2025 và đến năm 2035 tăng thêm 0,5% so với năm 2030; tỷ số giới tính khi sinh đến năm 2030 giảm xuống dưới 109 bé trai sinh ra sống so với 100 bé gái sinh ra sống và đến năm 2035 giảm xuống dưới 107 bé trai sinh ra sống so với 100 bé gái sinh ra sống',
    source: NQ262,
    expected: [
      { targetKind: 'level', indicator: 'stunting-under-5', comparator: '<', value: '15', due: '2030-12-31' },
      { targetKind: 'level', indicator: 'stunting-under-5', comparator: '<', value: '13', due: '2035-12-31' },
      { targetKind: 'change', indicator: undefined, change: 'unspecified', comparator: '>=', value: '0.5', due: '2030-12-31', baseline: { period: '2025' } },
      { targetKind: 'change', indicator: undefined, change: 'unspecified', comparator: '>=', value: '0.5', due: '2035-12-31', baseline: { period: '2030' } },
      { targetKind: 'level', indicator: 'sex-ratio-at-birth', comparator: '<', value: '109', per: 100, due: '2030-12-31' },
      { targetKind: 'level', indicator: 'sex-ratio-at-birth', comparator: '<', value: '107', per: 100, due: '2035-12-31' },
    ],
  },
  {
    text: '- Tuổi thọ trung bình tính từ lúc sinh: 73,8 tuổi;',
    source: CV66,
    due: '2021-12-31',
    expected: [{ indicator: 'life-expectancy', comparator: '>=', value: '73.8', unit: 'tuổi', due: '2021-12-31', questions: [ASSUMED] }],
  },
  {
    text: '- Tỷ số giới tính khi sinh: 111,4 số bé trai/100 bé gái sinh ra sống;',
    source: CV66,
    due: '2021-12-31',
    // a bare figure of a ratio that the plans push down: read as a ceiling, and asked
    expected: [{ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '111.4', per: 100, unit: 'bé trai', questions: [ASSUMED] }],
  },
  {
    text: '- Tổng tỷ suất sinh: 2,1 con/phụ nữ.',
    source: CV66,
    due: '2021-12-31',
    expected: [{ indicator: undefined, comparator: '>=', value: '2.1', unit: 'con/phụ nữ' }],
  },
  {
    text: '- Giảm tỷ số giới tính khi sinh (-SRB): -0,1 điểm phần trăm so với năm 2020;',
    source: CV66,
    due: '2021-12-31',
    expected: [{ targetKind: 'change', indicator: 'sex-ratio-at-birth', change: 'points', comparator: '<=', value: '-0.1', baseline: { period: '2020' } }],
  },
  {
    text: '- Điều chỉnh mức sinh (+/-CBR): +0,1 %0 so với năm 2020;',
    source: CV66,
    due: '2021-12-31',
    expected: [{ targetKind: 'change', indicator: undefined, change: 'absolute', comparator: '>=', value: '0.1', per: 1000, baseline: { period: '2020' } }],
  },
  {
    text: '- Giảm số vị thành niên, thanh niên có thai ngoài ý muốn: 15% so năm 2020;',
    source: CV66,
    due: '2021-12-31',
    // a count (“số …”) down by 15%: a relative change
    expected: [{ targetKind: 'change', indicator: undefined, change: 'relative', comparator: '<=', value: '-15', baseline: { period: '2020' } }],
  },
  {
    text: '- Tỷ lệ bà mẹ mang thai được tầm soát (sàng lọc trước sinh): 50%;',
    source: CV66,
    due: '2021-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>=', value: '50', per: 100, questions: ['INDICATOR_UNKNOWN', ASSUMED] }],
  },
  {
    text: '- Tuổi thọ trung bình (tính từ lúc sinh): 73,8 tuổi;',
    source: CV207,
    due: '2023-12-31',
    expected: [{ indicator: 'life-expectancy', comparator: '>=', value: '73.8', due: '2023-12-31' }],
  },
  {
    text: '- Tỷ số giới tính khi sinh: 111,2 số bé trai/100 bé gái sinh ra sống;',
    source: CV207,
    due: '2023-12-31',
    expected: [{ indicator: 'sex-ratio-at-birth', comparator: '<=', value: '111.2', per: 100 }],
  },
  {
    text: '- Điều chỉnh mức sinh (+/-CBR): + 0,1 ‰ so với năm 2022;',
    source: CV207,
    due: '2023-12-31',
    expected: [{ targetKind: 'change', change: 'absolute', comparator: '>=', value: '0.1', per: 1000, baseline: { period: '2022' } }],
  },
  {
    text: '- Giảm tỷ số giới tính khi sinh (-SRB): -0,2 điểm phần trăm so với năm 2022;',
    source: CV207,
    due: '2023-12-31',
    expected: [{ targetKind: 'change', indicator: 'sex-ratio-at-birth', change: 'points', comparator: '<=', value: '-0.2', baseline: { period: '2022' } }],
  },
  {
    text: '- Đến năm 2015: Giảm tỷ suất sinh bình quân hàng năm 0,5%0, phấn đấu giảm tỷ lệ phát triển dân số tự nhiên xuống còn được 1% và tỷ lệ sinh con thứ 3 trở lên xuống dưới 18%; phấn đấu toàn tỉnh có trên 50% thôn phát động không có người sinh con thứ 3 trở lên,',
    source: NQ06_QT,
    expected: [
      { targetKind: 'change', change: 'absolute', comparator: '<=', value: '-0.5', per: 1000, due: '2015-12-31' },
      { targetKind: 'level', comparator: '<=', value: '1', per: 100, due: '2015-12-31' },
      // “con thứ 3” is an ordinal, not a figure
      { targetKind: 'level', comparator: '<', value: '18', per: 100, due: '2015-12-31' },
      { targetKind: 'level', comparator: '>', value: '50', per: 100, due: '2015-12-31' },
    ],
  },
  {
    text: 'Đến năm 2020, có 70% số xã đạt chuẩn tiêu chí số 15 về Y tế.',
    source: QD1600,
    // criterion 15 of the new-rural-area criteria: not the catalog's national commune health criteria
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>=', value: '70', per: 100, due: '2020-12-31' }],
  },
  {
    text: 'Theo Bộ Y tế, tính đến hết năm 2025, tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,15% dân số, vượt mục tiêu đề ra; số bác sỹ đạt 15 bác sỹ/ 10.000 dân; số giường bệnh đạt 34,5 giường/ 10.000 dân.',
    source: MOH_2025,
    expected: [
      { kind: 'result', indicator: 'health-insurance-coverage', value: '95.15', due: '2025-12-31' },
      { kind: 'result', indicator: 'doctors-per-10k', value: '15', per: 10000, due: '2025-12-31' },
      { kind: 'result', indicator: 'beds-per-10k', value: '34.5', per: 10000, due: '2025-12-31' },
    ],
  },
  {
    text: 'Phấn đấu tuổi thọ trung bình của người dân nước ta là 74 tuổi vào năm 2015 và tăng lên 75 tuổi vào năm 2020.',
    source: DRAFT_122,
    expected: [
      { targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '74', due: '2015-12-31', aspirational: true },
      // “tăng lên 75”: a level reached, not an increase of 75
      { targetKind: 'level', indicator: 'life-expectancy', comparator: '>=', value: '75', due: '2020-12-31' },
    ],
  },
  {
    text: 'GDP bình quân đầu người đến năm 2025 đạt khoảng 4.700-5.000 USD',
    source: NQ16_2021,
    expected: [{ targetKind: 'level', indicator: undefined, comparator: 'between', value: '4700', upper: '5000', approximate: true, due: '2025-12-31' }],
  },
  {
    text: 'tỷ trọng công nghiệp chế biến, chế tạo trong GDP đạt trên 25%',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>', value: '25', per: 100 }],
  },
  {
    text: 'tốc độ tăng năng suất lao động xã hội bình quân trên 6,5%/năm',
    source: NQ16_2021,
    due: '2025-12-31',
    // “tốc độ tăng” is a growth rate (a level to reach), not “tăng” (increase by)
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>', value: '6.5', per: 100 }],
  },
  {
    text: 'tỷ lệ đô thị hóa khoảng 45%',
    source: NQ16_2021,
    due: '2025-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '>=', value: '45', per: 100, approximate: true, questions: ['INDICATOR_UNKNOWN', ASSUMED, 'APPROXIMATE'] }],
  },
  {
    text: 'tổng vốn đầu tư phát triển toàn xã hội khoảng 33-34% GDP',
    source: KTXH_2020,
    due: '2020-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: 'between', value: '33', upper: '34', per: 100, approximate: true }],
  },
  {
    text: 'tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị dưới 4%',
    source: KTXH_2020,
    due: '2020-12-31',
    expected: [{ targetKind: 'level', indicator: undefined, comparator: '<', value: '4', per: 100, due: '2020-12-31' }],
  },
];
