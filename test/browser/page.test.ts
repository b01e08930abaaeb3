/// <reference lib="dom" />
/**
 * The example page (examples/browser) in a real browser: bundled with esbuild as an app would
 * bundle it, served over HTTP, opened in Debian's Chromium (headless, driven by
 * playwright-core; `.ci/run` installs chromium when it is missing), and its rendered scorecard
 * read back from the page. Expected values are worked by hand:
 * - beds (Thái Nguyên): 59 / 12 000 × 10 000 = 49.1666… → 49,2, at least 49,2: đạt;
 * - doctors: 20 / 12 000 × 10 000 = 16.666… → 16,7, below 17,5: không đạt;
 * - insurance (Cao Minh): 11 415 / 12 000 = 95.125% → 95,13% (half-up), above 95%: đạt.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: Server;
let context: BrowserContext;
let profile: string;
let address = '';

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`).toBe(true);
  // the page as an app bundles it: `chitieu` and `chitieu/plans` are the library's entry points
  const bundled = await build({
    entryPoints: [join(root, 'examples/browser/page.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    alias: { 'chitieu/plans': join(root, 'src/plans/index.ts'), chitieu: join(root, 'src/index.ts') },
  });
  const files: Record<string, [string, Uint8Array | string]> = {
    '/': ['text/html; charset=utf-8', readFileSync(join(root, 'examples/browser/index.html'), 'utf8')],
    '/page.js': ['text/javascript; charset=utf-8', (bundled.outputFiles[0] as { contents: Uint8Array }).contents],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  address = `http://127.0.0.1:${port}/`;
  profile = mkdtempSync(join(tmpdir(), 'chitieu-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

describe('the example page in Chromium', () => {
  it('renders the scorecard of Cao Minh 2026 from JSON figures', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(address);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(await page.textContent('#beds')).toBe('Giường bệnh/vạn dân: 49,2');
    const rows = await page.$$eval('#scorecard tbody tr', (trs) => trs.map((tr) => ({ status: tr.getAttribute('data-status'), text: tr.textContent ?? '' })));
    const row = (id: string) => rows.find((candidate) => candidate.text.includes(id));
    expect(row('cao-minh-2026/beds')?.status).toBe('achieved');
    expect(row('cao-minh-2026/beds')?.text).toContain('49,2');
    expect(row('cao-minh-2026/doctors')?.status).toBe('not-achieved');
    expect(row('cao-minh-2026/doctors')?.text).toContain('16,7');
    expect(row('cao-minh-2026/insurance')?.status).toBe('achieved');
    expect(row('cao-minh-2026/insurance')?.text).toContain('95,13');
    // the status cell carries the status colours the renderer styles
    expect(await page.$eval('#scorecard td.status-achieved', (td) => getComputedStyle(td).backgroundColor)).toBe('rgb(27, 127, 59)');
    await page.close();
  }, 60_000);
});
