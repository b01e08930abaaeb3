/**
 * The example dataset's areas (examples/data/observations.ts): every area a row names is
 * listed with its parent, the tree has no loops, and the rows follow the corrected plans:
 * Cao Minh's beds and doctors on Thái Nguyên, Xuân Hưng's doctors on the sub-stations of its
 * one station.
 */
import { describe, expect, it } from 'vitest';
import { areas, observations } from '../../examples/data/observations.js';
import { AreaSchema } from '../../src/model/index.js';
import { caoMinh2026, xuanHung2026 } from '../../src/plans/index.js';

const byId = new Map(areas.map((area) => [area.id, area]));

/** The ids from an area up to the root. */
function ancestry(id: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = byId.get(at)?.parent) {
    if (chain.includes(at)) throw new Error(`loop at ${at}`);
    chain.push(at);
  }
  return chain;
}

describe('areas', () => {
  it('are valid areas with unique ids', () => {
    for (const area of areas) expect(AreaSchema.safeParse(area).success, area.id).toBe(true);
    expect(byId.size).toBe(areas.length);
  });

  it('list every area and parent the rows use, and every parent they name', () => {
    const used = new Set(observations.flatMap((o) => (o.parent === undefined ? [o.area] : [o.area, o.parent])));
    expect([...used].filter((id) => !byId.has(id))).toEqual([]);
    expect(areas.filter((area) => area.parent !== undefined && !byId.has(area.parent)).map((area) => area.id)).toEqual([]);
    // a row's parent is its area's parent in the tree
    for (const o of observations) if (o.parent !== undefined) expect(byId.get(o.area)?.parent, o.area).toBe(o.parent);
  });

  it('hang every area below the country, except the district the plan does not name', () => {
    const roots = areas.filter((area) => area.parent === undefined).map((area) => area.id);
    expect(roots).toEqual(['vn', 'district-141-kh-hu']);
    const district = areas.filter((area) => ancestry(area.id).includes('district-141-kh-hu'));
    expect(district).toHaveLength(11); // the district and its 10 stations
    for (const area of areas) expect(ancestry(area.id).at(-1), area.id).toBe(district.includes(area) ? 'district-141-kh-hu' : 'vn');
  });

  it('include each plan’s own area with the same parent', () => {
    expect(byId.get(caoMinh2026.area.id)?.parent).toBe(caoMinh2026.area.parent);
    expect(byId.get(xuanHung2026.area.id)?.parent).toBe(xuanHung2026.area.parent);
  });
});

describe('rows for the corrected plans', () => {
  it('put Cao Minh’s beds and doctors on Thái Nguyên, and none on the commune', () => {
    const rows = (indicator: string, area: string) => observations.filter((o) => o.indicator === indicator && o.area === area);
    expect(rows('beds-per-10k', 'vn-thai-nguyen').map((o) => o.period)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(rows('beds-per-10k', caoMinh2026.area.id)).toEqual([]);
    expect(rows('doctors-per-10k', caoMinh2026.area.id)).toEqual([]);
    // 2026: 8 550 beds and 3 150 doctors for 1 800 000 people: 47.5 and 17.5 per 10 000
    const [beds] = rows('beds-per-10k', 'vn-thai-nguyen').filter((o) => o.period === '2026');
    const [doctors] = rows('doctors-per-10k', 'vn-thai-nguyen').filter((o) => o.period === '2026');
    expect([beds?.numerator, beds?.denominator, doctors?.numerator, doctors?.denominator]).toEqual(['8550', '1800000', '3150', '1800000']);
  });

  it('observe Xuân Hưng’s doctors on the two sub-stations of its one station: 3, 4 and 5 in all', () => {
    const station = 'vn-ninh-binh/xuan-hung/tram-y-te';
    expect(byId.get(station)).toMatchObject({ level: 'facility', parent: 'vn-ninh-binh/xuan-hung' });
    const subStations = areas.filter((area) => area.parent === station).map((area) => area.id);
    expect(subStations).toEqual([`${station}/diem-tram-1`, `${station}/diem-tram-2`]);
    const rows = observations.filter((o) => o.indicator === 'station-doctors' && ancestry(o.area).includes('vn-ninh-binh/xuan-hung'));
    expect(rows.every((o) => subStations.includes(o.area))).toBe(true);
    // 2024: 2 + 1; 2025: 2 + 2; 2026: 3 + 2
    const total = (period: string) => rows.filter((o) => o.period === period).reduce((sum, o) => sum + Number(o.value), 0);
    expect(['2024', '2025', '2026'].map(total)).toEqual([3, 4, 5]);
  });
});
