import { ChitieuError } from '../../src/errors.js';

/** The ChitieuError `fn` throws (fails the test when it throws nothing or something else). */
export function errorOf(fn: () => unknown): ChitieuError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChitieuError) return error;
    throw error;
  }
  throw new Error('expected a ChitieuError');
}
