/**
 * `plans`, the list `chitieu/plans` exports: one entry per source document, in the order of
 * test/fixtures/seeds (its README: Cao Minh, Xuân Hưng and Thống Nhất communes, district plan
 * 141-KH/HU, the Ninh Bình Department of Health), each the plan exported under its own name.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caoMinh2026, district141Kh2023, ninhBinhHealth2026, plans, thongNhat2026, xuanHung2026 } from '../../src/plans/index.js';

const seedsDir = path.resolve(import.meta.dirname, '../fixtures/seeds');

describe('plans', () => {
  it('holds one plan per seed document, in the seeds’ order', () => {
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
    expect(seeds).toHaveLength(5);
    // each plan names its seed file as the seeds folder does, by its own name
    expect(plans.map((plan) => plan.source?.file)).toEqual(seeds);
  });

  it('goes from the communes to the district and then the province', () => {
    // seeds README: three commune plans (000–002), a district plan (003), the province's Department of Health (004)
    expect(plans.map((plan) => plan.area.level)).toEqual(['commune', 'commune', 'commune', 'district', 'province']);
  });

  it('is the five named exports, each once', () => {
    const named = [caoMinh2026, xuanHung2026, thongNhat2026, district141Kh2023, ninhBinhHealth2026];
    expect(plans).toHaveLength(named.length);
    named.forEach((plan, i) => expect(plans[i]).toBe(plan));
  });
});
