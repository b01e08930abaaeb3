/**
 * The reader: Vietnamese target sentences and plan documents into target drafts that the
 * model validates, with the questions a person must answer.
 *
 * @module
 */
export type {
  ReadQuestionCode,
  ReadQuestion,
  DraftCondition,
  TargetDraft,
  ReadTargetsOptions,
  ReadPlanOptions,
  PlanTargetDraft,
  PlanDraft,
} from './types.js';
export { readTargets } from './readTargets.js';
export { readPlan } from './readPlan.js';
