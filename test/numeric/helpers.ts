import { expect } from 'vitest';
import { ChitieuError, type ErrorCode } from '../../src/errors.js';

/** Run `action`, expect it to throw a ChitieuError with `code` and `field`, return the error. */
export function expectChitieuError(action: () => unknown, code: ErrorCode, field: string): ChitieuError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ChitieuError);
  const error = caught as ChitieuError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  // every message names its field, in both languages
  expect(error.message).toContain(field);
  expect(error.vi).toContain(field);
  return error;
}
