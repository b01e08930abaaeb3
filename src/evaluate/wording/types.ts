/**
 * The wording of the evaluation layer, one catalogue per language (`vi.ts`, `en.ts`), keyed
 * by code and parameters as zod keeps its locales: statuses, reasons, the parts of an
 * explanation, and the renderers' headers. Numbers arrive already written in the locale's
 * notation. Internal.
 *
 * @internal
 * @module
 */
import type { ThresholdComparator } from '../../model/primitives.js';
import type { ProjectionMethod, SdgCategory, TargetReason, TargetStatus } from '../types.js';

/** The parameters of a reason's clause. */
export interface ReasonParams {
  /** The period concerned (the figure's, or the target's own). */
  readonly period: string;
  /** The last day figures were read up to, in the locale's date notation. */
  readonly cutoff: string;
  /** The baseline period, for `no-baseline`. */
  readonly baselinePeriod: string;
  /** Another target's id, for `governed` and `conflict`. */
  readonly other: string;
  /** The change amount, for `change-unspecified`. */
  readonly amount: string;
  /** The indicator id, for `unknown-indicator`. */
  readonly indicator: string;
}

/** A language's wording. */
export interface Wording {
  readonly locale: 'vi' | 'en';
  /** The label of each status. */
  readonly status: Readonly<Record<TargetStatus, string>>;
  /** A short label of each reason, for tables. */
  readonly reasonLabel: Readonly<Record<TargetReason, string>>;
  /** The word of each comparator (“ít nhất” / “at least”). */
  readonly comparator: Readonly<Record<ThresholdComparator, string>>;
  /** A range: “từ 4 đến 5” / “between 4 and 5”. */
  between(lower: string, upper: string): string;
  /** The goal: “chỉ tiêu ít nhất 17,5” / “target at least 17.5”; a change: “chỉ tiêu thay đổi …”. */
  goal(phrase: string, change: boolean): string;
  /** The goal of a yes/no target: “chỉ tiêu: không” / “target: no”. */
  expected(answer: boolean): string;
  /** “ đến 31/12/2026” / “ by 2026-12-31”. */
  by(date: string): string;
  /** A date in the locale's notation. */
  date(iso: string): string;
  /** A figure's period: “ (kỳ 2026)” / “ (2026)”. */
  period(period: string): string;
  /** Yes or no. */
  answer(value: boolean): string;
  /** The unit of a change in percentage points. */
  readonly points: string;
  /** “, thay đổi +1,5 cm so với 150,0 (kỳ 2021)”. */
  changeFrom(amount: string, unit: string, from: string, period: string): string;
  /** “ (2/3 đơn vị đạt)” and the units without a figure. */
  units(meeting: number, total: number, missing: readonly string[]): string;
  /** “ (cộng từ 3 địa bàn)”. */
  rolledUp(count: number): string;
  /** The projection clause: “; dự báo 66,67% vào 31/12/2030 (tuyến tính)”. */
  projected(value: string, due: string, method: ProjectionMethod): string;
  /** Where a projection stops: “, chạm 100% năm 2029”. */
  reaches(value: string, year: string): string;
  /** The SDG assessment: “; tỷ số tăng trưởng thực tế/cần thiết 0,72: cần đẩy nhanh”. */
  sdg(ratio: string | null, category: SdgCategory): string;
  /** The latest figure shown for context: “; số liệu gần nhất 95,1% (kỳ 2025)”. */
  context(figure: string, period: string): string;
  /** A maintain target's periods: held, failed, missing. */
  maintained(held: readonly string[], failed: readonly string[], missing: readonly string[]): string;
  /** The clause of each reason that needs one. */
  reason(code: ReasonCode, params: ReasonParams): string;
  /** A figure's interval: “; khoảng tin cậy 95%: 90,16–98,43%” and, when it straddles the target, that it cannot be told apart. */
  interval(level: string, lower: string, upper: string, clear: boolean): string;
  /** “; phấn đấu 5” for a target with a higher aim. */
  aim(value: string): string;
  /** “; mốc của chỉ tiêu X”. */
  milestone(of: string): string;
  /** The indicator's reference range: “; mức tự nhiên khoảng 104–107”. */
  referenceRange(lower: string, upper: string): string;
  /** Headers of the renderers' tables. */
  readonly headers: {
    readonly target: string;
    readonly indicator: string;
    readonly area: string;
    readonly period: string;
    readonly value: string;
    readonly threshold: string;
    readonly gap: string;
    readonly progress: string;
    readonly due: string;
    readonly status: string;
    readonly reason: string;
    readonly explanation: string;
  };
  /** “Địa bàn x, tính đến 2026-12-31”. */
  scope(area: string, asOf: string): string;
  /** “Bảng 3 địa bàn × 2 chỉ tiêu, tính đến …”. */
  tableScope(rows: number, targets: number, asOf: string): string;
}

/** The reasons whose clause the catalogue words. */
export type ReasonCode = Exclude<TargetReason, 'projected'>;
