/**
 * The catalog layer's messages in English, one export per message id (see `index.ts`).
 * Internal.
 *
 * @internal
 * @module
 */
import { describeValue } from '../../errors.js';

export const perRequired = (p: { field: string }): string =>
  `${p.field} is required to choose the published precision of an indicator outside the catalog when the target sets no decimals`;
export const unknownIndicator = (p: { field: string; value: unknown; suggestion?: string }): string =>
  `${p.field} must be an indicator id in the catalog (got ${describeValue(p.value, 'en')})` +
  (p.suggestion === undefined ? '' : `; did you mean '${p.suggestion}'?`);
