/**
 * Every regular expression literal in the format parsers (shared/src/formats) and the format rules is
 * linear: `recheck` must call it safe, and it must finish on 100 KB of adversarial text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { regexLiterals as literalTexts } from '../safety/regexLiterals';

const root = join(__dirname, '..', '..');
const DIRS = ['shared/src/formats', 'shared/src/rules/format'].map((d) => join(root, d));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Each literal as its pattern source and flags. */
function regexLiterals(source: string): Array<{ source: string; flags: string }> {
  return literalTexts(source).map((literal) => {
    const close = literal.lastIndexOf('/');
    return { source: literal.slice(1, close), flags: literal.slice(close + 1) };
  });
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
