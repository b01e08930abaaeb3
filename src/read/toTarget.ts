/**
 * A draft as a target in the model's input form, or `undefined` when it cannot be one yet
 * (no indicator, no due date).
 *
 * @module
 */
import { getIndicator } from '../catalog/getIndicator.js';
import type { TargetInput } from '../model/target.js';
import type { TargetDraft } from './types.js';

/** What the plan supplies where a draft is silent. */
export interface TargetDefaults {
  /** The due date of a draft without one. */
  readonly due: string;
  /** The baseline period of a change without one (the year before the plan). */
  readonly baselinePeriod: string;
  /** The first day of a maintain target without one. */
  readonly from: string;
  /** The id of a later target this one is a milestone of. */
  readonly milestoneOf?: string;
}

function decimalsOf(value: string): number {
  const [, fraction = ''] = value.split('.');
  return fraction.length;
}

/** The draft as a target input. */
export function toTarget(draft: TargetDraft, id: string, defaults: TargetDefaults): TargetInput | undefined {
  if (draft.indicator === undefined) return undefined;
  const due = draft.due ?? defaults.due;
  const common = {
    id,
    indicator: draft.indicator,
    due,
    text: { vi: draft.text.replace(/\s+/g, ' ').trim() || draft.indicator },
    ...(draft.scope === undefined ? {} : { scope: { vi: draft.scope } }),
    ...(draft.aspirational ? { aspirational: true } : {}),
    ...(defaults.milestoneOf === undefined ? {} : { milestoneOf: defaults.milestoneOf }),
  };
  // Stryker disable next-line ConditionalExpression: `undefined <= due` is false too, so dropping the first test cannot change `from` (the test is there for the types)
  const from = draft.from !== undefined && draft.from <= due ? draft.from : undefined;
  const baseline =
    draft.baseline === undefined
      ? undefined
      : draft.baseline.period === undefined
        ? undefined
        : { period: draft.baseline.period, ...(draft.baseline.value === undefined ? {} : { value: draft.baseline.value }), ...(draft.baseline.comparator === undefined ? {} : { comparator: draft.baseline.comparator }) };
  const value = draft.value ?? '';
  const comparator = draft.comparator;
  switch (draft.targetKind) {
    case 'qualitative':
      return { ...common, kind: 'qualitative' };
    case 'boolean':
      return { ...common, kind: 'boolean', expected: draft.expected ?? false };
    case 'change':
      if (comparator === undefined || comparator === 'between') return undefined;
      return {
        ...common,
        kind: 'change',
        change: draft.change ?? 'unspecified',
        comparator,
        value,
        baseline: baseline ?? { period: defaults.baselinePeriod },
      };
    case 'maintain':
      if (comparator === undefined || comparator === 'between') return undefined;
      return { ...common, kind: 'maintain', comparator, value, from: from ?? (defaults.from <= due ? defaults.from : `${due.slice(0, 4)}-01-01`), ...(baseline === undefined ? {} : { baseline }) };
    case 'share':
      if (comparator === undefined || comparator === 'between' || draft.condition === undefined) return undefined;
      return { ...common, kind: 'share', units: { vi: draft.units ?? 'đơn vị' }, condition: draft.condition, comparator, value };
    case 'count':
      if (comparator === undefined || comparator === 'between' || !/^\d+$/.test(value)) return undefined;
      return { ...common, kind: 'count', ...(draft.units === undefined ? {} : { units: { vi: draft.units } }), comparator, value };
    default: {
      if (comparator === undefined) return undefined;
      const indicator = getIndicator(draft.indicator);
      const decimals = decimalsOf(value);
      return {
        ...common,
        comparator,
        value,
        ...(comparator === 'between' && draft.upper !== undefined ? { upper: draft.upper } : {}),
        // “ít nhất từ 4 - 5”: a floor of 4, the 5 the plan aspires to
        ...((comparator === '>=' || comparator === '>') && draft.upper !== undefined ? { aim: draft.upper } : {}),
        ...(indicator !== undefined && decimals > indicator.decimals ? { decimals } : {}),
        ...(baseline === undefined ? {} : { baseline }),
        ...(from === undefined ? {} : { from }),
      };
    }
  }
}
