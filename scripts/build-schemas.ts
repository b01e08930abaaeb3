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
import ts from 'typescript';
import * as z from 'zod/mini';
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
const shared: [z.core.$ZodType, string][] = [
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
// the objects written inline in a plan and a population, named as their types are
const inner = (schema: unknown): z.core.$ZodType => (schema as { def: { innerType: z.core.$ZodType } }).def.innerType;
shared.push(
  [PlanSchema.shape.issuer, 'PlanIssuer'],
  [PlanSchema.shape.period, 'PlanPeriod'],
  [inner(PlanSchema.shape.source), 'PlanSource'],
  [inner(PopulationSchema.shape.group), 'PopulationGroup'],
);
for (const [schema, id] of shared) names.add(schema, { id });

/** The type in src/model/types.ts each named schema is the input form of, where the names differ. */
const TYPE_OF: Record<string, string> = { BilingualText: 'BilingualTextInput' };

interface Documented {
  /** The type's own description: the first paragraph of its TSDoc. */
  readonly description: string;
  /** Each field's description. */
  readonly fields: ReadonlyMap<string, string>;
}

/**
 * The descriptions of the model's types and their fields, read from the TSDoc of
 * src/model/types.ts (inherited fields included): each field is documented there once, and
 * the reference and these schemas both show it.
 */
export function modelDocs(): ReadonlyMap<string, Documented> {
  const file = fileURLToPath(new URL('../src/model/types.ts', import.meta.url));
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const docs = new Map<string, Documented>();
  const text = (symbol: ts.Symbol): string => ts.displayPartsToString(symbol.getDocumentationComment(checker)).split('\n\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  for (const symbol of moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const fields = new Map<string, string>();
    if (type.isClassOrInterface()) for (const property of checker.getPropertiesOfType(type)) fields.set(property.getName(), text(property));
    docs.set(symbol.getName(), { description: text(symbol), fields });
  }
  return docs;
}

/** Put each documented description on the JSON Schema's named definitions and their properties. */
function describe(node: Record<string, unknown>, name: string, docs: ReadonlyMap<string, Documented>): void {
  const documented = docs.get(TYPE_OF[name] ?? name);
  if (documented === undefined) return;
  if (documented.description !== '') node['description'] = documented.description;
  const properties = node['properties'] as Record<string, Record<string, unknown>> | undefined;
  for (const [field, schema] of Object.entries(properties ?? {})) {
    const description = documented.fields.get(field);
    if (description !== undefined && description !== '') schema['description'] = description;
  }
}

/**
 * The JSON Schema of one model schema, with `$id`, `title` and `description`, and with the
 * descriptions of `docs` (from {@link modelDocs}; the build always passes them).
 */
export function buildSchema(name: keyof typeof SCHEMAS, docs?: ReadonlyMap<string, Documented>): Record<string, unknown> {
  const { schema, title, description } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', metadata: names }) as Record<string, unknown>;
  if (docs !== undefined) {
    for (const [id, definition] of Object.entries((json['$defs'] ?? {}) as Record<string, Record<string, unknown>>)) describe(definition, id, docs);
    describe(json, title.replace('chitieu ', ''), docs);
  }
  const { $schema, ...rest } = json;
  return { $schema, $id: `${BASE_ID}${name}.schema.json`, title, description, ...rest };
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'schemas');
  mkdirSync(outDir, { recursive: true });
  const docs = modelDocs();
  for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const file = join(outDir, `${name}.schema.json`);
    writeFileSync(file, `${JSON.stringify(buildSchema(name, docs), null, 2)}\n`);
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
