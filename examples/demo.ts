/**
 * `npm run demo` (Vietnamese) or `npm run demo -- --lang en`.
 *
 * A worked example from the Cao Minh commune plan for 2026: beds per 10 000 against the
 * target "số giường bệnh/vạn dân: 49,2". The population and bed counts are illustrative.
 */
import { formatNumber, per10k, requiredNumerator, roundHalfUp } from '../src/index.js';

const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'vi';
if (lang !== 'vi' && lang !== 'en') {
  console.error(`--lang must be vi or en (got ${String(lang)})`);
  process.exit(2);
}

const population = 12000; // illustrative
const beds = 57; // illustrative
const threshold = '49.2';
const exact = per10k(beds, population);
const published = roundHalfUp(exact, 1);
const met = published.greaterThanOrEqualTo(threshold);
const needed = requiredNumerator({ denominator: population, per: 10000, comparator: '>=', threshold, decimals: 1 });
const n = (value: Parameters<typeof formatNumber>[0], decimals: number) => formatNumber(value, { locale: lang, decimals });

if (lang === 'vi') {
  console.log('Xã Cao Minh, 2026 — chỉ tiêu “Số giường bệnh/vạn dân: 49,2” (số liệu minh họa)');
  console.log(`  ${beds} giường / ${n(population, 0)} dân × 10.000 = ${n(exact, 4)} → công bố ${n(published, 1)}`);
  console.log(`  ${met ? 'Đạt' : 'Chưa đạt'} (so với ${n(threshold, 1)}); cần tối thiểu ${needed} giường, thêm ${needed - BigInt(beds)}.`);
} else {
  console.log('Cao Minh commune, 2026 — target “beds per 10,000 population: 49.2” (illustrative data)');
  console.log(`  ${beds} beds / ${n(population, 0)} people × 10,000 = ${n(exact, 4)} → published ${n(published, 1)}`);
  console.log(`  ${met ? 'Met' : 'Not met'} (against ${n(threshold, 1)}); needs at least ${needed} beds, ${needed - BigInt(beds)} more.`);
}
