/**
 * Reading decimal text and doubles exactly. Every expected value is worked by hand beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDouble, scanPlain, type PlainDecimal, MAX_DIGITS, MAX_EXPONENT, placesOf, plainPlaces, readDecimal } from '../../../src/numeric/exact/parse.js';
import { big, cmp, type Q } from '../../../src/numeric/exact/rational.js';
import { budgetMs } from '../../helpers/budget.js';

const same = (a: Q | string, b: Q): boolean => typeof a !== 'string' && cmp(a, b) === 0;

describe('readDecimal', () => {
  it('reads up to 15 digits in the fast form', () => {
    expect(readDecimal('17.5')).toEqual({ n: 175, d: 10 }); // 175 / 10
    expect(readDecimal('-0.05')).toEqual({ n: -5, d: 100 }); // −5 / 100
    expect(readDecimal('.5')).toEqual({ n: 5, d: 10 }); // the whole part may be left out
    expect(readDecimal('5.')).toEqual({ n: 5, d: 1 }); // and the fraction
    expect(readDecimal('-0')).toEqual({ n: 0, d: 1 }); // no negative zero
    expect(readDecimal(' 7 ')).toEqual({ n: 7, d: 1 }); // surrounding spaces
    expect(readDecimal('\u00a049.2\n')).toEqual({ n: 492, d: 10 }); // a no-break space and a line break
    expect(readDecimal('+123456789012345')).toEqual({ n: 123456789012345, d: 1 }); // 15 digits
  });
  it('reads longer digits and exponents exactly with bigints', () => {
    expect(readDecimal('1e3')).toEqual({ n: 1000n, d: 1n }); // 1 × 10^3
    expect(readDecimal('1.5E-7')).toEqual({ n: 15n, d: 10n ** 8n }); // 15 × 10^−8
    expect(readDecimal('1234567890123456')).toEqual({ n: 1234567890123456n, d: 1n }); // 16 digits
    expect(readDecimal('-0.000e5')).toEqual({ n: 0, d: 1 });
    expect(same(readDecimal('2500e-2'), { n: 25, d: 1 })).toBe(true); // 2500 × 10^−2 = 25
  });
  it('rejects what is not decimal text', () => {
    for (const text of ['', ' ', '-', '.', '1.2.3', '1,5', '1e', '1e+', 'e5', '0x10', 'NaN', 'Infinity', '1 000', '١٢']) {
      expect(readDecimal(text)).toBe('not-a-number');
    }
  });
  it('bounds the magnitude at 10^±400 and the digits at 1000', () => {
    expect(MAX_EXPONENT).toBe(400);
    expect(same(readDecimal('1e400'), { n: 10n ** 400n, d: 1n })).toBe(true);
    expect(readDecimal('1e401')).toBe('out-of-range');
    expect(typeof readDecimal('9.9e400')).toBe('object'); // the bound is on the leading digit's power of ten
    expect(same(readDecimal('1e-400'), { n: 1n, d: 10n ** 400n })).toBe(true);
    expect(readDecimal('1e-401')).toBe('out-of-range');
    expect(readDecimal('1e9000000000000000')).toBe('out-of-range');
    expect(readDecimal('1e-60000')).toBe('out-of-range');
    expect(readDecimal('0.' + '0'.repeat(399) + '1')).toEqual({ n: 1n, d: 10n ** 400n }); // 10^−400 written out
    expect(readDecimal('1' + '0'.repeat(5000))).toBe('out-of-range'); // 10^5000 written out
    expect(MAX_DIGITS).toBe(1000);
    expect(typeof readDecimal('0.' + '1'.repeat(1000))).toBe('object');
    expect(readDecimal('0.' + '1'.repeat(1001))).toBe('out-of-range');
  });
  it('reads long text in linear time', () => {
    // a backtracking pattern took 18 s on this input
    const started = performance.now();
    expect(readDecimal('1'.repeat(100_000) + 'x')).toBe('not-a-number');
    expect(readDecimal('1'.repeat(100_000))).toBe('out-of-range');
    expect(performance.now() - started).toBeLessThan(budgetMs(1000));
  });
});

describe('fromDouble', () => {
  it('reads a double through its shortest round-trip text', () => {
    expect(fromDouble(0.1)).toEqual({ n: 1, d: 10 }); // one tenth, not 0.1000000000000000055…
    expect(fromDouble(95.1)).toEqual({ n: 951, d: 10 });
    expect(fromDouble(-2.675)).toEqual({ n: -2675, d: 1000 });
    expect(fromDouble(-0)).toEqual({ n: 0, d: 1 });
    expect(same(fromDouble(1e21), { n: 10n ** 21n, d: 1n })).toBe(true); // through String(1e21) = '1e+21'
    expect(same(fromDouble(5e-324), { n: 5n, d: 10n ** 324n })).toBe(true); // the least subnormal, '5e-324'
    expect(fromDouble(Number.NaN)).toBe('not-a-number');
    expect(fromDouble(Number.POSITIVE_INFINITY)).toBe('not-a-number');
  });
  it('agrees with readDecimal(String(x)) for every double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const fast = fromDouble(x);
        const slow = readDecimal(String(x));
        expect(typeof fast).toBe('object');
        expect(cmp(big(fast as Q), big(slow as Q))).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('placesOf and plainPlaces', () => {
  it('count the places text is written with', () => {
    expect([placesOf('17.50'), placesOf('95'), placesOf('1.5e-3'), placesOf('12e1'), placesOf('x')]).toEqual([2, 0, 4, 0, 0]);
  });
  it('recognise plain text that needs no rewriting', () => {
    expect([plainPlaces('17.5'), plainPlaces('95'), plainPlaces('-0.25'), plainPlaces('0.0')]).toEqual([1, 0, 2, 1]);
    expect([plainPlaces('017'), plainPlaces('-0'), plainPlaces('-0.00'), plainPlaces('1.'), plainPlaces('1e3')]).toEqual([-1, -1, -1, -1, -1]);
  });
});

describe('scanPlain', () => {
  const scan = (text: string): [number, number] | false => {
    const out: PlainDecimal = { places: -1 };
    const value = scanPlain(text, out);
    return Number.isNaN(value) ? false : [value, out.places];
  };
  it('reads plain text of at most 15 significant digits, with its places', () => {
    expect([scan('17.5'), scan('-0.05'), scan('95'), scan('.5'), scan('5.'), scan('+0.000001'), scan('-0')]).toEqual([[17.5, 1], [-0.05, 2], [95, 0], [0.5, 1], [5, 0], [0.000001, 6], [0, 0]]);
    expect([scan('123456789012345'), scan('0.000123456789012'), scan('1234567890123456')]).toEqual([[123456789012345, 0], [0.000123456789012, 15], false]); // 15 digits; 12 significant digits at 15 places; 16 digits
  });
  it('refuses anything else', () => {
    for (const text of ['', '-', '.', '+.', '1e3', ' 7', '7 ', '1,5', '0x10', '1.2.3', 'Infinity', '1'.repeat(16), '0.1234567890123456']) expect(scan(text)).toBe(false);
  });
});

describe('the fast form of plain text is exact', () => {
  it('agrees with the digits, for every text of up to 15 significant digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 15 }), (digits, places) => {
        // the text of digits × 10^−places, written out plainly
        const negative = digits < 0n;
        let body = (negative ? -digits : digits).toString().padStart(places + 1, '0');
        if (places > 0) body = `${body.slice(0, body.length - places)}.${body.slice(body.length - places)}`;
        const text = (negative ? '-' : '') + body;
        const read = readDecimal(text);
        expect(typeof read).toBe('object');
        expect(cmp(big(read as Q), { n: digits, d: 10n ** BigInt(places) })).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });
});
