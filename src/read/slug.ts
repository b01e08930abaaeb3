/**
 * Ids from Vietnamese names: “xã Cao Minh” → `xa-cao-minh`.
 *
 * @module
 */

/** A kebab-case ASCII id for a name. */
export function slug(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // runs of other characters are one “-” already
  return ascii === '' ? 'area' : ascii;
}
