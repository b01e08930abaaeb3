/**
 * Observation sets with many labels: more areas × indicators than the store's dense table of
 * series holds (2^24 entries and more than one per row), and more than 65,536 indicators or
 * periods (past the 16-bit columns the store starts with). Each target reads the figure of its
 * own area, indicator and period; the values are the row numbers, so a figure read from the
 * wrong series or period shows at once. Given as objects and as coded columns.
 *
 * Apart from test/evaluate: these tests take 6 of the evaluation tests' 9 s under Stryker, and
 * every mutant of the observation store would run them (README, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../src/evaluate/evaluateTable.js';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget.js';
import { indexObservations } from '../../src/evaluate/indexObservations.js';
import type { ObservationColumns } from '../../src/evaluate/types.js';
import type { ObservationInput } from '../../src/model/observation.js';
import { TargetSchema } from '../../src/model/target.js';

const AS_OF = '2027-01-31';
const target = (indicator: string, value: string, area?: string) =>
  TargetSchema.parse({ id: `t-${indicator}`, indicator, comparator: '>=', value, due: '2026-12-31', ...(area === undefined ? {} : { area }) });

/** The same rows as objects and as coded columns. */
function forms(rows: readonly { indicator: string; area: string; period: string; value: number }[]): [ObservationInput[], ObservationColumns] {
  const codes = (labels: readonly string[]) => {
    const numbers = new Map<string, number>();
    const list: string[] = [];
    const column = new Int32Array(labels.length);
    labels.forEach((label, i) => {
      let n = numbers.get(label);
      if (n === undefined) numbers.set(label, (n = list.push(label) - 1));
      column[i] = n;
    });
    return { codes: column, labels: list };
  };
  const columns: ObservationColumns = {
    indicator: codes(rows.map((row) => row.indicator)),
    area: codes(rows.map((row) => row.area)),
    period: codes(rows.map((row) => row.period)),
    value: new Float64Array(rows.map((row) => row.value)),
  };
  return [rows.map((row) => ({ ...row })), columns];
}

describe('observations with many labels', () => {
  it('find each area’s figure among more areas × indicators than a dense table holds', () => {
    // 4,100 areas, each with one indicator of its own: 4,100 × 4,100 = 16,810,000 pairs > 2^24 = 16,777,216
    const n = 4100;
    const rows = Array.from({ length: n }, (_, i) => ({ indicator: `ind-${i}`, area: `xa-${i}`, period: '2026', value: i }));
    for (const observations of forms(rows)) {
      const index = indexObservations(observations);
      // xa-4099 has 4099 of ind-4099 (≥ 4099: met); xa-4098 has no figure of it
      const table = evaluateTable([target('ind-4099', '4099')], index, { asOf: AS_OF, rows: ['xa-4099', 'xa-4098'] });
      expect(table.status).toEqual(['achieved', 'no-data']);
      expect(table.published).toEqual(['4099', null]);
      // 0 of ind-0 in xa-0 against “at least 1”: not met
      expect(evaluateTarget(target('ind-0', '1'), index, { asOf: AS_OF, area: 'xa-0' })).toMatchObject({ status: 'not-achieved', published: '0' });
      // with no area named, the one area that holds the indicator
      expect(evaluateTarget(target('ind-2050', '2050'), index, { asOf: AS_OF })).toMatchObject({ area: 'xa-2050', status: 'achieved', published: '2050' });
    }
  });

  it('keep more than 65,536 indicators apart', () => {
    // one area, 65,540 indicators: ind-65539 is numbered 65,539, which is 3 in 16 bits
    const n = 65540;
    const rows = Array.from({ length: n }, (_, i) => ({ indicator: `ind-${i}`, area: 'xa-a', period: '2026', value: i }));
    for (const observations of forms(rows)) {
      const index = indexObservations(observations);
      expect(index.indicators).toHaveLength(n);
      expect(evaluateTarget(target('ind-65539', '65539'), index, { asOf: AS_OF })).toMatchObject({ status: 'achieved', published: '65539' });
      expect(evaluateTarget(target('ind-3', '4'), index, { asOf: AS_OF })).toMatchObject({ status: 'not-achieved', published: '3' });
    }
  });

  it('keep more than 65,536 periods apart', () => {
    // 65,539 days from 1800-01-01 (to 1979-06-10), then the year 2026, numbered 65,539 (3 in 16 bits)
    const days = 65539;
    const start = Date.UTC(1800, 0, 1);
    const rows = Array.from({ length: days }, (_, i) => ({ indicator: 'visits', area: 'xa-a', period: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: 1 }));
    rows.push({ indicator: 'visits', area: 'xa-a', period: '2026', value: 1200 });
    expect(rows[days - 1]?.period).toBe('1979-06-10');
    for (const observations of forms(rows)) {
      const index = indexObservations(observations);
      expect(index.periods).toHaveLength(days + 1);
      // the year's own figure, 1,200 visits, against “at least 1,000”
      expect(evaluateTarget(target('visits', '1000'), index, { asOf: AS_OF })).toMatchObject({ status: 'achieved', published: '1200', period: '2026' });
    }
  });
});
