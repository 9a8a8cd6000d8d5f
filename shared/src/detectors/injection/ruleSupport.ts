/**
 * What the injection content rules share: where a finding sits decides its severity, and how matched text
 * is quoted in messages (shortened, invisible characters shown as code points, never a wall of text).
 */
import type { PromptDocument, Severity, Span } from '../../types';
import type { RuleContext, RuleOption } from '../../rules/rule';
import { capped, expressionSpans, locate, overlapsAny, type Location } from '../piiRule';
import type { Mention } from './mentions';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** Options both phrase rules have. */
export const LOCATION_OPTIONS: Readonly<Record<string, RuleOption>> = {
  testDataSeverity: {
    type: 'string',
    default: 'info',
    enum: SEVERITIES,
    description: 'Severity in few-shot examples, test data, sample messages and input samples/defaults, where such text is usually an intended test case (never above the rule\'s severity).',
  },
  reportMentions: {
    type: 'boolean',
    default: false,
    description: 'Also report defensive mentions (negated, framed as someone else\'s attempt, or quoted next to words about attacks) at hint severity.',
  },
};

export interface Placed {
  severity: Severity;
  where: Location;
}

/** The severity of a finding at `span`, from its location and how it is meant; undefined = not reported. */
export function place(context: RuleContext, span: Span, mention: Mention): Placed | undefined {
  const where = locate(context.document, span);
  if (mention.kind === 'defensive' && context.options.reportMentions !== true) return undefined;
  let severity = context.severity;
  switch (where.kind) {
    case 'example':
    case 'test-data':
    case 'sample':
    case 'input-sample':
      severity = capped(severity, severityOption(context.options.testDataSeverity, 'info'));
      break;
    case 'metadata':
    case 'front-matter':
    case 'comment':
      severity = capped(severity, 'info');
      break;
    default:
      break;
  }
  if (mention.kind === 'quoted') severity = capped(severity, 'info');
  if (mention.kind === 'defensive') severity = 'hint';
  return { severity, where };
}

function severityOption(value: unknown, fallback: Severity): Severity {
  return typeof value === 'string' && SEVERITIES.includes(value) ? (value as Severity) : fallback;
}

/** What a message adds about how the phrase is meant. */
export function mentionNote(mention: Mention): string {
  if (mention.kind === 'direct') return '';
  if (mention.reason === 'example-section') return ' (under a heading of examples of malicious input: probably intended)';
  if (mention.kind === 'quoted') return ' (quoted: probably an example)';
  return ` (a defensive mention: ${mention.reason})`;
}

/** Whether `span` overlaps a template expression (`{{ ignore_previous }}` is a variable, not a phrase). */
export function inExpression(doc: PromptDocument, span: Span): boolean {
  return overlapsAny(expressionSpans(doc), span);
}

/** Matched text for a message: whitespace collapsed, invisible characters as `<U+200B>`, at most `max` characters. */
export function snippet(text: string, max = 60): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
    else if (ch === '\n' || ch === '\r' || ch === '\t' || ch === ' ') out += out.endsWith(' ') ? '' : ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isInvisible(cp)) out += `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
    else out += ch;
    if (out.length > max) break;
  }
  out = out.trim();
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

function isInvisible(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp === 0xfeff || cp === 0x00ad || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe01ef);
}

/** English names of the languages of the phrase tables, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', ru: 'Russian', zh: 'Chinese',
  ja: 'Japanese', ko: 'Korean', ar: 'Arabic', hi: 'Hindi', tr: 'Turkish', pl: 'Polish', vi: 'Vietnamese', id: 'Indonesian',
};
