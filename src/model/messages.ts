/**
 * Internal: the bilingual messages of the model's own rules, and how a rule adds its issue.
 * Not part of the public API.
 *
 * Schema-level messages (a regex that fails, a refinement) are written in English on the
 * schema so that zod's own `safeParse` shows them; {@link viForMessage} finds the Vietnamese.
 * Rules that span fields (`superRefine`) add issues with `params: { code, vi }`: the chitieu
 * issue code and the Vietnamese message.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import type { BilingualText } from '../errors.js';

/** Messages set on schemas, English and Vietnamese. */
export const SCHEMA_MESSAGES = {
  decimalText: {
    en: 'expected a decimal number written with "." (e.g. 17.5)',
    vi: 'cần một số thập phân viết bằng dấu "." (ví dụ 17.5)',
  },
  finiteNumber: { en: 'expected a finite number', vi: 'cần một số hữu hạn' },
  isoDate: { en: 'expected an ISO date YYYY-MM-DD', vi: 'cần một ngày theo dạng ISO YYYY-MM-DD' },
  realDate: { en: 'expected a date that exists in the calendar', vi: 'cần một ngày có thật trong lịch' },
  partialDate: { en: 'expected YYYY, YYYY-MM or YYYY-MM-DD', vi: 'cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD' },
  partialDateReal: {
    en: 'expected a month 01–12 and a day that exists',
    vi: 'cần tháng từ 01 đến 12 và một ngày có thật',
  },
  period: {
    en: "expected a period such as '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' or '2021-2025'",
    vi: "cần một kỳ như '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' hoặc '2021-2025'",
  },
  periodReal: {
    en: 'expected a real month, day, or a span whose first year is not after its last',
    vi: 'cần tháng, ngày có thật, hoặc một giai đoạn có năm đầu không sau năm cuối',
  },
  kebabId: { en: 'expected a kebab-case id', vi: 'cần mã dạng kebab-case (chữ thường, số, dấu "-")' },
  wholeCount: { en: 'expected a whole count', vi: 'cần một số đếm nguyên' },
  nonNegativeCount: { en: 'expected a count that is not negative', vi: 'cần một số đếm không âm' },
} as const satisfies Record<string, BilingualText>;

const VI_BY_EN = new Map<string, string>(Object.values(SCHEMA_MESSAGES).map((message) => [message.en, message.vi]));

/** The Vietnamese of a schema message written in English, when it is one of ours. */
export function viForMessage(en: string): string | undefined {
  return VI_BY_EN.get(en);
}

/** Add a chitieu rule issue: `code` and the Vietnamese travel in `params`. */
export function addRuleIssue(
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[],
  code: string,
  message: BilingualText,
): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { code, vi: message.vi } });
}
