/**
 * What a kind of target is to the engine: how it is judged, what its details are, and how
 * it is worded. One module per kind, listed in the registry. Internal.
 *
 * @internal
 * @module
 */
import type { BilingualText } from '../../errors.js';
import type { Indicator } from '../../model/indicator.js';
import type { Target } from '../../model/target.js';
import type { Q } from '../../numeric/exact/rational.js';
import type { Point } from '../engine/figures.js';
import type { TargetPeriod } from '../engine/periods.js';
import type { Rule } from '../engine/rule.js';
import type { UnitBounds } from '../engine/units.js';
import type { Settings } from '../engine/settings.js';
import type { Store } from '../engine/store.js';
import type { Tree } from '../engine/tree.js';
import type { Assessment, Projected } from '../projection/types.js';
import type { PeriodVerdict, TargetReason, TargetResult, TargetStatus, Threshold } from '../types.js';
import type { Wording } from '../wording/types.js';

/** The ids of the kind modules (a target's `kind`, with ranges and milestones apart). */
export type KindId = 'level' | 'range' | 'change' | 'maintain' | 'share' | 'count' | 'boolean' | 'milestone' | 'qualitative';

/** What judging one target needs whatever the area, worked out once per target and settings. */
export interface Prepared {
  readonly target: Target;
  readonly rule: KindRule;
  readonly settings: Settings;
  readonly indicator: Indicator | undefined;
  /** Whether the catalog or `options.indicators` defines the indicator. */
  readonly known: boolean;
  /** Whether the indicator is counted over a period (a flow); unknown indicators are. */
  readonly flow: boolean;
  readonly isDue: boolean;
  /** The last day a figure may end on: `asOf`, or the due date once it has passed. */
  readonly cutoff: string;
  /** The target's own period. */
  readonly period: TargetPeriod;
  /** The end of the due date on the time axis. */
  readonly dueTime: Q;
  /** The indicator's multiplier (100 for a percentage), if known. */
  readonly per: Q | undefined;
  /** The target's value and upper bound, for kinds that have them. */
  readonly value: Q | undefined;
  readonly upper: Q | undefined;
  /** The least and greatest value the figure can take, for projections. */
  readonly lower: Q | undefined;
  readonly top: Q | undefined;
  /** The published precision, when the target or the indicator sets it. */
  readonly decimals: number | undefined;
  /** The kind module that judges the target's shape (a milestone's inner kind). */
  readonly shape: KindRule;
  /** The target's level rule, once made for the published precision it was made at (the same for every area). */
  levelRule: Rule | undefined;
  /** A maintain target's years to judge, once worked out (the same for every area). */
  years: readonly TargetPeriod[] | undefined;
  /** The published units that meet its level rule, once worked out (`null`: not in safe integers). */
  unitBounds: UnitBounds | null | undefined;
  /** Its threshold in a result, once made for its level rule (the same, frozen, for every area). */
  threshold: Threshold | undefined;
  /** The explanations written for it during one evaluation (see `explain`): areas with the same figures share one. */
  readonly lines: {
    slots: ({ readonly result: TargetResult; readonly text: BilingualText } | undefined)[] | undefined;
    /** The parts of its line that are the same for every area, by language. */
    vi: FixedParts | undefined;
    en: FixedParts | undefined;
  };
}

/** The parts of a target's explanation line that do not depend on the area. */
export interface FixedParts {
  /** The indicator's name. */
  readonly head: string;
  /** The unit printed after figures. */
  readonly unit: string;
  /** `; ` goal and due date, or nothing. */
  readonly goalClause: string;
  /** A higher aim, the target a milestone leads to, a reference range. */
  readonly extras: string;
  /** The cut-off date as written. */
  readonly cutoff: string;
  /** The language. */
  readonly locale: 'vi' | 'en';
}

/** One target for one area. */
export interface Job {
  readonly prepared: Prepared;
  readonly store: Store;
  readonly tree: Tree;
  readonly area: string;
  /** The area's number in the store (-1 when never observed), looked up once per area. */
  readonly areaNumber: number;
  /** Whether the full result will be read: without it, only the verdict is needed (a table's cell). */
  readonly detail: boolean;
}

/** A verdict, with what describing it needs. */
export interface Judged {
  readonly status: TargetStatus;
  readonly reason: TargetReason | null;
  /** The figure judged, as printed, and its places. */
  readonly published: string | null;
  readonly decimals: number | null;
  /** The period of the figure judged. */
  readonly period: string | null;
  /** The figure judged (the period's figure once due; the latest before). */
  readonly figure?: Point | undefined;
  /** The baseline, or the first figure of the trend. */
  readonly base?: Point | undefined;
  readonly rule?: Rule | undefined;
  readonly projected?: Projected | undefined;
  readonly assessment?: Assessment | undefined;
  /** The latest figure, when it could not decide. */
  readonly context?: Point | undefined;
  /** A maintain target's periods. */
  readonly periods?: readonly PeriodVerdict[] | undefined;
  readonly failedPeriod?: string | undefined;
  /** A yes/no answer. */
  readonly answer?: boolean | undefined;
}

/** A result under construction. */
export type Draft = { -readonly [K in keyof TargetResult]: TargetResult[K] };

/** A kind of target. */
export interface KindRule {
  readonly id: KindId;
  /** The verdict alone: status, reason, the published figure and its period. */
  judge(job: Job): Judged;
  /** The details of a full result: threshold, gap, progress, projection, what it takes. */
  describe(job: Job, judged: Judged, result: Draft): void;
  /** The goal clause of the explanation (“chỉ tiêu ít nhất 17,5”), without the due date. */
  goal(target: Target, wording: Wording, unit: string): string;
  /** What the target asks, for the consistency checks; `undefined` when it asks no number. */
  bounds(target: Target): Bounds | undefined;
}

/** One side of a threshold: a bound and whether it is strict. */
export interface Bound {
  readonly value: Q;
  readonly strict: boolean;
}

/**
 * What a numeric target asks, as the bounds a figure must clear: `up` for `>`/`>=` (and the
 * lower end of `between`), `down` for `<`/`<=` (and the upper end), `equal` for `=`.
 * `quantity` separates targets that compare different things under one indicator id.
 */
export interface Bounds {
  readonly quantity: string;
  readonly comparator: string;
  readonly value: string;
  readonly upper: string | undefined;
  readonly up: Bound | undefined;
  readonly down: Bound | undefined;
  readonly equal: Q | undefined;
}

/** The threshold of a result, in the figure's own terms. */
export type { Threshold };
