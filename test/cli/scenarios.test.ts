/**
 * CLI scenario tests. Each `scenarios/*.scenario` file describes a folder of files, one or more commands
 * run in it with the built CLI, and what each must print and return:
 *
 *   ====test====
 *   What the scenario shows (one line).
 *   ====file prompts/a.prompt====          a file to create (text, kept byte for byte; repeatable)
 *   ...
 *   ====file img.prompt base64====         a file given as base64 (binary content, invalid UTF-8)
 *   ====symlink loop -> .====              a symbolic link `loop` pointing at `.`
 *   ====env====                            KEY=VALUE lines for every command
 *   ====command====                        `promptgov …` (or just the arguments); starts a step
 *   ====stdin====                          standard input of the step
 *   ====status====                         expected exit status of the step
 *   ====stdout====                         expected standard output of the step
 *   ====stderr====                         expected standard error of the step (compared only when given)
 *   ====file-after prompts/a.prompt====    expected content of a file after every step
 *   ====file-absent x====                  a file that must not exist after every step
 *
 * Output is compared with the temporary folder's path replaced by `<tmp>`, the version by `<version>`, and
 * trailing white space at the very end ignored. `UPDATE_SNAPSHOT=1` rewrites the stdout (and given stderr)
 * sections from the actual output: review the diff.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildCli, runCli, REPO_ROOT } from './runCli';

const SCENARIO_DIR = join(__dirname, 'scenarios');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';

interface Section {
  name: string;
  arg: string;
  body: string;
}

const HEADER = /^====([a-z-]+)(?: (.*?))?====$/;

export function parseScenario(text: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = HEADER.exec(line);
    if (m) {
      current = { name: m[1], arg: m[2] ?? '', body: '' };
      sections.push(current);
    } else if (current) {
      current.body += i === lines.length - 1 ? line : `${line}\n`;
    }
  }
  return sections;
}

export function serializeScenario(sections: readonly Section[]): string {
  return sections.map((s) => `====${s.name}${s.arg ? ` ${s.arg}` : ''}====\n${s.body}`).join('');
}

/** Splits a command line into words; '…' and "…" group, no escapes. */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) words.push(m[1] ?? m[2] ?? m[3]);
  if (words[0] === 'promptgov') words.shift();
  return words;
}

interface Step {
  command: Section;
  stdin?: Section;
  status?: Section;
  stdout?: Section;
  stderr?: Section;
}

function steps(sections: readonly Section[]): Step[] {
  const out: Step[] = [];
  for (const s of sections) {
    if (s.name === 'command') out.push({ command: s });
    else if (s.name === 'stdin' || s.name === 'status' || s.name === 'stdout' || s.name === 'stderr') {
      const step = out[out.length - 1];
      if (!step) throw new Error(`====${s.name}==== before any ====command====`);
      step[s.name] = s;
    }
  }
  return out;
}

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function normalize(text: string, roots: readonly string[]): string {
  let out = text;
  for (const root of roots) out = out.split(root).join('<tmp>');
  return out.split(version).join('<version>');
}

const trimEnd = (s: string): string => s.replace(/\s+$/, '');

describe('CLI scenarios', function () {
  this.timeout(120_000);
  before(() => buildCli());

  const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.scenario')).sort();
  for (const file of files) {
    const path = join(SCENARIO_DIR, file);
    const sections = parseScenario(readFileSync(path, 'utf8'));
    const title = sections.find((s) => s.name === 'test')?.body.trim() ?? file;
    it(`${file.replace(/\.scenario$/, '')}: ${title}`, () => {
      const tmp = mkdtempSync(join(tmpdir(), 'promptgov-scenario-'));
      const roots = [realpathSync(tmp), tmp].sort((a, b) => b.length - a.length);
      let changed = false;
      try {
        const env: Record<string, string> = {};
        for (const s of sections) {
          if (s.name === 'file') {
            const [name, encoding] = s.arg.split(' ');
            const target = join(tmp, name);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, encoding === 'base64' ? Buffer.from(s.body.replace(/\s+/g, ''), 'base64') : s.body);
          } else if (s.name === 'symlink') {
            const [link, target] = s.arg.split(' -> ');
            mkdirSync(dirname(join(tmp, link)), { recursive: true });
            symlinkSync(target, join(tmp, link));
          } else if (s.name === 'env') {
            for (const line of s.body.split('\n')) {
              const eq = line.indexOf('=');
              if (eq > 0) env[line.slice(0, eq).trim()] = line.slice(eq + 1);
            }
          }
        }
        const all = steps(sections);
        assert.ok(all.length > 0, `${file} has no ====command====`);
        for (const [i, step] of all.entries()) {
          const words = splitCommand(step.command.body.trim());
          const run = runCli(words, { cwd: tmp, stdin: step.stdin?.body, env });
          const stdout = normalize(run.stdout, roots);
          const stderr = normalize(run.stderr, roots);
          const where = `${file}, step ${i + 1} (promptgov ${words.join(' ')})`;
          if (step.status) assert.equal(run.status, Number(step.status.body.trim()), `${where}: exit status\nstdout:\n${stdout}\nstderr:\n${stderr}`);
          if (UPDATE) {
            if (step.stdout && trimEnd(step.stdout.body) !== trimEnd(stdout)) {
              step.stdout.body = `${trimEnd(stdout)}\n`;
              changed = true;
            }
            if (step.stderr && trimEnd(step.stderr.body) !== trimEnd(stderr)) {
              step.stderr.body = `${trimEnd(stderr)}\n`;
              changed = true;
            }
            continue;
          }
          if (step.stdout) assert.equal(trimEnd(stdout), trimEnd(step.stdout.body), `${where}: stdout (UPDATE_SNAPSHOT=1 rewrites it)`);
          if (step.stderr) assert.equal(trimEnd(stderr), trimEnd(step.stderr.body), `${where}: stderr`);
        }
        for (const s of sections) {
          if (s.name === 'file-after') {
            const target = join(tmp, s.arg);
            assert.ok(existsSync(target), `${file}: ${s.arg} should exist`);
            assert.equal(readFileSync(target, 'utf8'), s.body, `${file}: content of ${s.arg} after the commands`);
          } else if (s.name === 'file-absent') {
            assert.equal(existsSync(join(tmp, s.arg)), false, `${file}: ${s.arg} should not exist`);
          }
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      if (changed) writeFileSync(path, serializeScenario(sections));
    });
  }
});
