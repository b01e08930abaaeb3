/**
 * Reading decimal text and doubles exactly. Every expected value is worked by hand beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubleScale, fromDouble, scanPlain, type PlainDecimal, MAX_DIGITS, MAX_EXPONENT, placesOf, plainPlaces, readDecimal } from '../../../src/numeric/exact/parse.js';
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

/** scanPlain's value and places, or false where the text is not plain. */
const scan = (text: string): [number, number] | false => {
  const out: PlainDecimal = { places: -1 };
  const value = scanPlain(text, out);
  return Number.isNaN(value) ? false : [value, out.places];
};

describe('scanPlain', () => {
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

describe('white space around text is what JavaScript calls white space', () => {
  it('reads 7 surrounded by any character String.prototype.trim removes, and refuses any other', () => {
    // the independent source is the language: trim() removes exactly WhiteSpace and
    // LineTerminator (ECMA-262: tab, line feed, vertical tab, form feed, carriage return,
    // space, no-break space, the byte-order mark, the Zs separators and U+2028/U+2029)
    let spaces = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (c.trim() === '') {
        spaces++;
        expect(readDecimal(`${c}7`)).toEqual({ n: 7, d: 1 });
        expect(readDecimal(`7${c}`)).toEqual({ n: 7, d: 1 });
      } else if (!/[0-9+\-.eE]/.test(c)) {
        expect(readDecimal(`${c}7`)).toBe('not-a-number');
        expect(readDecimal(`7${c}`)).toBe('not-a-number');
      }
    }
    expect(spaces).toBe(25); // 9–13, 32, 0xa0, 0x1680, 0x2000–0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
  });
});

describe('readDecimal: more of its grammar', () => {
  it('takes one point at most, wherever it is', () => {
    for (const text of ['.5.', '5..', '..5', '1.2.', ' .5. ', '.5.e1']) expect(readDecimal(text)).toBe('not-a-number');
    expect(readDecimal(' .5e1 ')).toEqual({ n: 5n, d: 1n }); // 0.5 × 10 = 5
  });
  it('reads the exponent to its end, and only digits in it', () => {
    expect(readDecimal('1e12')).toEqual({ n: 10n ** 12n, d: 1n });
    expect(readDecimal('15e-1')).toEqual({ n: 15n, d: 10n }); // 15 × 10^−1 = 15/10
    expect(readDecimal('2E+2')).toEqual({ n: 200n, d: 1n });
    for (const text of ['1e1.5', '1e1e1', '1e-', '1ex', '1e 1', '1e+-1', '1e/', '1e:']) expect(readDecimal(text)).toBe('not-a-number');
    // an exponent written with many digits is still read exactly while it is in range
    expect(readDecimal('1e0000000000000000002')).toEqual({ n: 100n, d: 1n });
    expect(readDecimal('1e-0000000000000000002')).toEqual({ n: 1n, d: 100n });
  });
  it('takes exactly 15 digits in the fast form and 16 exactly in the general one', () => {
    // 999 999 999 999 999 is a safe integer; the 16-digit 9 999 999 999 999 999 is not
    expect(readDecimal('0.999999999999999')).toEqual({ n: 999999999999999, d: 1e15 });
    expect(readDecimal('9999999999999999')).toEqual({ n: 9999999999999999n, d: 1n });
    expect(readDecimal('0.9999999999999999')).toEqual({ n: 9999999999999999n, d: 10n ** 16n });
    expect(readDecimal('-9007199254740993')).toEqual({ n: -9007199254740993n, d: 1n }); // 2^53 + 1, not a double
  });
  it('moves trailing zeros into the scale, keeping every digit that is not one', () => {
    // 1200 × 10^−1 = 120: the two trailing zeros become 10^2, and 12 × 10^1 = 120
    expect(same(readDecimal('1200e-1'), { n: 120, d: 1 })).toBe(true);
    expect(same(readDecimal('1020e-3'), { n: 102, d: 100 })).toBe(true); // 1.020 = 102/100
    expect(same(readDecimal('100.0e-2'), { n: 1, d: 1 })).toBe(true); // 1000 × 10^−3 = 1
    expect(same(readDecimal('5e0'), { n: 5, d: 1 })).toBe(true);
    expect(same(readDecimal('0.5e0'), { n: 5, d: 10 })).toBe(true);
    // 10^−400 written as 1 and 1100 zeros × 10^−1500: 1101 digits, but only one of them
    // significant, so it is within both bounds (the leading digit's power is 1100 − 1500 = −400)
    expect(same(readDecimal(`1${'0'.repeat(1100)}e-1500`), { n: 1n, d: 10n ** 400n })).toBe(true);
    expect(same(readDecimal(`-25${'0'.repeat(1100)}e-1101`), { n: -25n, d: 10n })).toBe(true); // −25 × 10^1100 × 10^−1101 = −2.5
  });
});

describe('scanPlain: at most 15 places', () => {
  it('refuses a 16th place even with one significant digit, and a second point', () => {
    expect(scan('0.000000000000001')).toEqual([1e-15, 15]);
    expect(scan('0.0000000000000001')).toBe(false); // 16 places
    expect(readDecimal('0.0000000000000001')).toEqual({ n: 1n, d: 10n ** 16n }); // read exactly the slow way
    expect(scan('.5.')).toBe(false);
    expect(scan('5..')).toBe(false);
  });
});

describe('doubleScale: the places of a double whose shortest text is plain and short', () => {
  it('gives the places of String(x) when it has at most 15 significant digits and no exponent', () => {
    // expected: the places of String(x), counted by hand
    expect(doubleScale(0)).toBe(0);
    expect(doubleScale(-0)).toBe(0);
    expect(doubleScale(95)).toBe(0);
    expect(doubleScale(17.5)).toBe(1);
    expect(doubleScale(-17.5)).toBe(1); // the sign does not matter
    expect(doubleScale(0.1)).toBe(1);
    expect(doubleScale(-2.675)).toBe(3);
    expect(doubleScale(0.000001)).toBe(6); // String(1e-6) is '0.000001'
    expect(doubleScale(-0.000001)).toBe(6);
    expect(doubleScale(0.000123456789012)).toBe(15); // 12 significant digits at 15 places
    expect(doubleScale(1234567890.12345)).toBe(5); // 15 significant digits
    expect(doubleScale(123456789012345)).toBe(0); // 15 digits
    expect(doubleScale(-123456789012345)).toBe(0);
    expect(doubleScale(999999999999999)).toBe(0); // 10^15 − 1
    expect(doubleScale(99999999999999.9)).toBe(1); // 15 digits, one place
  });
  it('gives -1 for any other double', () => {
    expect(doubleScale(1e15)).toBe(-1); // 16 digits
    expect(doubleScale(-1e15)).toBe(-1);
    expect(doubleScale(1e21)).toBe(-1); // '1e+21'
    expect(doubleScale(9.99e-7)).toBe(-1); // String is '9.99e-7': below 10^−6
    expect(doubleScale(1e-7)).toBe(-1);
    expect(doubleScale(-1e-7)).toBe(-1);
    expect(doubleScale(0.1 + 0.2)).toBe(-1); // '0.30000000000000004': 17 significant digits
    expect(doubleScale(1 / 3)).toBe(-1); // '0.3333333333333333': 16
    expect(doubleScale(0.0000012345678901234)).toBe(-1); // 14 significant digits but 19 places
    expect(doubleScale(999999999999999.9)).toBe(-1); // 16 digits
    expect(doubleScale(123456789012345.6)).toBe(-1); // 16 digits
  });
  it('agrees with the text of String(x) for every double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        // the independent count: String(x) without an exponent, at most 15 significant digits
        const text = String(Math.abs(x));
        const significant = text.replace('.', '').replace(/^0+/, '').length;
        const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
        const plain = !text.includes('e') && (x === 0 || (significant <= 15 && places <= 15));
        expect(doubleScale(x)).toBe(plain ? places : -1);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fromDouble: the fast form', () => {
  it('keeps small doubles as safe integers over a power of ten', () => {
    expect(fromDouble(17.5)).toEqual({ n: 175, d: 10 }); // 175 / 10
    expect(fromDouble(-0.000001)).toEqual({ n: -1, d: 1e6 });
    expect(fromDouble(123456789012345)).toEqual({ n: 123456789012345, d: 1 });
    expect(fromDouble(1e-7)).toEqual({ n: 1n, d: 10n ** 7n }); // through '1e-7'
    expect(fromDouble(Number.NEGATIVE_INFINITY)).toBe('not-a-number');
  });
});

describe('placesOf: more forms', () => {
  it('counts the places of the mantissa less the exponent, never below 0', () => {
    // expected: places written after the point, minus the exponent, worked by hand
    expect(placesOf(' 17.50 ')).toBe(2); // the spaces do not count
    expect(placesOf('17.5\t')).toBe(1);
    expect(placesOf('1.25E2')).toBe(0); // 2 − 2
    expect(placesOf('1.25e1')).toBe(1); // 2 − 1
    expect(placesOf('15e-1')).toBe(1); // 0 + 1
    expect(placesOf('5e-0')).toBe(0);
    expect(placesOf('.5')).toBe(1); // the point first
    expect(placesOf('.5e-2')).toBe(3);
    expect(placesOf('5.')).toBe(0);
    expect(placesOf('1.2.3')).toBe(0); // unreadable
    expect(placesOf('1.5x')).toBe(0);
    expect(placesOf('')).toBe(0);
  });
});

describe('plainPlaces: more forms', () => {
  it('accepts exactly -?(0|[1-9]digits)(.digits)? other than a negative zero', () => {
    expect([plainPlaces('0'), plainPlaces('10'), plainPlaces('-10'), plainPlaces('-0.5'), plainPlaces('100.25'), plainPlaces('9.9')]).toEqual([0, 0, 0, 1, 2, 1]);
    expect([plainPlaces('0.00'), plainPlaces('-0.01'), plainPlaces('-7'), plainPlaces('90'), plainPlaces('-90')]).toEqual([2, 2, 0, 0, 0]);
    // what is not of that form
    const refused = ['', '-', '.5', '-.5', '00', '00.5', '-01', '1.', '1a', '1.a', '1.5x', '1.5.', '1/2', '1:2', '1.5/', '1.5:', '+1', ' 1', '1 ', '-0', '-0.0', '--1', '1.2e3'];
    for (const text of refused) expect([text, plainPlaces(text)]).toEqual([text, -1]);
  });
});

describe('readDecimal never gives −0', () => {
  it('reads a negative zero with spaces or many digits as +0', () => {
    for (const text of [' -0 ', '-0.0\t', '-0000000000000000000', ' -0e0 ', '-0.000e-5']) {
      const read = readDecimal(text) as Q;
      expect([text, Object.is(read.n, -0), cmp(read, { n: 0, d: 1 })]).toEqual([text, false, 0]);
    }
  });
});

describe('readDecimal: the fast form also for text with spaces', () => {
  it('15 digits with spaces around are a safe integer over a power of ten', () => {
    // the kernel's fast form (rational.ts): safe-integer parts while they are safe
    expect(readDecimal(' 123456789012345 ')).toEqual({ n: 123456789012345, d: 1 });
    expect(readDecimal(' -0.99999999999999 ')).toEqual({ n: -99999999999999, d: 1e14 });
    expect(readDecimal(' 1234567890123456 ')).toEqual({ n: 1234567890123456n, d: 1n }); // 16: bigints
  });
});
