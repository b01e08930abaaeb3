/**
 * The five source plans as data, each a parsed {@link Plan}: import them from
 * `chitieu/plans` (a separate entry point, so apps that only compute never load them).
 *
 * @module
 */
import type { Plan } from '../model/plan.js';
import { caoMinh2026 } from './cao-minh-2026.js';
import { district141Kh2023 } from './district-141-2023.js';
import { ninhBinhHealth2026 } from './ninh-binh-health-2026.js';
import { thongNhat2026 } from './thong-nhat-2026.js';
import { xuanHung2026 } from './xuan-hung-2026.js';

export { caoMinh2026, district141Kh2023, ninhBinhHealth2026, thongNhat2026, xuanHung2026 };

/**
 * All five source plans, one per document, from the smallest area to the largest issuer:
 * Cao Minh (commune, 2026), Xuân Hưng (commune, 2026–2030), Thống Nhất (commune,
 * 2026–2030), district plan 141-KH/HU (2023–2030) and the Ninh Bình Department of Health
 * (2026).
 *
 * @category Plans
 * @example
 * ```ts
 * import { plans } from 'chitieu/plans';
 *
 * console.log(plans.length); // 5
 * console.log(plans.map((plan) => plan.id).includes('cao-minh-2026')); // true
 * ```
 */
export const plans: readonly Plan[] = Object.freeze([
  caoMinh2026,
  xuanHung2026,
  thongNhat2026,
  district141Kh2023,
  ninhBinhHealth2026,
]);
