/**
 * The evaluation's messages in English, one export per message id (see `index.ts`): the
 * errors it throws for bad arguments and observations, and the text of the consistency
 * checks' findings. The wording of results (statuses, reasons, explanations) is in
 * `../wording/`. Internal.
 *
 * @internal
 * @module
 */
import { describeValue, quotedList as quoted } from '../../errors.js';

const got = (value: unknown): string => `(got ${describeValue(value, 'en')})`;

// --- options ---------------------------------------------------------------------------------

export const options = (p: { field: string; value: unknown }): string => `${p.field} must be an object with asOf (an ISO date) ${got(p.value)}`;
export const asOf = (p: { field: string; value: unknown }): string => `${p.field} must be an ISO date 'YYYY-MM-DD' ${got(p.value)}`;
export const areaId = (p: { field: string; value: unknown }): string => `${p.field} must be a non-empty area id ${got(p.value)}`;
export const intervalOption = (p: { field: string; value: unknown }): string =>
  `${p.field} must be true, false or a confidence level strictly between 0 and 1 ${got(p.value)}`;
export const indicatorLookup = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a Map, a record keyed by indicator id, or a function ${got(p.value)}`;
export const areasNotAList = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an array of areas ({ id, name, level, parent? }) ${got(p.value)}`;
export const notAnArea = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an area with a non-empty id, a level and an optional parent id ${got(p.value)}`;
export const areaTwice = (p: { field: string; id: string }): string => `${p.field} '${p.id}' is listed twice`;
export const ownAncestor = (p: { field: string; id: string }): string => `${p.field}: area '${p.id}' is its own ancestor`;
export const rows = (p: { field: string; value: unknown }): string => `${p.field} must be an array of area ids, the rows of the table ${got(p.value)}`;
export const areaNeeded = (p: { field: string; target: string; areas: readonly string[] }): string => {
  if (p.areas.length === 0) return `${p.field} is needed: target '${p.target}' names no area and the observations hold none for its indicator`;
  const shown = quoted(p.areas.slice(0, 10)) + (p.areas.length > 10 ? `, … (${p.areas.length} in all)` : '');
  return `${p.field} is needed: target '${p.target}' names no area and the observations hold several for its indicator: ${shown}`;
};
export const renderOptions = (p: { field: string; value: unknown; formats: readonly string[] }): string =>
  `${p.field} must be an object with format (${quoted(p.formats)}) and locale ('vi' or 'en') ${got(p.value)}`;

// --- plans, targets, results -----------------------------------------------------------------

export const objectiveNotParsed = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a parsed objective with targets: parse the plan first with parsePlan ${got(p.value)}`;
export const notTargets = (p: { field: string; value: unknown }): string => `${p.field} must be an array of targets or a plan ${got(p.value)}`;
export const notAScorecard = (p: { field: string; value: unknown }): string =>
  `${p.field} must be what evaluatePlan, evaluateAreas or evaluateTable returned ${got(p.value)}`;
export const scorecardChanged = (p: { field: string; value: unknown }): string =>
  `${p.field} is not as evaluatePlan, evaluateAreas or evaluateTable return it ${got(p.value)}: render a scorecard as it was returned`;
export const notATable = (p: { field: string; value: unknown }): string => `${p.field} must be a table that evaluateTable returned in this process ${got(p.value)}`;
export const notAPosition = (p: { field: 'row' | 'target'; value: unknown; length: number }): string =>
  `${p.field} must be the position of ${p.field === 'row' ? 'a row in table.rows' : 'a target in table.targets'}, ` +
  `${p.length === 0 ? 'and the table has none' : `an integer from 0 to ${p.length - 1}`} ${got(p.value)}`;

export const projectionBeyondRange = (p: { field: string; value: unknown; target: string; max: number }): string =>
  // Stryker disable next-line StringLiteral: the value is always a method's id, a string, which describeValue words in English for any locale but 'vi'
  `${p.field} ${describeValue(p.value, 'en')} carries target '${p.target}' past 10^${p.max} (or below 10^-${p.max}) by its due date: ` +
  `its figures change too fast for a constant growth rate; check them, or project with 'linear'`;

// --- observations ----------------------------------------------------------------------------

export const notObservations = (p: { field: string; value: unknown }): string =>
  `${p.field} must be an array of observations, observation columns, or an index from indexObservations ${got(p.value)}`;
export const foreignIndex = (p: { field: string }): string =>
  `${p.field} is an index that indexObservations did not build: pass the observations, or indexObservations(observations)`;
export const notAnObservation = (p: { field: string; value: unknown }): string => `${p.field} must be an observation object ${got(p.value)}`;
export const notAFigure = (p: { field: string; value: unknown }): string => `${p.field} must be a number or a decimal string with '.' ${got(p.value)}`;
export const valueAndRatio = (p: { field: string }): string => `${p.field} and numerator/denominator cannot both be given`;
export const perWithoutRatio = (p: { field: string }): string => `${p.field} is only allowed with numerator and denominator`;
export const perZero = (p: { field: string }): string => `${p.field} must be greater than zero (got 0)`;
export const valueMissing = (p: { field: string; columns: boolean }): string =>
  p.columns ? `${p.field} is missing: each row needs a value, or a numerator and a denominator` : `${p.field} is missing: an observation needs a value, or a numerator and a denominator`;
export const ratioHalf = (p: { field: string }): string => `${p.field} is missing: numerator and denominator go together`;
export const limitNotAFigure = (p: { field: string; value: unknown }): string =>
  `${p.field} must be a number or a decimal string with '.', with the other limit ${got(p.value)}`;
export const limitsReversed = (p: { field: string; lower: number; upper: number }): string =>
  `${p.field} must not be below lower (got ${p.upper} < ${p.lower})`;
export const notAPeriod = (p: { field: string; value: unknown }): string => `${p.field} is not an observation period ${got(p.value)}`;

// --- observation columns ---------------------------------------------------------------------

export const rowCount = (p: { field: string; value: unknown }): string => `${p.field} has an impossible number of rows ${got(p.value)}`;
export const notALabelColumn = (p: { field: string; value: unknown }): string => `${p.field} must be an array of strings or { codes, labels } ${got(p.value)}`;
export const columnRows = (p: { field: string; length: number; other: string; expected: number }): string =>
  `${p.field} has ${p.length} rows but ${p.other} has ${p.expected}`;
export const labelsNotAList = (p: { field: string; value: unknown }): string => `${p.field} must be an array of strings ${got(p.value)}`;
export const codesLength = (p: { field: string; value: unknown; expected: number }): string => `${p.field} must be an array of ${p.expected} codes ${got(p.value)}`;
export const notACode = (p: { field: string; value: unknown; labels: string }): string => `${p.field} must be a position in ${p.labels} ${got(p.value)}`;
export const numberColumn = (p: { field: string; value: unknown; expected: number }): string => `${p.field} must be an array of ${p.expected} rows ${got(p.value)}`;
export const notAnAnswer = (p: { field: string; value: unknown }): string =>
  `${p.field} must be true, false, 1 or 0, or NaN, a negative number or null for none ${got(p.value)}`;
export const noValueColumn = (p: { field: string }): string =>
  `${p.field} is missing: columns need a value column, an answer column, or numerator and denominator columns`;
export const perColumn = (p: { field: string; value: unknown }): string => `${p.field} must be a finite number greater than zero, or a column ${got(p.value)}`;
export const answerAndValue = (p: { field: string }): string => `${p.field} and observations.value cannot both be given for one row`;

// --- findings --------------------------------------------------------------------------------

export const dueAfterHorizon = (p: { target: string; year: number; objective: string; horizon: number }): string =>
  `target '${p.target}' falls due in ${p.year}, after the horizon of its objective '${p.objective}' (${p.horizon})`;
export const conflictingTargets = (p: { first: string; second: string; indicator: string; area: string; year: number }): string =>
  `targets ${p.first} and ${p.second} for indicator '${p.indicator}' in '${p.area}', due in ${p.year}, set different thresholds`;
export const lessAmbitious = (p: { child: string; childPlan: string; parent: string; parentPlan: string }): string =>
  `target ${p.child} of '${p.childPlan}' asks less than ${p.parent} of '${p.parentPlan}'`;
export const lessAmbitiousLater = (p: { child: string; childPlan: string; parent: string; parentPlan: string }): string =>
  `target ${p.child} of '${p.childPlan}' reaches no more than ${p.parent} of '${p.parentPlan}', later`;
export const unknownIndicator = (p: { target: string; indicator: string; condition: boolean; suggestion?: string }): string =>
  `target '${p.target}' ${p.condition ? 'counts its units by' : 'names'} indicator '${p.indicator}', which the catalog does not define` +
  (p.suggestion === undefined ? '.' : `: did you mean '${p.suggestion}'?`) +
  ' This is only a warning: an app may define indicators of its own, and checkPlan knows those passed as options.indicators.';
