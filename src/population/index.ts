/**
 * Populations and the aggregation of areas: the mid-year population interpolated between
 * two dated counts (linear or geometric), projections from a census count and a growth
 * rate, and the rate of a group of areas as Σ numerators / Σ denominators (never an
 * average of the areas' rates). Exact: results are decimal.js `Decimal`s. Also the standard
 * populations for direct standardisation (ESP 2013, WHO 2000–2025) as data with their
 * sources, and their regrouping to the data's age bands.
 *
 * @module
 */
export { midYearPopulation, type MidYearPopulationOptions } from './midYearPopulation.js';
export { populationAt, type PopulationAtOptions } from './populationAt.js';
export { populationOfYear, type PopulationOfYearOptions } from './populationOfYear.js';
export {
  aggregateRates,
  type AreaCounts,
  type AggregateRatesOptions,
  type AggregateRate,
} from './aggregateRates.js';
export { esp2013, whoWorldStandard, type StandardPopulation } from './standardPopulations.js';
export { standardPopulationFor } from './standardPopulationFor.js';
