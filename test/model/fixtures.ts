/**
 * Inputs the model's tests start from: a level target, the sex ratio at birth as an
 * indicator, and a plan of one objective around them.
 */

/** A level target in its input form: “số bác sĩ/vạn dân: 17,5” by the end of 2026. */
export const level = { id: 't', indicator: 'doctors-per-10k', comparator: '>=', value: '17.5', due: '2026-12-31' };

/** An indicator in its input form, with a band polarity. */
export const indicator = {
  id: 'sex-ratio-at-birth', name: { vi: 'Tỷ số giới tính khi sinh', en: 'Sex ratio at birth' }, measure: 'ratio',
  unit: { vi: 'bé trai/100 bé gái', en: 'boys per 100 girls' }, multiplier: 100, polarity: 'band', decimals: 1,
};

/** A commune's plan in its input form, with `targets` in its one objective and `overrides` on top. */
export function plan(overrides: Record<string, unknown> = {}, targets: unknown[] = [level]): Record<string, unknown> {
  return {
    id: 'p', kind: 'plan', title: { vi: 'Kế hoạch' }, issuer: { name: { vi: 'Đảng ủy xã' }, level: 'commune' },
    area: { id: 'x', name: { vi: 'xã X' }, level: 'commune' }, period: { from: 2026, to: 2030 },
    objectives: [{ id: 'o', kind: 'specific', horizon: 2030, text: { vi: 'Mục tiêu' }, targets }],
    ...overrides,
  };
}
