/**
 * The demo's reading section: `readPlan` on the Cao Minh commune plan's text (the seed kept in
 * test/fixtures/seeds), each draft printed beside the target shipped in `chitieu/plans` that
 * it recovers, in Vietnamese or English. `renderDemo` appends it as section 5.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Decimal, formatNumber } from '../src/index.js';
import type { Target } from '../src/index.js';
import { readPlan } from '../src/read/index.js';
import type { PlanTargetDraft } from '../src/read/index.js';
import { caoMinh2026 } from '../src/plans/index.js';

/** The seed text the section reads. */
export const READ_DEMO_SEED = 'test/fixtures/seeds/000_fd165c55eb47a287.txt';

/** The Cao Minh plan's text. */
export function readDemoSeed(): string {
  return readFileSync(new URL(`../${READ_DEMO_SEED}`, import.meta.url), 'utf8');
}

const SYMBOLS: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '=', between: '–' };

const LABELS = {
  vi: {
    title: 'Đọc văn bản kế hoạch (readPlan)',
    intro: (drafts: number, recovered: number, shipped: number) =>
      `readPlan đọc văn bản kế hoạch của xã Cao Minh (${READ_DEMO_SEED}): ${drafts} chỉ tiêu; ${recovered}/${shipped} chỉ tiêu đã mã hóa trong chitieu/plans được đọc lại đúng chỉ số, so sánh, giá trị và thời hạn.`,
    line: 'dòng',
    read: 'đọc được',
    shipped: 'đã mã hóa',
    none: '(không khớp chỉ tiêu nào)',
    due: 'hạn',
    confidence: 'độ tin cậy',
    asks: 'hỏi',
    each: 'mỗi đơn vị',
    missed: 'Không đọc lại được',
    questions: (n: number) => `Câu hỏi cho cả kế hoạch (${n}):`,
  },
  en: {
    title: 'Reading a plan’s text (readPlan)',
    intro: (drafts: number, recovered: number, shipped: number) =>
      `readPlan reads the Cao Minh commune plan’s text (${READ_DEMO_SEED}): ${drafts} targets; ${recovered} of the ${shipped} targets encoded in chitieu/plans are read back with the same indicator, comparator, value and due date.`,
    line: 'line',
    read: 'read',
    shipped: 'encoded',
    none: '(matches no encoded target)',
    due: 'due',
    confidence: 'confidence',
    asks: 'asks',
    each: 'each unit',
    missed: 'Not read back',
    questions: (n: number) => `Questions about the whole plan (${n}):`,
  },
} as const;

function number(value: string, lang: 'vi' | 'en'): string {
  const dot = value.indexOf('.');
  return formatNumber(value, { locale: lang, decimals: dot < 0 ? 0 : value.length - dot - 1 });
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && new Decimal(a).equals(b);
}

/** The shipped target a draft recovers: same indicator, kind, comparator, value, due date (and per-unit condition). */
function recovered(draft: PlanTargetDraft, target: Target): boolean {
  if (draft.kind !== 'target' || draft.indicator !== target.indicator || draft.targetKind !== target.kind || draft.due !== target.due) return false;
  if (target.kind === 'qualitative' || target.kind === 'boolean') return target.kind !== 'boolean' || draft.expected === target.expected;
  if (draft.comparator !== target.comparator || !same(draft.value, target.value)) return false;
  return target.kind !== 'share' || (draft.condition?.comparator === target.condition.comparator && same(draft.condition.value, target.condition.value));
}

function threshold(comparator: string | undefined, value: string | undefined, lang: 'vi' | 'en'): string {
  return comparator === undefined || value === undefined ? '' : ` ${SYMBOLS[comparator] ?? comparator} ${number(value, lang)}`;
}

/**
 * The section's text: the drafts `readPlan` reads from `text` (by default the Cao Minh seed),
 * each beside the shipped target it recovers.
 */
export function readDemo(options: { readonly lang: 'vi' | 'en'; readonly markdown?: boolean }, text: string = readDemoSeed()): string {
  const { lang, markdown = false } = options;
  const L = LABELS[lang];
  const read = readPlan(text, { id: caoMinh2026.id });
  const shipped = caoMinh2026.objectives.flatMap((objective) => objective.targets);
  const drafts = read.drafts.filter((draft) => draft.kind === 'target');
  const used = new Set<Target>();
  const out: string[] = markdown ? [`# 5. ${L.title}`, ''] : [`5. ${L.title}`, '='.repeat(L.title.length + 3)];
  const lines: string[] = [];
  for (const draft of drafts) {
    const target = shipped.find((candidate) => !used.has(candidate) && recovered(draft, candidate));
    if (target !== undefined) used.add(target);
    const condition = draft.condition === undefined ? '' : ` (${L.each}${threshold(draft.condition.comparator, draft.condition.value, lang)})`;
    const asks = draft.questions.length === 0 ? '' : `; ${L.asks}: ${draft.questions.map((q) => q.code).join(', ')}`;
    lines.push(`${L.line} ${draft.line}: “${draft.text}”`);
    lines.push(`  ${L.read}: ${draft.indicator ?? '?'}${threshold(draft.comparator, draft.value, lang)}${condition}, ${L.due} ${draft.due ?? '?'} (${L.confidence} ${number(String(draft.confidence), lang)}${asks})`);
    lines.push(`  ${L.shipped}: ${target === undefined ? L.none : `${target.id}${'comparator' in target ? threshold(target.comparator, target.value, lang) : ''}, ${L.due} ${target.due} ✓`}`);
  }
  const missed = shipped.filter((target) => !used.has(target));
  if (missed.length > 0) lines.push(`${L.missed}: ${missed.map((target) => target.id).join(', ')}`);
  const planQuestions = read.questions.filter((q) => q.target === undefined);
  lines.push(L.questions(planQuestions.length), ...planQuestions.map((q) => `  ${q.code}: ${q.message[lang]}`));
  out.push(L.intro(drafts.length, used.size, shipped.length), '');
  out.push(...(markdown ? lines.map((line) => (line.startsWith('  ') ? `  - ${line.trim()}` : `- ${line}`)) : lines.map((line) => `  ${line}`)));
  return `${out.join('\n')}\n`;
}
