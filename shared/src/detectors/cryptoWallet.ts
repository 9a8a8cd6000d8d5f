/**
 * Cryptocurrency wallet addresses, each verified by its own checksum:
 *   - base58check (double SHA-256) with a known version byte: Bitcoin P2PKH `1…` and P2SH `3…`, their testnet
 *     forms `m…`/`n…`/`2…`, Litecoin `L…`/`M…`, Dogecoin `D…`, Tron `T…`;
 *   - SegWit Bech32 (BIP-173, witness v0) and Bech32m (BIP-350, v1+ such as Taproot `bc1p…`): `bc1`, `tb1`, `ltc1`;
 *   - Ethereum `0x` + 40 hex digits; when written in mixed case the EIP-55 checksum (Keccak-256) must hold.
 * Testnet addresses and the famous published ones (the genesis block's, the EIP-55 spec's) are placeholders.
 */
import { base58CheckDecode } from './base58';
import { decodeSegwit } from './bech32';
import { applyContext, CONTEXT, matchContext } from './context';
import { codeAt, numericSegments, isAlnum, isWordChar, type Detection } from './detection';
import { keccak256 } from './keccak';
import { isRepeated, type PlaceholderReason } from './placeholders';
import { utf8 } from './sha256';

const LOWER_HEX = /[a-f]/;
const UPPER_HEX = /[A-F]/;
const BECH32_PREFIX = /^(?:bc|tb|ltc)1/i;
const HEX40 = /^[0-9a-fA-F]{40}$/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [LOWER_HEX, UPPER_HEX, BECH32_PREFIX, HEX40];

const BASE58_FIRST = new Set(['1', '3', 'm', 'n', '2', 'L', 'M', 'D', 'T']);

interface Base58Version {
  coin: string;
  network: 'mainnet' | 'testnet';
  kind: string;
}

/** Version bytes of base58check addresses. */
const VERSIONS: ReadonlyMap<number, Base58Version> = new Map([
  [0x00, { coin: 'bitcoin', network: 'mainnet', kind: 'p2pkh' }],
  [0x05, { coin: 'bitcoin', network: 'mainnet', kind: 'p2sh' }],
  [0x6f, { coin: 'bitcoin', network: 'testnet', kind: 'p2pkh' }],
  [0xc4, { coin: 'bitcoin', network: 'testnet', kind: 'p2sh' }],
  [0x30, { coin: 'litecoin', network: 'mainnet', kind: 'p2pkh' }],
  [0x32, { coin: 'litecoin', network: 'mainnet', kind: 'p2sh' }],
  [0x1e, { coin: 'dogecoin', network: 'mainnet', kind: 'p2pkh' }],
  [0x41, { coin: 'tron', network: 'mainnet', kind: 'account' }],
]);

const SEGWIT_HRPS: Readonly<Record<string, { coin: string; network: 'mainnet' | 'testnet' }>> = {
  bc: { coin: 'bitcoin', network: 'mainnet' },
  tb: { coin: 'bitcoin', network: 'testnet' },
  ltc: { coin: 'litecoin', network: 'mainnet' },
};

/** Addresses published in specifications, wikis and tutorials. */
const FAMOUS = new Set([
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', // genesis block
  '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
  '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', // BIP-173 test vector
  'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', // BIP-350 test vector
  '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', // EIP-55 examples
  '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359',
  '0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb',
  '0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb',
  '0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae', // Ethereum Foundation, used in docs
  '0x742d35cc6634c0532925a3b844bc454e4438f44e',
]);

/**
 * Finds wallet addresses in `text`. Tokens (maximal runs of ASCII letters and digits, not glued to other word
 * characters) near digits are measured first; only those of an address's length and prefix are decoded.
 */
export function findCryptoWallets(text: string): Detection[] {
  const out: Detection[] = [];
  for (const w of numericSegments(text)) {
    // Segments end at whitespace, so a token never crosses one: a segment shorter than an address holds none.
    if (w.endOffset - w.offset < 14) continue;
    let i = w.offset;
    while (i < w.endOffset) {
      if (!isAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
      if (j - i >= 14 && !isWordChar(codeAt(text, i - 1)) && !isWordChar(codeAt(text, j))) {
        const d = tokenAddress(text, i, j);
        if (d) out.push(d);
      }
      i = j;
    }
  }
  return out;
}

function tokenAddress(text: string, start: number, end: number): Detection | undefined {
  const length = end - start;
  const value = text.slice(start, end);
  if (length === 42 && value[0] === '0' && (value[1] === 'x' || value[1] === 'X')) return ethereumAddress(text, start, end, value);
  if (length <= 90 && BECH32_PREFIX.test(value)) return segwitAddress(text, start, end, value);
  if (length >= 25 && length <= 35 && BASE58_FIRST.has(value[0])) return base58Address(text, start, end, value);
  return undefined;
}

function make(text: string, start: number, end: number, value: string, validators: string[], base: number, facts: Record<string, string>, placeholder?: PlaceholderReason): Detection {
  const span = { offset: start, endOffset: end };
  const ctx = matchContext(text, span, CONTEXT['crypto-wallet']);
  const famous = FAMOUS.has(value.startsWith('0x') || value.startsWith('0X') ? value.toLowerCase() : value) || FAMOUS.has(value.toLowerCase());
  const reason = placeholder ?? (famous ? 'documentation' : facts.network === 'testnet' ? 'documentation' : undefined);
  return {
    entity: 'crypto-wallet',
    span,
    detector: 'crypto-wallet',
    validators,
    confidence: applyContext(base, ctx),
    context: [...ctx.positive, ...ctx.negative.map((w) => `-${w}`)],
    ...(reason ? { placeholder: reason } : {}),
    normalized: value.startsWith('0x') || value.startsWith('0X') || value.toLowerCase().startsWith('bc1') ? value.toLowerCase() : value,
    maskKind: 'wallet',
    facts,
  };
}

function base58Address(text: string, start: number, end: number, value: string): Detection | undefined {
  if (value.length < 25 || value.length > 35) return undefined;
  const payload = base58CheckDecode(value);
  if (!payload || payload.length !== 21) return undefined;
  const version = VERSIONS.get(payload[0]);
  if (!version) return undefined;
  return make(text, start, end, value, ['base58check', 'version-byte'], 0.9, { coin: version.coin, network: version.network, kind: version.kind });
}

function segwitAddress(text: string, start: number, end: number, value: string): Detection | undefined {
  const decoded = decodeSegwit(value, Object.keys(SEGWIT_HRPS));
  if (!decoded) return undefined;
  const net = SEGWIT_HRPS[decoded.hrp];
  return make(text, start, end, value, [decoded.version === 0 ? 'bech32' : 'bech32m', 'witness-program'], 0.95, {
    coin: net.coin,
    network: net.network,
    kind: `segwit-v${decoded.version}`,
  });
}

/** EIP-55: the i-th hex letter is upper case iff the i-th nibble of keccak256(lower-case address) is ≥ 8. */
export function isEip55Checksummed(hex40: string): boolean {
  const lower = hex40.toLowerCase();
  const hash = keccak256(utf8(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex40[i];
    if (c >= '0' && c <= '9') continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

/** The EIP-55 form of an address (tests). */
export function toEip55(hex40: string): string {
  const lower = hex40.toLowerCase();
  const hash = keccak256(utf8(lower));
  let out = '';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? lower[i].toUpperCase() : lower[i];
  }
  return out;
}

function ethereumAddress(text: string, start: number, end: number, value: string): Detection | undefined {
  const hex = value.slice(2);
  if (!HEX40.test(hex)) return undefined;
  const mixed = LOWER_HEX.test(hex) && UPPER_HEX.test(hex);
  if (mixed && !isEip55Checksummed(hex)) return undefined;
  const placeholder: PlaceholderReason | undefined = isRepeated(hex) ? 'repeated' : undefined;
  return make(text, start, end, value, mixed ? ['hex-format', 'eip-55'] : ['hex-format'], mixed ? 0.95 : 0.6, { coin: 'ethereum', network: 'mainnet', kind: 'account' }, placeholder);
}
