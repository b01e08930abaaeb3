import { checkPlan } from '../evaluate/checkPlan.js';
import type { ObservationInput } from '../model/observation.js';
import type { PlanInput } from '../model/plan.js';
import type { ObjectiveInput } from '../model/objective.js';
import type { TargetInput } from '../model/target.js';
import { checkId, checkOptions, checkText } from './checkInput.js';
import { lineStarts, type Source } from './draft.js';
import { fold } from './fold.js';
import { readHeader } from './header.js';
import { PLAN_AREA, PLAN_DATE, PLAN_INVALID, PLAN_INVALID_MORE, PLAN_ISSUER, PLAN_NUMBER, PLAN_PERIOD, PLAN_TITLE, question, TARGET_LEFT_OUT } from './messages/index.js';
import { mergeDrafts, type Placed } from './mergeDrafts.js';
import { checkDraft, type DraftIssue } from './planIssues.js';
import { quotesOf, readLines } from './readLines.js';
import { readReporting } from './reporting.js';
import type { SentenceContext } from './sentence.js';
import { slug } from './slug.js';
import { sectionsOf, type Section } from './structure.js';
import { toTarget } from './toTarget.js';
import type { PlanDraft, PlanTargetDraft, ReadPlanOptions, ReadQuestion } from './types.js';

const AREA_LEVEL = { central: 'national', province: 'province', department: 'province', district: 'district', commune: 'commune' } as const;

function contextOf(section: Section, planEnd: number | undefined, year: number | undefined): SentenceContext {
  const due = (y: number | undefined): Partial<SentenceContext> => (y === undefined ? {} : { defaultDue: `${y}-12-31`, dueFrom: 'context' as const });
  switch (section.kind) {
    case 'specific':
      return { mode: 'objective', ...due(year ?? planEnd) };
    case 'vision':
      return { mode: 'objective', vision: true, ...due(section.year ?? planEnd) };
    case 'task':
      return { mode: 'task', ...due(planEnd) };
    case 'result':
      return { mode: 'result', ...due(section.year) };
    case 'appendix':
      return { mode: 'objective', ...due(planEnd) };
    default:
      return { mode: 'general', ...due(section.year ?? planEnd) };
  }
}

/** The questions kept for a draft that does not parse: one for each of its first problems. */
const INVALID_SHOWN = 3;

/** A path into the plan as a field name: `objectives[0].targets[2].due`. */
function fieldOf(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the plan the reader builds is always an object whose schema's rules each name a field, so no problem has an empty path
  return text === '' ? 'plan' : text;
}

/** The id of the target a path leads into (`objectives.0.targets.2…`), if any. */
function targetAt(plan: PlanInput, path: readonly (string | number)[]): string | undefined {
  const [objectives, o, targets, t] = path;
  if (objectives !== 'objectives' || typeof o !== 'number' || targets !== 'targets' || typeof t !== 'number') return undefined;
  const id = (plan.objectives[o]?.targets?.[t] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * `PLAN_INVALID` questions for the problems parsing found in a draft: the first few,
 * each naming its field (and its target), worded in both languages; then how many more.
 */
function invalidQuestions(plan: PlanInput, issues: readonly DraftIssue[]): ReadQuestion[] {
  const asked = issues.slice(0, INVALID_SHOWN).map((issue) => {
    const field = fieldOf(issue.path);
    return question(PLAN_INVALID, field, { field, issue: issue.message }, targetAt(plan, issue.path));
  });
  if (issues.length > INVALID_SHOWN) asked.push(question(PLAN_INVALID_MORE, 'plan', { more: issues.length - INVALID_SHOWN }));
  return asked;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A unique id from `base`: `base`, then `base-2`, `base-3` … (the next number kept per base). */
function unique(base: string, used: Map<string, number>): string {
  let n = used.get(base);
  let id = base;
  if (n !== undefined) {
    do {
      n += 1;
      id = `${base}-${n}`;
    } while (used.has(id));
  }
  used.set(base, n ?? 1);
  used.set(id, used.get(id) ?? 1);
  return id;
}

/**
 * Read a whole plan document into a plan draft: its number and date (“39-KH/ĐU … ngày
 * 31/12/2025”), kind, title, issuer and level, area, period, the documents it implements
 * (parents), its objectives from the headings (“Mục tiêu chung”, “Mục tiêu cụ thể”, “Mục tiêu
 * đến năm 2030”, “Tầm nhìn”), the targets under each (read as {@link readTargets} reads them,
 * with line numbers), the tables of an appendix (a label, a baseline column and a target
 * column), targets stated in the tasks (only with a figure, or with “toàn bộ”, “mỗi” …), and
 * the reporting rhythm (“trước ngày 10 của tháng cuối quý”).
 *
 * A target stated twice (in the objectives and again in the tasks or the appendix) is one
 * target; a figure reported as achieved becomes an observation. The plan comes back in the
 * input form `parsePlan` takes, with the questions a person must answer first (a blank
 * number, a partial date, an inferred comparator …); `valid` says whether it parses as it
 * is, and `findings` holds `checkPlan`'s findings when it does (two figures for one target are
 * a `CONFLICTING_TARGETS` finding).
 *
 * @param text - the plan document.
 * @param options - `id`: the plan's id (default `'plan-draft'`).
 * @throws {@link index!ChitieuError} as {@link readTargets} for bad text, `INVALID_ARGUMENT` (field
 *   `options.id`) when `id` is not a non-empty string.
 * @category Reader
 * @example
 * ```ts
 * import { readPlan } from 'chitieu/read';
 *
 * const text = [
 *   'Số: 12-KH/UBND',
 *   'Xã Mẫu, ngày 05 tháng 01 năm 2026',
 *   'KẾ HOẠCH',
 *   'Phát triển y tế xã năm 2026',
 *   '',
 *   'Ủy ban nhân dân xã Mẫu xây dựng Kế hoạch như sau:',
 *   'I. MỤC TIÊU CỤ THỂ NĂM 2026',
 *   '- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.',
 *   '- Số bác sĩ/vạn dân: 12.',
 *   'II. TỔ CHỨC THỰC HIỆN',
 *   '- Phấn đấu năm 2026 đạt trên 95% dân số tham gia bảo hiểm y tế.',
 *   '- Định kỳ hàng quý báo cáo kết quả trước ngày 15 tháng cuối quý.',
 * ].join('\n');
 * const read = readPlan(text, { id: 'mau-2026' });
 * console.log([read.plan.number, read.plan.issued, read.plan.issuer.name.vi, read.plan.area.id]); // [ '12-KH/UBND', '2026-01-05', 'Ủy ban nhân dân xã Mẫu', 'xa-mau' ]
 * console.log(read.plan.objectives[0]?.targets?.map((target) => target.id)); // [ 'mau-2026/health-insurance-coverage-2026', 'mau-2026/doctors-per-10k-2026' ]
 * // the tasks restate the coverage target (line 11): one target
 * console.log(read.drafts[0]?.repeats); // [ 11 ]
 * console.log(read.plan.reporting?.map((rule) => [rule.frequency, rule.month, rule.day])); // [ [ 'quarterly', 3, 15 ] ]
 * console.log(read.questions.filter((q) => q.target === 'mau-2026/doctors-per-10k-2026').map((q) => q.code)); // [ 'COMPARATOR_ASSUMED', 'DUE_ASSUMED' ]
 * console.log(read.valid); // true
 * ```
 */
export function readPlan(text: string, options?: ReadPlanOptions): PlanDraft {
  checkText(text);
  const planId = checkId(checkOptions(options).id) ?? 'plan-draft';
  const folded = fold(text);
  const source: Source = { text, folded, lineStarts: lineStarts(text) };
  const sections = sectionsOf(source);
  const firstHeading = sections.find((section) => section.heading !== undefined)?.heading;
  const preambleEnd = firstHeading === undefined ? text.length : (folded.at[firstHeading.from] as number);
  const header = readHeader(text, preambleEnd);
  const questions: ReadQuestion[] = [];

  const objectiveYears = sections.filter((s) => s.kind === 'specific' && s.year !== undefined).map((s) => s.year as number);
  const titleYear = header.title === undefined ? undefined : Number(/năm (\d{4})\s*$/u.exec(header.title)?.[1] ?? Number.NaN);
  const planEnd = objectiveYears.length > 0 ? Math.max(...objectiveYears) : titleYear !== undefined && Number.isFinite(titleYear) ? titleYear : undefined;

  // read every section
  const quotes = quotesOf(folded.text);
  const placed: Placed[] = [];
  const reportingSentences: { text: string; folded: string }[] = [];
  let specificYear: number | undefined;
  sections.forEach((section, index) => {
    if (section.kind === 'specific') specificYear = section.year ?? (section.title !== undefined && /chung|tổng quát/iu.test(section.title) ? undefined : specificYear);
    const context = contextOf(section, planEnd, section.kind === 'specific' ? (section.year ?? specificYear) : undefined);
    for (const sentence of readLines(source, section.lines, context, quotes)) {
      for (const draft of sentence.drafts) placed.push({ draft, section: index, repeats: [] });
      if (section.kind === 'task' || section.kind === 'preamble') {
        reportingSentences.push({
          text: text.slice(folded.at[sentence.segment.from], folded.at[sentence.segment.to]),
          folded: folded.text.slice(sentence.segment.from, sentence.segment.to),
        });
      }
    }
  });
  const merged = mergeDrafts(placed);

  // the period: the objectives' horizons, else the targets' years
  const targetYears = merged
    .filter((item) => item.draft.kind === 'target' && item.draft.due !== undefined && sections[item.section]?.kind !== 'vision')
    .map((item) => Number((item.draft.due as string).slice(0, 4)));
  const objectiveTargetYears = merged
    .filter((item) => item.draft.kind === 'target' && item.draft.due !== undefined && sections[item.section]?.kind === 'specific')
    .map((item) => Number((item.draft.due as string).slice(0, 4)));
  const issuedYear = header.issued === undefined ? undefined : Number(header.issued.slice(0, 4));
  const to = planEnd ?? (targetYears.length > 0 ? Math.max(...targetYears) : (issuedYear ?? new Date(0).getUTCFullYear()));
  const fromCandidates = objectiveTargetYears.length > 0 ? objectiveTargetYears : targetYears.length > 0 ? targetYears : [issuedYear ?? to];
  const from = Math.min(to, ...fromCandidates);
  questions.push(question(PLAN_PERIOD, 'period', { from, to }));

  // header fields
  if (header.number === undefined) questions.push(question(PLAN_NUMBER, 'number', {}));
  if (header.issued === undefined || header.issued.length < 10) questions.push(question(PLAN_DATE, 'issued', header.issuedText === undefined || header.issuedText === '' ? {} : { text: header.issuedText }));
  if (header.title === undefined) questions.push(question(PLAN_TITLE, 'title', {}));
  if (header.issuer === undefined || header.level === undefined) questions.push(question(PLAN_ISSUER, 'issuer', header.issuer === undefined ? {} : { issuer: header.issuer }));
  if (header.area === undefined) questions.push(question(PLAN_AREA, 'area', {}));
  const areaLevel = header.area?.level ?? (header.level === undefined ? 'commune' : AREA_LEVEL[header.level]);
  const area = {
    id: header.area === undefined ? `${planId}/area` : slug(header.area.name),
    name: { vi: header.area?.name ?? '(chưa xác định)' },
    level: areaLevel,
  };

  // objectives: one per objective heading; targets of tasks and appendices under objectives of their own
  const objectives: (ObjectiveInput & { targets: TargetInput[] })[] = [];
  const objectiveOf = new Map<number, ObjectiveInput & { targets: TargetInput[] }>();
  const objectiveIds = new Map<string, number>();
  const targetIds = new Map<string, number>();
  const drafts: PlanTargetDraft[] = [];
  const observations: ObservationInput[] = [];
  const earlierYears = (index: number): number[] =>
    sections
      .slice(0, index)
      .filter((s) => s.kind === 'specific' && s.year !== undefined)
      .map((s) => s.year as number);
  const objectiveFor = (index: number, dueYear: number): ObjectiveInput & { targets: TargetInput[] } => {
    const existing = objectiveOf.get(index);
    if (existing !== undefined) {
      // Stryker disable next-line OptionalChaining: `index` is always that of a section (a draft's own, or 0 of a document's first), so `sections[index]` is never undefined
      if (dueYear > existing.horizon && (sections[index]?.kind === 'task' || sections[index]?.kind === 'appendix' || sections[index]?.kind === 'preamble')) {
        existing.horizon = dueYear;
      }
      return existing;
    }
    const section = sections[index] as Section;
    const kind = section.kind === 'general' || section.kind === 'preamble' ? 'general' : 'specific';
    const horizon = section.kind === 'vision' || section.kind === 'specific' ? (section.year ?? Math.max(to, dueYear)) : Math.max(to, dueYear);
    const base = section.kind === 'vision' ? `vision-${horizon}` : section.kind === 'appendix' ? 'appendix' : section.kind === 'task' ? 'tasks' : `${kind}-${horizon}`;
    const firstLine = section.kind === 'appendix' ? section.lines.map((line) => text.slice(folded.at[line.from], folded.at[line.to]).replace(/[*#]/g, '').trim()).find((line) => line !== '') : undefined;
    const objective = {
      id: unique(base, objectiveIds),
      kind,
      horizon,
      ...(section.kind === 'vision' ? { vision: true } : {}),
      text: { vi: firstLine ?? section.title ?? 'Mục tiêu' },
      targets: [] as TargetInput[],
    } as ObjectiveInput & { targets: TargetInput[] };
    objectiveOf.set(index, objective);
    objectives.push(objective);
    return objective;
  };
  // general objectives keep their text even without targets
  sections.forEach((section, index) => {
    if (section.kind !== 'general') return;
    const paragraph = section.lines.map((line) => text.slice(folded.at[line.from], folded.at[line.to]).trim()).find((line) => line !== '');
    if (paragraph === undefined) return;
    const objective = objectiveFor(index, to);
    objective.text = { vi: paragraph };
  });

  const byLine = new Map<number, { indicator: string; id: string; due: string }[]>();
  for (const item of merged) {
    const { draft } = item;
    if (draft.kind === 'result') {
      if (draft.indicator !== undefined && draft.due !== undefined && draft.value !== undefined) {
        observations.push({ indicator: draft.indicator, area: area.id, period: draft.due.slice(0, 4), value: draft.value, source: { vi: draft.text } });
      } else {
        questions.push(question(TARGET_LEFT_OUT, 'indicator', { reason: 'result', line: draft.line }));
      }
      drafts.push({ ...draft, repeats: item.repeats });
      continue;
    }
    const due = draft.due ?? `${to}-12-31`;
    const dueYear = Number(due.slice(0, 4));
    const id = draft.indicator === undefined ? undefined : unique(`${planId}/${draft.indicator}-${dueYear}`, targetIds);
    const earlier = earlierYears(item.section).filter((year) => year < dueYear);
    const milestone = draft.targetKind === 'count' && draft.indicator !== undefined
      ? byLine.get(draft.line)?.find((other) => `${other.indicator}-count` === draft.indicator && other.due > due)?.id
      : undefined;
    const target =
      id === undefined
        ? undefined
        : toTarget(draft, id, {
            due,
            baselinePeriod: String(from - 1),
            from: earlier.length > 0 ? `${Math.max(...earlier) + 1}-01-01` : `${from}-01-01`,
            ...(milestone === undefined ? {} : { milestoneOf: milestone }),
          });
    if (target === undefined || id === undefined) {
      questions.push(question(TARGET_LEFT_OUT, 'indicator', { reason: 'no-indicator', line: draft.line }));
      drafts.push({ ...draft, repeats: item.repeats });
      continue;
    }
    const objective = objectiveFor(item.section, dueYear);
    objective.targets.push(target);
    for (const line of [draft.line, ...item.repeats]) byLine.set(line, [...(byLine.get(line) ?? []), { indicator: draft.indicator as string, id, due }]);
    drafts.push({ ...draft, id, objective: objective.id, repeats: item.repeats });
    for (const q of draft.questions) questions.push({ ...q, target: id });
  }
  if (objectives.length === 0) objectiveFor(0, to);

  const plan: PlanInput = {
    id: planId,
    ...(header.number === undefined ? {} : { number: header.number }),
    kind: header.kind,
    title: { vi: header.title ?? '(chưa có tiêu đề)' },
    issuer: { name: { vi: header.issuer ?? '(chưa xác định)' }, level: header.level ?? 'commune' },
    area,
    ...(header.issued === undefined ? {} : { issued: header.issued }),
    ...(header.issuedText === undefined ? {} : { issuedText: header.issuedText }),
    period: { from, to },
    parents: header.parents.map((parent) => ({
      number: parent.number,
      ...(parent.date === undefined ? {} : { date: parent.date }),
      ...(parent.issuer === undefined ? {} : { issuer: { vi: parent.issuer } }),
    })),
    objectives: objectives.map((objective) => (objective.targets.length === 0 ? { ...objective, targets: [] } : objective)),
    reporting: readReporting(reportingSentences),
  };
  const parsed = checkDraft(plan);
  let findings: PlanDraft['findings'] = [];
  if (parsed.success) findings = checkPlan(parsed.data);
  else questions.push(...invalidQuestions(plan, parsed.issues));
  return deepFreeze({ plan, drafts, observations, questions, valid: parsed.success, findings });
}
