/**
 * The named types of src/model/types.ts are the outputs of the schemas of the same names:
 * checked both ways by the type checker (`npm run typecheck` compiles this file), so a field
 * added to a schema and not to its interface, or typed differently, fails the build.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type * as model from '../../src/model/index.js';

/** True when A and B are assignable to each other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const checks = {
  Area: true as Same<model.Area, z.output<typeof model.AreaSchema>>,
  Baseline: true as Same<model.Baseline, z.output<typeof model.BaselineSchema>>,
  BilingualTextInput: true as Same<model.BilingualTextInput, z.output<typeof model.BilingualTextSchema>>,
  BooleanTarget: true as Same<model.BooleanTarget, z.output<typeof model.BooleanTargetSchema>>,
  ChangeTarget: true as Same<model.ChangeTarget, z.output<typeof model.ChangeTargetSchema>>,
  Comparator: true as Same<model.Comparator, z.output<typeof model.ComparatorSchema>>,
  CountTarget: true as Same<model.CountTarget, z.output<typeof model.CountTargetSchema>>,
  DecimalString: true as Same<model.DecimalString, z.output<typeof model.DecimalStringSchema>>,
  Indicator: true as Same<model.Indicator, z.output<typeof model.IndicatorSchema>>,
  IndicatorNature: true as Same<model.IndicatorNature, z.output<typeof model.IndicatorNatureSchema>>,
  IndicatorReference: true as Same<model.IndicatorReference, z.output<typeof model.IndicatorReferenceSchema>>,
  IsoDate: true as Same<model.IsoDate, z.output<typeof model.IsoDateSchema>>,
  LevelTarget: true as Same<model.LevelTarget, z.output<typeof model.LevelTargetSchema>>,
  MaintainTarget: true as Same<model.MaintainTarget, z.output<typeof model.MaintainTargetSchema>>,
  Objective: true as Same<model.Objective, z.output<typeof model.ObjectiveSchema>>,
  Observation: true as Same<model.Observation, z.output<typeof model.ObservationSchema>>,
  ParentDocument: true as Same<model.ParentDocument, z.output<typeof model.ParentDocumentSchema>>,
  PartialDate: true as Same<model.PartialDate, z.output<typeof model.PartialDateSchema>>,
  Period: true as Same<model.Period, z.output<typeof model.PeriodSchema>>,
  Plan: true as Same<model.Plan, z.output<typeof model.PlanSchema>>,
  Population: true as Same<model.Population, z.output<typeof model.PopulationSchema>>,
  PopulationBasis: true as Same<model.PopulationBasis, z.output<typeof model.PopulationBasisSchema>>,
  QualitativeTarget: true as Same<model.QualitativeTarget, z.output<typeof model.QualitativeTargetSchema>>,
  ReferenceRange: true as Same<model.ReferenceRange, z.output<typeof model.ReferenceRangeSchema>>,
  ReportingFrequency: true as Same<model.ReportingFrequency, z.output<typeof model.ReportingFrequencySchema>>,
  ReportingReplacement: true as Same<model.ReportingReplacement, z.output<typeof model.ReportingReplacementSchema>>,
  ReportingRule: true as Same<model.ReportingRule, z.output<typeof model.ReportingRuleSchema>>,
  Responsibility: true as Same<model.Responsibility, z.output<typeof model.ResponsibilitySchema>>,
  ShareTarget: true as Same<model.ShareTarget, z.output<typeof model.ShareTargetSchema>>,
  Target: true as Same<model.Target, z.output<typeof model.TargetSchema>>,
  ThresholdComparator: true as Same<model.ThresholdComparator, z.output<typeof model.ThresholdComparatorSchema>>,
  UnitCondition: true as Same<model.UnitCondition, z.output<typeof model.UnitConditionSchema>>,
  PlanIssuer: true as Same<model.PlanIssuer, z.output<typeof model.PlanSchema>['issuer']>,
  PlanPeriod: true as Same<model.PlanPeriod, z.output<typeof model.PlanSchema>['period']>,
  PlanSource: true as Same<model.PlanSource, NonNullable<z.output<typeof model.PlanSchema>['source']>>,
  PopulationGroup: true as Same<model.PopulationGroup, NonNullable<z.output<typeof model.PopulationSchema>['group']>>,
} satisfies Record<string, true>;

describe('named model types', () => {
  it('equal the outputs of their schemas (checked by the compiler; 36 pairs)', () => {
    expect(Object.keys(checks)).toHaveLength(36);
  });
});
