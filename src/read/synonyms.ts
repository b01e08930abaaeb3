/**
 * How the plans name the catalog's indicators: for each catalog id, the phrases that name it
 * (each pattern lists phrases that must all occur, in any order), and what a figure must
 * look like to be one of its values. Abbreviations (BHYT, TCMR, KCB …) are expanded by the
 * tokenizer, so the phrases are written in full. An entry whose id the catalog does not hold
 * is never chosen: the reader names only indicators `getIndicator` knows.
 *
 * @module
 */

/** The words for one catalog indicator. */
export interface IndicatorWords {
  /** The catalog id. */
  readonly id: string;
  /** Each pattern is a list of phrases that must all occur (in any order). */
  readonly patterns: readonly (readonly string[])[];
  /**
   * Specialisations outrank the indicators they specialise when both match (children under 1
   * fully immunised outrank immunisation coverage). Default 1.
   */
  readonly priority?: number;
  /**
   * For a sentence without a figure: the phrases of the indicator's definition, one of which
   * must occur for “everyone” to be read as 100% (“khám sức khỏe … ít nhất mỗi năm 1 lần”).
   */
  readonly qualifier?: readonly (readonly string[])[];
}

const ONCE_A_YEAR = [['ít nhất', 'lần'], ['mỗi năm', 'lần'], ['lần/năm'], ['hằng năm'], ['hàng năm'], ['định kỳ']] as const;

/** Indicator words, keyed by catalog id. */
export const INDICATOR_WORDS: readonly IndicatorWords[] = [
  {
    id: 'doctors-per-10k',
    patterns: [['bác sĩ', 'vạn dân'], ['bác sĩ', '10.000 dân'], ['bác sĩ', 'mười nghìn dân'], ['số bác sĩ']],
  },
  {
    // a variant of beds-per-10k that counts the commune stations' beds (where the catalog has it)
    id: 'beds-per-10k-incl-commune-stations',
    patterns: [['giường bệnh', 'kể cả giường', 'trạm y tế'], ['giường bệnh', 'bao gồm giường', 'trạm y tế'], ['giường bệnh', 'tính cả giường', 'trạm y tế']],
    priority: 2,
  },
  {
    id: 'beds-per-10k',
    patterns: [['giường bệnh', 'vạn dân'], ['giường bệnh', '10.000 dân'], ['giường', 'mười nghìn dân'], ['số giường bệnh'], ['tỷ lệ giường bệnh']],
  },
  {
    id: 'health-insurance-coverage',
    patterns: [
      ['bao phủ bảo hiểm y tế'],
      ['tham gia bảo hiểm y tế'],
      ['có thẻ bảo hiểm y tế'],
      ['được cấp thẻ bảo hiểm y tế'],
      ['bảo hiểm y tế toàn dân'],
      ['bao phủ', 'bảo hiểm y tế'],
    ],
  },
  {
    id: 'tcmr-full-immunization-under-1',
    patterns: [['tiêm chủng đầy đủ'], ['tiêm đủ', 'vắc xin'], ['tiêm chủng đủ', 'vắc xin']],
    priority: 2,
  },
  {
    id: 'essential-immunization-coverage',
    patterns: [
      ['tiêm chủng thiết yếu'],
      ['tiêm chủng', 'vắc xin', 'chương trình'],
      ['tiêm', 'vắc xin', 'tiêm chủng mở rộng'],
      ['tiêm chủng', 'vaccine', 'chương trình'],
      ['tỷ lệ tiêm chủng mở rộng'],
      ['tỷ lệ tiêm chủng', 'vắc xin'],
    ],
  },
  { id: 'ehr-coverage', patterns: [['hồ sơ sức khỏe điện tử'], ['sổ sức khỏe điện tử']] },
  { id: 'stunting-under-5', patterns: [['thấp còi']] },
  { id: 'sex-ratio-at-birth', patterns: [['giới tính khi sinh'], ['tỷ số giới tính']] },
  {
    id: 'life-expectancy',
    patterns: [['tuổi thọ trung bình'], ['tuổi thọ bình quân'], ['tuổi kỳ vọng sống'], ['tuổi thọ']],
  },
  {
    id: 'healthy-life-expectancy',
    patterns: [['số năm sống khỏe'], ['thời gian sống khỏe'], ['tuổi thọ khỏe mạnh'], ['năm sống khỏe mạnh']],
    priority: 2,
  },
  {
    id: 'mean-height-1-18',
    patterns: [['chiều cao', 'trẻ em'], ['chiều cao', 'thanh thiếu niên']],
  },
  {
    id: 'insured-visits-at-commune-stations',
    patterns: [
      ['tỷ lệ khám bệnh', 'chữa bệnh bảo hiểm y tế', 'trạm'],
      ['tỷ lệ khám chữa bệnh bảo hiểm y tế', 'trạm'],
      ['khám bệnh', 'chữa bệnh bảo hiểm y tế tại trạm'],
      ['khám chữa bệnh bảo hiểm y tế tại trạm'],
      ['lượt khám', 'bảo hiểm y tế', 'trạm'],
    ],
    priority: 2,
  },
  {
    id: 'stations-with-doctors',
    patterns: [['trạm', 'có bác sĩ'], ['trạm', 'bác sĩ làm việc'], ['trạm', 'bác sĩ hoạt động'], ['trạm', 'có ít nhất', 'bác sĩ'], ['trạm', 'có tối thiểu', 'bác sĩ']],
    priority: 2,
  },
  {
    id: 'stations-treating-insured',
    patterns: [
      ['trạm', 'thực hiện khám chữa bệnh bảo hiểm y tế'],
      ['trạm', 'thực hiện khám bệnh', 'chữa bệnh bảo hiểm y tế'],
      ['trạm', 'tham gia khám chữa bệnh bảo hiểm y tế'],
      ['trạm', 'tham gia khám bệnh', 'chữa bệnh bảo hiểm y tế'],
      ['trạm', 'khám chữa bệnh bảo hiểm y tế', 'thực hiện'],
    ],
    priority: 2,
  },
  {
    id: 'communes-meeting-national-criteria',
    patterns: [['xã', 'tiêu chí quốc gia về y tế'], ['xã', 'chuẩn quốc gia về y tế'], ['xã', 'tiêu chí quốc gia y tế']],
  },
  {
    id: 'district-technical-list-coverage',
    patterns: [['danh mục', 'kỹ thuật', 'tuyến huyện'], ['danh mục', 'kỹ thuật', 'trung tâm y tế huyện']],
  },
  {
    id: 'stations-meeting-technical-list',
    patterns: [['trạm', 'danh mục', 'kỹ thuật', 'tuyến xã']],
    priority: 2,
  },
  {
    id: 'stations-full-primary-care',
    patterns: [['trạm', 'đầy đủ', 'chăm sóc sức khỏe ban đầu']],
    priority: 2,
  },
  {
    id: 'population-under-health-management',
    patterns: [['được quản lý', 'theo dõi sức khỏe'], ['được quản lý sức khỏe'], ['được theo dõi', 'quản lý sức khỏe']],
  },
  {
    id: 'primary-care-users-insured',
    patterns: [['sử dụng dịch vụ chăm sóc', 'ban đầu', 'bảo hiểm y tế']],
    priority: 3,
  },
  {
    id: 'free-checkup-coverage',
    patterns: [['khám sức khỏe định kỳ'], ['khám sàng lọc miễn phí'], ['khám sức khỏe miễn phí']],
    qualifier: ONCE_A_YEAR,
  },
  {
    id: 'high-risk-checkup-coverage',
    patterns: [['nguy cơ cao', 'kiểm tra sức khỏe'], ['nguy cơ cao', 'khám sức khỏe']],
    priority: 2,
    qualifier: ONCE_A_YEAR.filter((words) => !(words as readonly string[]).includes('định kỳ')),
  },
  {
    id: 'physical-activity',
    patterns: [['hoạt động thể chất'], ['rèn luyện thân thể'], ['tập luyện thể dục thể thao']],
  },
  { id: 'social-protection-coverage', patterns: [['bảo trợ xã hội', 'trợ cấp'], ['bảo trợ xã hội', 'đủ điều kiện']] },
  { id: 'special-circumstances-children-supported', patterns: [['trẻ em có hoàn cảnh đặc biệt']] },
  {
    id: 'patient-satisfaction',
    patterns: [['người dân hài lòng'], ['người bệnh hài lòng'], ['sự hài lòng'], ['tỷ lệ hài lòng']],
  },
  { id: 'major-epidemic', patterns: [['dịch bệnh lớn'], ['dịch lớn']] },
  {
    id: 'stations-ncd-care',
    patterns: [['trạm', 'bệnh không lây nhiễm']],
    priority: 2,
  },
  { id: 'villages-with-health-worker', patterns: [['thôn', 'nhân viên y tế']] },
  {
    id: 'hospital-fee-exemption',
    patterns: [['miễn viện phí'], ['miễn chi phí khám bệnh'], ['miễn chi phí khám chữa bệnh']],
  },
  {
    id: 'stations-invested',
    patterns: [['trạm', 'đầu tư cơ sở vật chất'], ['trạm', 'được đầu tư']],
    priority: 2,
  },
  {
    id: 'infant-mortality-rate',
    patterns: [['tỷ suất chết trẻ em dưới 1 tuổi'], ['tỷ suất tử vong trẻ em dưới 1 tuổi'], ['tử vong trẻ em dưới 1 tuổi'], ['tử vong trẻ dưới 1 tuổi']],
  },
  {
    id: 'under-5-mortality-rate',
    patterns: [['tỷ suất chết trẻ em dưới 5 tuổi'], ['tỷ suất tử vong trẻ em dưới 5 tuổi'], ['tử vong trẻ em dưới 5 tuổi'], ['tử vong trẻ dưới 5 tuổi']],
  },
  { id: 'maternal-mortality-ratio', patterns: [['tử vong mẹ'], ['tử vong bà mẹ']] },
  {
    id: 'uhc-service-coverage-index',
    patterns: [['chỉ số bao phủ dịch vụ'], ['bao phủ dịch vụ chăm sóc sức khỏe thiết yếu']],
  },
];

/** A share of units whose condition is an indicator observed on each unit. */
export interface ShareWords {
  /** The share indicator (catalog id). */
  readonly share: string;
  /** The unit noun, as {@link UNIT_NOUNS} prints it. */
  readonly units: string;
  /** The indicator observed on each unit. */
  readonly condition: string;
  /** The unit of the per-unit figure (a count), when the condition is a count. */
  readonly conditionUnit?: string;
  /** Phrases naming the per-unit figure, when it is a percentage. */
  readonly conditionWords?: readonly string[];
  /** The condition when the text names none (“có bác sĩ”: at least one). */
  readonly defaultCondition?: { readonly comparator: '>='; readonly value: string };
}

/** Shares the catalog can express. */
export const SHARE_WORDS: readonly ShareWords[] = [
  {
    share: 'stations-with-doctors',
    units: 'trạm y tế',
    condition: 'station-doctors',
    conditionUnit: 'bác sĩ',
    defaultCondition: { comparator: '>=', value: '1' },
  },
  {
    share: 'stations-meeting-technical-list',
    units: 'trạm y tế',
    condition: 'station-technical-list-coverage',
    conditionWords: ['danh mục', 'kỹ thuật', 'tuyến xã'],
  },
];

/** Counts named by their unit and multiplier: “35 giường bệnh … trên 1 vạn dân”. */
export const UNIT_INDICATORS: readonly { readonly unit: string; readonly per?: number; readonly id: string; readonly near?: string }[] = [
  { unit: 'bác sĩ', per: 10000, id: 'doctors-per-10k' },
  { unit: 'giường bệnh', per: 10000, id: 'beds-per-10k' },
  { unit: 'bác sĩ', id: 'station-doctors', near: 'trạm' },
];
