/**
 * The evaluation's wording in English. Internal.
 *
 * @internal
 * @module
 */
import type { ReasonCode, ReasonParams, Wording } from './types.js';

const REASONS: Readonly<Record<ReasonCode, (p: ReasonParams) => string>> = {
  'no-trend': () => 'no trend yet: one figure, and two (a baseline counts as one) are needed to project',
  'no-observation': (p) => `no observation by ${p.cutoff}`,
  'no-figure-for-period': (p) => `no figure for ${p.period}`,
  'partial-period': (p) => `only figures for part of ${p.period}, which do not stand in for the whole period`,
  // Stryker disable next-line StringLiteral: never printed — a full result with this reason always lists its periods, which explain.ts words with `maintained` instead
  'maintain-failed': (p) => `did not hold in ${p.period}`,
  'maintain-missing': (p) => `no figure for ${p.period}`,
  'so-far': () => 'so far in the period',
  'no-baseline': (p) => `no baseline value for ${p.baselinePeriod}`,
  'zero-baseline': () => 'the baseline is zero, so a relative change is undefined',
  'no-multiplier': (p) => `the ${p.period} observation has a numerator and denominator but no multiplier (per), and the indicator's is unknown`,
  'zero-denominator': (p) => `the ${p.period} observation has a zero denominator`,
  'value-type': (p) => `the ${p.period} value is not of the target's type`,
  qualitative: () => 'a qualitative aim that a person must judge',
  'change-unspecified': (p) => `the plan does not say whether ${p.amount}% is relative or percentage points`,
  governed: (p) => `the plan applies target ${p.other} in place of this one (the document contradicts itself)`,
  conflict: (p) => `conflicts with target ${p.other} of the plan for the same indicator, area and year, and the plan does not say which applies`,
  'unknown-indicator': (p) => `no observation, and indicator id '${p.indicator}' is not in the catalog (misspelt?)`,
};

/** English. */
export const en: Wording = {
  locale: 'en',
  status: {
    achieved: 'achieved',
    'not-achieved': 'not achieved',
    'on-track': 'on track',
    'off-track': 'off track',
    'no-data': 'no data',
    'needs-review': 'needs review',
  },
  reasonLabel: {
    projected: 'by projection',
    'no-trend': 'no trend yet',
    'no-observation': 'no observation',
    'no-figure-for-period': 'no figure for the period',
    'partial-period': 'part of the period only',
    'maintain-failed': 'not held',
    'maintain-missing': 'a period missing',
    'so-far': 'so far in the period',
    'no-baseline': 'no baseline',
    'zero-baseline': 'zero baseline',
    'no-multiplier': 'no multiplier',
    'zero-denominator': 'zero denominator',
    'value-type': 'wrong type of value',
    qualitative: 'qualitative',
    'change-unspecified': 'change left open by the plan',
    governed: 'another target applies',
    conflict: 'conflicts with another target',
    'unknown-indicator': 'indicator id not in the catalog',
  },
  comparator: { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most', '=': 'equal to' },
  between: (lower, upper) => `between ${lower} and ${upper}`,
  goal: (phrase, change) => `target ${change ? 'a change ' : ''}${phrase}`,
  expected: (answer) => `target: ${answer ? 'yes' : 'no'}`,
  by: (date) => ` by ${date}`,
  date: (iso) => iso,
  period: (period) => ` (${period})`,
  answer: (value) => (value ? 'yes' : 'no'),
  points: ' points',
  changeFrom: (amount, unit, from, period) => `, a change of ${amount}${unit} from ${from} (${period})`,
  units: (meeting, total, missing) =>
    ` (${meeting} of ${total} units${missing.length === 0 ? '' : `; no figure: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`})`,
  rolledUp: (count) => ` (summed from ${count} areas below)`,
  projected: (value, due, method) => `; projected ${value} by ${due} (${method === 'linear' ? 'linear' : method === 'growth-rate' ? 'growth rate' : 'SDG method'}`,
  reaches: (value, year) => `, reaching ${value} in ${year}`,
  sdg: (ratio, category) =>
    `; ${ratio === null ? '' : `ratio of actual to required growth ${ratio}: `}${
      { 'on-track': 'on track', 'acceleration-needed': 'acceleration needed', 'limited-progress': 'limited progress', deterioration: 'deterioration' }[category]
    }`,
  context: (figure, period) => `; latest figure ${figure} (${period})`,
  maintained: (held, failed, missing) =>
    [
      held.length > 0 ? `held in ${held.join(', ')}` : '',
      failed.length > 0 ? `not held in ${failed.join(', ')}` : '',
      missing.length > 0 ? `no figure for ${missing.join(', ')}` : '',
    ]
      .filter((part) => part !== '')
      .map((part) => `; ${part}`)
      .join(''),
  reason: (code, params) => REASONS[code](params),
  interval: (level, lower, upper, clear) => `; ${level}% interval ${lower}–${upper}${clear ? '' : ': cannot be told apart from the target'}`,
  aim: (value) => `; striving for ${value}`,
  milestone: (of) => `; a milestone of target ${of}`,
  referenceRange: (lower, upper) => `; natural range about ${lower}–${upper}`,
  headers: {
    target: 'Target',
    indicator: 'Indicator',
    area: 'Area',
    period: 'Period',
    value: 'Value',
    threshold: 'Threshold',
    gap: 'Gap',
    progress: 'Progress (%)',
    due: 'Due',
    status: 'Status',
    reason: 'Reason',
    explanation: 'Explanation',
  },
  scope: (area, asOf) => `Area ${area}, as of ${asOf}`,
  tableScope: (rows, targets, asOf) => `${rows} areas × ${targets} targets, as of ${asOf}`,
};
