/**
 * Whether a catalog indicator can take a figure of a given shape (`fits`, src/read/matchIndicator.ts),
 * and the indicators a stretch of words names (`candidatesIn`, `mentionsIn`).
 *
 * The expected answers come from the catalog's definitions (src/catalog/indicators.ts): its
 * `measure` (`percent`, `rate` with a `multiplier`, `mean`, `count`, `ratio`, `boolean`,
 * `qualitative`) and its unit. A yes/no or qualitative indicator takes no figure at all; a
 * percentage takes a figure out of 100 and nothing in counted or measured units; a rate per
 * 10,000 takes a figure per 10,000 and not a bare count of doctors; the sex ratio at birth
 * (“bé trai/100 bé gái”) takes a number of boys; a figure with no unit and no multiplier may be
 * any quantitative indicator's value.
 */
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/catalog/getIndicator.js';
import { candidatesIn, fits, mentionsIn, type FigureShape } from '../../src/read/matchIndicator.js';
import { tokenize } from '../../src/read/tokens.js';
import { foldWords } from '../../src/read/fold.js';
import type { Indicator } from '../../src/model/indicator.js';

function indicator(id: string): Indicator {
  const found = getIndicator(id);
  if (found === undefined) throw new Error(`no catalog indicator ${id}`);
  return found;
}

describe('fits', () => {
  it.each<[string, FigureShape, boolean]>([
    // yes/no and qualitative indicators take no figure, whatever its shape
    ['major-epidemic', {}, false],
    ['major-epidemic', { per: 100 }, false],
    ['hospital-fee-exemption', {}, false],
    ['hospital-fee-exemption', { unitKind: 'count', unit: 'người' }, false],
    // a bare figure (no unit, no multiplier) may be the value of any quantitative indicator
    ['life-expectancy', {}, true],
    ['health-insurance-coverage', {}, true],
    ['doctors-per-10k', {}, true],
    // a count of doctors with no “per 10,000” is not a rate per 10,000 (nor a percentage)
    ['doctors-per-10k', { unitKind: 'count', unit: 'bác sĩ' }, false],
    ['health-insurance-coverage', { unitKind: 'count', unit: 'bác sĩ' }, false],
    // … but it is the value of a count indicator
    ['communes-meeting-national-criteria-count', { unitKind: 'count', unit: 'xã' }, true],
    // a measure in a unit of its own: “112 bé trai” is a sex ratio at birth, never a percentage
    ['sex-ratio-at-birth', { unitKind: 'measure', unit: 'bé trai' }, true],
    ['health-insurance-coverage', { unitKind: 'measure', unit: 'bé trai' }, false],
    ['stunting-under-5', { unitKind: 'measure', unit: 'con/phụ nữ' }, false],
    // years and centimetres
    ['life-expectancy', { unitKind: 'measure', unit: 'tuổi' }, true],
    ['mean-height-1-18', { unitKind: 'measure', unit: 'cm' }, true],
    ['life-expectancy', { unitKind: 'measure', unit: 'cm' }, false],
    // multipliers
    ['doctors-per-10k', { per: 10000, unitKind: 'count', unit: 'bác sĩ' }, true],
    ['infant-mortality-rate', { per: 1000 }, true],
    ['infant-mortality-rate', { per: 10000 }, false],
    ['health-insurance-coverage', { per: 100 }, true],
  ])('%s takes %j: %s', (id, shape, expected) => {
    expect(fits(indicator(id), shape)).toBe(expected);
  });
});

describe('candidatesIn and mentionsIn', () => {
  it('words naming nothing in the catalog give no candidate', () => {
    const tokens = tokenize(foldWords('Đẩy mạnh công tác truyền thông trên địa bàn'));
    expect(candidatesIn(tokens, 0, tokens.length)).toEqual([]);
    expect(mentionsIn(tokens, 0, tokens.length)).toEqual([]);
  });

  it('two indicators named in one stretch are both candidates, each once', () => {
    // “tỷ lệ bao phủ bảo hiểm y tế và hồ sơ sức khỏe điện tử”: insurance coverage and the
    // electronic health record, named one after the other
    const tokens = tokenize(foldWords('tỷ lệ bao phủ bảo hiểm y tế và hồ sơ sức khỏe điện tử'));
    const ids = candidatesIn(tokens, 0, tokens.length).map((candidate) => candidate.id);
    expect([...ids].sort()).toEqual(['ehr-coverage', 'health-insurance-coverage']);
    expect(mentionsIn(tokens, 0, tokens.length).map((mention) => mention.id)).toEqual(['health-insurance-coverage', 'ehr-coverage']);
  });
});
