/// <reference lib="dom" />
/**
 * A page an app would write: Cao Minh's 2026 plan judged on a commune's JSON figures, the
 * scorecard rendered as the library's HTML table. Bundled with esbuild and opened in a real
 * Chromium by test/browser/page.test.ts (the bundle is page.js, beside index.html).
 */
import { evaluatePlan, formatNumber, parseObservations, per10k, renderScorecard, roundHalfUp } from 'chitieu';
import { caoMinh2026 } from 'chitieu/plans';


// what a commune's report might hold for 2026, as JSON arrives over the wire
// (the plan records the beds and doctors targets on the province, the insurance one on the commune)
const json = JSON.stringify([
  { indicator: 'beds-per-10k', area: 'vn-thai-nguyen', period: '2026', numerator: 59, denominator: 12000 },
  { indicator: 'doctors-per-10k', area: 'vn-thai-nguyen', period: '2026', numerator: 20, denominator: 12000 },
  { indicator: 'health-insurance-coverage', area: 'vn-thai-nguyen/cao-minh', period: '2026', numerator: 11415, denominator: 12000 },
]);

const observations = parseObservations(JSON.parse(json));
const scorecard = evaluatePlan(caoMinh2026, observations, { asOf: '2026-12-31' });

const beds = roundHalfUp(per10k(59, 12000), 1);
(document.getElementById('beds') as HTMLElement).textContent = `Giường bệnh/vạn dân: ${formatNumber(beds, { locale: 'vi', decimals: 1 })}`;
(document.getElementById('scorecard') as HTMLElement).innerHTML = renderScorecard(scorecard, { format: 'html', locale: 'vi' });
document.body.dataset['ready'] = 'true';
