/**
 * The demo as a pure function: {@link renderDemo} returns the whole text that
 * `npm run demo` prints, and {@link parseDemoArgs} reads the command line. `examples/demo.ts`
 * only wires the two to `process.argv`, stdout and the exit code.
 *
 * Nothing here catches errors: if a plan's target made the evaluation throw, that would be a
 * bug in the library or in the plan's encoding, and the demo should show it, not hide it.
 *
 * @module
 */
import {
  checkPlan,
  evaluatePlan,
  formatNumber,
  isIsoDate,
  per10k,
  renderScorecard,
  requiredNumerator,
  roundHalfUp,
  statusLabel,
} from '../src/index.js';
import type { Finding, Num, Observation, PlanScorecard, TargetResult, TargetStatus } from '../src/index.js';
import { plans } from '../src/plans/index.js';
import { areas, observations } from './data/observations.js';
import { readDemo } from './readDemo.js';
import { statsDemo } from './statsDemo.js';

/** Output language. */
export type DemoLang = 'vi' | 'en';
/** Output format of the scorecards. */
export type DemoFormat = 'text' | 'markdown' | 'csv' | 'html';

/** What the demo prints. */
export interface DemoOptions {
  readonly lang: DemoLang;
  readonly format: DemoFormat;
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/** The defaults: Vietnamese, plain text, as of the end of 2026. */
export const DEFAULT_DEMO_OPTIONS: DemoOptions = { lang: 'vi', format: 'text', asOf: '2026-12-31' };

/** The order statuses are counted in. */
export const STATUSES: readonly TargetStatus[] = ['achieved', 'on-track', 'off-track', 'not-achieved', 'no-data', 'needs-review'];

/** Usage, in both languages (shown with `--help` and after a bad argument). */
export const DEMO_USAGE = [
  'Usage / Cách dùng: npm run demo -- [--lang vi|en] [--format text|markdown|csv|html] [--as-of YYYY-MM-DD]',
  '  --lang     vi (default / mặc định) | en',
  '  --format   text (default / mặc định) | markdown | csv | html',
  '  --as-of    evaluation date / ngày đánh giá (default / mặc định 2026-12-31)',
].join('\n');

/** The result of reading the command line. */
export type DemoArgs =
  | { readonly kind: 'run'; readonly options: DemoOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const FLAGS = ['--lang', '--format', '--as-of'] as const;
type Flag = (typeof FLAGS)[number];

/**
 * Read the demo's arguments (`process.argv.slice(2)`): `--lang`, `--format`, `--as-of`, each
 * as `--flag value` or `--flag=value`, and `--help`. Anything else is an error whose message
 * says what was wrong, in English and Vietnamese.
 */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let lang: DemoLang = DEFAULT_DEMO_OPTIONS.lang;
  let format: DemoFormat = DEFAULT_DEMO_OPTIONS.format;
  let asOf = DEFAULT_DEMO_OPTIONS.asOf;
  const error = (en: string, vi: string): DemoArgs => ({ kind: 'error', message: `${en}\n${vi}` });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!(FLAGS as readonly string[]).includes(name)) {
      return error(`unknown argument '${arg}'`, `tham số không hợp lệ '${arg}'`);
    }
    const flag = name as Flag;
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '' || value.startsWith('--')) {
      return error(`${flag} needs a value`, `${flag} cần một giá trị`);
    }
    if (flag === '--lang') {
      if (value !== 'vi' && value !== 'en') return error(`--lang must be vi or en (got '${value}')`, `--lang phải là vi hoặc en (nhận '${value}')`);
      lang = value;
    } else if (flag === '--format') {
      if (value !== 'text' && value !== 'markdown' && value !== 'csv' && value !== 'html') {
        return error(`--format must be text, markdown, csv or html (got '${value}')`, `--format phải là text, markdown, csv hoặc html (nhận '${value}')`);
      }
      format = value;
    } else {
      if (!isIsoDate(value)) {
        return error(`--as-of must be a date YYYY-MM-DD that exists (got '${value}')`, `--as-of phải là một ngày có thật dạng YYYY-MM-DD (nhận '${value}')`);
      }
      asOf = value;
    }
  }
  return { kind: 'run', options: { lang, format, asOf } };
}

/** Labels of the demo's own lines. */
const LABELS = {
  vi: {
    worked: 'Ví dụ tính toán',
    national: 'Bối cảnh toàn quốc',
    scorecards: (asOf: string) => `Đánh giá 5 kế hoạch, tính đến ${asOf} (số liệu minh họa)`,
    consistency: 'Kiểm tra tính nhất quán trong từng kế hoạch',
    summary: 'Tổng hợp trạng thái',
    counts: 'Số chỉ tiêu theo trạng thái',
    targets: 'chỉ tiêu',
    takes: 'Cần bao nhiêu',
    noFindings: 'không phát hiện mâu thuẫn',
    findings: (count: number) => `${count} phát hiện`,
    severity: { error: 'lỗi', warning: 'cảnh báo' },
    atLeast: 'ít nhất',
    atMost: 'nhiều nhất',
    denominator: 'mẫu số',
    now: 'hiện có',
    more: (count: string) => `cần thêm ${count}`,
    fewer: (count: string) => `cần giảm ${count}`,
    units: 'đơn vị',
    doctors: 'bác sĩ',
    beds: 'giường bệnh',
    insurance: 'bao phủ BHYT',
    lifeExpectancy: 'tuổi thọ trung bình',
    years: 'tuổi',
  },
  en: {
    worked: 'Worked example',
    national: 'National context',
    scorecards: (asOf: string) => `The five plans' scorecards, as of ${asOf} (illustrative data)`,
    consistency: 'Consistency checks within each plan',
    summary: 'Summary of statuses',
    counts: 'Targets by status',
    targets: 'targets',
    takes: 'What it takes',
    noFindings: 'no inconsistencies found',
    findings: (count: number) => `${count} finding${count === 1 ? '' : 's'}`,
    severity: { error: 'error', warning: 'warning' },
    atLeast: 'at least',
    atMost: 'at most',
    denominator: 'denominator',
    now: 'now',
    more: (count: string) => `${count} more`,
    fewer: (count: string) => `${count} fewer`,
    units: 'units',
    doctors: 'doctors',
    beds: 'beds',
    insurance: 'health-insurance coverage',
    lifeExpectancy: 'life expectancy',
    years: 'years',
  },
} as const;

/** A number in the locale's notation, with as many places as its text has. */
function shown(value: string, lang: DemoLang): string {
  const dot = value.indexOf('.');
  return formatNumber(value, { locale: lang, decimals: dot < 0 ? 0 : value.length - dot - 1 });
}

/**
 * The opening worked example: beds per 10 000 against 49,2, the figure Cao Minh's plan restates
 * from its province (illustrative figures: the dataset's Thái Nguyên beds and population in 2026).
 */
function workedExample(lang: DemoLang): string[] {
  const population = 1_800_000;
  const beds = 8550;
  const threshold = '49.2';
  const exact = per10k(beds, population);
  const published = roundHalfUp(exact, 1);
  const met = published.greaterThanOrEqualTo(threshold);
  const needed = requiredNumerator({ denominator: population, per: 10000, comparator: '>=', threshold, decimals: 1 });
  const n = (value: Num, decimals: number) => formatNumber(value, { locale: lang, decimals });
  if (lang === 'vi') {
    return [
      'Tỉnh Thái Nguyên, 2026 — chỉ tiêu “Số giường bệnh/vạn dân: 49,2” mà kế hoạch xã Cao Minh nhắc lại (số liệu minh họa)',
      `  ${n(beds, 0)} giường / ${n(population, 0)} dân × 10.000 = ${n(exact, 4)} → công bố ${n(published, 1)}`,
      `  ${met ? 'Đạt' : 'Chưa đạt'} (so với ${n(threshold, 1)}); cần tối thiểu ${n(needed, 0)} giường, thêm ${n(needed - BigInt(beds), 0)}.`,
    ];
  }
  return [
    'Thái Nguyên province, 2026 — target “beds per 10,000 population: 49.2”, restated in Cao Minh commune’s plan (illustrative data)',
    `  ${n(beds, 0)} beds / ${n(population, 0)} people × 10,000 = ${n(exact, 4)} → published ${n(published, 1)}`,
    `  ${met ? 'Met' : 'Not met'} (against ${n(threshold, 1)}); needs at least ${n(needed, 0)} beds, ${n(needed - BigInt(beds), 0)} more.`,
  ];
}

/** The Ministry of Health's national results for 2025, the dataset's only real figures. */
function nationalContext(lang: DemoLang, data: readonly Observation[]): string[] {
  const L = LABELS[lang];
  const value = (indicator: string): string => {
    const found = data.find((o) => o.area === 'vn' && o.period === '2025' && o.indicator === indicator);
    return typeof found?.value === 'string' ? shown(found.value, lang) : '—';
  };
  const source = data.find((o) => o.area === 'vn')?.source?.[lang] ?? '';
  const per = lang === 'vi' ? '/vạn dân' : ' per 10,000';
  return [
    `${lang === 'vi' ? 'Toàn quốc, 2025' : 'Viet Nam, 2025'} (${source}): ` +
      `${L.insurance} ${value('health-insurance-coverage')}%; ${value('doctors-per-10k')} ${L.doctors}${per}; ` +
      `${value('beds-per-10k')} ${L.beds}${per}; ${L.lifeExpectancy} ${value('life-expectancy')} ${L.years}.`,
  ];
}

/** One line of counts by status, e.g. `đạt 3 · đúng tiến độ 0 · … (7 chỉ tiêu)`. */
export function countsLine(card: PlanScorecard, lang: DemoLang): string {
  const parts = STATUSES.map((status) => `${statusLabel(status)[lang]} ${card.counts[status]}`);
  return `${parts.join(' · ')} (${card.results.length} ${LABELS[lang].targets})`;
}

/** “What it takes” for results that are short of their threshold and observed as counts. */
function whatItTakesLines(card: PlanScorecard, lang: DemoLang): string[] {
  const L = LABELS[lang];
  const n = (text: string) => shown(text, lang);
  const lines: string[] = [];
  const short = (result: TargetResult) => result.status === 'not-achieved' || result.status === 'off-track';
  for (const result of card.results) {
    const need = result.whatItTakes;
    if (need === null || !short(result)) continue;
    const unit = result.units === null ? '' : ` ${L.units}`;
    const now = need.current === null ? '' : `; ${L.now} ${n(need.current)}`;
    if (need.more !== null && need.more !== '0' && need.minimum !== null) {
      lines.push(`  ${result.target}: ${L.atLeast} ${n(need.minimum)}${unit} (${L.denominator} ${n(need.denominator)}${now}, ${L.more(n(need.more))})`);
    } else if (need.fewer !== null && need.fewer !== '0' && need.maximum !== null) {
      lines.push(`  ${result.target}: ${L.atMost} ${n(need.maximum)}${unit} (${L.denominator} ${n(need.denominator)}${now}, ${L.fewer(n(need.fewer))})`);
    }
  }
  return lines.length === 0 ? [] : [`${L.takes}:`, ...lines];
}

function findingLine(finding: Finding, lang: DemoLang): string {
  return `  [${LABELS[lang].severity[finding.severity]}] ${finding.code}: ${finding.message[lang]}`;
}

/**
 * Everything the demo prints, as one string: the worked example, the national context, the
 * five plans' scorecards (with counts and what it takes), the consistency findings of each
 * plan, a summary of the counts, and the statistics section (`statsDemo`).
 *
 * @param options - language, format of the scorecards, evaluation date; defaults
 *   {@link DEFAULT_DEMO_OPTIONS}.
 * @param data - the observations; defaults to the example dataset.
 */
export function renderDemo(options: Partial<DemoOptions> = {}, data: readonly Observation[] = observations): string {
  const { lang, format, asOf } = { ...DEFAULT_DEMO_OPTIONS, ...options };
  const L = LABELS[lang];
  const md = format === 'markdown';
  const heading = (level: 1 | 2, text: string): string[] =>
    md ? [`${level === 1 ? '#' : '##'} ${text}`, ''] : [text, (level === 1 ? '=' : '-').repeat(text.length)];
  // In Markdown, lines of a list become items (indented lines, nested items) after a blank line.
  const list = (lines: readonly string[]): string[] => {
    if (!md || lines.length === 0) return [...lines];
    return ['', ...lines.map((line) => (line.startsWith('  ') ? `  - ${line.trim()}` : `- ${line}`))];
  };
  const out: string[] = [];

  const [example, ...steps] = workedExample(lang);
  out.push(...heading(1, `1. ${L.worked}`), example as string, ...(md ? list(steps.map((line) => line.trim())) : steps), '');
  out.push(...nationalContext(lang, data), '');

  out.push(...heading(1, `2. ${L.scorecards(asOf)}`));
  if (!md) out.push('');
  const cards: PlanScorecard[] = [];
  plans.forEach((plan, i) => {
    const card = evaluatePlan(plan, data, { asOf, areas });
    cards.push(card);
    out.push(...heading(2, `2.${i + 1}. ${plan.id} — ${plan.area.name[lang] ?? plan.area.name.vi}`));
    if (format === 'csv' || format === 'html') out.push(lang === 'en' ? (plan.title.en ?? plan.title.vi) : plan.title.vi);
    const rendered = renderScorecard(card, { format, locale: lang }).trimEnd();
    // the Markdown scorecard opens with a level-2 heading (its title): one level below the plan's
    out.push(md ? rendered.replace(/^## /, '### ') : rendered);
    // text, Markdown and HTML scorecards end with their counts; CSV has rows only
    if (format === 'csv') out.push(`${L.counts}: ${countsLine(card, lang)}`);
    const takes = whatItTakesLines(card, lang);
    if (takes.length > 0) out.push(...(md ? ['', takes[0] as string, ...list(takes.slice(1).map((line) => line.trim()))] : takes));
    out.push('');
  });

  out.push(...heading(1, `3. ${L.consistency}`));
  const findingLines: string[] = [];
  for (const plan of plans) {
    const findings = checkPlan(plan);
    if (findings.length === 0) {
      findingLines.push(`${plan.id}: ${L.noFindings}`);
    } else {
      findingLines.push(`${plan.id}: ${L.findings(findings.length)}`, ...findings.map((finding) => findingLine(finding, lang)));
    }
  }
  out.push(...(md ? list(findingLines).slice(1) : findingLines), '');

  out.push(...heading(1, `4. ${L.summary}`));
  const summary = cards.map((card) => `${card.plan}: ${countsLine(card, lang)}`);
  out.push(...(md ? list(summary).slice(1) : summary));

  out.push('', readDemo({ lang, markdown: md }).trimEnd());

  const [statsTitle, ...statsLines] = statsDemo(lang);
  out.push('', ...heading(1, `6. ${statsTitle ?? ''}`), ...statsLines);
  return out.join('\n') + '\n';
}
