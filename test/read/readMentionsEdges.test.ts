/**
 * Aims without a figure after a result marker (src/read/readMentions.ts): what a sentence
 * reports as already the case (“Hiện nay …”) is no target, unless the sentence strives for
 * it (“Phấn đấu …”), in which case the aim is still a target.
 *
 * Read by hand: “hiện nay” (now) and “vượt mục tiêu” (exceed the target) are the reader's
 * result markers; “phấn đấu” (strive) makes the sentence an aspiration. The catalog's
 * hospital-fee-exemption (“miễn viện phí”) is a qualitative indicator.
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/readTargets.js';

const DUE = { due: '2030-12-31' } as const;

describe('an aim after a result marker', () => {
  it('“Hiện nay người dân được miễn viện phí” reports the present: no target', () => {
    expect(readTargets('Hiện nay người dân được miễn viện phí.', DUE)).toEqual([]);
  });

  it('“Phấn đấu đến năm 2030 vượt mục tiêu, người dân được miễn viện phí” is an aim to strive for', () => {
    // “strive by 2030 to exceed the goal, the people exempted from hospital fees”: a
    // qualitative target (the catalog's indicator has no figure), due 2030, aspirational
    const drafts = readTargets('Phấn đấu đến năm 2030 vượt mục tiêu, người dân được miễn viện phí.', DUE);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      kind: 'target',
      targetKind: 'qualitative',
      indicator: 'hospital-fee-exemption',
      due: '2030-12-31',
      aspirational: true,
    });
  });
});
