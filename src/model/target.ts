/**
 * Targets: every shape the source plans use.
 *
 * @module
 */
import { z } from 'zod';
import {
  BilingualTextSchema,
  ComparatorSchema,
  DecimalStringSchema,
  IsoDateSchema,
  PeriodSchema,
  ThresholdComparatorSchema,
} from './primitives.js';
import { Decimal } from '../numeric/decimal.js';

/**
 * A baseline: the value an indicator had in a period, from which a change is measured or a
 * projection starts. `value` may be absent when the plan names the period but not the figure
 * (then it is read from observations of that period).
 */
export const BaselineSchema = z.object({
  /** The baseline value, as a decimal string. */
  value: DecimalStringSchema.optional(),
  /** The period the baseline refers to, e.g. `'2025'` or `'2021-2025'`. */
  period: PeriodSchema,
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
};

/**
 * A level to reach: `value` with a comparator (`>=` 17.5 doctors per 10 000, `>` 95%
 * coverage, `<` 15.5% stunting), or a range with `comparator: 'between'` and `upper`
 * (4–5 doctors, bounds inclusive). `kind` may be omitted: a target without one is a level.
 */
export const LevelTargetSchema = z.object({
  /** `'level'`; optional in input. */
  kind: z.literal('level').default('level'),
  ...targetBase,
  /** `>`, `>=`, `<`, `<=`, `=`, or `between`. */
  comparator: ComparatorSchema,
  /** The threshold (the lower bound of a range). */
  value: DecimalStringSchema,
  /** The upper bound of a `between` range; only with `between`. */
  upper: DecimalStringSchema.optional(),
});

/**
 * A change from a baseline: “tăng ít nhất 1,5 cm” is `change: 'absolute'`, `comparator: '>='`,
 * `value: '1.5'`. `change` says what kind of change the plan means: `absolute` (in the
 * indicator's unit), `relative` (percent of the baseline), `points` (percentage points), or
 * `unspecified` when the plan leaves it open (“tăng thêm 10%”): such a target is never
 * guessed; it evaluates to `needs-review`. `value` is signed: a decrease of 2 points is
 * `comparator: '<='`, `value: '-2'`. A baseline is required.
 */
export const ChangeTargetSchema = z.object({
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
 */
export const MaintainTargetSchema = z.object({
  /** `'maintain'`. */
  kind: z.literal('maintain'),
  ...targetBase,
  /** How each observation compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** The level to keep. */
  value: DecimalStringSchema,
  /** First day of the period the level must hold in. */
  from: IsoDateSchema.optional(),
});

/**
 * The per-unit condition of a share target: each unit (a station) meets it when its own
 * observation of `indicator` compares with `value` (doctors at the station `>=` 4).
 */
export const UnitConditionSchema = z.object({
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
 */
export const ShareTargetSchema = z.object({
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

/** A whole count to reach: “7 trạm y tế” treating insured patients in 2024. */
export const CountTargetSchema = z.object({
  /** `'count'`. */
  kind: z.literal('count'),
  ...targetBase,
  /** What is counted. */
  units: BilingualTextSchema.optional(),
  /** How the count compares with `value`. */
  comparator: ThresholdComparatorSchema,
  /** A whole number. */
  value: DecimalStringSchema.refine((text) => /^\+?\d+$/.test(text), { message: 'expected a whole count' }),
});

/** A yes/no target: “không để dịch bệnh lớn xảy ra” is `expected: false` for a major epidemic. */
export const BooleanTargetSchema = z.object({
  /** `'boolean'`. */
  kind: z.literal('boolean'),
  ...targetBase,
  /** The value the indicator must have. */
  expected: z.boolean(),
});

/** An aim a person must judge (“xây dựng nền y tế công bằng …”); evaluates to `needs-review`. */
export const QualitativeTargetSchema = z.object({
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
 * (`UPPER_WITHOUT_RANGE`), and a change has a baseline (`CHANGE_WITHOUT_BASELINE`). Custom
 * rule codes are in each issue's `params.code`.
 */
export const TargetSchema = TargetUnion.superRefine((target, ctx) => {
  if (target.kind === 'level') {
    if (target.comparator === 'between') {
      if (target.upper === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['upper'],
          message: "a 'between' target needs an upper bound",
          params: { code: 'RANGE_WITHOUT_UPPER' },
        });
      } else if (new Decimal(target.upper).lessThan(target.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['upper'],
          message: 'upper must not be below value',
          params: { code: 'RANGE_REVERSED' },
        });
      }
    } else if (target.upper !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['upper'],
        message: "upper is only allowed with comparator 'between'",
        params: { code: 'UPPER_WITHOUT_RANGE' },
      });
    }
  }
  if (target.kind === 'change' && target.baseline === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['baseline'],
      message: 'a change target needs a baseline period to measure the change from',
      params: { code: 'CHANGE_WITHOUT_BASELINE' },
    });
  }
});

/** A parsed target of any kind. */
export type Target = z.infer<typeof TargetSchema>;
/** A target as written in JSON, before defaults and normalisation. */
export type TargetInput = z.input<typeof TargetSchema>;
/** A parsed level (or range) target. */
export type LevelTarget = z.infer<typeof LevelTargetSchema>;
/** A parsed change target. */
export type ChangeTarget = z.infer<typeof ChangeTargetSchema>;
/** A parsed maintain target. */
export type MaintainTarget = z.infer<typeof MaintainTargetSchema>;
/** A parsed share-of-units target. */
export type ShareTarget = z.infer<typeof ShareTargetSchema>;
/** A parsed count target. */
export type CountTarget = z.infer<typeof CountTargetSchema>;
/** A parsed yes/no target. */
export type BooleanTarget = z.infer<typeof BooleanTargetSchema>;
/** A parsed qualitative target. */
export type QualitativeTarget = z.infer<typeof QualitativeTargetSchema>;
/** A parsed baseline. */
export type Baseline = z.infer<typeof BaselineSchema>;
/** The kinds of target. */
export type TargetKind = Target['kind'];
