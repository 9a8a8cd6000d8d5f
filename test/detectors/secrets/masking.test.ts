/**
 * Masking: a prompt full of synthetic secrets — one of every provider-table entry, private keys, JWTs,
 * connection strings and generic assignments — run through every `secret/*` rule and every reporter. No
 * message, evidence, fix or report may contain a raw secret, nor any eight characters of a secret's
 * random part (what `mask()` shows is the format's prefix and at most the last four characters).
 */
import assert from 'node:assert/strict';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { reporters } from '../../../shared/src/reporters';
import { allRules } from '../../../shared/src/rules';
import type { Finding } from '../../../shared/src/types';
import { PROVIDER_KEYS } from '../../../shared/src/detectors/secrets/providers';
import { ALNUM, base64url, exampleOf, keyChars, makeJwt, makePem, rng } from './synth';

const secretRules = allRules.filter((r) => r.meta.id.startsWith('secret/'));

interface Planted {
  /** The value as written. */
  value: string;
  /** Its random part (what must never leak). */
  random: string;
}

function build(seed: number): { text: string; planted: Planted[] } {
  const random = rng(seed);
  const planted: Planted[] = [];
  const lines: string[] = ['---', 'model: googleai/gemini-2.5-flash', '---', '{{role "system"}}', 'You are a deployment assistant.'];
  for (const entry of PROVIDER_KEYS) {
    const ex = exampleOf(entry, random);
    // the random part: after the literal prefix (for URLs, after the literal path prefix)
    const prefix = entry.prefixes?.find((p) => ex.reported.includes(p));
    const cut = prefix ? ex.reported.indexOf(prefix) + prefix.length : 0;
    // literals inside a key (`.atlasv1.`, `:AA`) are format, not secret: windows do not span them
    const rest = ex.reported.slice(cut);
    planted.push({ value: ex.reported, random: entry.anchor ? rest.split(entry.anchor).join('\u0000') : rest });
    lines.push(ex.line, '');
  }
  const pem = makePem(random, 'RSA PRIVATE KEY', 1200);
  planted.push({ value: pem, random: pem.split('\n')[1] });
  lines.push(pem, '');
  const jwt = makeJwt(random, { alg: 'HS256', typ: 'JWT' }, { sub: 'svc-7', exp: 4102444800 });
  planted.push({ value: jwt, random: jwt.slice(3) });
  lines.push(`Authorization: Bearer ${jwt}`, '');
  const dbPassword = `${keyChars(random, ALNUM, 18)}!`;
  planted.push({ value: dbPassword, random: dbPassword });
  lines.push(`postgres://app:${dbPassword}@db.internal:5432/app`, '');
  const generic = keyChars(random, ALNUM, 40);
  planted.push({ value: generic, random: generic });
  lines.push(`internal_service_token: "${generic}"`, '');
  const password = `P${keyChars(random, ALNUM, 10)}#7`;
  planted.push({ value: password, random: password });
  lines.push(`password = "${password}"`, '');
  const unsigned = `${base64url('{"alg":"none"}')}.${base64url('{"sub":"root"}')}.`;
  planted.push({ value: unsigned, random: unsigned.slice(3) });
  lines.push(`token ${unsigned}`, '');
  return { text: `${lines.join('\n')}\n`, planted };
}

/** Windows of 8 characters of `random` (a secret's random part); the masked form shows at most 4. */
function windows(random: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 8 <= random.length; i += 3) out.push(random.slice(i, i + 8));
  return out;
}

function leaks(output: string, planted: readonly Planted[]): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 8 <= output.length; i++) grams.add(output.slice(i, i + 8));
  const found: string[] = [];
  for (const p of planted) {
    if (output.includes(p.value)) found.push(`raw value ${p.value.slice(0, 12)}…`);
    else if (windows(p.random).some((w) => grams.has(w))) found.push(`part of ${p.value.slice(0, 12)}…`);
  }
  return found;
}

describe('secrets: masking in every output', () => {
  for (const seed of [1, 2, 3]) {
    const { text, planted } = build(seed);
    const policy = resolveFromObjects({});
    const analysis = analyzeText('prompts/deploy.prompt', text, policy, { rules: secretRules, env: { now: new Date('2026-01-15T12:00:00Z') } });
    const findings: Finding[] = analysis?.output.findings ?? [];

    it(`seed ${seed}: every planted secret is reported (${planted.length} planted)`, () => {
      for (const p of planted) {
        const start = text.indexOf(p.value);
        assert.ok(findings.some((f) => f.offset <= start && f.endOffset >= start + Math.min(p.value.length, 8)), `not reported: ${p.value.slice(0, 16)}…`);
      }
      const entities = new Set(findings.map((f) => f.entity));
      assert.ok(entities.size >= 100, `${entities.size} distinct entities`);
    });

    it(`seed ${seed}: messages and evidence hold no secret`, () => {
      for (const f of findings) {
        assert.deepEqual(leaks(`${f.message}\n${JSON.stringify(f.evidence)}`, planted), [], `${f.ruleId} ${f.entity}: ${f.message}`);
      }
    });

    it(`seed ${seed}: fixes hold no secret (mask fixes show the masked form)`, () => {
      for (const f of findings) {
        for (const fix of f.fixes) {
          const out = `${fix.title}\n${fix.edits.map((e) => e.text).join('\n')}`;
          assert.deepEqual(leaks(out, planted), [], `${f.entity}: ${out}`);
        }
      }
    });

    it(`seed ${seed}: no reporter output holds a secret`, () => {
      const result = { path: 'prompts/deploy.prompt', format: 'dotprompt' as const, findings };
      for (const [name, reporter] of Object.entries(reporters)) {
        const out = reporter([result], { cwd: '/repo' });
        assert.ok(out.length > 0, name);
        assert.deepEqual(leaks(out, planted), [], `reporter ${name}`);
      }
    });
  }
});
