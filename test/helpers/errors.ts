import { expect } from 'vitest';
import { ChitieuError, type ErrorCode } from '../../src/errors.js';

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

/** Run `action`, expect it to throw a ChitieuError with `code` and `field`, return the error. */
export function expectChitieuError(action: () => unknown, code: ErrorCode, field: string): ChitieuError {
  const error = errorOf(action);
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  // every message names its field, in both languages
  expect(error.message).toContain(field);
  expect(error.vi).toContain(field);
  return error;
}
