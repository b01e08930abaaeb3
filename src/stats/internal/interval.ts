/**
 * Reading an interval argument (internal).
 *
 * @module
 */
import { fail } from '../../errors.js';
import { ABOVE } from '../../messages/index.js';
import { requireFiniteNumber, requireLevel, requireOptions } from './validate.js';

/** An interval at a level, as plain numbers. */
export interface ReadInterval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** Read `{ level, lower, upper }` with lower ≤ upper. */
export function readInterval(item: unknown, field: string): ReadInterval {
  requireOptions(item, field);
  const record = item as Record<string, unknown>;
  const level = requireLevel(record['level'], `${field}.level`);
  const lower = requireFiniteNumber(record['lower'], `${field}.lower`);
  const upper = requireFiniteNumber(record['upper'], `${field}.upper`);
  if (lower > upper) {
    throw fail(ABOVE, `${field}.lower`, { value: lower, other: `${field}.upper`, limit: upper });
  }
  return { level, lower, upper };
}
