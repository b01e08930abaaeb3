/**
 * What renderScorecard and statusLabel refuse: each error's code, the field it names and its
 * message in both languages (the wording of src/messages and src/evaluate/messages: “must be
 * …”, “phải là …”, with the value got). A scorecard changed after the evaluation is caught
 * field by field, before any renderer reads it, with the field's own value in the message.
 */
import { describe, expect, it } from 'vitest';
import { renderScorecard } from '../../../src/evaluate/renderScorecard.js';
import { statusLabel } from '../../../src/evaluate/statusLabel.js';
import type { PlanScorecard, ResultTable, TargetResult } from '../../../src/evaluate/types.js';
import { errorOf, expectChitieuError } from '../../helpers/errors.js';

const result: TargetResult = {
  target: 't', indicator: 'i', area: 'a', kind: 'level', status: 'no-data', reason: null, actual: null, published: null, decimals: null,
  change: null, threshold: { comparator: '>=', value: '1', upper: null, level: '1' }, gap: null, progress: null, baseline: null,
  due: '2026-12-31', period: null, explanation: { vi: 'v', en: 'e' },
} as unknown as TargetResult;
const counts = { achieved: 0, 'on-track': 0, 'off-track': 0, 'not-achieved': 0, 'no-data': 2, 'needs-review': 0 };
const card: PlanScorecard = { kind: 'chitieu/plan-scorecard', plan: 'p', title: { vi: 'K' }, area: 'a', asOf: '2027-01-31', results: [result, result], counts };
const table: ResultTable = {
  kind: 'chitieu/result-table', asOf: '2027-01-31', rows: ['a'], targets: ['t1', 't2'], indicators: ['i1', 'i2'], status: ['no-data', 'achieved'],
  reason: ['no-trend', null], published: [null, '5'], counts: { ...counts, achieved: 1, 'no-data': 1 },
};
const TEXT = { format: 'text', locale: 'en' } as const;

/** The error of rendering `changed`, its code and field checked; returns [en, vi]. */
const refused = (changed: unknown, field: string, options: unknown = TEXT): [string, string] => {
  const error = expectChitieuError(() => renderScorecard(changed as never, options as never), 'INVALID_ARGUMENT', field);
  return [error.message, error.vi];
};
/** The value a SCORECARD_CHANGED message says it got, in English. */
const gotOf = (changed: unknown, field: string): string => /\(got (.*)\): render/.exec(refused(changed, field)[0])?.[1] ?? 'no match';
const withResult = (change: Record<string, unknown>, at = 1) => ({ ...card, results: card.results.map((r, i) => (i === at ? { ...r, ...change } : r)) });

describe('options', () => {
  it('not an object', () => {
    for (const [options, shown] of [[null, 'null'], ['csv', '"csv"'], [7, '7']] as const) {
      expect(refused(card, 'options', options)).toEqual([
        `options must be an object with format ('text', 'markdown', 'csv', 'html') and locale ('vi' or 'en') (got ${shown})`,
        `options phải là một đối tượng có format ('text', 'markdown', 'csv', 'html') và locale ('vi' hoặc 'en') (nhận ${shown})`,
      ]);
    }
  });
  it('a locale other than vi and en', () => {
    const error = expectChitieuError(() => renderScorecard(card, { format: 'text', locale: 'fr' as never }), 'UNKNOWN_LOCALE', 'options.locale');
    expect([error.message, error.vi]).toEqual([`options.locale must be 'vi' or 'en' (got "fr")`, `options.locale phải là 'vi' hoặc 'en' (nhận "fr")`]);
  });
  it('a format other than the four, an inherited name included', () => {
    // an object whose text is a format's name is not that format
    for (const [format, shown, vi] of [['pdf', '"pdf"', '"pdf"'], ['toString', '"toString"', '"toString"'], [5, '5', '5'], [{ toString: () => 'csv' }, 'an object', 'một đối tượng']] as const) {
      expect(refused(card, 'options.format', { format, locale: 'vi' })).toEqual([
        `options.format must be one of 'text', 'markdown', 'csv', 'html' (got ${shown})`,
        `options.format phải là một trong 'text', 'markdown', 'csv', 'html' (nhận ${vi})`,
      ]);
    }
  });
});

describe('not a scorecard', () => {
  const cases: [string, unknown, string][] = [
    ['null', null, 'null'],
    ['a string', 'chitieu/plan-scorecard', '"chitieu/plan-scorecard"'],
    ['without counts', { ...card, counts: 5 }, 'an object'],
    ['an unknown kind', { ...card, kind: 'chitieu/other' }, 'an object'],
    ['a plan scorecard without a list of results', { ...card, results: {} }, 'an object'],
    ['an area scorecard without a list of results', { ...card, kind: 'chitieu/area-scorecard', results: 'x' }, 'an object'],
    ['a table without a list of rows', { ...table, rows: 'a' }, 'an object'],
    ['a table without a list of statuses', { ...table, status: {} }, 'an object'],
    // the lists of another kind do not make a scorecard of this one
    ['a plan scorecard with a table\'s lists instead of results', { ...card, results: undefined, rows: [], status: [] }, 'an object'],
    ['an unknown kind with a table\'s lists', { ...table, kind: 'chitieu/other' }, 'an object'],
    ['a function carrying the fields', Object.assign(() => undefined, { ...card }), 'a function'],
  ];
  it.each(cases)('%s', (_name, value, shown) => {
    const vi = shown === 'an object' ? 'một đối tượng' : shown === 'a function' ? 'một hàm' : shown;
    expect(refused(value, 'scorecard')).toEqual([
      `scorecard must be what evaluatePlan, evaluateAreas or evaluateTable returned (got ${shown})`,
      `scorecard phải là kết quả của evaluatePlan, evaluateAreas hoặc evaluateTable (nhận ${vi})`,
    ]);
  });
  it('each kind as built renders: plan, area and table', () => {
    const area = { ...card, kind: 'chitieu/area-scorecard' as const };
    // two no-data lines for t in area a, as of 2027-01-31; the table's first cell says its reason
    expect(renderScorecard(area, TEXT).split('\n').slice(0, 4)).toEqual(['a', 'Area a, as of 2027-01-31', '', '[no data] t: e']);
    expect(renderScorecard(table, TEXT).split('\n').slice(0, 4)).toEqual(['1 areas × 2 targets, as of 2027-01-31', '', '[no data] a · t1: no trend yet', '[achieved] a · t2']);
  });
});

describe('a scorecard changed after the evaluation: the field at fault and its value', () => {
  it('the message in both languages', () => {
    expect(refused(withResult({ gap: 3 }), 'scorecard.results[1].gap')).toEqual([
      'scorecard.results[1].gap is not as evaluatePlan, evaluateAreas or evaluateTable return it (got 3): render a scorecard as it was returned',
      'scorecard.results[1].gap không đúng như kết quả mà evaluatePlan, evaluateAreas hoặc evaluateTable trả về (nhận 3): hãy hiển thị kết quả đúng như khi được trả về',
    ]);
  });
  it('the scorecard: date, counts, area, title', () => {
    expect(gotOf({ ...card, asOf: 20270131 }, 'scorecard.asOf')).toBe('20270131');
    expect(gotOf({ ...card, counts: null }, 'scorecard.counts')).toBe('null');
    // a whole count ≥ 0 of each status: 1.5, −1, '1', 2^53 are not
    expect(gotOf({ ...card, counts: { ...counts, 'on-track': 1.5 } }, 'scorecard.counts.on-track')).toBe('1.5');
    expect(gotOf({ ...card, counts: { ...counts, 'needs-review': -1 } }, 'scorecard.counts.needs-review')).toBe('-1');
    expect(gotOf({ ...card, counts: { ...counts, achieved: '1' } }, 'scorecard.counts.achieved')).toBe('"1"');
    expect(gotOf({ ...card, counts: { ...counts, 'no-data': 2 ** 53 } }, 'scorecard.counts.no-data')).toBe('9007199254740992');
    expect(gotOf({ ...card, area: null }, 'scorecard.area')).toBe('null');
    expect(gotOf({ ...card, title: 'K' }, 'scorecard.title')).toBe('"K"');
    expect(gotOf({ ...card, title: null }, 'scorecard.title')).toBe('null');
    expect(gotOf({ ...card, title: { en: 'K' } }, 'scorecard.title')).toBe('an object');
    expect(gotOf({ ...card, title: { vi: 'K', en: 7 } }, 'scorecard.title.en')).toBe('7');
    // an area's scorecard has no title to check; a count of 0 is a count
    expect(renderScorecard({ ...card, kind: 'chitieu/area-scorecard', title: 5 } as never, TEXT).startsWith('a\n')).toBe(true);
  });
  it('a result: each text field, the nullable ones, status, explanation', () => {
    expect(gotOf({ ...card, results: [result, 5] }, 'scorecard.results[1]')).toBe('5');
    expect(gotOf({ ...card, results: [result, null] }, 'scorecard.results[1]')).toBe('null');
    for (const name of ['target', 'indicator', 'area', 'due', 'kind']) {
      expect(gotOf(withResult({ [name]: null }), `scorecard.results[1].${name}`)).toBe('null');
    }
    expect(gotOf(withResult({ period: 2026 }), 'scorecard.results[1].period')).toBe('2026');
    for (const name of ['published', 'gap', 'progress']) {
      expect(gotOf(withResult({ [name]: undefined }), `scorecard.results[1].${name}`)).toBe('undefined');
    }
    expect(gotOf(withResult({ status: 'done' }), 'scorecard.results[1].status')).toBe('"done"');
    expect(gotOf(withResult({ explanation: 'e' }), 'scorecard.results[1].explanation')).toBe('"e"');
    expect(gotOf(withResult({ explanation: null }), 'scorecard.results[1].explanation')).toBe('null');
    expect(gotOf(withResult({ explanation: { en: 'e' } }), 'scorecard.results[1].explanation.vi')).toBe('undefined');
    expect(gotOf(withResult({ explanation: { vi: 'v', en: 1 } }), 'scorecard.results[1].explanation.en')).toBe('1');
    // the first result at fault is named
    expect(gotOf({ ...card, results: [{ ...result, gap: 1 }, { ...result, gap: 2 }] }, 'scorecard.results[0].gap')).toBe('1');
  });
  it('what a result may hold: a period left out or null, texts where null is allowed', () => {
    const withoutPeriod: Record<string, unknown> = { ...result };
    delete withoutPeriod['period'];
    const held = { ...card, results: [withoutPeriod, { ...result, period: '2026', published: '5', gap: '4', progress: '400.0', threshold: null }] };
    // no period: an empty cell; no threshold: an empty cell
    expect(renderScorecard(held as never, { format: 'csv', locale: 'en' }).split('\r\n').slice(1, 3)).toEqual([
      't,i,a,,,>= 1,,,2026-12-31,no data,e',
      't,i,a,2026,5,,4,400.0,2026-12-31,no data,e',
    ]);
  });
  it('a threshold', () => {
    expect(gotOf(withResult({ threshold: '>= 1' }), 'scorecard.results[1].threshold')).toBe('">= 1"');
    expect(gotOf(withResult({ threshold: { comparator: '=>', value: '1', upper: null } }), 'scorecard.results[1].threshold')).toBe('an object');
    expect(gotOf(withResult({ threshold: { comparator: '>', value: 1, upper: null } }), 'scorecard.results[1].threshold.value')).toBe('1');
    expect(gotOf(withResult({ threshold: { comparator: 'between', value: '1', upper: null } }), 'scorecard.results[1].threshold.upper')).toBe('null');
    // each comparator is one the sheet prints; only a range needs its upper end
    const printed = (['>', '>=', '<', '<=', '='] as const).map((comparator) =>
      renderScorecard(withResult({ threshold: { comparator, value: '1', upper: null } }), { format: 'csv', locale: 'en' }).split('\r\n')[2]?.split(',')[5],
    );
    expect(printed).toEqual(['> 1', '>= 1', '< 1', '<= 1', '= 1']);
  });
  it('a table: its lists, their lengths, statuses and reasons', () => {
    expect(gotOf({ ...table, asOf: undefined }, 'scorecard.asOf')).toBe('undefined');
    expect(gotOf({ ...table, targets: 't1' }, 'scorecard.targets')).toBe('"t1"');
    expect(gotOf({ ...table, targets: ['t1', null] }, 'scorecard.targets[1]')).toBe('null');
    expect(gotOf({ ...table, rows: [7] }, 'scorecard.rows[0]')).toBe('7');
    expect(gotOf({ ...table, indicators: 'i' }, 'scorecard.indicators')).toBe('"i"');
    expect(gotOf({ ...table, indicators: ['i1', 2] }, 'scorecard.indicators[1]')).toBe('2');
    expect(gotOf({ ...table, indicators: ['i1'] }, 'scorecard.indicators')).toBe('an array');
    expect(gotOf({ ...table, published: null }, 'scorecard.published')).toBe('null');
    expect(gotOf({ ...table, published: [5] }, 'scorecard.published[0]')).toBe('5');
    expect(gotOf({ ...table, status: ['no-data', 'achieved', 'achieved'] }, 'scorecard.status')).toBe('an array');
    expect(gotOf({ ...table, status: ['no-data'] }, 'scorecard.status')).toBe('an array');
    expect(gotOf({ ...table, status: ['no-data', 'done'] }, 'scorecard.status[1]')).toBe('"done"');
    expect(gotOf({ ...table, reason: 'no-trend' }, 'scorecard.reason')).toBe('"no-trend"');
    expect(gotOf({ ...table, reason: [null, 'toString'] }, 'scorecard.reason[1]')).toBe('"toString"');
    expect(gotOf({ ...table, reason: [null, 3] }, 'scorecard.reason[1]')).toBe('3');
    expect(gotOf({ ...table, reason: ['done', null] }, 'scorecard.reason[0]')).toBe('"done"');
    // published and reason may hold undefined as well as null
    const loose = { ...table, published: [undefined, null], reason: [undefined, null] };
    expect(renderScorecard(loose as never, TEXT).split('\n').slice(2, 4)).toEqual(['[no data] a · t1', '[achieved] a · t2']);
  });
  it('a field that changes between the check and the message: still a ChitieuError', () => {
    // the explanation getter gives an explanation without text once, then nothing
    for (const later of [null, undefined]) {
      let reads = 0;
      const changing = { ...result };
      Object.defineProperty(changing, 'explanation', { get: () => (reads++ === 0 ? { vi: 5, en: 'e' } : later), enumerable: true });
      expect(gotOf({ ...card, results: [changing] }, 'scorecard.results[0].explanation.vi')).toBe('undefined');
    }
  });
});

describe('statusLabel', () => {
  it('the six statuses in both languages, frozen', () => {
    const labels = (['achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review'] as const).map((status) => statusLabel(status));
    expect(labels).toEqual([
      { vi: 'đạt', en: 'achieved' },
      { vi: 'đúng tiến độ', en: 'on track' },
      { vi: 'chậm tiến độ', en: 'off track' },
      { vi: 'không đạt', en: 'not achieved' },
      { vi: 'chưa có số liệu', en: 'no data' },
      { vi: 'cần xem xét', en: 'needs review' },
    ]);
    expect(labels.every((label) => Object.isFrozen(label))).toBe(true);
  });
  it('anything else, an inherited name or a non-string included', () => {
    // an object whose text is a status's name is not that status
    for (const [status, shown, vi] of [['done', '"done"', '"done"'], ['toString', '"toString"', '"toString"'], [1, '1', '1'], [{ toString: () => 'achieved' }, 'an object', 'một đối tượng']] as const) {
      const error = expectChitieuError(() => statusLabel(status as never), 'INVALID_ARGUMENT', 'status');
      expect([error.message, error.vi]).toEqual([
        `status must be one of 'achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review' (got ${shown})`,
        `status phải là một trong 'achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review' (nhận ${vi})`,
      ]);
    }
    expect(errorOf(() => statusLabel(undefined as never)).field).toBe('status');
  });
});
