/**
 * Tables of targets in the forms the appendix test (tables.test.ts) does not meet: Markdown
 * tables written with `|` (with and without the closing pipe, indented, after a title line),
 * tables whose header is written one way and rows another, single-year columns, three period
 * columns, cells with `≤` and `<`, a row missing its target cell, a row naming its own period,
 * per-station share rows with each kind of condition, a lower-is-better row with no comparator
 * and a decrease whose column repeats the label's figure.
 *
 * Expected values are read by hand from each made-up row, as a reader of the plan would: the
 * target is the cell under the latest period (due at the end of its last year), the baseline the
 * cell under the latest earlier period, the comparator the cell's sign, else the indicator's
 * direction (infant mortality: lower is better, so “≤”, and the reader asks); a share row's
 * condition is what the label says of each station (“trên 1 bác sĩ” is `>` 1, “có 1 bác sĩ”
 * at least 1). Indicator ids are the catalog's (src/catalog).
 */
import { describe, expect, it } from 'vitest';
import { readTargets } from '../../src/read/index.js';
import { readTable } from '../../src/read/tables.js';
import type { TargetDraft } from '../../src/read/types.js';

const IMMUNIZATION = 'Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi';

/** The drafts a table row's target column made: their span runs from the label into the cells. */
function fromColumns(text: string): TargetDraft[] {
  return readTargets(text).filter((draft) => /[\t|]/.test(draft.text));
}

describe('tables written with pipes', () => {
  it.each([
    ['closed rows', `| Chỉ tiêu | Đơn vị | 2021-2025 | 2026-2030 |\n| ${IMMUNIZATION} | % | 95 | 98 |`, '2021-2025'],
    ['rows without the closing pipe', `| Chỉ tiêu | Đơn vị | 2021-2025 | 2026-2030\n| ${IMMUNIZATION} | % | 95 | 98`, '2021-2025'],
    ['a closed header over open rows', `| Chỉ tiêu | Đơn vị | 2025 | 2030 |\n| ${IMMUNIZATION} | % | 95 | 98`, '2025'],
    ['indented rows', `  | Chỉ tiêu | Đơn vị | 2025 | 2030 |\n  | ${IMMUNIZATION} | % | 95 | 98 |`, '2025'],
    ['a title line before the table', `Phụ lục\n| Chỉ tiêu | Đơn vị | 2025 | 2030 |\n| ${IMMUNIZATION} | % | 95 | 98 |`, '2025'],
    ['a tab header over pipe rows', `Chỉ tiêu\tĐơn vị\t2025\t2030\n| ${IMMUNIZATION} | % | 95 | 98 |`, '2025'],
    ['a pipe header over tab rows', `| Chỉ tiêu | Đơn vị | 2025 | 2030 |\n${IMMUNIZATION}\t%\t95\t98`, '2025'],
  ])('%s: the last column is the 2030 target (98%%), the one before it the baseline (95)', (_, text, period) => {
    const rows = fromColumns(text);
    expect(rows).toHaveLength(1);
    // “%” in the unit column: a percentage; the cell “98” has no sign, so “at least” is assumed
    expect(rows[0]).toMatchObject({
      targetKind: 'level',
      indicator: 'tcmr-full-immunization-under-1',
      comparator: '>=',
      value: '98',
      per: 100,
      due: '2030-12-31',
      baseline: { value: '95', period },
    });
    expect(rows[0]?.questions.map((q) => q.code)).toEqual(['COMPARATOR_ASSUMED']);
  });

  it('a two-column table without closing pipes (two pipes a row) is still a table', () => {
    const rows = fromColumns(`| Chỉ tiêu | 2030\n| ${IMMUNIZATION} | 98`);
    expect(rows).toHaveLength(1);
    // no unit column: no multiplier; the 2030 column gives the due date
    expect(rows[0]).toMatchObject({ indicator: 'tcmr-full-immunization-under-1', comparator: '>=', value: '98', due: '2030-12-31' });
  });

  it('reads the sign of a cell: “≤ 10” and “< 10” deaths per 1,000 live births', () => {
    const header = '| Chỉ tiêu | Đơn vị | 2021-2025 | 2026-2030 |\n';
    const atMost = fromColumns(`${header}| Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 12 | ≤ 10 |`);
    expect(atMost).toHaveLength(1);
    expect(atMost[0]).toMatchObject({ indicator: 'infant-mortality-rate', comparator: '<=', value: '10', due: '2030-12-31', baseline: { value: '12', period: '2021-2025' } });
    expect(atMost[0]?.questions).toEqual([]);
    const below = fromColumns(`${header}| Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 12 | < 10 |`);
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({ indicator: 'infant-mortality-rate', comparator: '<', value: '10' });
  });
});

describe('columns and cells', () => {
  it('takes the latest earlier period as the baseline when there are several (2020, 2025, 2030)', () => {
    const rows = fromColumns(`Chỉ tiêu\t2020\t2025\t2030\n${IMMUNIZATION}\t90\t95\t98`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: '98', due: '2030-12-31', baseline: { value: '95', period: '2025' } });
  });

  it.each([
    ['a blank number cell in a row', `TT\tChỉ tiêu\tĐơn vị\t2025\t2030\n\t${IMMUNIZATION}\t%\t95\t98`],
    ['a blank first cell in the header', `\tChỉ tiêu\tĐơn vị\t2025\t2030\n1\t${IMMUNIZATION}\t%\t95\t98`],
  ])('keeps blank cells in place: %s', (_, text) => {
    const rows = fromColumns(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: 'tcmr-full-immunization-under-1', value: '98', per: 100, due: '2030-12-31', baseline: { value: '95', period: '2025' } });
  });

  it('reads no target from a row whose target cell is missing', () => {
    // the row stops after the 2025 cell: 95 is the baseline, there is no 2030 figure
    const drafts = readTargets(`Chỉ tiêu\tĐơn vị\t2025\t2030\nTỷ lệ tiêm chủng đầy đủ cho trẻ em\t%\t95`);
    expect(drafts.filter((draft) => draft.value !== undefined)).toEqual([]);
    expect(fromColumns(`Chỉ tiêu\tĐơn vị\t2025\t2030\nTỷ lệ tiêm chủng đầy đủ cho trẻ em\t%\t95`)).toEqual([]);
  });

  it('a row naming its own period (“, giai đoạn 2026 - 2028”) is due at the end of 2028, not 2030', () => {
    const rows = fromColumns(`Chỉ tiêu\tĐơn vị\t2030\n${IMMUNIZATION}, giai đoạn 2026 - 2028\t%\t98`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: 'tcmr-full-immunization-under-1', value: '98', per: 100, due: '2028-12-31' });
  });

  it('a lower-is-better row with a bare figure is read as “at most”, and the reader asks', () => {
    const rows = fromColumns('Chỉ tiêu\tĐơn vị\t2030\nTỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t10');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: 'infant-mortality-rate', comparator: '<=', value: '10', due: '2030-12-31' });
    expect(rows[0]?.questions).toEqual([
      {
        code: 'COMPARATOR_ASSUMED',
        field: 'comparator',
        message: { en: 'The figure stands alone; read as ≤. Is that right?', vi: 'Con số không kèm từ so sánh; đã đọc là ≤. Có đúng không?' },
      },
    ]);
  });

  it('a decrease whose label already gives the figure: the column “10” is a fall of 10%, not a rise', () => {
    // “Giảm … 10%”: infant mortality is a rate, so a 10% fall is relative, a change of −10 at most
    const rows = fromColumns('Chỉ tiêu\tĐơn vị\t2025\t2030\nGiảm tỷ suất tử vong trẻ em dưới 1 tuổi 10%\t%\t-\t10');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetKind: 'change', indicator: 'infant-mortality-rate', change: 'relative', comparator: '<=', value: '-10', due: '2030-12-31' });
  });

  it('rows under no header it understands: the widest cell of each row is read as a sentence', () => {
    const drafts = readTargets(`1\t${IMMUNIZATION} đạt 95%\tTrạm y tế xã\n2\tTỷ lệ bao phủ bảo hiểm y tế đạt trên 95%\tBảo hiểm xã hội`);
    expect(drafts.map((draft) => [draft.text, draft.indicator, draft.comparator, draft.value, draft.per])).toEqual([
      [`${IMMUNIZATION} đạt 95%`, 'tcmr-full-immunization-under-1', '>=', '95', 100],
      ['Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%', 'health-insurance-coverage', '>', '95', 100],
    ]);
  });

  it('an empty block of rows reads nothing', () => {
    expect(readTable('', [], { mode: 'objective' })).toEqual([]);
  });
});

describe('rows of a share of stations (“%” and a per-station condition)', () => {
  const header = 'Chỉ tiêu\tĐơn vị\t2030\n';
  it.each([
    // label, target cell, share comparator and value, condition comparator and value
    ['Trạm y tế xã có 1 bác sĩ', '100', '>=', '100', '>=', '1'],
    ['Trạm y tế xã có ít nhất 2 bác sĩ', '100', '>=', '100', '>=', '2'],
    ['Trạm y tế xã có trên 1 bác sĩ', '100', '>=', '100', '>', '1'],
    ['Tỷ lệ trạm y tế xã có dưới 2 bác sĩ', '< 10', '<', '10', '<', '2'],
    ['Tỷ lệ trạm y tế xã có không quá 1 bác sĩ', '≤ 10', '<=', '10', '<=', '1'],
  ])('“%s” with %s%%', (label, cell, comparator, value, conditionComparator, conditionValue) => {
    const rows = fromColumns(`${header}${label}\t%\t${cell}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      targetKind: 'share',
      indicator: 'stations-with-doctors',
      units: 'trạm y tế',
      comparator,
      value,
      per: 100,
      due: '2030-12-31',
      condition: { indicator: 'station-doctors', comparator: conditionComparator, value: conditionValue },
    });
    // a single figure per station: no range to ask about
    expect(rows[0]?.questions).toEqual([]);
  });
});
