/**
 * The indicator catalog: the indicators the source plans use, with ids, names in Vietnamese
 * and English, unit, multiplier, polarity, published decimals, definitions and references to
 * official definitions (the Ministry of Health's list of basic health statistics indicators,
 * Thông tư 20/2019/TT-BYT; GSO; WHO's Global Health Observatory; the SDG framework).
 *
 * @module
 */
export { indicators } from './indicators.js';
export { getIndicator } from './getIndicator.js';
export { requireIndicator } from './requireIndicator.js';
export { defaultDecimals, type DefaultDecimalsOptions } from './defaultDecimals.js';
