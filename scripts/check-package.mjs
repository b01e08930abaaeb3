// The package as an app meets it. Packs chitieu, installs the tarball into scratch apps, and
// checks, failing (exit code 1) on the first problem:
// 1. it runs: ES module import and CommonJS require of `chitieu`, `chitieu/plans` and
//    `chitieu/read`, and the JSON Schemas;
// 2. its types hold: a CommonJS app and an ES module app (`"type": "module"`), each under
//    moduleResolution node10, node16, nodenext and bundler, with `skipLibCheck: false`, type-check
//    code that uses the package the way the README and the guide do (`new Decimal('49.2')`,
//    the plans, the model types), and no public name's type is `any`, in any of them;
// 3. its bundles stay small: esbuild bundles (minified, then gzipped) of the whole root entry
//    (`import * as chitieu from 'chitieu'`), of `chitieu/plans` alone, of the reader
//    (`chitieu/read`) alone, of all three entries together, and of the arithmetic alone
//    (`per10k` + `roundHalfUp`) are measured against the budgets of scripts/budgets.json; the
//    plans and the arithmetic hold no zod.
// Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const ts = require(join(root, 'node_modules/typescript'));
const esbuild = require(join(root, 'node_modules/esbuild'));
const budgets = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'chitieu-package-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const problems = [];

// What an app writes: the README's first lines, the guide's Decimal, the plans, the model types.
const USE = `
import { Decimal, per10k, roundHalfUp, requiredNumerator, wilsonInterval, parsePlan, safeParseTarget, evaluatePlan,
  type Num, type Plan, type Target, type TargetResult, type ChitieuError } from 'chitieu';
import { plans, caoMinh2026 } from 'chitieu/plans';
import { readTargets, type TargetDraft } from 'chitieu/read';

const population: Num = 12000;
const beds: Decimal = roundHalfUp(per10k(59, population), 1);
const stated = new Decimal('49.2');
const met: boolean = beds.greaterThanOrEqualTo(stated);
const needed: bigint = requiredNumerator({ denominator: population, per: 10000, comparator: '>=', threshold: '17.5', decimals: 1 });
const share: number = wilsonInterval(11415, 12000).upper;
const ids: string[] = plans.map((plan: Plan) => plan.id);
const first: Target | undefined = caoMinh2026.objectives[0]?.targets[0];
const reparsed: Plan = parsePlan(JSON.parse(JSON.stringify(caoMinh2026)));
const checked = safeParseTarget({ id: 't' });
const issues: number = checked.success ? 0 : checked.issues.length;
const results: readonly TargetResult[] = evaluatePlan(reparsed, [], { asOf: '2026-12-31' }).results;
const onError = (error: ChitieuError): string => error.code;
const drafts: readonly TargetDraft[] = readTargets('Đến năm 2030, đạt 19 bác sĩ trên 1 vạn dân.');
// a misuse the types must refuse: a Decimal is not a string
// @ts-expect-error
const wrong: string = beds;
export { met, needed, share, ids, first, issues, results, onError, drafts, wrong };
`;

/** The exported names of a module whose type is `any` somewhere a user would meet it. */
function anyIn(program, moduleName, fromFile) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(fromFile);
  const found = [];
  const specifier = source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => statement.moduleSpecifier)
    .find((node) => ts.isStringLiteral(node) && node.text === moduleName);
  const moduleSymbol = specifier && checker.getSymbolAtLocation(specifier);
  if (!moduleSymbol) return [`${moduleName}: does not resolve`];
  const own = (type) => (type.getSymbol()?.getDeclarations() ?? []).some((declaration) => declaration.getSourceFile().fileName.includes('/node_modules/chitieu/'));
  const seen = new Set();
  function visit(type, path, depth) {
    if (type.flags & ts.TypeFlags.Any) {
      found.push(path);
      return;
    }
    if (depth > 5 || seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) type.types.forEach((part, k) => visit(part, `${path}|${k}`, depth + 1));
    // the types of other packages (zod, decimal.js) are theirs: only a reference to them that is `any` counts
    const checkMembers = own(type) || (type.flags & ts.TypeFlags.Object && !type.getSymbol()?.getDeclarations()?.length);
    if (!checkMembers) return;
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      signature.getParameters().forEach((parameter) => visit(checker.getTypeOfSymbolAtLocation(parameter, source), `${path}(${parameter.getName()})`, depth + 1));
      visit(signature.getReturnType(), `${path}()`, depth + 1);
    }
    for (const property of type.getProperties()) visit(checker.getTypeOfSymbolAtLocation(property, source), `${path}.${property.getName()}`, depth + 1);
    for (const argument of checker.getTypeArguments?.(type) ?? []) visit(argument, `${path}<>`, depth + 1);
  }
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    if (symbol.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbolAtLocation(symbol, source), name, 0);
    if (symbol.flags & ts.SymbolFlags.Type) visit(checker.getDeclaredTypeOfSymbol(symbol), name, 0);
  }
  return found;
}

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = join(scratch, filename);

  // 1. it runs
  const app = join(scratch, 'runtime');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'runtime-app', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], app);
  writeFileSync(
    join(app, 'esm.mjs'),
    [
      "import { per10k, roundHalfUp, Decimal } from 'chitieu';",
      "import { plans } from 'chitieu/plans';",
      "import { readTargets } from 'chitieu/read';",
      "const value = roundHalfUp(per10k(59, 12000), 1).toString();",
      "if (value !== '49.2') throw new Error(`ESM: expected 49.2, got ${value}`);",
      "if (plans.length !== 5) throw new Error(`ESM: expected 5 plans, got ${plans.length}`);",
      "if (!new Decimal('49.2').equals(value)) throw new Error('ESM: Decimal');",
      "if (readTargets('đạt 19 bác sĩ trên 1 vạn dân')[0]?.value !== '19') throw new Error('ESM: readTargets');",
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    [
      "const { per10k, roundHalfUp } = require('chitieu');",
      "const { plans } = require('chitieu/plans');",
      "const { readTargets } = require('chitieu/read');",
      "const value = roundHalfUp(per10k(59, 12000), 1).toString();",
      "if (value !== '49.2') throw new Error(`CJS: expected 49.2, got ${value}`);",
      "if (plans.length !== 5) throw new Error(`CJS: expected 5 plans, got ${plans.length}`);",
      "if (readTargets('đạt 19 bác sĩ trên 1 vạn dân')[0]?.value !== '19') throw new Error('CJS: readTargets');",
      "const schema = require('chitieu/schemas/plan.schema.json');",
      "if (schema.type !== 'object' || !schema.$id) throw new Error('CJS: chitieu/schemas/plan.schema.json is not the plan schema');",
    ].join('\n'),
  );
  run('node', ['esm.mjs'], app);
  run('node', ['cjs.cjs'], app);
  console.log('runs: ES module import and CommonJS require of chitieu, chitieu/plans and chitieu/read, and the JSON Schemas');

  // 2. its types hold, in CommonJS and ES module apps, under every resolution
  const configs = [
    ['commonjs', 'node10', 'commonjs'],
    ['commonjs', 'node16', 'node16'],
    ['commonjs', 'nodenext', 'nodenext'],
    ['commonjs', 'bundler', 'esnext'],
    ['module', 'node10', 'esnext'],
    ['module', 'node16', 'node16'],
    ['module', 'nodenext', 'nodenext'],
    ['module', 'bundler', 'esnext'],
  ];
  const typesApp = join(scratch, 'types');
  mkdirSync(typesApp);
  writeFileSync(join(typesApp, 'package.json'), JSON.stringify({ name: 'types-app', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], typesApp);
  for (const [type, moduleResolution, module] of configs) {
    const name = `${type === 'module' ? 'esm' : 'cjs'}-${moduleResolution}`;
    const dir = join(typesApp, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
    writeFileSync(join(dir, 'use.ts'), USE);
    const options = {
      module: ts.ModuleKind[{ commonjs: 'CommonJS', node16: 'Node16', nodenext: 'NodeNext', esnext: 'ESNext' }[module]],
      moduleResolution: ts.ModuleResolutionKind[{ node10: 'Node10', node16: 'Node16', nodenext: 'NodeNext', bundler: 'Bundler' }[moduleResolution]],
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], // zod's declarations name URL, from the DOM (or @types/node)
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      esModuleInterop: true,
      types: [],
    };
    const program = ts.createProgram([join(dir, 'use.ts')], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.slice(typesApp.length + 1)}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    const anys = [...anyIn(program, 'chitieu', join(dir, 'use.ts')), ...anyIn(program, 'chitieu/plans', join(dir, 'use.ts')), ...anyIn(program, 'chitieu/read', join(dir, 'use.ts'))];
    if (diagnostics.length > 0) problems.push(`types (${name}): ${diagnostics.slice(0, 5).join('; ')}`);
    if (anys.length > 0) problems.push(`types (${name}): public types that are any: ${anys.slice(0, 10).join(', ')}`);
    console.log(`types (${name}, skipLibCheck false): ${diagnostics.length === 0 && anys.length === 0 ? 'ok' : 'FAILED'}`);
  }

  // 3. its bundles stay small
  const entries = {
    whole: "import * as chitieu from 'chitieu';\nconsole.log(chitieu);\n",
    plans: "import { plans } from 'chitieu/plans';\nconsole.log(plans);\n",
    read: "import * as read from 'chitieu/read';\nconsole.log(read);\n",
    all: "import * as chitieu from 'chitieu';\nimport * as plans from 'chitieu/plans';\nimport * as read from 'chitieu/read';\nconsole.log(chitieu, plans, read);\n",
    math: "import { per10k, roundHalfUp } from 'chitieu';\nconsole.log(roundHalfUp(per10k(59, 12000), 1).toString());\n",
  };
  for (const [name, code] of Object.entries(entries)) {
    writeFileSync(join(app, `${name}.mjs`), code);
    const result = await esbuild.build({ entryPoints: [join(app, `${name}.mjs`)], bundle: true, minify: true, format: 'esm', charset: 'utf8', write: false, logLevel: 'error', absWorkingDir: app });
    const bundle = result.outputFiles[0].contents;
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    const budget = budgets[name];
    const text = new TextDecoder().decode(bundle);
    console.log(`size of ${name}: ${(bundle.length / 1024).toFixed(1)} KiB minified, ${(gzipped / 1024).toFixed(1)} KiB gzipped (budget ${budget.gzippedKiB} KiB)`);
    if (gzipped > budget.gzippedKiB * 1024) problems.push(`size of ${name}: ${(gzipped / 1024).toFixed(1)} KiB gzipped is past its budget of ${budget.gzippedKiB} KiB`);
    if ((name === 'plans' || name === 'math') && /\$ZodType|ZodMiniObject|unrecognized_keys/.test(text)) problems.push(`size of ${name}: the bundle holds zod`);
    if (name === 'math' && /Cao Minh|doctors-per-10k/.test(text)) problems.push('size of math: the bundle holds the plans or the catalog');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`\n${problems.length} package problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
