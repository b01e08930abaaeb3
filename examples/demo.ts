/**
 * `npm run demo` (Vietnamese) or `npm run demo -- --lang en`; also `--format markdown|csv`
 * and `--as-of YYYY-MM-DD`.
 *
 * Opens with a worked example from the Cao Minh commune plan for 2026 (beds per 10 000
 * against “số giường bệnh/vạn dân: 49,2”), then evaluates the five source plans against the
 * illustrative dataset in examples/data/observations.ts and prints their scorecards, the
 * counts by status, what it takes where a target is short, and each plan's consistency
 * findings. The figures are invented for illustration, except the Ministry of Health's
 * national results for 2025. The output itself is built by `renderDemo` (examples/renderDemo.ts).
 */
import { DEMO_USAGE, parseDemoArgs, renderDemo } from './renderDemo.js';

const args = parseDemoArgs(process.argv.slice(2));
if (args.kind === 'error') {
  console.error(args.message);
  console.error(DEMO_USAGE);
  process.exitCode = 2;
} else if (args.kind === 'help') {
  console.log(DEMO_USAGE);
} else {
  process.stdout.write(renderDemo(args.options));
}
