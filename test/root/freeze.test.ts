/**
 * src/freeze.ts: results are frozen before they are returned, plain objects and arrays all
 * the way down; class instances and typed arrays (which Object.freeze refuses when they have
 * elements) are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { frozen } from '../../src/freeze.js';

describe('frozen', () => {
  it('freezes plain objects and arrays at every depth, and returns the value', () => {
    const value = { a: { b: [1, { c: 2 }] }, d: [[3]] };
    expect(frozen(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(value.a.b), Object.isFrozen(value.a.b[1]), Object.isFrozen(value.d), Object.isFrozen(value.d[0])]).toEqual([
      true, true, true, true, true, true,
    ]);
  });

  it('freezes an object without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare['inner'] = {};
    frozen(bare);
    expect([Object.isFrozen(bare), Object.isFrozen(bare['inner'])]).toEqual([true, true]);
  });

  it('freezes a top-level array', () => {
    const rows = [{ n: 1 }];
    frozen(rows);
    expect([Object.isFrozen(rows), Object.isFrozen(rows[0])]).toEqual([true, true]);
  });

  it('leaves class instances and typed arrays as they are, inside a frozen result too', () => {
    class Box {
      inner = { n: 1 };
    }
    const box = new Box();
    const value = { rate: new Decimal('17.5'), counts: new Float64Array([1, 2]), box };
    frozen(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect([Object.isFrozen(value.rate), Object.isFrozen(value.counts), Object.isFrozen(box), Object.isFrozen(box.inner)]).toEqual([false, false, false, false]);
    // still usable as they were: a typed array can be written, a class instance changed
    value.counts[0] = 5;
    box.inner.n = 2;
    expect([value.counts[0], box.inner.n]).toEqual([5, 2]);
    expect(frozen(new Float64Array([1]))[0]).toBe(1);
  });

  it('returns primitives and null unchanged', () => {
    expect([frozen(5), frozen('x'), frozen(null), frozen(undefined), frozen(true)]).toEqual([5, 'x', null, undefined, true]);
  });

  it('ends on a cycle', () => {
    const node: { next?: unknown; data: number[] } = { data: [1] };
    node.next = node;
    frozen(node);
    expect([Object.isFrozen(node), Object.isFrozen(node.data)]).toEqual([true, true]);
  });
});
