/**
 * The words the reader understands, in Vietnamese, folded and indexed at load: comparators,
 * verbs of change, result and aspiration markers, units, the nouns that name counted units
 * and populations, and the words after which a number is not a target figure.
 *
 * @module
 */
import { phrase, phraseTable, type PhraseTable } from './tokens.js';

/** “vạn” (ten thousand) and “nghìn” (thousand), folded: the words of a multiplier (“/vạn dân”, “trên 1 nghìn trẻ đẻ sống”). */
export const VAN = phrase('vạn')[0] as string;
export const NGHIN = phrase('nghìn')[0] as string;

/** What a comparator word says about the figure after it. */
export interface ComparatorWord {
  /** `reach` (“đạt”, “có”) and `bare` (“:”, “là”) leave the direction to the indicator. */
  readonly op: '>' | '>=' | '<' | '<=' | '=' | 'reach' | 'bare';
  /** True for “lên”, “xuống”, “còn”: the figure is the level reached, not an amount of change. */
  readonly toLevel?: boolean;
}

const level = (op: ComparatorWord['op']): ComparatorWord => ({ op, toLevel: true });
const plain = (op: ComparatorWord['op']): ComparatorWord => ({ op });

/**
 * Comparators read right to left from the figure: the one nearest the figure decides, and a
 * longer phrase beats a shorter one ending at the same word (“không dưới” is ≥, “dưới” is <;
 * “giảm xuống dưới” is <, “giảm xuống” ≤).
 */
export const COMPARATORS: PhraseTable<ComparatorWord> = phraseTable<ComparatorWord>([
  ['trên', plain('>')],
  ['hơn', plain('>')],
  ['cao hơn', plain('>')],
  ['lớn hơn', plain('>')],
  ['nhiều hơn', plain('>')],
  ['vượt', plain('>')],
  ['lên trên', level('>')],
  ['tăng lên trên', level('>')],
  ['dưới', plain('<')],
  ['thấp hơn', plain('<')],
  ['ít hơn', plain('<')],
  ['nhỏ hơn', plain('<')],
  ['xuống dưới', level('<')],
  ['giảm xuống dưới', level('<')],
  ['còn dưới', level('<')],
  ['giảm còn dưới', level('<')],
  ['xuống còn dưới', level('<')],
  ['tối thiểu', plain('>=')],
  ['tối thiểu là', plain('>=')],
  ['ít nhất', plain('>=')],
  ['ít nhất là', plain('>=')],
  ['không dưới', plain('>=')],
  ['không thấp hơn', plain('>=')],
  ['không ít hơn', plain('>=')],
  ['tối đa', plain('<=')],
  ['nhiều nhất', plain('<=')],
  ['không quá', plain('<=')],
  ['không vượt quá', plain('<=')],
  ['không vượt', plain('<=')],
  ['không cao hơn', plain('<=')],
  ['không lớn hơn', plain('<=')],
  ['không hơn', plain('<=')],
  ['còn', level('<=')],
  ['chỉ còn', level('<=')],
  ['giảm còn', level('<=')],
  ['xuống còn', level('<=')],
  ['giảm xuống còn', level('<=')],
  ['giảm xuống', level('<=')],
  ['xuống', level('<=')],
  ['hạ xuống', level('<=')],
  ['lên', level('>=')],
  ['tăng lên', level('>=')],
  ['nâng lên', level('>=')],
  ['đạt', plain('reach')],
  ['đạt được', plain('reach')],
  ['đạt mức', plain('reach')],
  ['đạt tỷ lệ', plain('reach')],
  ['đạt tỉ lệ', plain('reach')],
  ['có', plain('reach')],
  ['thực hiện', plain('reach')],
  ['thực hiện được', plain('reach')],
  ['là', plain('bare')],
  [':', plain('bare')],
  ['bằng', plain('=')],
  ['=', plain('=')],
  ['>', plain('>')],
  ['<', plain('<')],
  ['≥', plain('>=')],
  ['≤', plain('<=')],
  ['⩾', plain('>=')],
  ['⩽', plain('<=')],
  ['> =', plain('>=')],
  ['< =', plain('<=')],
  ['\\geq', plain('>=')],
  ['\\ge', plain('>=')],
  ['\\leq', plain('<=')],
  ['\\le', plain('<=')],
  ['\\gt', plain('>')],
  ['\\lt', plain('<')],
]);

/** Words that make the figure a level reached (“tăng … lên”, “giảm … còn”), not an amount of change. */
export const TO_LEVEL: PhraseTable<true> = phraseTable<true>(
  ['lên', 'xuống', 'còn', 'giảm còn', 'xuống còn', 'giảm xuống', 'tăng lên', 'nâng lên', 'hạ xuống', 'đạt'].map((word) => [word, true] as const),
);

/** Words between a comparator and its figure that change nothing (“đạt ở mức 95%”). */
export const FILLERS: PhraseTable<true> = phraseTable<true>(
  ['mức', 'ở mức', 'ở', 'tỷ lệ', 'tỉ lệ', 'con số', 'khoảng', 'xấp xỉ', 'gần', 'trên dưới', 'chừng', 'bình quân', 'trung bình', '$', '(', 'được'].map(
    (word) => [word, true] as const,
  ),
);

/** Words that make a figure approximate (“khoảng 74,5 tuổi”). */
export const APPROXIMATE: PhraseTable<true> = phraseTable<true>(
  ['khoảng', 'xấp xỉ', 'gần', 'trên dưới', 'chừng', 'ước khoảng'].map((word) => [word, true] as const),
);

/** Verbs of change: the direction they give. */
export const CHANGE_VERBS: PhraseTable<'up' | 'down'> = phraseTable<'up' | 'down'>([
  ['tăng', 'up'],
  ['tăng thêm', 'up'],
  ['gia tăng', 'up'],
  ['nâng', 'up'],
  ['giảm', 'down'],
  ['giảm thêm', 'down'],
  ['giảm bớt', 'down'],
  ['hạ', 'down'],
]);

/** “thêm”: the figure is an amount added (“tăng thêm 10%”, “thêm tối thiểu 1,5cm”). */
export const ADDED: PhraseTable<true> = phraseTable<true>([['thêm', true]]);

/** Words before a figure that make a target one to keep (“duy trì 100% …”). */
export const MAINTAIN: PhraseTable<true> = phraseTable<true>(
  ['duy trì', 'giữ vững', 'giữ ổn định', 'tiếp tục duy trì', 'giữ mức', 'ổn định ở mức'].map((word) => [word, true] as const),
);

/** Words that mark a figure as a result, not a target. */
export const RESULT_MARKERS: PhraseTable<true> = phraseTable<true>(
  [
    'ước đạt',
    'ước tính đạt',
    'ước thực hiện',
    'ước tính',
    'đã đạt',
    'đã có',
    'đã giảm',
    'đã tăng',
    'đã được',
    'kết quả',
    'tính đến',
    'vượt mục tiêu',
    'vượt kế hoạch',
    'vượt chỉ tiêu',
    'so với cùng kỳ',
    'hiện nay',
    'hiện tại',
    'thực tế đạt',
    'hiện ,',
    'đến nay',
  ].map((word) => [word, true] as const),
);

/** “Phấn đấu” and the misspellings the plans print (“phần đầu”, “phân đầu” fold alike). */
export const ASPIRATION: PhraseTable<true> = phraseTable<true>([['phấn đấu', true]]);

/** A counted or measured unit after a figure. */
export interface UnitWord {
  /** How the unit is printed in drafts. */
  readonly unit: string;
  /** `count` for things counted, `measure` for years, centimetres. */
  readonly kind: 'count' | 'measure';
}

const count = (unit: string): UnitWord => ({ unit, kind: 'count' });
const measure = (unit: string): UnitWord => ({ unit, kind: 'measure' });

/** Units of counts and measures, longest first. */
export const UNITS: PhraseTable<UnitWord> = phraseTable<UnitWord>([
  ['bác sĩ', count('bác sĩ')],
  ['dược sĩ', count('dược sĩ')],
  ['dược sĩ đại học', count('dược sĩ đại học')],
  ['điều dưỡng', count('điều dưỡng')],
  ['nữ hộ sinh', count('nữ hộ sinh')],
  ['hộ sinh', count('hộ sinh')],
  ['y sĩ', count('y sĩ')],
  ['nhân viên y tế', count('nhân viên y tế')],
  ['cán bộ y tế', count('cán bộ y tế')],
  ['giường bệnh', count('giường bệnh')],
  ['giường bệnh viện', count('giường bệnh')],
  ['giường', count('giường bệnh')],
  ['trạm y tế', count('trạm')],
  ['trạm', count('trạm')],
  ['xã', count('xã')],
  ['phường', count('phường')],
  ['thôn', count('thôn')],
  ['bệnh viện', count('bệnh viện')],
  ['cơ sở', count('cơ sở')],
  ['người', count('người')],
  ['lượt', count('lượt')],
  ['tuổi', measure('tuổi')],
  ['năm', measure('năm')],
  ['cm', measure('cm')],
  ['centimet', measure('cm')],
  ['kg', measure('kg')],
  ['con/phụ nữ', measure('con/phụ nữ')],
  ['con', measure('con/phụ nữ')],
  ['bé trai', measure('bé trai')],
  ['trai', measure('bé trai')],
]);

/** Nouns that name the units a share counts (“100% trạm y tế …”, “mỗi thôn …”). */
export const UNIT_NOUNS: PhraseTable<string> = phraseTable<string>([
  ['trạm y tế', 'trạm y tế'],
  ['trạm', 'trạm y tế'],
  ['xã', 'xã'],
  ['xã, phường', 'xã'],
  ['xã/phường', 'xã'],
  ['thôn', 'thôn'],
  ['thôn bản', 'thôn'],
  ['thôn, bản', 'thôn'],
  ['bệnh viện', 'bệnh viện'],
  ['cơ sở y tế', 'cơ sở y tế'],
]);

/** Words meaning “each” or “all” before a unit noun or a population: 100%. */
export const EVERY: PhraseTable<true> = phraseTable<true>(
  ['mỗi', 'mọi', 'tất cả', 'tất cả các', 'toàn bộ', 'toàn bộ các', '100%'].map((word) => [word, true] as const),
);

/** Populations a target may be about: an age after them is a qualifier, not a figure. */
export const POPULATIONS: PhraseTable<true> = phraseTable<true>(
  [
    'trẻ',
    'trẻ em',
    'em',
    'trẻ sơ sinh',
    'thanh thiếu niên',
    'thiếu niên',
    'vị thành niên',
    'thanh niên',
    'người',
    'người dân',
    'người cao tuổi',
    'phụ nữ',
    'bà mẹ',
    'nam',
    'nữ',
    'học sinh',
    'lao động',
    'dân số',
    'lứa tuổi',
    'độ tuổi',
    'tuổi',
  ].map((word) => [word, true] as const),
);

/** The people a plan means when it says everyone is served (“người dân được …”). */
export const PEOPLE: PhraseTable<'implicit' | 'explicit'> = phraseTable<'implicit' | 'explicit'>([
  ['người dân', 'implicit'],
  ['nhân dân', 'implicit'],
  ['người có nguy cơ cao', 'implicit'],
  ['mọi người', 'explicit'],
  ['mọi người dân', 'explicit'],
  ['toàn bộ người dân', 'explicit'],
  ['tất cả người dân', 'explicit'],
  ['toàn thể người dân', 'explicit'],
]);

/** Words before a number that make it part of a name or reference, not a figure. */
export const REFERENCE_WORDS: PhraseTable<true> = phraseTable<true>(
  [
    'số',
    'nghị quyết',
    'quyết định',
    'đề án',
    'kế hoạch',
    'chỉ thị',
    'thông tư',
    'nghị định',
    'luật',
    'công văn',
    'văn bản',
    'chương trình',
    'điều',
    'khoản',
    'mục',
    'điểm',
    'phụ lục',
    'chương',
    'tiêu chí',
    'thứ',
    'lần thứ',
    'khóa',
    'khoá',
    'bậc',
    'hạng',
    'nhóm',
    'tháng',
    'quý',
    'tuần',
    'ngày',
    'giờ',
    'đợt',
    'kỳ',
    'top',
    'covid',
    'covid-',
  ].map((word) => [word, true] as const),
);

/** Nouns after a number that make it a count of something no target measures here. */
export const COUNTERS: PhraseTable<true> = phraseTable<true>(
  [
    'lần',
    'ngày',
    'tháng',
    'quý',
    'tuần',
    'giờ',
    'phút',
    'chỉ tiêu',
    'nhiệm vụ',
    'giải pháp',
    'nội dung',
    'lĩnh vực',
    'cấp',
    'rõ',
    'đồng',
    'tỷ đồng',
    'triệu đồng',
    'nghìn đồng',
    'tỷ',
    'triệu',
    'km',
    'ha',
    'loại',
    'nhóm',
    'bước',
    'mục tiêu',
    'chương trình',
    'đề án',
    'dự án',
    'bậc',
    'kỳ',
    'đợt',
    'khoa',
    'huyện',
    'tỉnh',
    'thành phố',
    'dân tộc',
    'bệnh',
    'thai kỳ',
    'đối tượng',
    'tiêu chí',
    'quan điểm',
    'vòng',
  ].map((word) => [word, true] as const),
);

/** Words that open a parenthesis telling what a figure includes (“(bao gồm …)”). */
export const SCOPE_OPENERS: PhraseTable<true> = phraseTable<true>(
  ['bao gồm', 'kể cả', 'không tính', 'không kể', 'chưa tính', 'chưa kể', 'tính cả', 'không bao gồm'].map((word) => [word, true] as const),
);

/** “điểm phần trăm”: a change in percentage points. */
export const POINTS: PhraseTable<true> = phraseTable<true>([
  ['điểm phần trăm', true],
  ['điểm %', true],
  ['điểm', true],
]);

/** “trở lên” / “trở xuống” after a figure. */
export const POSTFIX: PhraseTable<'>=' | '<='> = phraseTable<'>=' | '<='>([
  ['trở lên', '>='],
  ['trở xuống', '<='],
]);

/** “không để … xảy ra”: a yes/no target expecting no. */
export const PREVENT: PhraseTable<true> = phraseTable<true>(
  ['không để', 'không để xảy ra', 'không có', 'không để phát sinh'].map((word) => [word, true] as const),
);

/** Words that say a target is completed once (“hoàn thành”): with “từ năm Y”, due in Y. */
export const COMPLETION: PhraseTable<true> = phraseTable<true>(
  ['hoàn thành', 'hoàn tất', 'xong'].map((word) => [word, true] as const),
);

/** Words that say a target recurs each period (“mỗi năm”, “hằng năm”). */
export const RECURRING: PhraseTable<true> = phraseTable<true>(
  ['mỗi năm', 'hằng năm', 'hàng năm', 'năm một lần', 'lần/năm', 'lần / năm', 'định kỳ'].map((word) => [word, true] as const),
);

/** “lần lượt là”: values given respectively for the indicators named before. */
export const RESPECTIVELY: PhraseTable<true> = phraseTable<true>([
  ['lần lượt là', true],
  ['lần lượt đạt', true],
  ['lần lượt', true],
]);

/** Areas and groups a figure may be given for (“…, miền núi đạt 80%”, “… và nông thôn là 93-95%”). */
export const SCOPES: PhraseTable<true> = phraseTable<true>(
  [
    'thành thị',
    'nông thôn',
    'miền núi',
    'vùng',
    'khu vực',
    'toàn quốc',
    'cả nước',
    'đồng bằng',
    'ven biển',
    'biên giới',
    'hải đảo',
    'dân tộc thiểu số',
    'đồng bào dân tộc thiểu số',
    'nam',
    'nữ',
    'nam giới',
    'nữ giới',
    'trẻ em',
    'người cao tuổi',
    'tỉnh',
    'huyện',
    'xã',
    'phường',
    'thị trấn',
    'các tỉnh',
    'các huyện',
    'các xã',
  ].map((word) => [word, true] as const),
);

/** Words introducing a sub-group or area that a figure is for (“trong đó miền núi …”). */
export const SPLIT: PhraseTable<true> = phraseTable<true>([
  ['trong đó', true],
  ['riêng', true],
  ['riêng đối với', true],
]);
