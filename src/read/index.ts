/**
 * The reader: Vietnamese target sentences and plan documents into target drafts that the
 * model validates, with the questions a person must answer. Import it from `chitieu/read`, an
 * entry point of its own, so that apps that only compute or evaluate never load its word lists.
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
