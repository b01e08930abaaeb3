/**
 * The messages of the model's single-field checks and of a parse's summary, in both languages,
 * as users meet them: every check's exact wording (src/model/messages/en.ts, vi.ts) at the
 * field it names, and the summary that counts the other issues.
 */
import { describe, expect, it } from 'vitest';
import type { ChitieuError, ValidationIssue } from '../../src/errors.js';
import { parseObservation, parsePlan, parsePopulation, parseTarget } from '../../src/model/index.js';
import { errorOf } from '../helpers/errors.js';
import { level } from './fixtures.js';

const observation = { indicator: 'beds-per-10k', area: 'cao-minh', period: '2026', value: '49.2' };
const plan = {
  id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
  area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
  objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets: [level] }],
};

/** The one issue of a parse that fails at a single place, with the error's summary in both languages. */
function only(run: () => unknown): { issue: ValidationIssue | undefined; error: ChitieuError } {
  const error = errorOf(run);
  expect(error.code).toBe('SCHEMA');
  expect(error.issues).toHaveLength(1);
  return { issue: error.issues[0], error };
}

describe('single-field checks, en and vi', () => {
  const cases: { name: string; run: () => unknown; path: (string | number)[]; code: string; en: string; vi: string }[] = [
    {
      name: 'a decimal beyond 1e400',
      run: () => parseTarget({ ...level, value: '1e401' }),
      path: ['value'], code: 'custom',
      en: 'expected a number from 1e-400 to 1e400 in magnitude, with at most 1000 digits',
      vi: 'cần một số có độ lớn từ 1e-400 đến 1e400, tối đa 1000 chữ số',
    },
    {
      name: 'a due date written the Vietnamese way (31/12/2026)',
      run: () => parseTarget({ ...level, due: '31/12/2026' }),
      path: ['due'], code: 'invalid_format',
      en: 'expected an ISO date YYYY-MM-DD',
      vi: 'cần một ngày theo dạng ISO YYYY-MM-DD',
    },
    {
      name: 'a partial issue date with a one-digit month',
      run: () => parsePlan({ ...plan, issued: '2026-1' }),
      path: ['issued'], code: 'invalid_format',
      en: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
      vi: 'cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
    },
    {
      name: 'a partial issue date in month 13',
      run: () => parsePlan({ ...plan, issued: '2026-13' }),
      path: ['issued'], code: 'custom',
      en: 'expected a month 01–12 and a day that exists',
      vi: 'cần tháng từ 01 đến 12 và một ngày có thật',
    },
    {
      name: 'an observation period written "Q2 2026"',
      run: () => parseObservation({ ...observation, period: 'Q2 2026' }),
      path: ['period'], code: 'invalid_format',
      en: "expected a period such as '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' or '2021-2025'",
      vi: "cần một kỳ như '2026', '2026-Q2', '2026-H1', '2026-06', '2026-06-15' hoặc '2021-2025'",
    },
    {
      name: 'a span of years that runs backwards',
      run: () => parseObservation({ ...observation, period: '2030-2026' }),
      path: ['period'], code: 'custom',
      en: 'expected a year from 0001, a real month or day, or a span whose last year is after its first',
      vi: 'cần năm từ 0001, tháng hoặc ngày có thật, hoặc một giai đoạn có năm cuối sau năm đầu',
    },
    {
      name: 'a count target of 7.5 stations',
      run: () => parseTarget({ kind: 'count', id: 'stations', indicator: 'stations-treating-insured', comparator: '>=', value: '7.5', due: '2024-12-31' }),
      path: ['value'], code: 'custom',
      en: 'expected a whole count',
      vi: 'cần một số đếm nguyên',
    },
    {
      name: 'a negative population count, written with spaces around it',
      run: () => parsePopulation({ area: 'x', date: '2026-07-01', count: ' -5 ' }),
      path: ['count'], code: 'custom',
      en: 'expected a count that is not negative',
      vi: 'cần một số đếm không âm',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { issue, error } = only(c.run);
      expect(issue).toEqual({ path: c.path, code: c.code, message: { en: c.en, vi: c.vi } });
      // one issue: the summary is the field and the message, with nothing counted after it
      const field = c.path.join('.');
      expect([error.field, error.message, error.vi]).toEqual([field, `${field}: ${c.en}`, `${field}: ${c.vi}`]);
    });
  }
});

describe('partial dates (a plan’s issue date, as drafts write it)', () => {
  it('accept a year, a month of it, or a day that exists', () => {
    for (const issued of ['2026', '2026-01', '2026-12', '2024-02-29', '2026-12-31']) {
      expect(parsePlan({ ...plan, issued }).issued).toBe(issued);
    }
  });

  it('refuse month 00 and 13, and a day that does not exist', () => {
    // 2026 is not a leap year (2026 is not divisible by 4); April has 30 days
    for (const issued of ['2026-00', '2026-13', '2026-02-29', '2026-04-31', '2026-12-00']) {
      expect(only(() => parsePlan({ ...plan, issued })).issue?.message.en).toBe('expected a month 01–12 and a day that exists');
    }
  });
});

describe('the summary counts the other issues', () => {
  it('in the plural', () => {
    // three fields wrong: due, value and comparator; the first named, two more counted
    const error = errorOf(() => parseTarget({ ...level, due: '2026-02-30', value: '17,5', comparator: '=>' }));
    expect(error.issues).toHaveLength(3);
    expect(error.message).toBe('due: expected a date that exists in the calendar (and 2 more issues)');
    expect(error.vi).toBe('due: cần một ngày có thật trong lịch (và 2 lỗi khác)');
  });
});
