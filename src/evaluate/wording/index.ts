/**
 * The wording catalogues by language. Internal.
 *
 * @internal
 * @module
 */
import { en } from './en.js';
import type { Wording } from './types.js';
import { vi } from './vi.js';

export type { Wording, ReasonCode, ReasonParams } from './types.js';

/** The catalogue of a language. */
export function wordingOf(locale: 'vi' | 'en'): Wording {
  return locale === 'vi' ? vi : en;
}
