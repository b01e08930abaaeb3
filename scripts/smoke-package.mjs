// Pack chitieu, install the tarball into a scratch project, and use it the ways apps do:
// ESM import, CommonJS require, and TypeScript type-checking under `node16` and `bundler`
// module resolution. Run after `npm run build` (npm test does). Exits non-zero on failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hasPlans = Boolean(manifest.exports['./plans']);
const scratch = mkdtempSync(join(tmpdir(), 'chitieu-smoke-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(scratch, filename)], app);

  writeFileSync(
    join(app, 'esm.mjs'),
    [
      "import { per10k, roundHalfUp } from 'chitieu';",
      hasPlans ? "import { plans } from 'chitieu/plans';" : 'const plans = [1, 2, 3, 4, 5];',
      "const value = roundHalfUp(per10k(59, 12000), 1).toString();",
      "if (value !== '49.2') throw new Error(`ESM: expected 49.2, got ${value}`);",
      "if (plans.length !== 5) throw new Error(`ESM: expected 5 plans, got ${plans.length}`);",
      "console.log('ESM import: ok');",
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    [
      "const { per10k, roundHalfUp } = require('chitieu');",
      hasPlans ? "const { plans } = require('chitieu/plans');" : 'const plans = [1, 2, 3, 4, 5];',
      "const value = roundHalfUp(per10k(59, 12000), 1).toString();",
      "if (value !== '49.2') throw new Error(`CJS: expected 49.2, got ${value}`);",
      "if (plans.length !== 5) throw new Error(`CJS: expected 5 plans, got ${plans.length}`);",
      "const schema = require('chitieu/schemas/plan.schema.json');",
      "if (schema.type !== 'object' || !schema.$id) throw new Error('CJS: chitieu/schemas/plan.schema.json is not the plan schema');",
      "console.log('CommonJS require: ok (with chitieu/schemas/plan.schema.json)');",
    ].join('\n'),
  );
  process.stdout.write(run('node', ['esm.mjs'], app));
  process.stdout.write(run('node', ['cjs.cjs'], app));

  // Principle 6: importing only the math must not pull zod (or the plans) into a bundle.
  writeFileSync(join(app, 'math-only.mjs'), "import { per10k, roundHalfUp } from 'chitieu';\nconsole.log(roundHalfUp(per10k(59, 12000), 1).toString());\n");
  run(join(root, 'node_modules/.bin/esbuild'), ['math-only.mjs', '--bundle', '--minify', '--format=esm', '--log-level=warning', '--outfile=math-only.bundle.js'], app);
  const bundle = readFileSync(join(app, 'math-only.bundle.js'), 'utf8');
  if (/ZodError|\$ZodType/.test(bundle)) throw new Error('a bundle of per10k + roundHalfUp contains zod');
  if (bundle.includes('Cao Minh')) throw new Error('a bundle of per10k + roundHalfUp contains the plans');
  console.log(`math-only bundle without zod or plans: ok (${Math.round(bundle.length / 1024)} KiB minified)`);

  // The plans are plain literals: importing them must not pull zod into a bundle either.
  if (hasPlans) {
    writeFileSync(join(app, 'plans-only.mjs'), "import { plans } from 'chitieu/plans';\nconsole.log(plans.length);\n");
    run(join(root, 'node_modules/.bin/esbuild'), ['plans-only.mjs', '--bundle', '--minify', '--format=esm', '--charset=utf8', '--log-level=warning', '--outfile=plans-only.bundle.js'], app);
    const plansBundle = readFileSync(join(app, 'plans-only.bundle.js'), 'utf8');
    if (/ZodError|\$ZodType/.test(plansBundle)) throw new Error('a bundle of chitieu/plans contains zod');
    if (!plansBundle.includes('Cao Minh')) throw new Error('a bundle of chitieu/plans lacks the plans');
    console.log(`plans-only bundle without zod: ok (${Math.round(plansBundle.length / 1024)} KiB minified)`);
  }

  const typed = [
    "import { per10k, requiredNumerator, type Num } from 'chitieu';",
    hasPlans ? "import { plans } from 'chitieu/plans';" : '',
    "const population: Num = 12000;",
    "const rate: string = per10k(21, population).toString();",
    "const needed: bigint = requiredNumerator({ denominator: population, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 });",
    hasPlans ? 'const ids: string[] = plans.map((plan) => plan.id);' : 'const ids: string[] = [];',
    'export { rate, needed, ids };',
  ].join('\n');
  for (const [name, resolution, module] of [
    ['node16', 'node16', 'node16'],
    ['bundler', 'bundler', 'esnext'],
  ]) {
    const dir = join(app, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.ts'), typed);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, types: [] },
        files: ['index.ts'],
      }),
    );
    run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], app);
    console.log(`TypeScript (${name} resolution): ok`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
