/**
 * The model's types, named, each field documented once: the parsed forms of plans,
 * objectives, targets, indicators, observations, populations and areas. The zod schemas of
 * the same names (with `Schema`) parse untrusted data into them; a type test
 * (test/model/types.test.ts) keeps each interface equal to its schema's output, and the
 * shipped JSON Schemas take their field descriptions from here (scripts/build-schemas.ts).
 *
 * @module
 */
import type { BilingualText } from '../errors.js';

/**
 * A decimal number as a string written with `.` (`'17.5'`, `'95'`, `'-1.5'`, `'1e-3'`), the
 * output of {@link DecimalStringSchema}: exact, unlike a double.
 *
 * @category Model
 * @example
 * ```ts
 * import { DecimalStringSchema, type DecimalString } from 'chitieu';
 *
 * const beds: DecimalString = DecimalStringSchema.parse('49.2');
 * console.log(beds); // '49.2'
 * ```
 */
export type DecimalString = string;

/**
 * A calendar date that exists, as ISO text `YYYY-MM-DD`.
 *
 * @category Model
 * @example
 * ```ts
 * import { IsoDateSchema, type IsoDate } from 'chitieu';
 *
 * const due: IsoDate = IsoDateSchema.parse('2030-12-31');
 * console.log(due.slice(0, 4)); // '2030'
 * ```
 */
export type IsoDate = string;

/**
 * A date that may be only partly known, as in drafts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @category Model
 * @example
 * ```ts
 * import { PartialDateSchema, type PartialDate } from 'chitieu';
 *
 * const issued: PartialDate = PartialDateSchema.parse('2025-12');
 * console.log(issued); // '2025-12'
 * ```
 */
export type PartialDate = string;

/**
 * The period a figure refers to: a year `'2026'`, a quarter `'2026-Q2'`, a half-year
 * `'2026-H1'`, a month `'2026-06'`, a day `'2026-06-15'`, or a span of years `'2021-2025'`.
 *
 * @category Model
 * @example
 * ```ts
 * import { PeriodSchema, type Period } from 'chitieu';
 *
 * const baseline: Period = PeriodSchema.parse('2021-2025');
 * console.log(baseline); // '2021-2025'
 * ```
 */
export type Period = string;

/**
 * Text in Vietnamese (required, verbatim from the source where it is quoted) with an
 * optional English translation.
 *
 * @category Model
 * @example
 * ```ts
 * import type { BilingualTextInput } from 'chitieu';
 *
 * const unit: BilingualTextInput = { vi: 'năm', en: 'years' };
 * console.log(unit.en); // 'years'
 * ```
 */
export interface BilingualTextInput {
  /** Vietnamese, with diacritics. */
  vi: string;
  /** English. */
  en?: string;
}

/**
 * How a level target compares: `>`, `>=`, `<`, `<=`, `=`, or `between` (with an upper bound).
 *
 * @category Model
 * @example
 * ```ts
 * import type { Comparator } from 'chitieu';
 *
 * const strict: Comparator = '>';
 * console.log(strict); // '>'
 * ```
 */
export type Comparator = '>' | '>=' | '<' | '<=' | '=' | 'between';

/**
 * The comparators of a single threshold: `>`, `>=`, `<`, `<=`, `=`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ThresholdComparator } from 'chitieu';
 *
 * const atLeast: ThresholdComparator = '>=';
 * console.log(atLeast); // '>='
 * ```
 */
export type ThresholdComparator = '>' | '>=' | '<' | '<=' | '=';

/**
 * A baseline: the value an indicator had in a period, from which a change is measured or a
 * projection starts.
 *
 * @category Model
 * @example
 * ```ts
 * import { BaselineSchema, type Baseline } from 'chitieu';
 *
 * // Thống Nhất appendix row 4: “>98” in 2021–2025
 * const baseline: Baseline = BaselineSchema.parse({ comparator: '>', value: '98', period: '2021-2025' });
 * console.log(baseline.comparator); // '>'
 * ```
 */
export interface Baseline {
  /**
   * The baseline value; absent when the plan names the period but not the figure (it is then
   * read from the observations of that period).
   */
  value?: DecimalString;
  /** The period the baseline refers to, e.g. `'2025'` or `'2021-2025'`. */
  period: Period;
  /**
   * Set when the plan gives the baseline only as a bound: Thống Nhất's appendix gives
   * essential immunization in 2021–2025 as `>98`, which is `{ comparator: '>', value: '98' }`.
   */
  comparator?: ThresholdComparator;
}

/**
 * The fields every target has, whatever its kind.
 *
 * @category Model
 * @example
 * ```ts
 * import type { TargetFields } from 'chitieu';
 *
 * const fields: TargetFields = { id: 'cao-minh-2026/beds', indicator: 'beds-per-10k', due: '2026-12-31' };
 * console.log(fields.due); // '2026-12-31'
 * ```
 */
export interface TargetFields {
  /** Unique within its plan, e.g. `'cao-minh-2026/beds'`. */
  id: string;
  /** Indicator id: a catalog id such as `'doctors-per-10k'`, or an app's own. */
  indicator: string;
  /** When the target falls due, as an ISO date (“đến hết năm 2026” is `'2026-12-31'`). */
  due: IsoDate;
  /** The plan's sentence, verbatim in `vi`, with an English translation in `en`. */
  text?: BilingualTextInput;
  /** What the figure includes, where the plan says (“kể cả Bệnh viện Bạch Mai 2 …”). */
  scope?: BilingualTextInput;
  /** Area id the target is for; defaults to the plan's area. */
  area?: string;
  /** Published precision: the decimal places (0–20) the figure is rounded to before comparing. */
  decimals?: number;
  /** Where progress is measured from. */
  baseline?: Baseline;
  /** True for “phấn đấu” (strive for) targets: aspirational wording in the plan. */
  aspirational?: boolean;
  /** An editor's note: an inconsistency in the source, an interpretation made. */
  note?: BilingualTextInput;
  /**
   * First day the target applies, for “từ năm 2026 …” (`'2026-01-01'`); for a `maintain`
   * target, the first day of the period the level must hold in. Not after `due`.
   */
  from?: IsoDate;
  /**
   * The id of a later target in the same plan that this one is a milestone towards: the
   * district plan's “năm 2024 có 07 Trạm Y tế” is a milestone of “đến năm 2025 có 100% Trạm
   * Y tế xã …”. Each milestone is a target in its own right and is evaluated as one.
   */
  milestoneOf?: string;
  /**
   * Where the plan contradicts itself, the id of the target of the same plan that governs
   * this one (Thống Nhất's appendix gives 76,5 where its objectives give 77,67). A governed
   * target is not judged on its own; the evaluation reports it as `needs-review`.
   */
  governedBy?: string;
}

/**
 * A level to reach (`>=` 17.5 doctors per 10 000, `>` 95% coverage), or a range with
 * `comparator: 'between'` and `upper`, bounds inclusive.
 *
 * @category Model
 * @example
 * ```ts
 * import { LevelTargetSchema, type LevelTarget } from 'chitieu';
 *
 * // a band, bounds included: the sex ratio at birth between 104 and 107
 * const range: LevelTarget = LevelTargetSchema.parse({ id: 'srb', indicator: 'sex-ratio-at-birth', comparator: 'between', value: 104, upper: 107, due: '2030-12-31' });
 * console.log(range.upper); // '107'
 * ```
 */
export interface LevelTarget extends TargetFields {
  /** `'level'`; optional in input. */
  kind: 'level';
  /** `>`, `>=`, `<`, `<=`, `=`, or `between`. */
  comparator: Comparator;
  /** The threshold (the lower bound of a range). */
  value: DecimalString;
  /** The upper bound of a `between` range; only with `between`. */
  upper?: DecimalString;
  /**
   * A higher figure the plan aspires to beyond the floor `value` (“ít nhất từ 4 - 5”: value
   * 4, aim 5); only with `>` or `>=`, not below `value`. Reported, never judged.
   */
  aim?: DecimalString;
}

/**
 * A change from a baseline (“tăng ít nhất 1,5 cm”); a baseline is required.
 *
 * @category Model
 * @example
 * ```ts
 * import { ChangeTargetSchema, type ChangeTarget } from 'chitieu';
 *
 * // Thống Nhất: “tăng chiều cao trung bình … thêm tối thiểu 1,5cm”
 * const taller: ChangeTarget = ChangeTargetSchema.parse({ kind: 'change', id: 'height', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', due: '2030-12-31', baseline: { period: '2025' } });
 * console.log(taller.change); // 'absolute'
 * ```
 */
export interface ChangeTarget extends TargetFields {
  /** `'change'`. */
  kind: 'change';
  /**
   * What the plan means by the change: `absolute` (in the indicator's unit), `relative`
   * (percent of the baseline), `points` (percentage points), or `unspecified` when the plan
   * leaves it open (“tăng thêm 10%”), which evaluates to `needs-review`.
   */
  change: 'absolute' | 'relative' | 'points' | 'unspecified';
  /** How the achieved change compares with `value`. */
  comparator: ThresholdComparator;
  /** The signed amount of change: a decrease of 2 points is `comparator: '<='`, `value: '-2'`. */
  value: DecimalString;
}

/**
 * A level to keep throughout a period (“duy trì 100% …”).
 *
 * @category Model
 * @example
 * ```ts
 * import { MaintainTargetSchema, type MaintainTarget } from 'chitieu';
 *
 * const kept: MaintainTarget = MaintainTargetSchema.parse({ kind: 'maintain', id: 'm', indicator: 'stations-treating-insured-share', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' });
 * console.log(kept.from); // '2026-01-01'
 * ```
 */
export interface MaintainTarget extends TargetFields {
  /** `'maintain'`. */
  kind: 'maintain';
  /** How each period's figure compares with `value`. */
  comparator: ThresholdComparator;
  /** The level to keep. */
  value: DecimalString;
}

/**
 * The condition each unit of a share target must meet: its own figure of `indicator`
 * compared with `value` (doctors at the station `>=` 4).
 *
 * @category Model
 * @example
 * ```ts
 * import type { UnitCondition } from 'chitieu';
 *
 * const condition: UnitCondition = { indicator: 'station-doctors', comparator: '>=', value: '4' };
 * console.log(condition.comparator); // '>='
 * ```
 */
export interface UnitCondition {
  /** The indicator observed on each unit, e.g. `'station-doctors'`. */
  indicator: string;
  /** How a unit's value compares with `value`. */
  comparator: ThresholdComparator;
  /** The per-unit threshold. */
  value: DecimalString;
}

/**
 * A share of units that meet a condition (“100% Trạm y tế có tối thiểu 4 bác sĩ”).
 *
 * @category Model
 * @example
 * ```ts
 * import { ShareTargetSchema, type ShareTarget } from 'chitieu';
 *
 * const share: ShareTarget = ShareTargetSchema.parse({ kind: 'share', id: 's', indicator: 'stations-with-doctor', due: '2030-12-31', units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: 1 }, comparator: '>=', value: 100 });
 * console.log(share.condition.value); // '1'
 * ```
 */
export interface ShareTarget extends TargetFields {
  /** `'share'`. */
  kind: 'share';
  /** What the units are (“trạm y tế” / commune health stations). */
  units: BilingualTextInput;
  /** What each unit must satisfy. */
  condition: UnitCondition;
  /** How the share, in percent, compares with `value`. */
  comparator: ThresholdComparator;
  /** The share in percent (`'100'`). */
  value: DecimalString;
}

/**
 * A whole count to reach (“7 trạm y tế”).
 *
 * @category Model
 * @example
 * ```ts
 * import { CountTargetSchema, type CountTarget } from 'chitieu';
 *
 * const count: CountTarget = CountTargetSchema.parse({ kind: 'count', id: 'c', indicator: 'communes-meeting-criteria', comparator: '>=', value: 8, due: '2024-12-31' });
 * console.log(count.value); // '8'
 * ```
 */
export interface CountTarget extends TargetFields {
  /** `'count'`. */
  kind: 'count';
  /** What is counted. */
  units?: BilingualTextInput;
  /** How the count compares with `value`. */
  comparator: ThresholdComparator;
  /** A whole number. */
  value: DecimalString;
}

/**
 * A yes/no target (“không để dịch bệnh lớn xảy ra” is `expected: false`).
 *
 * @category Model
 * @example
 * ```ts
 * import { BooleanTargetSchema, type BooleanTarget } from 'chitieu';
 *
 * const target: BooleanTarget = BooleanTargetSchema.parse({ kind: 'boolean', id: 'b', indicator: 'major-epidemic', expected: false, due: '2026-12-31' });
 * console.log(target.expected); // false
 * ```
 */
export interface BooleanTarget extends TargetFields {
  /** `'boolean'`. */
  kind: 'boolean';
  /** The value the indicator must have. */
  expected: boolean;
}

/**
 * An aim a person must judge (“xây dựng nền y tế công bằng …”); evaluates to `needs-review`.
 *
 * @category Model
 * @example
 * ```ts
 * import { QualitativeTargetSchema, type QualitativeTarget } from 'chitieu';
 *
 * const aim: QualitativeTarget = QualitativeTargetSchema.parse({ kind: 'qualitative', id: 'q', indicator: 'vision-2045', due: '2045-12-31', text: { vi: 'Người dân có tuổi thọ trung bình đạt trên 80 tuổi' } });
 * console.log(aim.text.vi.length > 0); // true
 * ```
 */
export interface QualitativeTarget extends TargetFields {
  /** `'qualitative'`. */
  kind: 'qualitative';
  /** The aim, verbatim; required for this kind. */
  text: BilingualTextInput;
}

/**
 * A parsed target of any kind; narrow on `kind`.
 *
 * @category Model
 * @example
 * ```ts
 * import { TargetSchema, type Target } from 'chitieu';
 *
 * const target: Target = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: 49.2, due: '2026-12-31' });
 * console.log(target.kind === 'level' ? target.value : undefined); // '49.2'
 * ```
 */
export type Target = LevelTarget | ChangeTarget | MaintainTarget | ShareTarget | CountTarget | BooleanTarget | QualitativeTarget;

/**
 * The kinds of target.
 *
 * @category Model
 * @example
 * ```ts
 * import type { TargetKind } from 'chitieu';
 *
 * const kinds: TargetKind[] = ['level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'];
 * console.log(kinds.length); // 7
 * ```
 */
export type TargetKind = Target['kind'];

/**
 * An objective of a plan, general or specific, with its targets.
 *
 * @category Model
 * @example
 * ```ts
 * import { ObjectiveSchema, type Objective } from 'chitieu';
 *
 * const objective: Objective = ObjectiveSchema.parse({ id: 'o', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể năm 2026' } });
 * console.log(objective.vision); // false
 * ```
 */
export interface Objective {
  /** Unique within its plan. */
  id: string;
  /** `general` or `specific`. */
  kind: 'general' | 'specific';
  /** The year the objective looks to (1900–2200). */
  horizon: number;
  /** True for a long-term vision (“tầm nhìn”) rather than a plan-period objective; false by default. */
  vision: boolean;
  /** The objective's text, verbatim in `vi`. */
  text: BilingualTextInput;
  /** Its targets; a general objective may have none. */
  targets: Target[];
}

/**
 * An administrative area, or a unit inside one (a health station is a `facility`).
 *
 * @category Model
 * @example
 * ```ts
 * import type { Area } from 'chitieu';
 *
 * const station: Area = { id: 'cao-minh/tram-y-te', name: { vi: 'Trạm Y tế xã Cao Minh' }, level: 'facility', parent: 'cao-minh' };
 * console.log(station.parent); // 'cao-minh'
 * ```
 */
export interface Area {
  /** Stable id, e.g. `'vn-thai-nguyen/cao-minh'`. */
  id: string;
  /** Its name. */
  name: BilingualTextInput;
  /** Its level. */
  level: 'national' | 'province' | 'district' | 'commune' | 'village' | 'facility';
  /** The id of the area it belongs to. */
  parent?: string;
}

/**
 * A document a plan implements, named by its number and date.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ParentDocument } from 'chitieu';
 *
 * const parent: ParentDocument = { number: '29-KH/TU', date: '2025-12-11' };
 * console.log(parent.date); // '2025-12-11'
 * ```
 */
export interface ParentDocument {
  /** The document number, as printed: `'72-NQ/TW'`, `'282/NQ-CP'`. */
  number: string;
  /** Its date, possibly partial. */
  date?: PartialDate;
  /** Its title or a short description. */
  title?: BilingualTextInput;
  /** The body that issued it. */
  issuer?: BilingualTextInput;
}

/**
 * Who does what under a plan.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Responsibility } from 'chitieu';
 *
 * const duty: Responsibility = { body: { vi: 'Trạm Y tế xã' }, duties: [{ vi: 'Tổ chức khám sức khỏe định kỳ' }] };
 * console.log(duty.duties.length); // 1
 * ```
 */
export interface Responsibility {
  /** The responsible body (“Đảng ủy xã”, “Trạm Y tế xã”). */
  body: BilingualTextInput;
  /** What it must do, verbatim or abridged from the plan; empty by default. */
  duties: BilingualTextInput[];
}

/**
 * How often reports are due.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ReportingFrequency } from 'chitieu';
 *
 * const quarterly: ReportingFrequency = 'quarterly';
 * console.log(quarterly); // 'quarterly'
 * ```
 */
export type ReportingFrequency = 'monthly' | 'quarterly' | 'six-monthly' | 'yearly';

/**
 * Which shorter report a rule's report stands in for: `{ frequency: 'quarterly', period: 4 }`
 * on a yearly rule is the fourth quarter's report.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ReportingReplacement } from 'chitieu';
 *
 * const fourthQuarter: ReportingReplacement = { frequency: 'quarterly', period: 4 };
 * console.log(fourthQuarter.period); // 4
 * ```
 */
export interface ReportingReplacement {
  /** The frequency of the rule whose report is replaced, shorter than the replacing rule's. */
  frequency: ReportingFrequency;
  /** Which of those periods, counted from 1 within each period of the replacing rule. */
  period: number;
}

/**
 * A reporting rule: how often and by when the plan asks for reports.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ReportingRule } from 'chitieu';
 *
 * // Ninh Bình: the year-end report before 10 November, instead of the fourth quarter's
 * const yearly: ReportingRule = { frequency: 'yearly', month: 11, day: 10, before: true, replaces: { frequency: 'quarterly', period: 4 } };
 * console.log(yearly.day); // 10
 * ```
 */
export interface ReportingRule {
  /** The reporting period. */
  frequency: ReportingFrequency;
  /** Month of the deadline, counted within the period (1 = its first month; for a year, 11 is November). */
  month?: number;
  /** Day of that month. */
  day?: number;
  /** True when the report is due before that day (“trước ngày …”). */
  before?: boolean;
  /** The plan's sentence, verbatim. */
  text?: BilingualTextInput;
  /** The shorter report this one takes the place of (Ninh Bình: the fourth quarter's). */
  replaces?: ReportingReplacement;
}

/**
 * The body that issued a plan, and its level.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PlanIssuer } from 'chitieu';
 *
 * const issuer: PlanIssuer = { name: { vi: 'Ban Thường vụ Đảng ủy xã Cao Minh' }, level: 'commune' };
 * console.log(issuer.level); // 'commune'
 * ```
 */
export interface PlanIssuer {
  /** Its name. */
  name: BilingualTextInput;
  /** Its level. */
  level: 'central' | 'province' | 'district' | 'commune' | 'department';
}

/**
 * The years a plan covers, first and last (1900–2200).
 *
 * @category Model
 * @example
 * ```ts
 * import type { PlanPeriod } from 'chitieu';
 *
 * const period: PlanPeriod = { from: 2026, to: 2030 };
 * console.log(period.to - period.from + 1); // 5
 * ```
 */
export interface PlanPeriod {
  /** First year. */
  from: number;
  /** Last year, not before the first. */
  to: number;
}

/**
 * Where a plan's encoded text comes from, and notes on the encoding.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PlanSource } from 'chitieu';
 *
 * const source: PlanSource = { file: '000_fd165c55eb47a287.txt' };
 * console.log(source.file?.endsWith('.txt')); // true
 * ```
 */
export interface PlanSource {
  /** The file or publication the text was read from. */
  file?: string;
  /** Notes on the encoding. */
  note?: BilingualTextInput;
}

/**
 * A plan: a whole document, from a Politburo resolution to a commune's yearly plan.
 *
 * @category Model
 * @example
 * ```ts
 * import { parsePlan, type Plan } from 'chitieu';
 *
 * const plan: Plan = parsePlan({
 *   id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'UBND xã' }, level: 'commune' },
 *   area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'general', horizon: 2030, text: { vi: 'Mục tiêu chung' } }],
 * });
 * console.log(plan.objectives[0]?.vision); // false
 * ```
 */
export interface Plan {
  /** Stable id, e.g. `'cao-minh-2026'`. */
  id: string;
  /** The document number as printed (`'39-KH/ĐU'`); absent for an unnumbered draft. */
  number?: string;
  /** kế hoạch (`plan`), nghị quyết (`resolution`), chương trình hành động (`action-programme`), đề án (`scheme`), chỉ thị (`directive`). */
  kind: 'plan' | 'resolution' | 'action-programme' | 'scheme' | 'directive';
  /** The title, verbatim in `vi`. */
  title: BilingualTextInput;
  /** The issuing body and its level. */
  issuer: PlanIssuer;
  /** The area the plan covers. */
  area: Area;
  /** Date of issue: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when blank. */
  issued?: PartialDate;
  /** The date line as printed, verbatim (“Cao Minh, ngày    tháng    năm 2026”). */
  issuedText?: string;
  /** The years the plan covers. */
  period: PlanPeriod;
  /** The documents it implements; empty by default. */
  parents: ParentDocument[];
  /** Its objectives and their targets; at least one. */
  objectives: Objective[];
  /** Who is responsible for what; empty by default. */
  responsibilities: Responsibility[];
  /** The reporting rhythm; empty by default. */
  reporting: ReportingRule[];
  /** Where the encoded text comes from, and editorial notes. */
  source?: PlanSource;
}

/**
 * `'flow'` (counted over a period: visits, births) or `'stock'` (a state at a date:
 * coverage, doctors per 10,000).
 *
 * @category Model
 * @example
 * ```ts
 * import type { IndicatorNature } from 'chitieu';
 *
 * const births: IndicatorNature = 'flow';
 * console.log(births); // 'flow'
 * ```
 */
export type IndicatorNature = 'flow' | 'stock';

/**
 * A reference to an official definition of an indicator.
 *
 * @category Model
 * @example
 * ```ts
 * import type { IndicatorReference } from 'chitieu';
 *
 * const who: IndicatorReference = { system: 'who-gho', code: 'HWF_0001', title: 'Medical doctors (per 10 000 population)' };
 * console.log(who.system); // 'who-gho'
 * ```
 */
export interface IndicatorReference {
  /**
   * Which system the reference belongs to: the Ministry of Health's list (`moh-vn`), WHO's
   * Global Health Observatory (`who-gho`), the SDG framework (`sdg`), the General Statistics
   * Office (`gso-vn`), a law or decision (`legal`), or another source (`other`).
   */
  system: 'moh-vn' | 'who-gho' | 'sdg' | 'gso-vn' | 'legal' | 'other';
  /** The code in that system (`'3.8.1'`, `'HWF_0001'`), where there is one. */
  code?: string;
  /** The title of the source or entry, as the source words it. */
  title: string;
  /** Where to read it. */
  url?: string;
  /** How the reference relates (“same definition”, “nearest official definition”). */
  note?: string;
}

/**
 * The band an indicator's value normally falls in (the sex ratio at birth: about 104–107).
 *
 * @category Model
 * @example
 * ```ts
 * import type { ReferenceRange } from 'chitieu';
 *
 * const natural: ReferenceRange = { lower: '104', upper: '107' };
 * console.log(natural.upper); // '107'
 * ```
 */
export interface ReferenceRange {
  /** The lowest value of the band, inclusive. */
  lower: DecimalString;
  /** The highest value of the band, inclusive; not below `lower`. */
  upper: DecimalString;
  /** What the band is and where it comes from, in both languages. */
  note?: BilingualText;
}

/**
 * An indicator: what a target measures, how it is published, and where it is defined.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseIndicator, type Indicator } from 'chitieu';
 *
 * const stunting: Indicator = parseIndicator({
 *   id: 'stunting-under-5', name: { vi: 'Tỷ lệ suy dinh dưỡng thể thấp còi', en: 'Stunting, under 5' }, measure: 'percent',
 *   unit: { vi: '%', en: '%' }, multiplier: 100, polarity: 'lower-is-better', decimals: 1,
 * });
 * console.log(stunting.polarity); // 'lower-is-better'
 * ```
 */
export interface Indicator {
  /** Stable id, kebab-case: `'doctors-per-10k'`. */
  id: string;
  /** Names in Vietnamese and English. */
  name: BilingualText;
  /** How values arise. */
  measure: 'rate' | 'percent' | 'ratio' | 'mean' | 'count' | 'boolean' | 'qualitative';
  /** Unit label (“bác sĩ/vạn dân” / “doctors per 10,000 population”, “%”, “năm” / “years”). */
  unit: BilingualText;
  /** The factor of `rate`, `percent` and `ratio` indicators: 100, 1 000, 10 000 or 100 000. */
  multiplier?: 100 | 1000 | 10000 | 100000;
  /** Which direction is better, or `band` for a value that should stay within a range. */
  polarity: 'higher-is-better' | 'lower-is-better' | 'band';
  /** Decimal places (0–20) the figure is published with. */
  decimals: number;
  /** What is counted above the line. */
  numerator?: BilingualText;
  /** What it is counted against (e.g. mid-year population). */
  denominator?: BilingualText;
  /** Official definitions, where they exist; empty by default. */
  references: IndicatorReference[];
  /** Where no official definition could be found, or how this one departs from it. */
  definitionNote?: BilingualText;
  /**
   * `flow` (counted over a period) or `stock` (a state at a date). Absent: the evaluation
   * treats the indicator as a flow, the stricter reading.
   */
  nature?: IndicatorNature;
  /** The band the value normally falls in (sex ratio at birth: about 104–107). */
  referenceRange?: ReferenceRange;
  /** The id of the indicator this one is a named variant of, e.g. `'beds-per-10k'`. */
  variantOf?: string;
}

/**
 * Which population a figure's denominator counts: at the same date as the numerator
 * (`same-date`), on 1 July (`mid-year`), or at the start or end of the year.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PopulationBasis } from 'chitieu';
 *
 * const basis: PopulationBasis = 'same-date';
 * console.log(basis); // 'same-date'
 * ```
 */
export type PopulationBasis = 'same-date' | 'mid-year' | 'start-of-year' | 'end-of-year';

/**
 * An observed value of an indicator for an area and a period: a value, or a numerator and a
 * denominator.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseObservation, type Observation } from 'chitieu';
 *
 * const observation: Observation = parseObservation({ indicator: 'major-epidemic', area: 'ninh-binh', period: '2026', value: false });
 * console.log(observation.value); // false
 * ```
 */
export interface Observation {
  /** Indicator id. */
  indicator: string;
  /** Area id. */
  area: string;
  /** `'2026'`, `'2026-Q2'`, `'2026-H1'`, `'2026-06'`, `'2026-06-15'` or `'2021-2025'`. */
  period: Period;
  /** The value, when given directly: a decimal, or yes/no for a boolean indicator. */
  value?: DecimalString | boolean;
  /** The numerator, when the value is a ratio of counts. */
  numerator?: DecimalString;
  /** The denominator, when the value is a ratio of counts. */
  denominator?: DecimalString;
  /** The multiplier (100, 10 000 …) of a numerator/denominator pair. */
  per?: DecimalString;
  /** Which population the denominator counts; only with numerator and denominator. */
  populationBasis?: PopulationBasis;
  /** The area this unit belongs to, for share-of-units targets. */
  parent?: string;
  /** The lower limit of a published interval (a survey estimate), with `value` and `upper`. */
  lower?: DecimalString;
  /** The upper limit of a published interval, with `value` and `lower`. */
  upper?: DecimalString;
  /** The confidence level of the published interval, strictly between 0 and 1 (0.95 for “95% CI”). */
  level?: number;
  /** Where the figure comes from. */
  source?: BilingualTextInput;
  /** True when the figure is made up for illustration. */
  illustrative?: boolean;
}

/**
 * The sex and age group a population count is of.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PopulationGroup } from 'chitieu';
 *
 * const girlsUnderFive: PopulationGroup = { sex: 'female', ageFrom: 0, ageTo: 4 };
 * console.log(girlsUnderFive.ageTo); // 4
 * ```
 */
export interface PopulationGroup {
  /** `male`, `female` or `all` (the default). */
  sex: 'male' | 'female' | 'all';
  /** First year of age included. */
  ageFrom?: number;
  /** Last year of age included. */
  ageTo?: number;
}

/**
 * A population count of an area on a date.
 *
 * @category Model
 * @example
 * ```ts
 * import { parsePopulation, type Population } from 'chitieu';
 *
 * const underOne: Population = parsePopulation({ area: 'ninh-binh', date: '2026-07-01', count: '31250', subpopulation: 'under-1' });
 * console.log(underOne.subpopulation); // 'under-1'
 * ```
 */
export interface Population {
  /** Area id. */
  area: string;
  /** The date the count refers to (a census day, 1 July for a mid-year estimate). */
  date: IsoDate;
  /** The number of people, not negative. */
  count: DecimalString;
  /** A sex and age group, where the count is of one. */
  group?: PopulationGroup;
  /** A named subpopulation. */
  subpopulation?: string;
  /** Where the count comes from. */
  source?: BilingualTextInput;
}
