import { makeObservations, makeTargets } from './evaluate.js';
import { chitieu } from './library.js';
const old = (await import('/tmp/old/dist/index.js')) as { indexObservations: (o: unknown) => unknown; evaluateTable: (...a: unknown[]) => unknown; TargetSchema: { parse: (t: unknown) => unknown } };
const obs = makeObservations(10000, 1);
const { targets, indicators } = makeTargets();
const lookup = new Map(indicators.map((i) => [i.id, i]));
const rows = Array.from({ length: 10000 }, (_, a) => `area-${a}`);
const oldTargets = targets.map((t) => old.TargetSchema.parse(t));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const min = { oi: Infinity, ot: Infinity, ni: Infinity, nt: Infinity };
for (let r = 0; r < Number(process.argv[2] ?? 8); r++) {
  let c = cpu();
  const i1 = old.indexObservations(obs);
  min.oi = Math.min(min.oi, cpu() - c); c = cpu();
  old.evaluateTable(oldTargets, i1, { asOf: '2025-03-31', areas: rows, indicators: lookup });
  min.ot = Math.min(min.ot, cpu() - c); c = cpu();
  const i2 = chitieu.indexObservations(obs);
  min.ni = Math.min(min.ni, cpu() - c); c = cpu();
  chitieu.evaluateTable(targets, i2, { asOf: '2025-03-31', rows, indicators: lookup });
  min.nt = Math.min(min.nt, cpu() - c);
}
console.log(`min cpu ms — old index ${min.oi.toFixed(0)} table ${min.ot.toFixed(0)} total ${(min.oi + min.ot).toFixed(0)} | new index ${min.ni.toFixed(0)} table ${min.nt.toFixed(0)} total ${(min.ni + min.nt).toFixed(0)}`);
