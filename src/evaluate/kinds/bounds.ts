/**
 * The bounds a numeric target asks a figure to clear, for the consistency checks
 * (checkPlan, checkAlignment). Internal.
 *
 * @internal
 * @module
 */
import type { Comparator } from '../../model/primitives.js';
import { readDecimal } from '../../numeric/exact/parse.js';
import type { Q } from '../../numeric/exact/rational.js';
import type { Bounds } from './types.js';

/** The bounds of `comparator value` (and `upper` for a range), under a quantity. */
export function boundsOf(quantity: string, comparator: Comparator, value: string, upper: string | undefined): Bounds {
  const v = readDecimal(value) as Q;
  const base = { quantity, comparator, value, upper: undefined, up: undefined, down: undefined, equal: undefined };
  switch (comparator) {
    case '>':
    case '>=':
      return { ...base, up: { value: v, strict: comparator === '>' } };
    case '<':
    case '<=':
      return { ...base, down: { value: v, strict: comparator === '<' } };
    case '=':
      return { ...base, equal: v };
    case 'between': {
      const top = upper ?? value;
      return { ...base, upper: top, up: { value: v, strict: false }, down: { value: readDecimal(top) as Q, strict: false } };
    }
  }
}
