/**
 * The model's messages in English, one export per message id (see `index.ts`): the messages
 * of the schemas' own checks, of the rules that span fields, and of a parse's summary. A
 * schema issue's message describes the value at its path (`upper (4) must not be below value
 * (5)`); the parse error puts the path in front. Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../../errors.js';

/** What was written, as typed: text in single quotes (cut past 60 characters), anything else as the errors show it. */
const typed = (value: unknown): string =>
  typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'` : describeValue(value, 'en');

// checks of single fields
export const decimalText = (): string => 'expected a decimal number written with "." (e.g. 17.5)';
export const decimalRange = (): string => 'expected a number from 1e-400 to 1e400 in magnitude, with at most 1000 digits';
export const isoDate = (): string => 'expected an ISO date YYYY-MM-DD';
export const realDate = (): string => 'expected a date that exists in the calendar';
export const partialDate = (): string => 'expected YYYY, YYYY-MM or YYYY-MM-DD';
export const partialDateReal = (): string => 'expected a month 01–12 and a day that exists';
export const period = (): string =>
  "expected a period such as '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' or '2021-2025'";
export const periodReal = (): string =>
  'expected a year from 0001, a real month or day, or a span whose last year is after its first';
export const kebabId = (): string => 'expected a kebab-case id';
export const wholeCount = (): string => 'expected a whole count';
export const nonNegativeCount = (): string => 'expected a count that is not negative';

// rules across fields
export const rangeWithoutUpper = (): string => "a 'between' target needs an upper bound";
export const rangeReversed = (p: { upper: string; value: string }): string => `upper (${p.upper}) must not be below value (${p.value})`;
export const upperWithoutRange = (p: { comparator: string }): string => `upper is only allowed with comparator 'between' (got '${p.comparator}')`;
export const aimWithoutFloor = (p: { comparator: string }): string => `aim is only allowed with comparator '>' or '>=' (got '${p.comparator}')`;
export const aimBelowValue = (p: { aim: string; value: string }): string => `aim (${p.aim}) must not be below value (${p.value})`;
export const changeWithoutBaseline = (): string => 'a change target needs a baseline period to measure the change from';
export const fromAfterDue = (p: { from: string; due: string }): string => `from (${p.from}) is after the due date (${p.due})`;
export const referenceRangeReversed = (p: { upper: string; lower: string }): string =>
  `the reference range's upper bound (${p.upper}) is below its lower bound (${p.lower})`;
export const variantOfItself = (p: { id: string }): string => `indicator '${p.id}' cannot be a variant of itself`;
export const incompleteRatio = (): string => 'numerator and denominator must be given together';
export const valueOrRatio = (): string => 'give either value or numerator and denominator, not both and not neither';
export const incompleteInterval = (): string => 'lower and upper must be given together';
export const intervalWithoutValue = (): string => 'an interval (lower, upper) is only allowed with a numeric value';
export const levelWithoutInterval = (): string => 'level is only allowed with lower and upper';
export const valueOutsideInterval = (): string => 'value must lie between lower and upper';
export const perWithoutRatio = (): string => 'per is only allowed with numerator and denominator';
export const populationBasisWithoutRatio = (): string => 'populationBasis is only allowed with numerator and denominator';
export const replacesLongerPeriod = (p: { frequency: string; replaced: string }): string =>
  `a ${p.frequency} report cannot replace a ${p.replaced} one: the replaced period must be shorter`;
export const replacesUnknownPeriod = (p: { frequency: string; count: number; replaced: string; period: number }): string =>
  `a ${p.frequency} period has ${p.count} ${p.replaced} periods (got period ${p.period})`;
export const periodReversed = (p: { from: number; to: number }): string => `the period ends (${p.to}) before it starts (${p.from})`;
export const duplicateObjective = (p: { id: string }): string => `objective id '${p.id}' is used twice`;
export const duplicateTarget = (p: { id: string }): string => `target id '${p.id}' is used twice`;
export const dueBeforeIssue = (p: { due: string; issued: string }): string => `due date ${p.due} is before the plan's issue date ${p.issued}`;
export const unknownMilestone = (p: { target: string }): string => `milestoneOf names target '${p.target}', which is not in the plan`;
export const milestoneNotBefore = (p: { due: string; target: string; targetDue: string }): string =>
  `a milestone (due ${p.due}) must fall due before its target '${p.target}' (due ${p.targetDue})`;
export const governedByItself = (p: { id: string }): string => `target '${p.id}' cannot be governed by itself`;
export const unknownGoverning = (p: { target: string }): string => `governedBy names target '${p.target}', which is not in the plan`;
export const governingGoverned = (p: { target: string; by: string }): string =>
  `governedBy names target '${p.target}', which is itself governed by '${p.by}'`;
export const replacesUnknownRule = (p: { frequency: string }): string =>
  `replaces names a ${p.frequency} report, but the plan has no ${p.frequency} reporting rule`;

// a parse's own wording
export const unknownComparator = (p: { value: unknown; allowed: readonly string[] }): string =>
  `unknown comparator ${typed(p.value)}: expected one of ${quoted(p.allowed)}`;
export const unknownKind = (p: { value: unknown; allowed: readonly string[] }): string =>
  `unknown target kind ${typed(p.value)}: expected one of ${quoted(p.allowed)}`;
export const unknownKey = (p: { key: string; suggestion: string | undefined; known: readonly string[] }): string =>
  `unknown key ${typed(p.key)}` +
  (p.suggestion === undefined ? `: expected only ${quoted(p.known)}` : `: did you mean '${p.suggestion}'?`);
export const moreKeys = (p: { more: number }): string => ` (and ${p.more} more unknown ${p.more === 1 ? 'key' : 'keys'})`;
export const summary = (p: { field: string; first: string; more: number }): string =>
  `${p.field}: ${p.first}${p.more > 0 ? ` (and ${p.more} more ${p.more === 1 ? 'issue' : 'issues'})` : ''}`;
