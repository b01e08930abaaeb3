/**
 * The statistics layer's messages in English, one export per message id (see `index.ts`;
 * the shared ones are in `src/messages`). Internal.
 *
 * @internal
 * @module
 */
export const dfTooLarge = (p: { field: string; value: number }): string => `${p.field} must be at most 1e10 (got ${p.value})`;
export const tailBeyondDouble = (p: { field: string; value: number; df: number }): string =>
  `${p.field} is too far in the tail for df = ${p.df}: the quantile is beyond the range of a double (${p.field} = ${p.value})`;
export const spreadTooLarge = (p: { field: string }): string => `${p.field} are too large for their spread to be computed in doubles`;
export const meanInputs = (p: { field: string }): string => `${p.field} must give values, or mean, standardDeviation and count`;
export const sumTooLarge = (p: { field: string; other: string; sum: number; max: number }): string =>
  `${p.field} + ${p.other} must be at most ${p.max} (got ${p.sum})`;
export const levelNearOne = (p: { field: string }): string =>
  `${p.field} is too close to 1 for these counts: the exact limit is beyond the range of a double`;
export const scoresEqual = (p: { field: string }): string => `${p.field} must not all be equal`;
export const levelTwice = (p: { field: string; level: number }): string => `${p.field} must not give the level ${p.level} twice`;
export const outsideInterval = (p: { field: string; value: number; lower: number; upper: number }): string =>
  `${p.field} (${p.value}) must lie within its interval (${p.lower} to ${p.upper})`;
export const upperGoalRequired = (p: { field: string }): string => `${p.field} is required with comparator 'between'`;
export const upperGoalOnlyBetween = (p: { field: string }): string => `${p.field} is only allowed with comparator 'between'`;
export const noWeight = (p: { field: string }): string => `${p.field} must have at least one band with a weight above 0`;
export const noEvents = (p: { field: string }): string =>
  `${p.field} must include at least one event: Dobson’s limits scale the limits of the total count`;
export const exactTooLarge = (p: { field: string; value: number }): string =>
  `${p.field} must total below 5e9 for exact limits (got ${p.value}); use method 'byar'`;
export const exactBirthsTooLarge = (p: { field: string; other: string; sum: number; max: number }): string =>
  `${p.field} + ${p.other} must be at most ${p.max} for exact limits (got ${p.sum}); use method 'wilson'`;
export const openBandNoDeaths = (p: { field: string }): string =>
  `${p.field} must be greater than 0 in the open last band (its years lived are lx / mx)`;
export const certainDeath = (p: { field: string; width: number; age: number; rate: number }): string =>
  `${p.field} give a probability of dying of 1 or more in the ${p.width}-year band from age ${p.age} (mx = ${p.rate}); merge it with a neighbouring band`;
export const levelRoundsToOne = (p: { field: string; value: number }): string =>
  `${p.field} must be below 0.9999999999999999: (1 + ${p.field}) / 2 rounds to 1 in a double, which leaves no tail (got ${p.value})`;
