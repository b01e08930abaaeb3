/**
 * Targets: every shape the source plans use.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  BilingualTextSchema,
  ComparatorSchema,
  DecimalStringSchema,
  IsoDateSchema,
  PeriodSchema,
  ThresholdComparatorSchema,
} from './primitives.js';
import { decimalBelow } from './decimalBelow.js';
import { isIsoDate } from './isIsoDate.js';
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
 * @category Model
 * @example
 * ```ts
 * import { BaselineSchema } from 'chitieu';
 *
 * // Thống Nhất, appendix row 3: life expectancy 76 in 2021–2025
 * console.log(BaselineSchema.parse({ value: 76, period: '2021-2025' }).value); // '76'
 * ```
 */
export const BaselineSchema = z.strictObject({
  value: z.optional(DecimalStringSchema),
  period: PeriodSchema,
  comparator: z.optional(ThresholdComparatorSchema),
});

/** Fields every target has, whatever its shape. */
const targetBase = {
  id: z.string().check(z.minLength(1)),
  indicator: z.string().check(z.minLength(1)),
  due: IsoDateSchema,
  text: z.optional(BilingualTextSchema),
  scope: z.optional(BilingualTextSchema),
  area: z.optional(z.string().check(z.minLength(1))),
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(20))),
  baseline: z.optional(BaselineSchema),
  aspirational: z.optional(z.boolean()),
  note: z.optional(BilingualTextSchema),
  from: z.optional(IsoDateSchema),
  milestoneOf: z.optional(z.string().check(z.minLength(1))),
  governedBy: z.optional(z.string().check(z.minLength(1))),
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
 * @category Model
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
  kind: z._default(z.literal('level'), 'level'),
  ...targetBase,
  comparator: ComparatorSchema,
  value: DecimalStringSchema,
  upper: z.optional(DecimalStringSchema),
  aim: z.optional(DecimalStringSchema),
});

/**
 * A change from a baseline: “tăng ít nhất 1,5 cm” is `change: 'absolute'`, `comparator: '>='`,
 * `value: '1.5'`. `change` says what kind of change the plan means: `absolute` (in the
 * indicator's unit), `relative` (percent of the baseline), `points` (percentage points), or
 * `unspecified` when the plan leaves it open (“tăng thêm 10%”): such a target is never
 * guessed; it evaluates to `needs-review`. `value` is signed: a decrease of 2 points is
 * `comparator: '<='`, `value: '-2'`. A baseline is required.
 *
 * @category Model
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
  kind: z.literal('change'),
  ...targetBase,
  change: z.enum(['absolute', 'relative', 'points', 'unspecified']),
  comparator: ThresholdComparatorSchema,
  value: DecimalStringSchema,
});

/**
 * Keep a level throughout a period (“duy trì 100% …”): every observation from `from` (or
 * the baseline period) to the due date must hold.
 *
 * @category Model
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
  kind: z.literal('maintain'),
  ...targetBase,
  comparator: ThresholdComparatorSchema,
  value: DecimalStringSchema,
});

/**
 * The per-unit condition of a share target: each unit (a station) meets it when its own
 * observation of `indicator` compares with `value` (doctors at the station `>=` 4).
 *
 * @category Model
 * @example
 * ```ts
 * import { UnitConditionSchema } from 'chitieu';
 *
 * console.log(UnitConditionSchema.parse({ indicator: 'station-doctors', comparator: '>=', value: 4 }).value); // '4'
 * ```
 */
export const UnitConditionSchema = z.strictObject({
  indicator: z.string().check(z.minLength(1)),
  comparator: ThresholdComparatorSchema,
  value: DecimalStringSchema,
});

/**
 * A share of units that meet a condition: “100% Trạm y tế có tối thiểu 4 bác sĩ” is a share
 * of stations (`units`) with `condition` doctors `>=` 4, and the share `>=` 100 (percent).
 *
 * @category Model
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
  kind: z.literal('share'),
  ...targetBase,
  units: BilingualTextSchema,
  condition: UnitConditionSchema,
  comparator: ThresholdComparatorSchema,
  value: DecimalStringSchema,
});

/**
 * A whole count to reach: “7 trạm y tế” treating insured patients in 2024.
 *
 * @category Model
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
  kind: z.literal('count'),
  ...targetBase,
  units: z.optional(BilingualTextSchema),
  comparator: ThresholdComparatorSchema,
  value: DecimalStringSchema.check(z.refine((text: string) => /^\+?\d+$/.test(text), check(WHOLE_COUNT))),
});

/**
 * A yes/no target: “không để dịch bệnh lớn xảy ra” is `expected: false` for a major epidemic.
 *
 * @category Model
 * @example
 * ```ts
 * import { TargetSchema } from 'chitieu';
 *
 * const noEpidemic = TargetSchema.parse({ kind: 'boolean', id: 'no-epidemic', indicator: 'major-epidemic', expected: false, due: '2026-12-31' });
 * console.log(noEpidemic.kind === 'boolean' && noEpidemic.expected); // false
 * ```
 */
export const BooleanTargetSchema = z.strictObject({
  kind: z.literal('boolean'),
  ...targetBase,
  expected: z.boolean(),
});

/**
 * An aim a person must judge (“xây dựng nền y tế công bằng …”); evaluates to `needs-review`.
 *
 * @category Model
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
  kind: z.literal('qualitative'),
  ...targetBase,
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
 * @category Model
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
export const TargetSchema = TargetUnion.check(z.superRefine((target, ctx) => {
  // Stryker disable next-line ConditionalExpression: only a level target may have upper or aim (the other kinds' strict objects refuse them), and no other comparator is between; the test narrows the type
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
  // (no from is never after the due date; nor is a date that failed its own check)
  // Stryker disable next-line StringLiteral: any text that is not a date stands for no from alike
  const from = target.from ?? '';
  if (isIsoDate(from) && isIsoDate(target.due) && from > target.due) {
    addRuleIssue(ctx, ['from'], FROM_AFTER_DUE, { from, due: target.due });
  }
}));

/**
 * A target as written in JSON, before defaults and normalisation (`kind` optional for a
 * level, numbers allowed where decimal strings are stored).
 *
 * @category Model
 * @example
 * ```ts
 * import { TargetSchema, type TargetInput } from 'chitieu';
 *
 * const input: TargetInput = { id: 'beds', indicator: 'beds-per-10k', comparator: '>=', value: 49.2, due: '2026-12-31' };
 * console.log(TargetSchema.parse(input).kind); // 'level'
 * ```
 */
export type TargetInput = z.input<typeof TargetSchema>;

export type { Baseline, BooleanTarget, ChangeTarget, CountTarget, LevelTarget, MaintainTarget, QualitativeTarget, ShareTarget, Target, TargetFields, TargetKind, UnitCondition } from './types.js';
