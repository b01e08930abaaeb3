/**
 * The catalog layer's messages: each id bound to its code and its wording in `en.ts` and
 * `vi.ts`. Internal.
 *
 * @internal
 * @module
 */
import { message } from '../../errors.js';
import * as en from './en.js';
import * as vi from './vi.js';

export const PER_REQUIRED = /* @__PURE__ */ message('INVALID_ARGUMENT', en.perRequired, vi.perRequired);
export const UNKNOWN_INDICATOR = /* @__PURE__ */ message('INVALID_ARGUMENT', en.unknownIndicator, vi.unknownIndicator);
