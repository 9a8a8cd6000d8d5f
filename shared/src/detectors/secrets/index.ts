/**
 * The secret detectors, run together over one text:
 *
 *   scanSecrets(text) → { privateKeys, providerKeys, jwts, connections, generic }
 *
 * Each detector is pure (text in, spans out; values are never copied out of the text). Overlaps are
 * resolved by specificity, so that one value is reported once, by the rule that knows most about it:
 * private-key blocks, then provider keys, then JWTs, then connection-string passwords, then generic
 * assignments (a `password=` inside a DSN is the connection-string rule's; an `api_key: sk-proj-…` is
 * the provider rule's). The last scan is cached, since the five `secret/*` rules read the same text.
 */
import type { Span } from '../../types';
import { findConnectionStrings, type ConnectionMatch } from './connectionString';
import { findGenericSecrets, type GenericMatch } from './generic';
import { findJwts, type JwtMatch } from './jwt';
import { findPrivateKeys, type PrivateKeyMatch } from './privateKey';
import { findProviderKeys, type KeyMatch } from './providerKeys';
import { SENTRY_DSN } from './providers';

export interface SecretScan {
  privateKeys: PrivateKeyMatch[];
  providerKeys: KeyMatch[];
  jwts: JwtMatch[];
  connections: ConnectionMatch[];
  /** Every assignment candidate, filtered ones included (`filtered` says why); thresholds are the rule's. */
  generic: GenericMatch[];
}

let lastText: string | undefined;
let lastScan: SecretScan | undefined;

/** Runs every secret detector over `text` and resolves overlaps (see the module comment). */
export function scanSecrets(text: string): SecretScan {
  if (lastScan && lastText === text) return lastScan;
  const claimed = new SpanSet();

  const privateKeys = findPrivateKeys(text);
  privateKeys.forEach((k) => claimed.add(k.span));

  const { credentials, dsns } = findConnectionStrings(text);
  const dsnKeys: KeyMatch[] = dsns.map((d) => ({ entry: SENTRY_DSN, span: d.span, validators: ['url', 'host:sentry.io', 'charset', 'length'], context: [], confidence: 0.9 }));
  const providerKeys = [...findProviderKeys(text), ...dsnKeys]
    .filter((k) => !claimed.overlaps(k.span))
    .sort((a, b) => a.span.offset - b.span.offset);
  providerKeys.forEach((k) => claimed.add(k.span));

  const jwts = findJwts(text).filter((j) => !claimed.overlaps(j.span));
  jwts.forEach((j) => claimed.add(j.span));

  const connections = credentials.filter((c) => !claimed.overlaps(c.span));
  connections.forEach((c) => claimed.add(c.span));

  const generic = findGenericSecrets(text).filter((g) => !claimed.overlaps(g.span));

  lastText = text;
  lastScan = { privateKeys, providerKeys, jwts, connections, generic };
  return lastScan;
}

/** A set of spans with an overlap test (sorted insert, binary search). */
class SpanSet {
  private readonly spans: Span[] = [];

  add(span: Span): void {
    const i = this.lowerBound(span.offset);
    this.spans.splice(i, 0, span);
  }

  overlaps(span: Span): boolean {
    const i = this.lowerBound(span.offset);
    // a span starting before `span` may still reach into it: look back over the few that could
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (this.spans[j].endOffset > span.offset) return true;
    for (let j = i; j < this.spans.length && this.spans[j].offset < span.endOffset; j++) if (this.spans[j].endOffset > span.offset) return true;
    return false;
  }

  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].offset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export { findConnectionStrings, findGenericSecrets, findJwts, findPrivateKeys, findProviderKeys };
export type { ConnectionMatch, GenericMatch, JwtMatch, KeyMatch, PrivateKeyMatch };
export { PROVIDER_KEYS, PROVIDER_IDS, SENTRY_DSN, type ProviderKey } from './providers';
export { shannonEntropy, secretPlaceholder, looksRandom, entropyThreshold } from './entropy';
export { crc32, crc32Base62Checksum, crc32Base62Valid, bech32Valid } from './checksums';
export { decodeBase64Url, decodeBase64UrlText } from './jwt';

/** This module defines no regular expression of its own (each detector exports its `PATTERNS`). */
export const PATTERNS: readonly RegExp[] = [];
