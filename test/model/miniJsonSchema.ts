/**
 * A deliberately small JSON Schema (2020-12) validator for the keywords zod's
 * `toJSONSchema` emits for chitieu's model. It throws on any keyword it does not know, so a
 * schema it cannot judge fails the test instead of passing by accident.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$defs', 'format', 'examples']);
const ASSERTIONS = new Set([
  '$ref', 'type', 'properties', 'required', 'additionalProperties', 'enum', 'const', 'pattern',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'items', 'minItems', 'maxItems', 'anyOf', 'oneOf', 'allOf',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The errors of `value` against `schema` (empty when valid); `root` resolves `#/$defs/…`. */
export function validate(schema: Schema, value: unknown, root: Record<string, unknown>, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value allowed`];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !ASSERTIONS.has(key)) throw new Error(`miniJsonSchema: unsupported keyword ${key}`);
  }
  const errors: string[] = [];
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const match = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    if (match === null) throw new Error(`miniJsonSchema: unsupported $ref ${s.$ref}`);
    const target = (root.$defs as Record<string, Schema>)[match[1] as string];
    if (target === undefined) throw new Error(`miniJsonSchema: missing $def ${s.$ref}`);
    errors.push(...validate(target, value, root, path));
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const actual = typeOf(value);
    if (!types.some((type) => type === actual || (type === 'number' && actual === 'integer'))) return [...errors, `${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).some((option) => deepEqual(option, value))) errors.push(`${path}: not in enum`);
  if ('const' in s && !deepEqual(s.const, value)) errors.push(`${path}: expected const ${JSON.stringify(s.const)}`);
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: does not match ${s.pattern}`);
    const length = [...value].length;
    if (typeof s.minLength === 'number' && length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.maxLength === 'number' && length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) errors.push(`${path}: not above ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) errors.push(`${path}: not below ${s.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
    if (s.items !== undefined) value.forEach((item, n) => errors.push(...validate(s.items as Schema, item, root, `${path}[${n}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) errors.push(...validate(properties[key] as Schema, item, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined) errors.push(...validate(s.additionalProperties as Schema, item, root, `${path}.${key}`));
    }
  }
  if (s.allOf !== undefined) for (const sub of s.allOf as Schema[]) errors.push(...validate(sub, value, root, path));
  if (s.anyOf !== undefined && !(s.anyOf as Schema[]).some((sub) => validate(sub, value, root, path).length === 0)) errors.push(`${path}: matches no anyOf branch`);
  if (s.oneOf !== undefined) {
    const matches = (s.oneOf as Schema[]).filter((sub) => validate(sub, value, root, path).length === 0).length;
    if (matches !== 1) errors.push(`${path}: matches ${matches} oneOf branches, expected exactly 1`);
  }
  return errors;
}
