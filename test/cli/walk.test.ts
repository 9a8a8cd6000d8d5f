import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { walk } from '../../cli/src/walk';
import { toPosix } from '../../cli/src/nodeHost';

function folder(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-walk-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** The walk's files, relative to `root`. */
function names(root: string, paths: string[] = ['.'], cwd = root, gitignore = true): string[] {
  const prefix = `${toPosix(root)}/`;
  return walk(paths, { cwd, gitignore }).files.map((f) => (f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path));
}

describe('cli/walk', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string>): string => {
    const root = folder(files);
    roots.push(root);
    return root;
  };
  after(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('lists every file, sorted, and skips node_modules and .git always', () => {
    const root = make({ 'b.prompt': '', 'a/z.prompt': '', 'a/b.txt': '', 'node_modules/x/y.prompt': '', '.git/HEAD': '', '.github/p.prompt.md': '' });
    assert.deepEqual(names(root), ['.github/p.prompt.md', 'a/b.txt', 'a/z.prompt', 'b.prompt']);
  });

  it('honours .gitignore files, nested ones included, with git’s negation rules', () => {
    const root = make({
      '.gitignore': 'generated/\n*.log\n',
      'generated/a.prompt': '',
      'x.log': '',
      'keep.prompt': '',
      'sub/.gitignore': '!important.log\nlocal.prompt\n',
      'sub/important.log': '',
      'sub/other.log': '',
      'sub/local.prompt': '',
      'sub/shared.prompt': '',
    });
    assert.deepEqual(names(root), ['.gitignore', 'keep.prompt', 'sub/.gitignore', 'sub/important.log', 'sub/shared.prompt']);
  });

  it('applies the .gitignore files above a walked folder, up to the repository root', () => {
    const root = make({ '.git/HEAD': '', '.gitignore': 'drafts/\n', 'prompts/a.prompt': '', 'prompts/drafts/b.prompt': '' });
    assert.deepEqual(names(root, ['.'], join(root, 'prompts')), ['prompts/a.prompt']);
  });

  it('does not walk a named folder that a .gitignore ignores, and says which', () => {
    const root = make({ '.gitignore': 'generated/\n', 'generated/a.prompt': '' });
    const result = walk(['generated'], { cwd: root });
    assert.deepEqual(result.files, []);
    assert.deepEqual(result.ignored, ['generated']);
    assert.deepEqual(walk(['generated'], { cwd: root, gitignore: false }).files.length, 1);
  });

  it('with gitignore off, walks ignored folders too (but never node_modules)', () => {
    const root = make({ '.gitignore': 'gen/\n', 'gen/a.prompt': '', 'node_modules/b.prompt': '' });
    assert.deepEqual(names(root, ['.'], root, false), ['.gitignore', 'gen/a.prompt']);
  });

  it('keeps explicitly named files even when ignored, and marks them explicit', () => {
    const root = make({ '.gitignore': '*.prompt\n', 'a.prompt': '' });
    const result = walk(['a.prompt'], { cwd: root });
    assert.deepEqual(result.files.map((f) => [f.path.slice(root.length + 1), f.explicit]), [['a.prompt', true]]);
  });

  it('reports missing paths instead of throwing', () => {
    const root = make({ 'a.prompt': '' });
    const result = walk(['a.prompt', 'nope', 'gone/x.prompt'], { cwd: root });
    assert.deepEqual(result.missing, ['nope', 'gone/x.prompt']);
    assert.equal(result.files.length, 1);
  });

  it('lists a file named twice (or found twice) once', () => {
    const root = make({ 'a.prompt': '', 'd/b.prompt': '' });
    assert.deepEqual(names(root, ['a.prompt', '.', 'd', './a.prompt']), ['a.prompt', 'd/b.prompt']);
  });

  it('follows links but ends on link loops, entering each real folder once', function () {
    const root = make({ 'd/a.prompt': '' });
    try {
      symlinkSync('..', join(root, 'd', 'up'));
      symlinkSync('.', join(root, 'self'));
      symlinkSync('missing', join(root, 'dangling.prompt'));
    } catch {
      console.log('    symbolic links cannot be made on this file system: skipped');
      this.skip();
    }
    assert.deepEqual(names(root), ['d/a.prompt']);
  });
});

describe('cli/walk with links to walked folders', () => {
  it('keeps the real path of a file that a link also reaches, whatever the listing order', function () {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-walk-')));
    try {
      mkdirSync(join(root, 'prompts'));
      writeFileSync(join(root, 'prompts', 'a.prompt'), '');
      try {
        symlinkSync('prompts', join(root, 'aaa-alias'));
        symlinkSync(join('prompts', 'a.prompt'), join(root, 'aaa.prompt'));
      } catch {
        console.log('    symbolic links cannot be made on this file system: skipped');
        this.skip();
      }
      const files = walk(['.'], { cwd: root }).files.map((f) => f.path.slice(root.length + 1));
      assert.deepEqual(files, ['prompts/a.prompt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('walks very deep folders without recursion limits', () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'promptgov-walk-')));
    try {
      const deep = join(root, ...Array.from({ length: 200 }, () => 'd'));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'x.prompt'), '');
      assert.equal(walk(['.'], { cwd: root }).files.length, 1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
