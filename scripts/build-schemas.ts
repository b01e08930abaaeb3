/**
 * Write the JSON Schemas of the model to `schemas/`: plan, objective, target, indicator,
 * observation and population. Run with `npx tsx scripts/build-schemas.ts`.
 *
 * The schemas describe the input form (what a JSON file may contain, before defaults) and
 * are generated from the zod schemas with `z.toJSONSchema(schema, { io: 'input' })`. Rules
 * that span fields (a `between` target needs `upper`, no target due before the plan was
 * issued, unique ids …) cannot be expressed in JSON Schema: `parsePlan` checks them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  AreaSchema,
  BaselineSchema,
  BilingualTextSchema,
  BooleanTargetSchema,
  ChangeTargetSchema,
  ComparatorSchema,
  CountTargetSchema,
  DecimalStringSchema,
  IndicatorReferenceSchema,
  IndicatorSchema,
  IsoDateSchema,
  LevelTargetSchema,
  MaintainTargetSchema,
  ObjectiveSchema,
  ObservationSchema,
  ParentDocumentSchema,
  PartialDateSchema,
  PeriodSchema,
  PlanSchema,
  PopulationSchema,
  QualitativeTargetSchema,
  ReferenceRangeSchema,
  ReportingReplacementSchema,
  ReportingRuleSchema,
  ResponsibilitySchema,
  ShareTargetSchema,
  TargetSchema,
  ThresholdComparatorSchema,
  UnitConditionSchema,
} from '../src/model/index.js';

const BASE_ID = 'https://unpkg.com/chitieu/schemas/';

/** The schemas written, by file name. */
export const SCHEMAS = {
  plan: { schema: PlanSchema, title: 'chitieu Plan', description: 'A Vietnamese health plan: objectives, dated targets, parents, reporting.' },
  objective: { schema: ObjectiveSchema, title: 'chitieu Objective', description: 'An objective of a plan with its targets.' },
  target: { schema: TargetSchema, title: 'chitieu Target', description: 'A target: level, range, change, maintain, share, count, boolean or qualitative.' },
  indicator: { schema: IndicatorSchema, title: 'chitieu Indicator', description: 'An indicator: names, unit, multiplier, polarity, precision, definitions.' },
  observation: { schema: ObservationSchema, title: 'chitieu Observation', description: 'An observed value of an indicator for an area and a period.' },
  population: { schema: PopulationSchema, title: 'chitieu Population', description: 'A population count of an area on a date.' },
} as const;

/**
 * Names for the shared parts, so that `$defs` read `#/$defs/BilingualText` rather than
 * `__schema3`. A local registry: zod's global registry is left alone.
 */
const names = z.registry<{ id: string }>();
const shared: [z.ZodType, string][] = [
  [BilingualTextSchema, 'BilingualText'],
  [DecimalStringSchema, 'DecimalString'],
  [IsoDateSchema, 'IsoDate'],
  [PartialDateSchema, 'PartialDate'],
  [PeriodSchema, 'Period'],
  [ComparatorSchema, 'Comparator'],
  [ThresholdComparatorSchema, 'ThresholdComparator'],
  [BaselineSchema, 'Baseline'],
  [UnitConditionSchema, 'UnitCondition'],
  [LevelTargetSchema, 'LevelTarget'],
  [ChangeTargetSchema, 'ChangeTarget'],
  [MaintainTargetSchema, 'MaintainTarget'],
  [ShareTargetSchema, 'ShareTarget'],
  [CountTargetSchema, 'CountTarget'],
  [BooleanTargetSchema, 'BooleanTarget'],
  [QualitativeTargetSchema, 'QualitativeTarget'],
  [TargetSchema, 'Target'],
  [ObjectiveSchema, 'Objective'],
  [AreaSchema, 'Area'],
  [ParentDocumentSchema, 'ParentDocument'],
  [ResponsibilitySchema, 'Responsibility'],
  [ReportingReplacementSchema, 'ReportingReplacement'],
  [ReportingRuleSchema, 'ReportingRule'],
  [ReferenceRangeSchema, 'ReferenceRange'],
  [IndicatorReferenceSchema, 'IndicatorReference'],
];
for (const [schema, id] of shared) names.add(schema, { id });

/** The JSON Schema of one model schema, with `$id`, `title` and `description`. */
export function buildSchema(name: keyof typeof SCHEMAS): Record<string, unknown> {
  const { schema, title, description } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', metadata: names }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: `${BASE_ID}${name}.schema.json`, title, description, ...rest };
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'schemas');
  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const file = join(outDir, `${name}.schema.json`);
    writeFileSync(file, `${JSON.stringify(buildSchema(name), null, 2)}\n`);
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
