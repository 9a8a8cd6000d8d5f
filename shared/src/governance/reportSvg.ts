/**
 * Inline SVG charts for the HTML report: horizontal bars, each made of coloured segments (stacked), with
 * labels and totals. Plain markup, no script, no external font or image, so the page renders offline and
 * under a Content-Security-Policy that forbids everything but inline styles.
 */

export interface Segment {
  value: number;
  /** CSS colour. */
  color: string;
  /** Legend name of the segment kind. */
  name: string;
}

export interface BarRow {
  label: string;
  segments: Segment[];
}

export interface ChartOptions {
  /** Unique id (also `data-chart`, which tests look for). */
  id: string;
  title: string;
  width?: number;
}

const ROW = 24;
const GAP = 6;
const LABEL_WIDTH = 270;
const VALUE_WIDTH = 56;
const TOP = 8;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A horizontal stacked bar chart; an empty chart says so instead of drawing nothing. */
export function barChart(rows: readonly BarRow[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const id = escapeXml(options.id);
  const titleId = `${id}-title`;
  const legend = legendOf(rows);
  const legendHeight = legend.length > 1 ? ROW : 0;
  if (rows.length === 0 || rows.every((r) => total(r) === 0)) {
    const h = 40;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${id}" role="img" aria-labelledby="${titleId}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}"><title id="${titleId}">${escapeXml(options.title)}: no data</title><text x="0" y="24" class="chart-empty">Nothing to show.</text></svg>`;
  }
  const max = Math.max(...rows.map(total));
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const height = TOP + rows.length * (ROW + GAP) + legendHeight + GAP;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${id}" role="img" aria-labelledby="${titleId}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
  ];
  rows.forEach((r, i) => {
    const y = TOP + i * (ROW + GAP);
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2}" class="chart-label" text-anchor="end" dominant-baseline="middle">${escapeXml(clip(r.label, 40))}</text>`);
    let x = LABEL_WIDTH;
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      // Any non-zero value stays visible.
      const w = Math.max(2, (s.value / max) * plot);
      parts.push(
        `<rect class="bar" x="${round(x)}" y="${y}" width="${round(w)}" height="${ROW}" rx="3" fill="${escapeXml(s.color)}"><title>${escapeXml(`${r.label}: ${s.value} ${s.name}`)}</title></rect>`,
      );
      x += w;
    }
    parts.push(`<text x="${round(x + 6)}" y="${y + ROW / 2}" class="chart-value" dominant-baseline="middle">${total(r)}</text>`);
  });
  if (legend.length > 1) {
    const y = TOP + rows.length * (ROW + GAP) + 4;
    let x = LABEL_WIDTH;
    for (const l of legend) {
      parts.push(`<rect x="${x}" y="${y + 4}" width="12" height="12" rx="2" fill="${escapeXml(l.color)}"/>`);
      parts.push(`<text x="${x + 16}" y="${y + 10}" class="chart-legend" dominant-baseline="middle">${escapeXml(l.name)}</text>`);
      x += 24 + l.name.length * 7;
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

function legendOf(rows: readonly BarRow[]): { name: string; color: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) for (const s of r.segments) if (!seen.has(s.name)) seen.set(s.name, s.color);
  return [...seen].map(([name, color]) => ({ name, color }));
}

function total(r: BarRow): number {
  return r.segments.reduce((n, s) => n + Math.max(0, s.value), 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
