/**
 * What a renderer is: a format and a function from a laid-out scorecard to text. Internal.
 *
 * @internal
 * @module
 */
import type { Wording } from '../wording/types.js';
import type { Sheet } from './table.js';

/** The formats scorecards print in. */
export type RenderFormat = 'text' | 'markdown' | 'csv' | 'html';

/** A renderer: one module each, listed in the registry. */
export interface Renderer {
  readonly format: RenderFormat;
  render(sheet: Sheet, wording: Wording): string;
}
