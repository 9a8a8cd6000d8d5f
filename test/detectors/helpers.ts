/** Small helpers shared by the detector tests (not a test file itself). */
import type { Detection } from '../../shared/src/detectors/detection';
import { luhnCheckDigit, mod97, verhoeffCheckDigit } from '../../shared/src/detectors/checksums';

/** The matched texts of detections. */
export function texts(text: string, found: readonly Detection[]): string[] {
  return found.map((d) => text.slice(d.span.offset, d.span.endOffset));
}

/** The matched texts of detections that are not placeholders and reach `min` confidence. */
export function real(text: string, found: readonly Detection[], min = 0.5): string[] {
  return texts(text, found.filter((d) => !d.placeholder && d.confidence >= min));
}

/** `payload` followed by its Luhn check digit. */
export function withLuhn(payload: string): string {
  return payload + luhnCheckDigit(payload);
}

/** `payload` followed by its Verhoeff check digit. */
export function withVerhoeff(payload: string): string {
  return payload + verhoeffCheckDigit(payload);
}

/** An IBAN (electronic format) for `country` and `bban`, with check digits computed by ISO 7064 MOD 97-10. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** The print format: groups of four separated by spaces. */
export function grouped(value: string, size = 4, sep = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < value.length; i += size) out.push(value.slice(i, i + size));
  return out.join(sep);
}

/** Replaces the character at `index` with a different digit. */
export function mutateDigit(value: string, index: number, delta = 1): string {
  const d = Number(value[index]);
  return value.slice(0, index) + String((d + delta) % 10) + value.slice(index + 1);
}
