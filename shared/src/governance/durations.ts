/**
 * Retention durations as policies and prompt files write them: `30d`, `12w`, `6m`, `1y` (also `30 days`,
 * `6 months`, `1 year`), and the open-ended `indefinite` / `forever`. Pure string work.
 *
 * Durations are compared in days with calendar averages (a month is 365.2425 / 12 days, a year 365.2425),
 * so that `12m` equals `1y`, `31d` is longer than `1m` and `52w` is shorter than `1y`.
 */

export type DurationUnit = 'd' | 'w' | 'm' | 'y';

export interface Duration {
  /** The text as written, trimmed. */
  text: string;
  amount: number;
  unit: DurationUnit;
  /** Length in days (calendar averages); `Infinity` for `indefinite`. */
  days: number;
}

const DAYS_PER_UNIT: Record<DurationUnit, number> = { d: 1, w: 7, m: 365.2425 / 12, y: 365.2425 };

const UNIT_WORDS: Record<string, DurationUnit> = {
  d: 'd', day: 'd', days: 'd',
  w: 'w', wk: 'w', wks: 'w', week: 'w', weeks: 'w',
  m: 'm', mo: 'm', mos: 'm', month: 'm', months: 'm',
  y: 'y', yr: 'y', yrs: 'y', year: 'y', years: 'y',
};

const OPEN_ENDED = new Set(['indefinite', 'indefinitely', 'forever', 'permanent', 'unlimited', 'infinite']);

/** One number then one unit word; both parts bounded, so matching is linear. */
const DURATION = /^(\d{1,6})\s*([a-z]{1,6})$/;

/** Parses a duration; undefined when the text is not one. */
export function parseDuration(input: string): Duration | undefined {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (OPEN_ENDED.has(lower)) return { text, amount: Infinity, unit: 'y', days: Infinity };
  const m = DURATION.exec(lower);
  if (!m) return undefined;
  const unit = UNIT_WORDS[m[2]];
  if (!unit) return undefined;
  const amount = Number(m[1]);
  return { text, amount, unit, days: amount * DAYS_PER_UNIT[unit] };
}

/** `30 days`, `1 year`, `indefinite`: for messages. */
export function describeDuration(d: Duration): string {
  if (!Number.isFinite(d.days)) return 'indefinite';
  const word = { d: 'day', w: 'week', m: 'month', y: 'year' }[d.unit];
  return `${d.amount} ${word}${d.amount === 1 ? '' : 's'}`;
}

/** Negative when `a` is shorter than `b`, 0 when equal, positive when longer. */
export function compareDurations(a: Duration, b: Duration): number {
  if (a.days === b.days) return 0;
  return a.days < b.days ? -1 : 1;
}

// ---- Dates -------------------------------------------------------------------------------------------------

/** A `YYYY-MM-DD` date that exists in the calendar. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** `YYYY-MM-DD` of `date` plus `days` whole days, in UTC. */
export function addDays(date: Date, days: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` (a Date, its UTC day) to the `YYYY-MM-DD` date `to`: negative when `to` is past. */
export function daysUntil(from: Date, to: string): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const [y, m, d] = to.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}
