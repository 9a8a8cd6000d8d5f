/**
 * MAC addresses (IEEE 802 MAC-48/EUI-48) in their usual text forms: six pairs of hex digits separated by
 * `:` or `-` (the same separator throughout: `00:1A:2B:3C:4D:5E`, `00-1A-2B-3C-4D-5E`) and Cisco's three
 * dotted quads (`001a.2b3c.4d5e`). Not part of a longer colon-hex sequence (SSH fingerprints, IPv6).
 * All-zero and broadcast addresses are not reported; the RFC 7042 documentation block 00-00-5E-00-53-xx
 * is a placeholder.
 */
import { applyContext, CONTEXT, matchContext } from './context';
import { anchors, codeAt, isWordChar, matchAt, numericSegments, type Detection } from './detection';

const COLON = /[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}/y;
const DASH = /[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}/y;
const CISCO = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/y;
const NON_HEX = /[^0-9A-Fa-f]/g;
const LOWER_HEX = /[a-f]/;
const UPPER_HEX = /[A-F]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [COLON, DASH, CISCO, NON_HEX, LOWER_HEX, UPPER_HEX];

const PATTERN_BASES: ReadonlyArray<readonly [RegExp, number]> = [[COLON, 0.75], [DASH, 0.75], [CISCO, 0.6]];

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Finds MAC addresses in `text`. */
export function findMacAddresses(text: string): Detection[] {
  const out: Detection[] = [];
  // A MAC address written without any digit (`ab:cd:ef:ab:cd:ef`) is too rare to scan every letter for.
  for (const w of numericSegments(text, 1)) {
    if (w.endOffset - w.offset < 14) continue;
    for (const at of anchors(text, w)) {
      // The third (or fifth, Cisco) character must be the separator: a cheap test before any regex.
      const third = text.charCodeAt(at + 2);
      if (third !== 58 && third !== 45 && text.charCodeAt(at + 4) !== 46) continue;
      for (const [pattern, base] of PATTERN_BASES) {
        const m = matchAt(pattern, text, at);
        if (!m) continue;
        const start = at;
        const end = start + m[0].length;
        const sep = pattern === CISCO ? 46 : m[0].charCodeAt(2);
        const before = codeAt(text, start - 1);
        const after = codeAt(text, end);
        if (isWordChar(before) || isWordChar(after)) continue;
        if ((before === sep || before === 58) && isHex(codeAt(text, start - 2))) continue;
        if ((after === sep || after === 58) && isHex(codeAt(text, end + 1))) continue;
        const hex = m[0].replace(NON_HEX, '').toLowerCase();
        if (hex === '000000000000' || hex === 'ffffffffffff') continue;
        // Hex written in mixed case within one address is rarely a MAC (it is usually a hash).
        const mixed = LOWER_HEX.test(m[0]) && UPPER_HEX.test(m[0]);
        const span = { offset: start, endOffset: end };
        const ctx = matchContext(text, span, CONTEXT['mac-address']);
        out.push({
          entity: 'mac-address',
          span,
          detector: 'mac-address',
          validators: ['eui-48'],
          confidence: applyContext(mixed ? base - 0.3 : base, ctx),
          context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
          ...(hex.startsWith('00005e0053') ? { placeholder: 'documentation' as const } : {}),
          normalized: hex,
          maskKind: 'mac',
          facts: { administration: (parseInt(hex[1], 16) & 2) !== 0 ? 'local' : 'universal', cast: (parseInt(hex[1], 16) & 1) !== 0 ? 'multicast' : 'unicast' },
        });
      }
    }
  }
  return out.sort((a, b) => a.span.offset - b.span.offset);
}
