import type { Evidence, Fix, Severity, TextEdit } from '../../types';
import { capped } from '../../detectors/piiRule';
import { snippet } from '../../detectors/injection/ruleSupport';
import { codePointName, findHiddenRuns, type HiddenClass, type HiddenRun } from '../../detectors/injection/unicode';
import { defineRule } from '../rule';

/**
 * injection/hidden-unicode: characters a reviewer cannot see but a model reads — Unicode tag characters
 * (ASCII smuggling, decoded in the message), zero-width characters, bidirectional controls, other invisible
 * format characters, variation-selector smuggling, private-use and unassigned code points. Emoji ZWJ
 * sequences, subdivision flags, joiners inside Arabic/Indic words, a lone emoji variation selector and a
 * leading byte-order mark are legitimate and not reported (see detectors/injection/unicode.ts).
 *
 * One finding per run of hidden characters (characters at most two visible characters apart); its fix removes
 * every hidden character of the run and nothing else, so `promptgov fix` removes them all.
 */
export default defineRule({
  meta: {
    id: 'injection/hidden-unicode',
    description: 'Reports invisible Unicode (tag characters, zero-width and bidirectional controls, private-use and unassigned code points) that a model reads but a reviewer cannot see.',
    defaultSeverity: 'error',
    fixable: true,
    options: {
      reportPrivateUse: {
        type: 'boolean',
        default: true,
        description: 'Report private-use code points (icon-font glyphs, vendor characters) at warning severity.',
      },
      reportUnassigned: {
        type: 'boolean',
        default: true,
        description: 'Report unassigned code points and noncharacters at warning severity.',
      },
    },
  },
  check(context) {
    const { document: doc, options } = context;
    const text = doc.text;
    for (const run of findHiddenRuns(text)) {
      const classes = run.classes.filter((c) => (c !== 'private-use' || options.reportPrivateUse !== false) && (c !== 'unassigned' || options.reportUnassigned !== false));
      if (!classes.length) continue;
      const chars = run.chars.filter((c) => classes.includes(c.cls));
      const soft = classes.every((c) => c === 'private-use' || c === 'unassigned');
      const severity: Severity = soft ? capped(context.severity, 'warning') : context.severity;
      const evidence: Evidence = {
        detector: 'injection/hidden-unicode',
        classes,
        count: chars.length,
        codePoints: [...new Set(chars.map((c) => codePointName(c.codePoint)))].slice(0, 8),
        ...(run.decodedTags ? { decodedTags: snippet(run.decodedTags, 120) } : {}),
      };
      context.report({
        span: { offset: chars[0].offset, endOffset: chars[chars.length - 1].offset + chars[chars.length - 1].length },
        message: message(run, classes, chars.length),
        severity,
        evidence,
        fixes: [removal({ ...run, chars })],
        fingerprintText: chars.map((c) => c.codePoint.toString(16)).join(' '),
      });
    }
  },
});

const CLASS_LABEL: Record<HiddenClass, [string, string]> = {
  tag: ['Unicode tag character', 'Unicode tag characters'],
  'zero-width': ['zero-width character', 'zero-width characters'],
  bidi: ['bidirectional control', 'bidirectional controls'],
  'variation-selector': ['stacked variation selector', 'stacked variation selectors'],
  format: ['invisible format character', 'invisible format characters'],
  'private-use': ['private-use code point', 'private-use code points'],
  unassigned: ['unassigned code point', 'unassigned code points'],
};

function message(run: HiddenRun, classes: HiddenClass[], count: number): string {
  const parts = classes.map((cls) => {
    const inClass = run.chars.filter((c) => c.cls === cls);
    const names = [...new Set(inClass.map((c) => codePointName(c.codePoint)))];
    const label = CLASS_LABEL[cls][inClass.length === 1 ? 0 : 1];
    const shown = cls === 'tag' ? '' : ` (${names.slice(0, 2).join(', ')}${names.length > 2 ? ', …' : ''})`;
    return `${inClass.length} ${label}${shown}`;
  });
  if (run.decodedTags) {
    return `Hidden text in Unicode tag characters: "${snippet(run.decodedTags)}" — a model reads it, a reviewer cannot see it${parts.length > 1 ? ` (also ${parts.filter((p) => !p.includes('tag')).join(', ')})` : ''}`;
  }
  const what = parts.join(', ');
  if (classes.includes('bidi')) return `Invisible text-direction control: ${what}; the text may read differently from how it displays`;
  return `Invisible character${count === 1 ? '' : 's'}: ${what}`;
}

/** One edit per contiguous group of hidden characters; the visible characters between them stay. */
function removal(run: HiddenRun): Fix {
  const edits: TextEdit[] = [];
  for (const c of run.chars) {
    const last = edits[edits.length - 1];
    if (last && last.endOffset === c.offset) last.endOffset = c.offset + c.length;
    else edits.push({ offset: c.offset, endOffset: c.offset + c.length, text: '' });
  }
  const n = run.chars.length;
  return { title: `Remove ${n} invisible character${n === 1 ? '' : 's'}`, edits };
}
