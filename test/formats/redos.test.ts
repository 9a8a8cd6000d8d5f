/**
 * Every regular expression literal in the format parsers (shared/src/formats) and the format rules is
 * linear: `recheck` must call it safe, and it must finish on 100 KB of adversarial text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';

const root = join(__dirname, '..', '..');
const DIRS = ['shared/src/formats', 'shared/src/rules/format'].map((d) => join(root, d));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals: a `/…/flags` where an expression may start, outside strings and comments. */
function regexLiterals(source: string): Array<{ source: string; flags: string }> {
  const out: Array<{ source: string; flags: string }> = [];
  let prev = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      i = j;
      prev = c;
      continue;
    }
    if (c === '/' && (/[=(,[:!&|?{};]/.test(prev) || /\breturn\s*$/.test(source.slice(Math.max(0, i - 8), i)))) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        const d = source[j];
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      let k = j + 1;
      while (/[a-z]/.test(source[k] ?? '')) k++;
      out.push({ source: source.slice(i + 1, j), flags: source.slice(j + 1, k) });
      i = k - 1;
      prev = '/';
      continue;
    }
    if (!/\s/.test(c)) prev = c;
  }
  return out;
}

describe('formats: regular expressions are linear', function () {
  this.timeout(120_000);
  const found = DIRS.flatMap((dir) => tsFiles(dir).flatMap((file) => regexLiterals(readFileSync(file, 'utf8')).map((r) => ({ ...r, file: relative(root, file) }))));

  it('finds the regexes to check', () => {
    assert.ok(found.length >= 10, `only ${found.length} regex literals found`);
    assert.ok(found.some((r) => r.source.includes('endraw')), 'the Jinja endraw pattern is among them');
  });

  for (const r of found) {
    it(`${r.file}: /${r.source}/${r.flags}`, () => {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''));
      const complexity = 'complexity' in result ? JSON.stringify(result.complexity) : '';
      assert.equal(result.status, 'safe', `recheck says ${result.status} ${complexity}`);
      const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
      for (const attack of ['<a'.repeat(50_000), '{{'.repeat(50_000), '${input:'.repeat(12_500), ' '.repeat(100_000), 'a'.repeat(100_000), '#'.repeat(100_000)]) {
        re.test(attack);
      }
    });
  }
});
