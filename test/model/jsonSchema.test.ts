/**
 * The JSON Schemas written by scripts/build-schemas.ts: they accept what the zod schemas
 * accept (for rules a JSON Schema can state) and reject a bad comparator. Checked with the
 * small validator in ./miniJsonSchema.ts (no dependency added).
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, modelDocs, SCHEMAS } from '../../scripts/build-schemas.js';
import { ComparatorSchema, ObservationSchema, PlanSchema, TargetSchema } from '../../src/model/index.js';
import { validate } from './miniJsonSchema.js';

// A known-good plan: Cao Minh's targets 2.1–2.4 (000_fd165c55eb47a287.txt), as a JSON file would hold them.
const caoMinh = {
  id: 'cao-minh-2026', kind: 'plan', title: { vi: 'Kế hoạch thực hiện Đề án số 14-ĐA/TU' }, issued: '2026',
  issuer: { name: { vi: 'Ban Thường vụ Đảng ủy xã Cao Minh' }, level: 'commune' },
  area: { id: 'vn-thai-nguyen/cao-minh', name: { vi: 'xã Cao Minh' }, level: 'commune' },
  period: { from: 2026, to: 2026 },
  parents: [{ number: '14-ĐA/TU', date: '2025-12-10' }, { number: '22-KH/TU', date: '2025-12-30' }],
  objectives: [{
    id: 'specific-2026', kind: 'specific', horizon: 2026, text: { vi: 'Mục tiêu cụ thể năm 2026' },
    targets: [
      { id: 'cao-minh-2026/beds', indicator: 'beds-per-10k', comparator: '>=', value: '49.2', due: '2026-12-31', text: { vi: '2.1. Đến hết năm 2026, số giường bệnh/vạn dân: 49,2.' } },
      { id: 'cao-minh-2026/doctors', indicator: 'doctors-per-10k', comparator: '>=', value: 17.5, due: '2026-12-31' },
      { kind: 'share', id: 'cao-minh-2026/four-doctors', indicator: 'stations-with-4-doctors', due: '2026-12-31', units: { vi: 'Trạm y tế' }, condition: { indicator: 'station-doctors', comparator: '>=', value: '4' }, comparator: '>=', value: '100' },
      { id: 'cao-minh-2026/bhyt', indicator: 'health-insurance-coverage', comparator: '>', value: '95', due: '2026-12-31' },
    ],
  }],
  reporting: [{ frequency: 'yearly', month: 11, day: 10, before: true }],
};

function check(name: keyof typeof SCHEMAS, value: unknown): string[] {
  const schema = buildSchema(name);
  return validate(schema, value, schema);
}

describe('JSON Schemas', () => {
  it('carry $id, title and the 2020-12 dialect', () => {
    for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
      const schema = buildSchema(name);
      expect(schema.$id).toBe(`https://unpkg.com/chitieu/schemas/${name}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title).toBe('string');
    }
  });

  it('accept a known-good plan, as zod does', () => {
    expect(PlanSchema.safeParse(caoMinh).success).toBe(true);
    expect(check('plan', caoMinh)).toEqual([]);
  });

  it('reject a bad comparator, as zod does', () => {
    const bad = structuredClone(caoMinh);
    (bad.objectives[0]?.targets[3] as { comparator: string }).comparator = '=>';
    expect(PlanSchema.safeParse(bad).success).toBe(false);
    expect(check('plan', bad).length).toBeGreaterThan(0);
    expect(check('target', { id: 't', indicator: 'x', comparator: '=>', value: '1', due: '2026-12-31' }).length).toBeGreaterThan(0);
  });

  it('agree with zod on shape-only cases', () => {
    const target = { id: 't', indicator: 'x', comparator: '>=', value: '1', due: '2026-12-31' };
    const targets: [unknown, boolean][] = [
      [target, true],
      [{ ...target, kind: 'level' }, true],
      [{ ...target, value: 17.5 }, true],
      [{ ...target, value: '17,5' }, false], // decimal comma
      [{ ...target, due: '31/12/2026' }, false],
      [{ ...target, id: undefined }, false],
      [{ ...target, kind: 'ratio' }, false],
      [{ kind: 'boolean', id: 'b', indicator: 'major-epidemic', expected: false, due: '2026-12-31' }, true],
      [{ kind: 'boolean', id: 'b', indicator: 'major-epidemic', expected: 'no', due: '2026-12-31' }, false],
      [{ kind: 'qualitative', id: 'q', indicator: 'x', due: '2045-12-31' }, false], // text is required
      [{ ...target, aim: '5', governedBy: 'other' }, true],
      [{ ...target, aim: '5,5' }, false], // decimal comma
      [{ ...target, comparator: 'between', upper: '5,5' }, false], // decimal comma in a range
    ];
    for (const [input, valid] of targets) {
      expect(TargetSchema.safeParse(input).success).toBe(valid);
      expect(check('target', input).length === 0).toBe(valid);
    }
    const observations: [unknown, boolean][] = [
      [{ indicator: 'x', area: 'a', period: '2026-Q2', value: '95.1' }, true],
      [{ indicator: 'x', area: 'a', period: '2026-Q5', value: '95.1' }, false],
      [{ indicator: 'x', area: 'a', period: '2026', numerator: 21, denominator: '12000' }, true],
      [{ indicator: 'x', area: 'a', period: '2026', numerator: 21, denominator: '12000', populationBasis: 'same-date' }, true],
      [{ indicator: 'x', area: 'a', period: '2026', numerator: 21, denominator: '12000', populationBasis: 'average' }, false],
    ];
    for (const [input, valid] of observations) {
      expect(ObservationSchema.safeParse(input).success).toBe(valid);
      expect(check('observation', input).length === 0).toBe(valid);
    }
  });

  it('list the comparators and the required fields of a level target', () => {
    const schema = buildSchema('target') as { $defs: Record<string, { enum?: string[]; required?: string[] }> };
    expect(schema.$defs.Comparator?.enum).toEqual(ComparatorSchema.options);
    // DESIGN.md: a level target carries at least { id, indicator, comparator, value, due }
    expect([...(schema.$defs.LevelTarget?.required ?? [])].sort()).toEqual(['comparator', 'due', 'id', 'indicator', 'value']);
  });

  // issue 11: `aspirational`, `from`, `scope` and `note` were described nowhere
  it('describe every field, from the one place each is documented (src/model/types.ts)', { timeout: 30_000 }, () => {
    const docs = modelDocs();
    const undescribed: string[] = [];
    for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
      const schema = buildSchema(name, docs) as { properties?: Record<string, { description?: string }>; $defs?: Record<string, { properties?: Record<string, { description?: string }> }> };
      const objects = [['', schema] as const, ...Object.entries(schema.$defs ?? {})];
      for (const [def, object] of objects) {
        for (const [field, property] of Object.entries(object.properties ?? {})) {
          if (typeof property.description !== 'string' || property.description === '') undescribed.push(`${name}:${def}.${field}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
    const target = buildSchema('target', docs) as { $defs: Record<string, { properties: Record<string, { description: string }> }> };
    const level = target.$defs['LevelTarget']?.properties ?? {};
    expect(level['aspirational']?.description).toBe('True for “phấn đấu” (strive for) targets: aspirational wording in the plan.');
    expect(level['from']?.description).toMatch(/^First day the target applies/);
    expect(level['scope']?.description).toMatch(/^What the figure includes/);
    expect(level['note']?.description).toMatch(/^An editor's note/);
  });
});
