/**
 * Evaluation: one target's verdict, figure, gap, progress, projection and what it takes; a
 * plan's scorecard; many areas at once; scorecards printed as text, Markdown, CSV or HTML; and
 * the consistency checks within a plan and between a plan and its parent.
 *
 * @module
 */
export type {
  TargetStatus,
  TargetReason,
  IndicatorLookup,
  CheckPlanOptions,
  ProjectionMethod,
  EvaluateOptions,
  FigureInterval,
  Threshold,
  SdgCategory,
  Projection,
  WhatItTakes,
  PeriodVerdict,
  UnitCount,
  TargetResult,
  StatusCounts,
  PlanScorecard,
  AreaScorecard,
  ResultTable,
  Scorecard,
  ObservationColumns,
  CodedColumn,
  ObservationsInput,
  ObservationIndex,
} from './types.js';
export { indexObservations } from './indexObservations.js';
export { evaluateTarget } from './evaluateTarget.js';
export { evaluatePlan } from './evaluatePlan.js';
export { evaluateAreas } from './evaluateAreas.js';
export { evaluateTable } from './evaluateTable.js';
export { tableResult } from './tableResult.js';
export { statusLabel } from './statusLabel.js';
export { renderScorecard } from './renderScorecard.js';
export { checkPlan } from './checkPlan.js';
export { checkAlignment } from './checkAlignment.js';
export type { Finding, FindingCode, FindingSeverity } from './findings.js';
