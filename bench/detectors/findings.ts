/**
 * The findings of the sensitive-data rule set, dumped for an identity check: a speed-up of the detectors must
 * not change one finding.
 *
 *   node --import=tsx bench/detectors/findings.ts <out.jsonl> [--mb 53]
 *
 * Runs every `pii/*` and `secret/*` rule (default policy, a fixed clock) over the benchmark corpus (the default
 * seed at `--mb`, and a second seed at a fifth of it), the real prompt corpus, the test fixtures, and the
 * rule and detector tests and docs read as prompt text (they are full of planted values and near misses).
 * Writes one JSON line per finding — every field: rule, span, positions, severity, message, entity,
 * fingerprint, evidence, fixes — then prints a count per rule and a hash of the file, so two runs compare
 * with `cmp`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkDocument } from '../../shared/src/engine/check';
import { parseDocument } from '../../shared/src/formats';
import { PolicyResolver } from '../../shared/src/policy/resolve';
import { allRules, ruleIds } from '../../shared/src/rules';
import { generateCorpus } from './corpus';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) throw new Error('usage: findings.ts <out.jsonl> [--mb 53]');
const mbAt = args.indexOf('--mb');
const MB = mbAt >= 0 ? Number(args[mbAt + 1]) : 53;

const root = resolve(__dirname, '..', '..');
const rules = allRules.filter((r) => r.meta.id.startsWith('pii/') || r.meta.id.startsWith('secret/'));
const policy = new PolicyResolver({ readFile: () => undefined }, ruleIds).resolveFor('/bench/prompts/doc.prompt');
const env = { now: new Date('2026-01-01T00:00:00Z') };

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, keep));
    else if (keep(path)) found.push(path);
  }
  return found;
}

/** Documents as [label, path given to the parser, text]. */
const inputs: Array<[string, string, string]> = [];
for (const [seed, mb] of [[undefined, MB], [7, MB / 5]] as const) {
  for (const d of generateCorpus({ seed, totalBytes: mb * 1024 * 1024 }).docs) inputs.push([`corpus:${seed ?? 'default'}:${d.path}`, d.path, d.text]);
}
const real = [join(root, '..', 'shared', 'corpus'), join(root, 'test', 'fixtures')];
// Paths relative to the project (fingerprints hold the path: two checkouts must give the same dump).
for (const dir of real) for (const path of filesUnder(dir, () => true)) inputs.push([relative(root, path), relative(root, path), readFileSync(path, 'utf8')]);
const asText = [join(root, 'test', 'detectors'), join(root, 'test', 'rules', 'pii'), join(root, 'test', 'rules', 'secret'), join(root, 'docs', 'rules', 'pii'), join(root, 'docs', 'rules', 'secret')];
for (const dir of asText) {
  for (const path of filesUnder(dir, (p) => /\.(ts|md|json)$/.test(p))) {
    const text = readFileSync(path, 'utf8');
    // As a Copilot prompt file (a body of prose) and as a Dotprompt (front matter, then the body).
    inputs.push([`${relative(root, path)}#md`, `/t/${relative(root, path).replace(/[/.]/g, '_')}.prompt.md`, text]);
    inputs.push([`${relative(root, path)}#prompt`, `/t/${relative(root, path).replace(/[/.]/g, '_')}.prompt`, text]);
  }
}

const lines: string[] = [];
const perRule = new Map<string, number>();
for (const [label, path, text] of inputs) {
  const doc = parseDocument(path, text);
  const { findings, suppressed } = checkDocument(doc, policy, { rules, env });
  for (const f of [...findings, ...suppressed]) {
    perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    lines.push(JSON.stringify({ doc: label, ...f }));
  }
}
const body = `${lines.join('\n')}\n`;
writeFileSync(out, body);
console.log(`${inputs.length} documents, ${lines.length} findings`);
for (const [id, n] of [...perRule].sort()) console.log(`  ${id} ${n}`);
console.log(`sha256 ${createHash('sha256').update(body).digest('hex')}`);
