/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) checksums and SegWit address decoding: human-readable part,
 * separator `1`, data in the 32-character alphabet, a 6-character BCH checksum; all lower or all upper case.
 */

export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
export const BECH32_CONST = 1;
export const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export interface Bech32Decoded {
  hrp: string;
  /** 5-bit values without the checksum. */
  data: number[];
  encoding: 'bech32' | 'bech32m';
}

/** Decodes and verifies a Bech32/Bech32m string (BIP 173 length limits: 8 to 90 characters). */
export function bech32Decode(text: string): Bech32Decoded | undefined {
  if (text.length < 8 || text.length > 90) return undefined;
  return bech32Parse(text);
}

/**
 * Parses `hrp1data…checksum` (any single case, no length limit: age keys and other non-address uses) and
 * verifies its checksum.
 */
export function bech32Parse(text: string): Bech32Decoded | undefined {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return undefined;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return undefined;
  const hrp = lower.slice(0, sep);
  const data: number[] = [];
  for (let i = sep + 1; i < lower.length; i++) {
    const v = BECH32_CHARSET.indexOf(lower[i]);
    if (v < 0) return undefined;
    data.push(v);
  }
  const check = polymod([...hrpExpand(hrp), ...data]);
  const encoding = check === BECH32_CONST ? 'bech32' : check === BECH32M_CONST ? 'bech32m' : undefined;
  if (!encoding) return undefined;
  return { hrp, data: data.slice(0, -6), encoding };
}

/** Encodes (tests build valid addresses with it). */
export function bech32Encode(hrp: string, data: readonly number[], encoding: 'bech32' | 'bech32m'): string {
  const values = [...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0];
  const mod = polymod(values) ^ (encoding === 'bech32' ? BECH32_CONST : BECH32M_CONST);
  let out = `${hrp}1`;
  for (const d of data) out += BECH32_CHARSET[d];
  for (let i = 0; i < 6; i++) out += BECH32_CHARSET[(mod >>> (5 * (5 - i))) & 31];
  return out;
}

/** Regroups bits (8→5 to encode, 5→8 to decode). */
export function convertBits(data: readonly number[], from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    if (value < 0 || value >> from) return undefined;
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv)) {
    return undefined;
  }
  return out;
}

/** A SegWit address's witness version and program, when `text` is a valid one for `hrp`. */
export function decodeSegwit(text: string, hrps: readonly string[]): { hrp: string; version: number; program: number[] } | undefined {
  const d = bech32Decode(text);
  if (!d || !hrps.includes(d.hrp) || d.data.length < 1) return undefined;
  const version = d.data[0];
  if (version > 16) return undefined;
  const program = convertBits(d.data.slice(1), 5, 8, false);
  if (!program || program.length < 2 || program.length > 40) return undefined;
  if (version === 0 && program.length !== 20 && program.length !== 32) return undefined;
  if ((version === 0) !== (d.encoding === 'bech32')) return undefined;
  return { hrp: d.hrp, version, program };
}
