/**
 * How parseWith turns zod's issues into chitieu's: the value a message quotes, unknown keys
 * (named, counted past three), unions (the branch of the right type speaks), zod's own wording
 * from its `en` and `vi` locales (node_modules/zod/v4/locales/{en,vi}.js), and the issues of
 * any schema parseWith is given.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ObjectiveSchema, parseTarget, TargetSchema } from '../../src/model/index.js';
import { parseWith } from '../../src/model/parseWith.js';
import { errorOf } from '../helpers/errors.js';
import { level } from './fixtures.js';

const COMPARATORS = "'>', '>=', '<', '<=', '=', 'between'";
const KINDS = "'level', 'change', 'maintain', 'share', 'count', 'boolean', 'qualitative'";

describe('the value a message quotes', () => {
  it('text in single quotes, whole up to 60 characters, cut after 60', () => {
    const sixty = 'x'.repeat(60);
    expect(errorOf(() => parseTarget({ ...level, comparator: sixty })).issues[0]?.message).toEqual({
      en: `unknown comparator '${sixty}': expected one of ${COMPARATORS}`,
      vi: `toán tử so sánh '${sixty}' không hợp lệ: cần một trong ${COMPARATORS}`,
    });
    const long = 'y'.repeat(61);
    expect(errorOf(() => parseTarget({ ...level, comparator: long })).issues[0]?.message).toEqual({
      en: `unknown comparator '${'y'.repeat(60)}…': expected one of ${COMPARATORS}`,
      vi: `toán tử so sánh '${'y'.repeat(60)}…' không hợp lệ: cần một trong ${COMPARATORS}`,
    });
  });

  it('anything else as the errors show it, in each language', () => {
    expect(errorOf(() => parseTarget({ ...level, comparator: ['>='] })).issues[0]?.message).toEqual({
      en: `unknown comparator an array: expected one of ${COMPARATORS}`,
      vi: `toán tử so sánh một mảng không hợp lệ: cần một trong ${COMPARATORS}`,
    });
    expect(errorOf(() => parseTarget({ ...level, kind: 3 })).issues[0]).toEqual({
      path: ['kind'],
      code: 'UNKNOWN_KIND',
      message: { en: `unknown target kind 3: expected one of ${KINDS}`, vi: `loại chỉ tiêu 3 không hợp lệ: cần một trong ${KINDS}` },
    });
  });

  it('an option of another enum than a comparator keeps zod’s wording', () => {
    // zod en: `Invalid option: expected one of ${joinValues(values, "|")}`; vi: `Tùy chọn không hợp lệ: mong đợi một trong các giá trị …`
    expect(errorOf(() => parseWith(ObjectiveSchema, { id: 'o', kind: 'chung', horizon: 2030, text: { vi: 'Mục tiêu chung' } })).issues[0]).toEqual({
      path: ['kind'],
      code: 'invalid_value',
      message: { en: 'Invalid option: expected one of "general"|"specific"', vi: 'Tùy chọn không hợp lệ: mong đợi một trong các giá trị "general"|"specific"' },
    });
  });
});

describe('unknown keys', () => {
  it('name the first three, each with the keys known there, and count the rest', () => {
    const error = errorOf(() => parseTarget({ ...level, text: { vi: 'x', qqqq: 1, wwww: 2, rrrr: 3, tttt: 4 } }));
    const en = "expected only 'vi', 'en'";
    const vi = "chỉ dùng 'vi', 'en'";
    expect(error.issues).toEqual([{
      path: ['text', 'qqqq'],
      code: 'UNKNOWN_KEY',
      message: {
        en: `unknown key 'qqqq': ${en}; unknown key 'wwww': ${en}; unknown key 'rrrr': ${en} (and 1 more unknown key)`,
        vi: `khóa 'qqqq' không được biết đến: ${vi}; khóa 'wwww' không được biết đến: ${vi}; khóa 'rrrr' không được biết đến: ${vi} (và 1 khóa khác không được biết đến)`,
      },
    }]);
    expect(error.field).toBe('text.qqqq');
  });

  it('count in the plural past one more', () => {
    const error = errorOf(() => parseTarget({ ...level, text: { vi: 'x', qqqq: 1, wwww: 2, rrrr: 3, tttt: 4, pppp: 5 } }));
    expect(error.issues[0]?.message.en.endsWith(' (and 2 more unknown keys)')).toBe(true);
    expect(error.issues[0]?.message.vi.endsWith(' (và 2 khóa khác không được biết đến)')).toBe(true);
  });

  it('two: both named, no count', () => {
    const error = errorOf(() => parseTarget({ ...level, text: { vi: 'x', qqqq: 1, wwww: 2 } }));
    expect(error.issues[0]?.message.en).toBe("unknown key 'qqqq': expected only 'vi', 'en'; unknown key 'wwww': expected only 'vi', 'en'");
    expect(error.issues[0]?.path).toEqual(['text', 'qqqq']);
  });
});

describe('unions', () => {
  it('a value of no branch’s type is only “Invalid input”', () => {
    // a decimal is text or a finite number: true is neither, and zod 4's number refuses Infinity
    for (const value of [true, Number.POSITIVE_INFINITY]) {
      const error = errorOf(() => parseTarget({ ...level, value }));
      expect(error.issues).toEqual([{ path: ['value'], code: 'invalid_union', message: { en: 'Invalid input', vi: 'Đầu vào không hợp lệ' } }]);
      expect([error.message, error.vi]).toEqual(['value: Invalid input', 'value: Đầu vào không hợp lệ']);
    }
  });

  it('the one branch of the right type speaks, at its own path', () => {
    const schema = z.union([z.object({ n: z.string() }), z.string()]);
    // zod en: `Invalid input: expected ${expected}, received ${received}`; vi: `Đầu vào không hợp lệ: mong đợi ${expected}, nhận được ${received}` (number is "số")
    expect(errorOf(() => parseWith(schema, { n: 5 })).issues).toEqual([
      { path: ['n'], code: 'invalid_type', message: { en: 'Invalid input: expected string, received number', vi: 'Đầu vào không hợp lệ: mong đợi string, nhận được số' } },
    ]);
  });

  it('two branches of the right type: neither is chosen', () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(errorOf(() => parseWith(schema, { a: 1, b: 1 })).issues).toEqual([
      { path: [], code: 'invalid_union', message: { en: 'Invalid input', vi: 'Đầu vào không hợp lệ' } },
    ]);
  });
});

describe('issues of any schema', () => {
  it('a symbol in a path is named as String names it', () => {
    const key = Symbol('k');
    const error = errorOf(() => parseWith(z.map(z.symbol(), z.number()), new Map([[key, 'x']]), 'options'));
    expect(error.issues[0]?.path).toEqual(['Symbol(k)']);
    expect(error.field).toBe('options.Symbol(k)');
  });

  it('a custom issue is a chitieu rule only with both its code and its Vietnamese', () => {
    const refusing = (params: Record<string, unknown>) => z.string().check(z.refine(() => false, { message: 'refused', params }));
    expect(errorOf(() => parseWith(refusing({ code: 'MINE', vi: 'bị từ chối' }), 'x')).issues).toEqual([
      { path: [], code: 'MINE', message: { en: 'refused', vi: 'bị từ chối' } },
    ]);
    expect(errorOf(() => parseWith(refusing({ code: 'MINE' }), 'x')).issues).toEqual([{ path: [], code: 'custom', message: { en: 'refused', vi: 'refused' } }]);
    expect(errorOf(() => parseWith(refusing({ vi: 'bị từ chối' }), 'x')).issues).toEqual([{ path: [], code: 'custom', message: { en: 'refused', vi: 'refused' } }]);
  });
});

describe('what the exported schemas report themselves', () => {
  it('a rule issue is zod’s custom issue, with chitieu’s code and the Vietnamese in params', () => {
    const result = TargetSchema.safeParse({ ...level, comparator: 'between', value: '4' });
    expect(result.error?.issues).toEqual([{
      code: 'custom',
      path: ['upper'],
      message: "a 'between' target needs an upper bound",
      params: { code: 'RANGE_WITHOUT_UPPER', vi: "chỉ tiêu dạng khoảng ('between') cần có cận trên (upper)" },
    }]);
  });
});

describe('the value quoted is the input’s own', () => {
  it('undefined when the schema made the value it checked', () => {
    const made = z.preprocess(() => ({ comparator: '=>' }), z.object({ comparator: z.enum(['>', '<']) }));
    for (const input of [null, undefined, 5, {}, Object.create({ comparator: '=>' }) as object]) {
      expect(errorOf(() => parseWith(made, input)).issues).toEqual([{
        path: ['comparator'],
        code: 'UNKNOWN_COMPARATOR',
        message: { en: "unknown comparator undefined: expected one of '>', '<'", vi: "toán tử so sánh undefined không hợp lệ: cần một trong '>', '<'" },
      }]);
    }
  });
});

describe('an input that changes between the two parses', () => {
  // parseWith parses twice, once for each language's wording. An object whose getter answers
  // differently at each read (bad at the first parse, good later) gets, for an issue the second
  // parse did not give, the English wording in both languages, never a TypeError.
  const ID_EN = 'Invalid input: expected string, received number';

  /**
   * A level target whose fields in `reads` are getters: field `name` gives `reads[name][n]` at
   * its read n (each parse reads each field once), the last value from then on.
   */
  const flipping = (reads: Record<string, readonly unknown[]>) => {
    const input: Record<string, unknown> = Object.fromEntries(Object.entries(level).filter(([key]) => !(key in reads)));
    for (const [name, values] of Object.entries(reads)) {
      let n = 0;
      Object.defineProperty(input, name, { enumerable: true, get: () => values[Math.min(n++, values.length - 1)] });
    }
    return input;
  };

  it('keeps the English wording when the second parse passes', () => {
    const error = errorOf(() => parseTarget(flipping({ id: [5, 't'] })));
    expect(error.code).toBe('SCHEMA');
    expect(error.issues).toEqual([{ path: ['id'], code: 'invalid_type', message: { en: ID_EN, vi: ID_EN } }]);
  });

  it('pairs an issue with the Vietnamese one only when both name the same code and path', () => {
    // first parse: `id` is a number (invalid_type at ['id']); second: `id` is text but `due` is not a date
    const [issue] = errorOf(() => parseTarget(flipping({ id: [5, 't'], due: ['2026-12-31', 'x'] }))).issues;
    expect(issue).toEqual({ path: ['id'], code: 'invalid_type', message: { en: ID_EN, vi: ID_EN } });
  });

  it('keeps the English wording when the second parse refuses another field with the same code', () => {
    // first parse: `id` a number; second: `id` text, `indicator` a list (both invalid_type, paths of one key)
    const input = flipping({ id: [5, 't'], indicator: ['doctors-per-10k', ['doctors-per-10k']] });
    expect(errorOf(() => parseTarget(input)).issues[0]).toEqual({ path: ['id'], code: 'invalid_type', message: { en: ID_EN, vi: ID_EN } });
  });

  it('keeps the English wording when the second parse refuses the field’s parent with the same code', () => {
    // first parse: baseline.period a number (invalid_type at ['baseline', 'period']); second: baseline a number (invalid_type at ['baseline'])
    const en = 'Invalid input: expected string, received number';
    expect(errorOf(() => parseTarget(flipping({ baseline: [{ value: '5', period: 2025 }, 7] }))).issues[0]).toEqual({
      path: ['baseline', 'period'],
      code: 'invalid_type',
      message: { en, vi: en },
    });
  });

  it('keeps the English wording when the second parse refuses the same field with another code', () => {
    // first parse: value a yes/no (invalid_union: neither decimal text nor a number); second: '17,5', decimal text with a comma (invalid_format)
    expect(errorOf(() => parseTarget(flipping({ value: [true, '17,5'] }))).issues[0]).toEqual({ path: ['value'], code: 'invalid_union', message: { en: 'Invalid input', vi: 'Invalid input' } });
  });

  it('gives the Vietnamese wording when the second parse refuses the same field', () => {
    // a stable input, for contrast: zod's vi locale for the same issue
    const [issue] = errorOf(() => parseTarget({ ...level, id: 5 })).issues;
    expect(issue).toEqual({ path: ['id'], code: 'invalid_type', message: { en: ID_EN, vi: 'Đầu vào không hợp lệ: mong đợi string, nhận được số' } });
  });
});
