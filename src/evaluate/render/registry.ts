/**
 * The renderers, by format: adding one is a new module and one line here. Internal.
 *
 * @internal
 * @module
 */
import { csv } from './csv.js';
import { html } from './html.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { RenderFormat, Renderer } from './types.js';

export type { RenderFormat, Renderer } from './types.js';

const RENDERERS: Readonly<Record<RenderFormat, Renderer>> = { text, markdown, csv, html };

/** The formats, in the order the documentation lists them. */
export const RENDER_FORMATS: readonly RenderFormat[] = Object.keys(RENDERERS) as RenderFormat[];

/** The renderer of a format, or `undefined`. */
export function rendererOf(format: unknown): Renderer | undefined {
  // only a string: an object whose toString names a format is not one
  return typeof format === 'string' && Object.hasOwn(RENDERERS, format) ? RENDERERS[format as RenderFormat] : undefined;
}
