/**
 * Targets: every shape the source plans use.
 *
 * @module
 */
import * as z from 'zod';
import {
  BilingualTextSchema,
  ComparatorSchema,
  DecimalStringSchema,
  IsoDateSchema,
  PeriodSchema,
  ThresholdComparatorSchema,
} from './primitives.js';
import { decimalBelow } from './decimalBelow.js';
import {
  addRuleIssue,
  AIM_BELOW_VALUE,
  AIM_WITHOUT_FLOOR,
  CHANGE_WITHOUT_BASELINE,
  check,
  FROM_AFTER_DUE,
  RANGE_REVERSED,
  RANGE_WITHOUT_UPPER,
  UPPER_WITHOUT_RANGE,
  WHOLE_COUNT,
} from './messages/index.js';

/**
 * A baseline: the value an indicator had in a period, from which a change is measured or a
 * projection starts. `value` may be absent when the plan names the period but not the figure
 * (then it is read from observations of that period).
 *
 * @example
 * ```ts
 * import { BaselineSchema } from 'chitieu';
 *
 * // Thống Nhất, appendix row 3: life expectancy 76 in 2021–2025
 * console.log(BaselineSchema.parse({ value: 76, period: '2021-2025' }).value); // '76'
 * ```
 */
export const BaselineSchema = z.strictObject({
  /** The baseline value, as a decimal string. */
  value: DecimalStringSchema.optional(),
  /** The period the baseline refers to, e.g. `'2025'` or `'2021-2025'`. */
  period: PeriodSchema,
  /**
   * Set when the plan gives the baseline only as a bound: Thống Nhất's appendix gives
   * essential immunization in 2021–2025 as `>98`, which is `{ comparator: '>', value: '98' }`.
   */
  comparator: ThresholdComparatorSchema.optional(),
});

/** Fields every target has, whatever its shape. */
const targetBase = {
  /** Unique within its plan, e.g. `'cao-minh-2026/beds'`. */
  id: z.string().min(1),
  /** Indicator id: a catalog id such as `'doctors-per-10k'`, or an app's own. */
  indicator: z.string().min(1),
  /** When the target falls due, as an ISO date (“đến hết năm 2026” is `'2026-12-31'`). */
  due: IsoDateSchema,
  /** The plan's sentence, verbatim in `vi`, with an English translation in `en`. */
  text: BilingualTextSchema.optional(),
  /** What the figure includes, where the plan says (“kể cả Bệnh viện Bạch Mai 2 …”). */
  scope: BilingualTextSchema.optional(),
  /** Area id the target is for; defaults to the plan's area. */
  area: z.string().min(1).optional(),
  /** Published precision: decimal places the figure is rounded to before comparing. */
  decimals: z.number().int().min(0).max(20).optional(),
  /** Where progress is measured from. */
  baseline: BaselineSchema.optional(),
  /** True for “phấn đấu” (strive for) targets: aspirational wording in the plan. */
  aspirational: z.boolean().optional(),
  /** An editor's note: an inconsistency in the source, an interpretation made. */
  note: BilingualTextSchema.optional(),
  /**
   * First day the target applies, for “từ năm 2026 …” (`'2026-01-01'`); for a `maintain`
   * target, the first day of the period the level must hold in. Not after `due`.
   */
  from: IsoDateSchema.optional(),
  /**
   * The id of a later target in the same plan that this one is a milestone towards: the
   * district plan's “năm 2024 có 07 Trạm Y tế” is a milestone of “đến năm 2025 có 100%
   * Trạm Y tế xã …”. Each milestone is a target in its own right and is evaluated as one.
   */
  milestoneOf: z.string().min(1).optional(),
  /**
   * Where the plan contradicts itself, the id of the target of the same plan that governs
   * this one: Thống Nhất's appendix gives life expectancy 76,5 where its objectives give
   * 77,67, and the objectives govern. A governed target is not judged on its own (the
   * engine reports it as `needs-review`, naming the governing target). The governing
   * target must be another target of the plan and must not itself be governed.
   */
  governedBy: z.string().min(1).optional(),
};

/**
 * A level to reach: `value` with a comparator (`>=` 17.5 doctors per 10 000, `>` 95%
 * coverage, `<` 15.5% stunting), or a range with `comparator: 'between'` and `upper`
 * (bounds inclusive). `kind` may be omitted: a target without one is a level.
 *
 * `aim` records a higher figure the plan aspires to beyond a floor: Thống Nhất's “ít nhất
 * từ 4 - 5 bác sĩ” is `comparator: '>='`, `value: '4'`, `aim: '5'`, so a station with 4
 * doctors, or 6, meets it. The target is judged against `value` alone; `aim` is only
 * reported. It is allowed only with `>` or `>=` (`AIM_WITHOUT_FLOOR`) and must not be below
 * `value` (`AIM_BELOW_VALUE`).
 *
 * @example
 * ```ts
 * import { LevelTargetSchema } from 'chitieu';
 *
 * // Cao Minh 2.2: “Đến hết năm 2026, số bác sĩ/vạn dân: 17,5.”
 * const doctors = LevelTargetSchema.parse({ id: 'doctors', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' });
 * console.log(doctors.kind); // 'level'
 * // Thống Nhất: “đến năm 2027 có ít nhất từ 4 - 5 bác sĩ”
 * const station = LevelTargetSchema.parse({ id: 'bs', indicator: 'station-doctors', comparator: '>=', value: 4, aim: 5, due: '2027-12-31' });
 * console.log([station.value, station.aim]); // [ '4', '5' ]
 * ```
 */
export const LevelTargetSchema = z.strictObject({
  /** `'level'`; optional in input. */
  kind: z.literal('level').default('level'),
  ...targetBase,
  /** `>`, `>=`, `<`, `<=`, `=`, or `between`. */
  comparator: ComparatorSchema,
  /** The threshold (the lower bound of a range). */
  value: DecimalStringSchema,
  /** The upper bound of a `between` range; only with `between`. */
  upper: DecimalStringSchema.optional(),
  /**
   * A higher figure the plan aspires to beyond the floor `value` (“ít nhất từ 4 - 5”: value
   * 4, aim 5); only with `>` or `>=`, not below `value`. Reported, never judged.
   */
  aim: DecimalStringSchema.optional(),
});

/**
 * A change from a baseline: “tăng ít nhất 1,5 cm” is `change: 'absolute'`, `comparator: '>='`,
 * `value: '1.5'`. `change` says what kind of change the plan means: `absolute` (in the
 * indicator's unit), `relative` (percent of the baseline), `points` (percentage points), or
 * `unspecified` when the plan leaves it open (“tăng thêm 10%”): such a target is never
 * guessed; it evaluates to `needs-review`. `value` is signed: a decrease of 2 points is
 * `comparator: '<='`, `value: '-2'`. A baseline is required.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * // Xuân Hưng: “… thường xuyên tham gia các hoạt động thể chất tăng thêm 10%.”
 * const active = TargetSchema.parse({ kind: 'change', id: 'active', indicator: 'physically-active', change: 'unspecified', comparator: '>=', value: '10', due: '2030-12-31', baseline: { period: '2025' } });
 * console.log(active.kind === 'change' && active.change); // 'unspecified'
 * ```
 */
export const ChangeTargetSchema = z.strictObject({
  /** `'change'`. */
  kind: z.literal('change'),
  ...targetBase,
  /** `absolute`, `relative` (percent), `points` (percentage points) or `unspecified`. */
  change: z.enum(['absolute', 'relative', 'points', 'unspecified']),
  /** How the achieved change compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** The signed amount of change. */
  value: DecimalStringSchema,
});

/**
 * Keep a level throughout a period (“duy trì 100% …”): every observation from `from` (or
 * the baseline period) to the due date must hold.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * // District plan 141-KH/HU: “Duy trì 100% xã đạt Tiêu chí quốc gia về Y tế.”
 * const kept = TargetSchema.parse({ kind: 'maintain', id: 'criteria', indicator: 'communes-meeting-criteria', comparator: '>=', value: '100', due: '2030-12-31' });
 * console.log(kept.kind); // 'maintain'
 * ```
 */
export const MaintainTargetSchema = z.strictObject({
  /** `'maintain'`. */
  kind: z.literal('maintain'),
  ...targetBase,
  /** How each observation compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** The level to keep. */
  value: DecimalStringSchema,
});

/**
 * The per-unit condition of a share target: each unit (a station) meets it when its own
 * observation of `indicator` compares with `value` (doctors at the station `>=` 4).
 *
 * @example
 * ```ts
 * import { UnitConditionSchema } from 'chitieu';
 *
 * console.log(UnitConditionSchema.parse({ indicator: 'station-doctors', comparator: '>=', value: 4 }).value); // '4'
 * ```
 */
export const UnitConditionSchema = z.strictObject({
  /** The indicator observed on each unit, e.g. `'station-doctors'`. */
  indicator: z.string().min(1),
  /** How a unit's value compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** The per-unit threshold. */
  value: DecimalStringSchema,
});

/**
 * A share of units that meet a condition: “100% Trạm y tế có tối thiểu 4 bác sĩ” is a share
 * of stations (`units`) with `condition` doctors `>=` 4, and the share `>=` 100 (percent).
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * const share = TargetSchema.parse({
 *   kind: 'share', id: 'four-doctors', indicator: 'stations-with-4-doctors', due: '2026-12-31',
 *   units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: '4' },
 *   comparator: '>=', value: '100',
 * });
 * console.log(share.kind); // 'share'
 * ```
 */
export const ShareTargetSchema = z.strictObject({
  /** `'share'`. */
  kind: z.literal('share'),
  ...targetBase,
  /** What the units are (“trạm y tế” / commune health stations). */
  units: BilingualTextSchema,
  /** What each unit must satisfy. */
  condition: UnitConditionSchema,
  /** How the share (in percent) compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** The share in percent (`'100'`). */
  value: DecimalStringSchema,
});

/**
 * A whole count to reach: “7 trạm y tế” treating insured patients in 2024.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * const seven = TargetSchema.parse({ kind: 'count', id: 'stations-2024', indicator: 'stations-treating-insured', comparator: '>=', value: '7', due: '2024-12-31' });
 * console.log(seven.kind === 'count' && seven.value); // '7'
 * console.log(TargetSchema.safeParse({ ...seven, value: '7.5' }).success); // false
 * ```
 */
export const CountTargetSchema = z.strictObject({
  /** `'count'`. */
  kind: z.literal('count'),
  ...targetBase,
  /** What is counted. */
  units: BilingualTextSchema.optional(),
  /** How the count compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** A whole number. */
  value: DecimalStringSchema.refine((text) => /^\+?\d+$/.test(text), check(WHOLE_COUNT)),
});

/**
 * A yes/no target: “không để dịch bệnh lớn xảy ra” is `expected: false` for a major epidemic.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * const noEpidemic = TargetSchema.parse({ kind: 'boolean', id: 'no-epidemic', indicator: 'major-epidemic', expected: false, due: '2026-12-31' });
 * console.log(noEpidemic.kind === 'boolean' && noEpidemic.expected); // false
 * ```
 */
export const BooleanTargetSchema = z.strictObject({
  /** `'boolean'`. */
  kind: z.literal('boolean'),
  ...targetBase,
  /** The value the indicator must have. */
  expected: z.boolean(),
});

/**
 * An aim a person must judge (“xây dựng nền y tế công bằng …”); evaluates to `needs-review`.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * const aim = TargetSchema.parse({ kind: 'qualitative', id: 'vision', indicator: 'health-system', due: '2045-12-31', text: { vi: 'Hệ thống y tế hiện đại, công bằng, hiệu quả, bền vững' } });
 * console.log(aim.kind); // 'qualitative'
 * console.log(TargetSchema.safeParse({ ...aim, text: undefined }).success); // false
 * ```
 */
export const QualitativeTargetSchema = z.strictObject({
  /** `'qualitative'`. */
  kind: z.literal('qualitative'),
  ...targetBase,
  /** The aim, verbatim; required for this kind. */
  text: BilingualTextSchema,
});

const TargetUnion = z.discriminatedUnion('kind', [
  LevelTargetSchema,
  ChangeTargetSchema,
  MaintainTargetSchema,
  ShareTargetSchema,
  CountTargetSchema,
  BooleanTargetSchema,
  QualitativeTargetSchema,
]);

/**
 * Any target. Beyond the shape of each kind it checks: `between` has an `upper` not below
 * `value` (`RANGE_WITHOUT_UPPER`, `RANGE_REVERSED`), `upper` only with `between`
 * (`UPPER_WITHOUT_RANGE`), a level's `aim` only with `>` or `>=` (`AIM_WITHOUT_FLOOR`) and
 * not below `value` (`AIM_BELOW_VALUE`), a change has a baseline
 * (`CHANGE_WITHOUT_BASELINE`), and `from` is not after `due` (`FROM_AFTER_DUE`). Whether
 * `governedBy` and `milestoneOf` name targets of the plan is checked by `PlanSchema`. Those rule codes are in each issue's
 * `params.code`, with the Vietnamese message in `params.vi`; {@link parseTarget} turns them
 * into a bilingual `SCHEMA` error.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * // Cao Minh 2.4: “… tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.”
 * const coverage = TargetSchema.parse({ id: 'bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' });
 * console.log(coverage.kind); // 'level'
 * const range = TargetSchema.safeParse({ id: 'bs', indicator: 'station-doctors', comparator: 'between', value: '4', due: '2027-12-31' });
 * console.log(range.error?.issues[0]?.params?.code); // 'RANGE_WITHOUT_UPPER'
 * ```
 */
export const TargetSchema = TargetUnion.superRefine((target, ctx) => {
  if (target.kind === 'level') {
    if (target.comparator === 'between') {
      if (target.upper === undefined) {
        addRuleIssue(ctx, ['upper'], RANGE_WITHOUT_UPPER, undefined);
      } else if (decimalBelow(target.upper, target.value)) {
        addRuleIssue(ctx, ['upper'], RANGE_REVERSED, { upper: target.upper, value: target.value });
      }
    } else if (target.upper !== undefined) {
      addRuleIssue(ctx, ['upper'], UPPER_WITHOUT_RANGE, { comparator: target.comparator });
    }
    if (target.aim !== undefined) {
      if (target.comparator !== '>' && target.comparator !== '>=') {
        addRuleIssue(ctx, ['aim'], AIM_WITHOUT_FLOOR, { comparator: target.comparator });
      } else if (decimalBelow(target.aim, target.value)) {
        addRuleIssue(ctx, ['aim'], AIM_BELOW_VALUE, { aim: target.aim, value: target.value });
      }
    }
  }
  if (target.kind === 'change' && target.baseline === undefined) {
    addRuleIssue(ctx, ['baseline'], CHANGE_WITHOUT_BASELINE, undefined);
  }
  if (target.from !== undefined && target.from > target.due) {
    addRuleIssue(ctx, ['from'], FROM_AFTER_DUE, { from: target.from, due: target.due });
  }
});

/**
 * A parsed target of any kind; narrow on `kind`.
 *
 * @example
 * ```ts
 * import { TargetSchema, type Target } from 'chitieu';
 *
 * const target: Target = TargetSchema.parse({ id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: 49.2, due: '2026-12-31' });
 * console.log(target.kind === 'level' ? target.value : undefined); // '49.2'
 * ```
 */
export type Target = z.infer<typeof TargetSchema>;
/**
 * A target as written in JSON, before defaults and normalisation (`kind` optional for a
 * level, numbers allowed where decimal strings are stored).
 *
 * @example
 * ```ts
 * import { TargetSchema, type TargetInput } from 'chitieu';
 *
 * const input: TargetInput = { id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: 49.2, due: '2026-12-31' };
 * console.log(TargetSchema.parse(input).kind); // 'level'
 * ```
 */
export type TargetInput = z.input<typeof TargetSchema>;
/**
 * A parsed level (or range) target.
 *
 * @example
 * ```ts
 * import { LevelTargetSchema, type LevelTarget } from 'chitieu';
 *
 * // a band, bounds included: the sex ratio at birth between 104 and 107
 * const range: LevelTarget = LevelTargetSchema.parse({ id: 'srb', indicator: 'sex-ratio-at-birth', comparator: 'between', value: 104, upper: 107, due: '2030-12-31' });
 * console.log(range.upper); // '107'
 * ```
 */
export type LevelTarget = z.infer<typeof LevelTargetSchema>;
/**
 * A parsed change target.
 *
 * @example
 * ```ts
 * import { ChangeTargetSchema, type ChangeTarget } from 'chitieu';
 *
 * // Thống Nhất: “tăng chiều cao trung bình … thêm tối thiểu 1,5cm”
 * const taller: ChangeTarget = ChangeTargetSchema.parse({ kind: 'change', id: 'height', indicator: 'mean-height-1-18', change: 'absolute', comparator: '>=', value: '1.5', due: '2030-12-31', baseline: { period: '2025' } });
 * console.log(taller.change); // 'absolute'
 * ```
 */
export type ChangeTarget = z.infer<typeof ChangeTargetSchema>;
/**
 * A parsed maintain target.
 *
 * @example
 * ```ts
 * import { MaintainTargetSchema, type MaintainTarget } from 'chitieu';
 *
 * const kept: MaintainTarget = MaintainTargetSchema.parse({ kind: 'maintain', id: 'm', indicator: 'stations-treating-insured-share', comparator: '>=', value: '100', from: '2026-01-01', due: '2030-12-31' });
 * console.log(kept.from); // '2026-01-01'
 * ```
 */
export type MaintainTarget = z.infer<typeof MaintainTargetSchema>;
/**
 * A parsed share-of-units target.
 *
 * @example
 * ```ts
 * import { ShareTargetSchema, type ShareTarget } from 'chitieu';
 *
 * const share: ShareTarget = ShareTargetSchema.parse({ kind: 'share', id: 's', indicator: 'stations-with-doctor', due: '2030-12-31', units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: 1 }, comparator: '>=', value: 100 });
 * console.log(share.condition.value); // '1'
 * ```
 */
export type ShareTarget = z.infer<typeof ShareTargetSchema>;
/**
 * A parsed count target.
 *
 * @example
 * ```ts
 * import { CountTargetSchema, type CountTarget } from 'chitieu';
 *
 * const count: CountTarget = CountTargetSchema.parse({ kind: 'count', id: 'c', indicator: 'communes-meeting-criteria', comparator: '>=', value: 8, due: '2024-12-31' });
 * console.log(count.value); // '8'
 * ```
 */
export type CountTarget = z.infer<typeof CountTargetSchema>;
/**
 * A parsed yes/no target.
 *
 * @example
 * ```ts
 * import { BooleanTargetSchema, type BooleanTarget } from 'chitieu';
 *
 * const target: BooleanTarget = BooleanTargetSchema.parse({ kind: 'boolean', id: 'b', indicator: 'major-epidemic', expected: false, due: '2026-12-31' });
 * console.log(target.expected); // false
 * ```
 */
export type BooleanTarget = z.infer<typeof BooleanTargetSchema>;
/**
 * A parsed qualitative target.
 *
 * @example
 * ```ts
 * import { QualitativeTargetSchema, type QualitativeTarget } from 'chitieu';
 *
 * const aim: QualitativeTarget = QualitativeTargetSchema.parse({ kind: 'qualitative', id: 'q', indicator: 'vision-2045', due: '2045-12-31', text: { vi: 'Người dân có tuổi thọ trung bình đạt trên 80 tuổi' } });
 * console.log(aim.text.vi.length > 0); // true
 * ```
 */
export type QualitativeTarget = z.infer<typeof QualitativeTargetSchema>;
/**
 * A parsed baseline.
 *
 * @example
 * ```ts
 * import { BaselineSchema, type Baseline } from 'chitieu';
 *
 * // Thống Nhất appendix row 4: “>98” in 2021–2025
 * const baseline: Baseline = BaselineSchema.parse({ comparator: '>', value: '98', period: '2021-2025' });
 * console.log(baseline.comparator); // '>'
 * ```
 */
export type Baseline = z.infer<typeof BaselineSchema>;
/**
 * A per-unit condition of a share target.
 *
 * @example
 * ```ts
 * import type { UnitCondition } from 'chitieu';
 *
 * const condition: UnitCondition = { indicator: 'station-doctors', comparator: '>=', value: '4' };
 * console.log(condition.comparator); // '>='
 * ```
 */
export type UnitCondition = z.infer<typeof UnitConditionSchema>;
/**
 * The kinds of target.
 *
 * @example
 * ```ts
 * import type { TargetKind } from 'chitieu';
 *
 * const kinds: TargetKind[] = ['level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'];
 * console.log(kinds.length); // 7
 * ```
 */
export type TargetKind = Target['kind'];
