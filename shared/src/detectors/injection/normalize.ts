/**
 * Text → tokens for the injection phrase matchers, tolerant of the usual disguises and exact about where each
 * token came from.
 *
 * Each code point is folded once (cached): NFKD, Latin/Greek/Cyrillic diacritics and Arabic harakat dropped,
 * recomposed (NFC), lower-cased, and common homoglyphs folded to Latin (Cyrillic `а е о р с х у і ѕ …`,
 * Greek `ο α ε ι ν ρ τ υ χ`, `ı`, `ɡ`, small capitals `ɪ ɢ ɴ ᴏ ʀ ᴇ …`); fullwidth and mathematical letters fold through NFKC. Invisible
 * format characters (zero-width, bidi controls, variation selectors, soft hyphen) are dropped without
 * breaking a word, and Unicode tag characters (U+E0020–E007E) read as the ASCII they smuggle.
 *
 * Tokens are runs of letters, digits and marks; Han, Hiragana and Katakana characters are one token each
 * (those scripts do not separate words). A token mixing letters with digits also gets its leetspeak reading
 * (`1gn0re` → `ignore`, `a11` → `all`), `@`/`$` inside a word read as `a`/`s`, and three or more single
 * letters spaced out (`i g n o r e`, `i.g.n.o.r.e`) join into one token. Every token keeps its exact span
 * in the original text (UTF-16 offsets), so findings point at what the author wrote.
 *
 * Phrase tables are folded with the same function, so they are written in natural text.
 */

/** One token of text. */
export interface Token {
  /** The folded form. */
  text: string;
  /** Leetspeak readings when the token mixes letters and digits (`1` read as `i`, then as `l`). */
  alt?: string[];
  /** Span in the original text. */
  start: number;
  end: number;
  /** A sentence boundary (`.`, `!`, `?`, `;`, a blank line, a new list item …) lies before this token. */
  brk: boolean;
  /** Written in capitals (two or more letters, none lower-case): `DAN`. */
  caps: boolean;
  /** A Han/Kana character (one token per character). */
  cjk: boolean;
  /** Phrase-index lookups for this token's forms, filled on first use (phrases.ts). */
  entries?: unknown;
}

const enum Cls {
  Word,
  Cjk,
  Space,
  Newline,
  Break,
  Punct,
  Invisible,
}

/** The character classes of `foldCodePoint`, for modules that walk text the way `tokenize` does (prefilter.ts). */
export const FOLD_CLASS = { word: Cls.Word, cjk: Cls.Cjk, space: Cls.Space, newline: Cls.Newline, break: Cls.Break, punct: Cls.Punct, invisible: Cls.Invisible } as const;

interface Folded {
  cls: Cls;
  /** Folded letters (only for Word/Cjk). */
  text: string;
  /** Upper-case letter as written. */
  upper: boolean;
  lower: boolean;
}

/** Homoglyphs folded to the Latin letter they imitate (after lower-casing). */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd',
  һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ү: 'y', ғ: 'f', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', η: 'n',
  // Latin lookalikes and Armenian
  ı: 'i', ɑ: 'a', ʟ: 'l', ɪ: 'i', ʀ: 'r', ᴀ: 'a', ᴇ: 'e', ᴏ: 'o', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ᴍ: 'm', ɴ: 'n', ᴘ: 'p', ꞯ: 'q', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɶ: 'oe', ᴁ: 'ae',
  օ: 'o', ս: 'u', հ: 'h', ո: 'n',
  ß: 'ss', đ: 'd',
  // Arabic and Persian spelling variants
  ى: 'ي', ی: 'ي', ة: 'ه', ک: 'ك',
};

export const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
const FORMAT_CHAR = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5\ufe00-\ufe0f]/u;
const SPACE_CHAR = /\s/u;
const STRIP_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [LETTER, WORD_CHAR, CJK_CHAR, FORMAT_CHAR, SPACE_CHAR, STRIP_MARKS, UPPER, LOWER];

/** Sentence-ending punctuation in the scripts we read. */
export const BREAK_CHARS = new Set(['.', '!', '?', ';', '。', '！', '？', '；', '।', '؟', '|', '•']);

const cache = new Map<number, Folded>();
/** Folded forms of BMP code points, by code point (an array lookup is cheaper than a map's on the hot path). */
const BMP: (Folded | undefined)[] = new Array(0x10000);

function asciiFold(c: number): Folded {
  if (c >= 0x61 && c <= 0x7a) return { cls: Cls.Word, text: String.fromCharCode(c), upper: false, lower: true };
  if (c >= 0x41 && c <= 0x5a) return { cls: Cls.Word, text: String.fromCharCode(c + 32), upper: true, lower: false };
  if (c >= 0x30 && c <= 0x39) return { cls: Cls.Word, text: String.fromCharCode(c), upper: false, lower: false };
  if (c === 0x0a) return { cls: Cls.Newline, text: '', upper: false, lower: false };
  if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c) return { cls: Cls.Space, text: '', upper: false, lower: false };
  const ch = String.fromCharCode(c);
  return { cls: BREAK_CHARS.has(ch) ? Cls.Break : Cls.Punct, text: '', upper: false, lower: false };
}

const ASCII: Folded[] = Array.from({ length: 128 }, (_, c) => asciiFold(c));
const ASCII_ALNUM: boolean[] = Array.from({ length: 128 }, (_, c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));

/** The folded form of one code point (cached). */
export function foldCodePoint(cp: number): Folded {
  if (cp < 128) return ASCII[cp];
  let f = cp < 0x10000 ? BMP[cp] : cache.get(cp);
  if (f) return f;
  const ch = String.fromCodePoint(cp);
  if (FORMAT_CHAR.test(ch) || (cp >= 0xe0000 && cp <= 0xe0fff)) f = { cls: Cls.Invisible, text: '', upper: false, lower: false };
  else if (ch === '\u2028' || ch === '\u2029' || ch === '\u0085') f = { cls: Cls.Newline, text: '', upper: false, lower: false };
  else if (SPACE_CHAR.test(ch)) f = { cls: Cls.Space, text: '', upper: false, lower: false };
  else if (WORD_CHAR.test(ch)) {
    const text = foldLetters(ch);
    f = { cls: CJK_CHAR.test(ch) ? Cls.Cjk : Cls.Word, text, upper: UPPER.test(ch), lower: LOWER.test(ch) };
  } else {
    // Punctuation may fold to letters (`ⓘ` is a symbol that NFKC reads as `i`).
    const text = foldLetters(ch);
    if (text && [...text].every((c) => WORD_CHAR.test(c))) f = { cls: Cls.Word, text, upper: false, lower: false };
    else f = { cls: BREAK_CHARS.has(ch.normalize('NFKC')) ? Cls.Break : Cls.Punct, text: '', upper: false, lower: false };
  }
  if (cp < 0x10000) BMP[cp] = f;
  else if (cache.size < 50_000) cache.set(cp, f);
  return f;
}

function foldLetters(ch: string): string {
  const lowered = ch.normalize('NFKD').replace(STRIP_MARKS, '').normalize('NFC').toLowerCase().replace(STRIP_MARKS, '');
  let out = '';
  for (const c of lowered) {
    const mapped = CONFUSABLES[c];
    if (mapped !== undefined) out += mapped;
    else if (WORD_CHAR.test(c)) out += c;
  }
  return out;
}

/** Folds a whole string the way tokens are folded (for tables and tests). */
export function foldText(text: string): string {
  return tokenize(text).map((t) => t.text).join(' ');
}

/**
 * Tokens of `text[from, to)`. Linear in the length; never throws.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let cur = '';
  let curStart = -1;
  let curEnd = -1;
  let curUpper = 0;
  let curLower = 0;
  let curDigits = false;
  let curLetters = false;
  let curLeet = false;
  let curTag = false;
  let pendingBreak = true;
  let newlines = 0;

  const flush = (): void => {
    if (curStart < 0) return;
    let alt: string[] | undefined;
    if ((curDigits && curLetters) || curLeet) {
      const alts = leetReadings(cur);
      if (alts.length) alt = alts;
    }
    tokens.push(makeToken(cur, alt, curStart, curEnd, pendingBreak, curUpper >= 2 && curLower === 0, false));
    cur = '';
    curStart = -1;
    curUpper = curLower = 0;
    curDigits = curLetters = curLeet = false;
    pendingBreak = false;
    newlines = 0;
  };

  let i = from;
  while (i < to) {
    let cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let isTag = false;
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      cp -= 0xe0000;
      isTag = true;
    }
    if (isTag !== curTag && curStart >= 0) flush();
    curTag = isTag;
    // Escaped newlines and tabs inside YAML/JSON strings separate words.
    if (cp === 0x5c && i + 1 < to && (text[i + 1] === 'n' || text[i + 1] === 't' || text[i + 1] === 'r')) {
      flush();
      if (text[i + 1] === 'n') newline(i + 2);
      i += 2;
      continue;
    }
    // Fast path: a run of ASCII letters and digits.
    if (cp < 128 && !isTag && ASCII_ALNUM[cp]) {
      let j = i;
      let c = cp;
      while (j < to && c < 128 && ASCII_ALNUM[c]) {
        if (c <= 0x39) curDigits = true;
        else {
          curLetters = true;
          if (c <= 0x5a) curUpper++;
          else curLower++;
        }
        j++;
        c = text.charCodeAt(j);
      }
      if (curStart < 0) curStart = i;
      cur += text.slice(i, j).toLowerCase();
      curEnd = j;
      i = j;
      continue;
    }
    const f = foldCodePoint(cp);
    switch (f.cls) {
      case Cls.Word:
        if (curStart < 0) curStart = i;
        cur += f.text;
        curEnd = i + width;
        if (f.upper) curUpper++;
        if (f.lower) curLower++;
        if (cp >= 0x30 && cp <= 0x39) curDigits = true;
        else curLetters = true;
        break;
      case Cls.Cjk:
        flush();
        tokens.push(makeToken(f.text, undefined, i, i + width, pendingBreak, false, true));
        pendingBreak = false;
        newlines = 0;
        break;
      case Cls.Invisible:
        break;
      case Cls.Space:
        flush();
        break;
      case Cls.Newline:
        flush();
        newline(i + 1);
        break;
      case Cls.Break:
        // `.` ends a sentence only before a space or the end, and not after a single letter (`e.g.`, `U.S.`).
        if (cp === 0x2e) {
          const next = text.charCodeAt(i + 1);
          const atEnd = i + 1 >= to || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d;
          // `e.g.`, `U.S.`: a one-letter word right after another dot is an abbreviation.
          const single = curStart >= 0 && cur.length <= 1 && text.charCodeAt(i - 2) === 0x2e;
          flush();
          if (atEnd && !single) pendingBreak = true;
        } else {
          flush();
          pendingBreak = true;
        }
        break;
      case Cls.Punct:
        if (curStart >= 0 && curLetters && (cp === 0x2d || cp === 0x2010 || cp === 0x2011) && isLetterAt(text, i + 1)) {
          // `in-struc-tions`, `role-play`: a hyphen between letters joins (tables add joined forms of phrases).
          break;
        }
        if ((cp === 0x40 || cp === 0x24) && isLetterAt(text, i + 1) && (curStart >= 0 ? curLetters : !isLetterAt(text, i - 1))) {
          // `@` and `$` at the start or inside a word are leetspeak for `a` and `s`.
          if (curStart < 0) curStart = i;
          cur += cp === 0x40 ? 'a' : 's';
          curEnd = i + 1;
          curLeet = true;
          curLetters = true;
          break;
        }
        flush();
        break;
    }
    i += width;
  }
  flush();
  return joinSpacedLetters(text, tokens);

  function newline(next: number): void {
    newlines++;
    if (newlines >= 2) pendingBreak = true;
    // A new list item, heading, quote or table row starts a new sentence.
    let j = next;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
    const c = text[j];
    const d = text[j + 1];
    if (c === '-' || c === '*' || c === '+' || c === '#' || c === '>' || c === '|' || (c >= '0' && c <= '9' && (d === '.' || d === ')'))) pendingBreak = true;
  }
}

/** Every token has the same shape (all fields set in one order): property reads stay monomorphic. */
function makeToken(text: string, alt: string[] | undefined, start: number, end: number, brk: boolean, caps: boolean, cjk: boolean): Token {
  return { text, alt, start, end, brk, caps, cjk, entries: undefined };
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

function leetReadings(word: string): string[] {
  let a = '';
  let b = '';
  let changed = false;
  for (const c of word) {
    const m = LEET[c];
    if (m !== undefined) {
      a += m;
      b += c === '1' ? 'l' : m;
      changed = true;
    } else {
      a += c;
      b += c;
    }
  }
  if (!changed) return [];
  return a === b ? [a] : [a, b];
}

/** Joins three or more one-letter tokens written with single separators (`i g n o r e`) into one token. */
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // The letters of one word are spaced evenly; a wider gap starts the next word.
    const sep = i + 1 < tokens.length ? text.slice(tokens[i].end, tokens[i + 1].start) : '';
    while (
      j + 1 < tokens.length &&
      tokens[j].text.length === 1 &&
      !tokens[j].cjk &&
      tokens[j + 1].text.length === 1 &&
      !tokens[j + 1].cjk &&
      !tokens[j + 1].brk &&
      sep.length <= 2 &&
      text.slice(tokens[j].end, tokens[j + 1].start) === sep &&
      separatorOnly(sep)
    ) j++;
    if (j - i + 1 >= 3) {
      out ??= tokens.slice(0, i);
      let word = '';
      for (let k = i; k <= j; k++) word += tokens[k].text;
      const alts = leetReadings(word);
      out.push(makeToken(word, alts.length ? alts : undefined, tokens[i].start, tokens[j].end, tokens[i].brk, false, false));
      i = j + 1;
      continue;
    }
    out?.push(tokens[i]);
    i++;
  }
  return out ?? tokens;
}

function separatorOnly(sep: string): boolean {
  if (!sep) return false;
  for (const c of sep) {
    if (c !== ' ' && c !== '.' && c !== '-' && c !== '_' && c !== '*' && c !== '\u00a0') return false;
  }
  return true;
}
