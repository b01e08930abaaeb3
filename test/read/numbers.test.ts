/**
 * Numbers as the plans write them, read by hand: a decimal comma (“49,2” in “số giường
 * bệnh/vạn dân: 49,2”, Cao Minh 2.1), a thousands dot before groups of three digits (“10.000”,
 * “1.234,5”), a dot-decimal as in English text (“17.5”), leading zeros (“05”), and small
 * numbers in words (“một bác sĩ”). Each expected value is the number a reader writes down.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../src/read/fold.js';
import { negate, numberWord, readNumber } from '../../src/read/numbers.js';

describe('readNumber', () => {
  it.each([
    ['49,2', '49.2'], // Cao Minh 2.1: 49 beds and 2 tenths per 10,000
    ['17,5', '17.5'], // Cao Minh 2.2
    ['77,67', '77.67'], // Thống Nhất: life expectancy 77,67 years
    ['1.234,5', '1234.5'], // one thousand two hundred thirty-four and a half
    ['10.000', '10000'], // “vạn”: ten thousand
    ['1.234.567', '1234567'], // every group after a dot has three digits: thousands
    ['17.5', '17.5'], // a group of one digit: a decimal point
    ['95.15', '95.15'], // a group of two digits: a decimal point
    ['05', '5'], // leading zero of “05 tháng”
    ['007', '7'],
    ['0', '0'], // a zero keeps its one digit
    ['000', '0'],
    ['0,5', '0.5'], // the zero before a decimal comma stays
    ['95,50', '95.5'], // trailing zeros of the fraction go
    ['1,0', '1'], // a fraction of zeros goes with its comma
    ['1,05', '1.05'], // zeros inside the fraction stay
    ['2,500', '2.5'], // a decimal comma before three digits: two and a half
    ['100', '100'],
    ['1000', '1000'],
  ])('%s → %s', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each([
    ['1,2,3'], // two commas: a list, not a number
    ['1.23.4'], // groups of two and one digits after dots
    ['1.23,4'], // a decimal dot and a decimal comma
    ['1.2.3'],
    ['1.234.5'], // a group of three, then a group of one
    ['1.2.345'],
  ])('%s is not a number', (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

describe('numberWord', () => {
  it.each([
    ['một', '1'],
    ['hai', '2'],
    ['ba', '3'],
    ['bốn', '4'],
    ['năm', '5'],
    ['sáu', '6'],
    ['bảy', '7'],
    ['tám', '8'],
    ['chín', '9'],
    ['mười', '10'],
  ])('%s → %s', (word, value) => {
    expect(numberWord(foldWords(word))).toBe(value);
  });

  it('other words are not numbers', () => {
    expect(numberWord(foldWords('bác sĩ'))).toBeUndefined();
    expect(numberWord(foldWords('trăm'))).toBeUndefined();
  });
});

describe('negate', () => {
  it.each([
    ['5', '-5'],
    ['-5', '5'],
    ['0.5', '-0.5'],
    ['10', '-10'], // ends in 0 but is not zero
    ['0.01', '-0.01'], // starts with “0.0” but is not zero
    ['-0.25', '0.25'],
    ['0', '0'], // zero has no sign
    ['0.0', '0.0'],
    ['0.', '0.'],
  ])('−(%s) = %s', (value, negated) => {
    expect(negate(value)).toBe(negated);
  });
});
