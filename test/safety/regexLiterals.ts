/** Shared by the ReDoS tests: finding the regular-expression literals of a TypeScript source file. */

/**
 * Regex literals in TypeScript source: a `/` where an expression may start (after `=`, `(`, `,`, `[`, `:`,
 * `!`, `&`, `|`, `?`, `{`, `}`, `;`, `return`, or at a line start) that is not a comment, read up to its
 * closing `/` (honouring classes and escapes), plus its flags. Strings, template literals and comments are
 * skipped.
 */
export function regexLiterals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  let prev = '';
  let prevWord = '';
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
      prev = c;
      continue;
    }
    if (c === '/' && (/[=(,[:!&|?{};]/.test(prev) || prev === '' || prevWord === 'return')) {
      let j = i + 1;
      let inClass = false;
      while (j < n && source[j] !== '\n') {
        const d = source[j];
        if (d === '\\') j += 2;
        else if (d === '[') (inClass = true), j++;
        else if (d === ']') (inClass = false), j++;
        else if (d === '/' && !inClass) break;
        else j++;
      }
      let k = j + 1;
      while (k < n && /[a-z]/.test(source[k])) k++;
      out.push(source.slice(i, k));
      i = k;
      prev = '/';
      continue;
    }
    if (!/\s/.test(c)) {
      if (/\w/.test(c)) {
        let j = i;
        while (j < n && /\w/.test(source[j])) j++;
        prevWord = source.slice(i, j);
        prev = 'w';
        i = j;
        continue;
      }
      prev = c;
      prevWord = '';
    }
    i++;
  }
  return out;
}
