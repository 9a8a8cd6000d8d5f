/**
 * Check-digit algorithms used by the validators. Each takes a string of digits (callers strip separators)
 * and returns whether the last digit is right, or computes it. Pure, allocation-light, never throws: a
 * string with anything but digits is simply invalid.
 */

function allDigits(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Luhn (ISO/IEC 7812-1 annex B): payment cards, Canada SIN, South Africa ID, IMEI. */
export function luhnValid(digits: string): boolean {
  if (digits.length < 2 || !allDigits(digits)) return false;
  return luhnSum(digits) % 10 === 0;
}

/** The Luhn check digit for `payload` (the number without its check digit). */
export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(`${payload}0`) % 10)) % 10;
}

function luhnSum(digits: string): number {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

// Verhoeff (dihedral group D5): India's Aadhaar.
const V_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const V_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

export function verhoeffValid(digits: string): boolean {
  if (!allDigits(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = V_D[c][V_P[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  return c === 0;
}

export function verhoeffCheckDigit(payload: string): number {
  let c = 0;
  for (let i = 0; i < payload.length; i++) c = V_D[c][V_P[(i + 1) % 8][payload.charCodeAt(payload.length - 1 - i) - 48]];
  return V_INV[c];
}

/** Σ digit[i] × weights[i] over the first `weights.length` digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
  return sum;
}

/** ISO 7064 MOD 97-10 over an alphanumeric string (letters count as 10…35): IBAN. */
export function mod97(value: string): number {
  let rem = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else if (c >= 97 && c <= 122) rem = (rem * 100 + (c - 87)) % 97;
    else return -1;
  }
  return rem;
}

export { allDigits };
