/**
 * toPlain: what it refuses, where (the path of the offending value in `field`), and what it
 * writes (DESIGN.md: errors with stable codes, fields and messages in vi and en). The
 * successful conversions of every public result are in test/package/plain.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, toPlain } from '../../src/index.js';
import { expectChitieuError } from '../helpers/errors.js';

const NOT_PLAIN_EN = 'must hold only plain objects, arrays, finite numbers, strings, booleans, null, Decimals, bigints and typed arrays';
const NOT_PLAIN_VI = 'chỉ được chứa đối tượng thuần, mảng, số hữu hạn, chuỗi, boolean, null, Decimal, bigint và mảng định kiểu';

describe('toPlain refuses what is not plain data, naming where it is', () => {
  it('numbers that are not finite, at their path', () => {
    for (const [input, field, got] of [
      [{ a: [1, Number.POSITIVE_INFINITY] }, 'value.a[1]', 'Infinity'],
      [{ b: Number.NaN }, 'value.b', 'NaN'],
      [Number.NEGATIVE_INFINITY, 'value', '-Infinity'],
    ] as const) {
      const error = expectChitieuError(() => toPlain(input), 'INVALID_ARGUMENT', field);
      expect([error.message, error.vi]).toEqual([`${field} ${NOT_PLAIN_EN} (got ${got})`, `${field} ${NOT_PLAIN_VI} (nhận ${got})`]);
    }
  });
  it('numbers in a typed array that are not finite, at their index', () => {
    expectChitieuError(() => toPlain({ t: new Float64Array([1, 2, Number.NaN]) }), 'INVALID_ARGUMENT', 'value.t[2]');
    expect(toPlain({ t: new Int32Array([3, -4]) })).toEqual({ t: [3, -4] });
  });
  it('functions, symbols, undefined, class instances and Decimals that are not finite', () => {
    expect(expectChitieuError(() => toPlain({ f: () => 1 }), 'INVALID_ARGUMENT', 'value.f').message).toBe(`value.f ${NOT_PLAIN_EN} (got a function)`);
    expectChitieuError(() => toPlain({ s: Symbol('s') }), 'INVALID_ARGUMENT', 'value.s');
    expectChitieuError(() => toPlain([1, undefined]), 'INVALID_ARGUMENT', 'value[1]');
    expectChitieuError(() => toPlain({ m: new Map() }), 'INVALID_ARGUMENT', 'value.m');
    expectChitieuError(() => toPlain({ when: new Date(0) }), 'INVALID_ARGUMENT', 'value.when');
    expectChitieuError(() => toPlain({ d: new Decimal(Number.NaN) }), 'INVALID_ARGUMENT', 'value.d');
    expectChitieuError(() => toPlain([new Decimal(Number.POSITIVE_INFINITY)]), 'INVALID_ARGUMENT', 'value[0]');
  });
  it('keeps plain data: objects with no prototype, Decimals and bigints as text', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(toPlain({ bare })).toEqual({ bare: { a: 1 } });
    expect(toPlain({ d: new Decimal('17.50'), b: 12n, s: 'x', t: true, n: null, z: -2.5 })).toEqual({ d: '17.5', b: '12', s: 'x', t: true, n: null, z: -2.5 });
  });
  it('a value that contains itself', () => {
    const o: { b: { c?: unknown } } = { b: {} };
    o.b.c = o;
    const error = expectChitieuError(() => toPlain(o), 'INVALID_ARGUMENT', 'value.b.c');
    expect([error.message, error.vi]).toEqual(['value.b.c refers to itself: it cannot be made plain', 'value.b.c tự tham chiếu đến chính nó: không chuyển thành dữ liệu thuần được']);
    // the same object twice, side by side, is not a cycle
    const shared = { x: 1 };
    expect(toPlain({ a: shared, b: [shared, shared] })).toEqual({ a: { x: 1 }, b: [{ x: 1 }, { x: 1 }] });
  });
  it('nesting deeper than 64 levels', () => {
    // 64 nested arrays are plain; the 65th level is refused, at its path
    const nest = (levels: number): unknown => {
      let v: unknown = 1;
      for (let i = 0; i < levels; i++) v = [v];
      return v;
    };
    expect(toPlain(nest(64))).toEqual(nest(64));
    const field = `value${'[0]'.repeat(64)}`;
    const error = expectChitieuError(() => toPlain(nest(65)), 'INVALID_ARGUMENT', field);
    expect([error.message, error.vi]).toEqual([`${field} is nested more than 64 levels deep`, `${field} lồng nhau sâu hơn 64 cấp`]);
  });
});
