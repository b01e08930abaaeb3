/**
 * The calendar layer's messages in English, one export per message id (see `index.ts`; the
 * shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';
import type { PeriodProblem } from '../../isoDay.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

export const notPeriod = (p: { field: string; value: unknown; reason: PeriodProblem }): string =>
  `${p.field} must be 'YYYY', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-YYYY' ${got(p.value)}` +
  (p.reason === 'no-such-day' ? ': no such day' : p.reason === 'span-reversed' ? ': the last year of a span must be after its first' : '');
export const notObservationPeriod = (p: { field: string; value: unknown }): string => `${p.field} is not an observation period ${got(p.value)}`;
export const datePart = (p: { field: string; value: unknown; part: 'year' | 'month' | 'day'; low: number; high: number }): string =>
  `${p.field} must be a ${p.part}, a whole number from ${p.low} to ${p.high} ${got(p.value)}`;
export const toBeforeFrom = (p: { field: string; value: number; limit: number }): string =>
  `${p.field} (${p.value}) must not be before from (${p.limit})`;
export const notRules = (p: { field: string; value: unknown }): string => `${p.field} must be a list of reporting rules ${got(p.value)}`;
export const without = (p: { field: string; missing: 'month' | 'day' }): string => `${p.field} is given without ${p.missing}`;
export const monthInPeriod = (p: { field: string; value: unknown; length: number; frequency: string }): string =>
  `${p.field} must be a whole month from 1 to ${p.length} within the ${p.frequency} period ${got(p.value)}`;
export const dayOfMonth = (p: { field: string; value: unknown }): string => `${p.field} must be a whole day from 1 to 31 ${got(p.value)}`;
export const notBoolean = (p: { field: string; value: unknown }): string => `${p.field} must be true or false ${got(p.value)}`;
export const noSuchDeadline = (p: { field: string; day: number; month: string; days: number; period: string }): string =>
  `${p.field}: ${p.day} does not exist in ${p.month} (${p.days} days), the deadline month of ${p.period}`;
export const notReplacement = (p: { field: string; value: unknown }): string => `${p.field} must be { frequency, period } ${got(p.value)}`;
export const replacesLonger = (p: { field: string; value: unknown; frequency: string }): string =>
  `${p.field} must be a frequency shorter than the rule's '${p.frequency}' ${got(p.value)}`;
export const replacesPeriod = (p: { field: string; value: unknown; count: number; frequency: string; shorter: string }): string =>
  `${p.field} must be a whole number from 1 to ${p.count}: a ${p.frequency} period has ${p.count} ${p.shorter} periods ${got(p.value)}`;
export const replacesNoRule = (p: { field: string; shorter: string }): string =>
  `${p.field} names a ${p.shorter} report, but no rule is ${p.shorter}`;
