import { PlanSchema, type Plan } from './plan.js';
import { parseWith, safeParseWith, type ParseResult } from './parseWith.js';

/**
 * Parse a plan from untrusted data (e.g. JSON), or throw a `SCHEMA` {@link ChitieuError}
 * whose `issues` give every problem's path and a message in English and Vietnamese.
 *
 * @category Model
 * @param input - the plan as written in JSON ({@link PlanInput}).
 * @example
 * ```ts
 * import { parsePlan } from 'chitieu';
 *
 * // a plan read from a JSON file: Cao Minh's “số bác sĩ/vạn dân: 17,5” by the end of 2026
 * const json = `{
 *   "id": "cao-minh-2026", "kind": "plan", "title": { "vi": "Kế hoạch năm 2026" },
 *   "issuer": { "name": { "vi": "Ban Thường vụ Đảng ủy xã Cao Minh" }, "level": "commune" },
 *   "area": { "id": "vn-thai-nguyen/cao-minh", "name": { "vi": "xã Cao Minh" }, "level": "commune" },
 *   "period": { "from": 2026, "to": 2026 },
 *   "objectives": [{ "id": "specific", "kind": "specific", "horizon": 2026, "text": { "vi": "Mục tiêu cụ thể" },
 *     "targets": [{ "id": "doctors", "indicator": "doctors-per-10k", "comparator": ">=", "value": "17.5", "due": "2026-12-31" }] }]
 * }`;
 * const plan = parsePlan(JSON.parse(json));
 * console.log(plan.objectives[0]?.targets[0]?.kind); // 'level'
 * console.log(plan.reporting); // []
 * ```
 * @example
 * ```ts
 * import { parsePlan, ChitieuError } from 'chitieu';
 *
 * const plan = {
 *   id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issued: '2025-12-31',
 *   issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
 *   area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
 *   objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' },
 *     targets: [{ id: 't', indicator: 'beds-per-10k', comparator: '>=', value: '35', due: '2025-06-30' }] }],
 * };
 * try {
 *   parsePlan(plan);
 * } catch (error) {
 *   if (error instanceof ChitieuError) {
 *     console.log(error.field); // 'objectives[0].targets[0].due'
 *     console.log(error.issues[0]?.code); // 'DUE_BEFORE_ISSUE'
 *   }
 * }
 * ```
 */
export function parsePlan(input: unknown): Plan {
  return parseWith(PlanSchema, input);
}

/**
 * Parse a plan from untrusted data without throwing: `{ success: true, data }`, or
 * `{ success: false, issues, error }` with every problem's path, code and message in English
 * and Vietnamese.
 *
 * @category Model
 * @param input - the plan as written in JSON ({@link PlanInput}).
 * @example
 * ```ts
 * import { safeParsePlan } from 'chitieu';
 *
 * const result = safeParsePlan({ id: 'p', kind: 'plan' });
 * if (!result.success) {
 *   console.log(result.issues.length); // 5
 *   console.log(result.error.field); // 'title'
 *   console.log(result.issues[0]?.message.vi); // 'Đầu vào không hợp lệ: mong đợi object, nhận được undefined'
 * }
 * ```
 */
export function safeParsePlan(input: unknown): ParseResult<Plan> {
  return safeParseWith(PlanSchema, input);
}
