/**
 * Test repositories for the output formats:
 *
 * - `allRulesRepo()`: test/fixtures/all-rules copied into a git repository, plus the files that cannot be
 *   stored there (synthesized secrets, a base revision for the `version/*` rules): every rule of the
 *   registry fires in it, but those of `SKIP`;
 * - `sensitiveRepo()`: prompt files of every format full of secrets and personal data, with the list of
 *   the raw values, for the test that no output format ever prints one.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { crc32Base62Checksum } from '../../shared/src/detectors/secrets/checksums';
import { B64URL, ALNUM, keyChars, makeJwt, makePem, rng } from '../detectors/secrets/synth';
import { TempRepo } from '../cli/gitRepo';

export const ALL_RULES_FIXTURE = join(__dirname, '..', 'fixtures', 'all-rules');

/**
 * Rules allowed not to fire in the all-rules repository, with the reason: `internal/rule-error` needs a
 * rule that crashes. (The `version/*` rules fire in the `check --base main` run, which hands each file's
 * text at the base revision to the rules.)
 */
export const SKIP: ReadonlyMap<string, string> = new Map([['internal/rule-error', 'only a rule that crashes produces it']]);

const FRONT = (version: string, model = 'openai/gpt-4.1-2025-04-14') =>
  `---\nmodel: ${model}\nversion: ${version}\nowner: "@support"\ndata_class: public\n---\n`;

/** Synthesized secrets, one per secret rule (deterministic: a fixed seed). */
export function secrets(seed = 2026): Record<string, string> {
  const random = rng(seed);
  const ghBody = keyChars(random, ALNUM, 30);
  return {
    openai: `sk-proj-${keyChars(random, B64URL, 60)}T3BlbkFJ${keyChars(random, B64URL, 60)}`,
    github: `ghp_${ghBody}${crc32Base62Checksum(ghBody)}`,
    anthropic: `sk-ant-api03-${keyChars(random, B64URL, 93)}AA`,
    jwt: makeJwt(random, { alg: 'RS256', typ: 'JWT', kid: 'k1' }, { sub: 'svc-billing', scope: 'orders:write', exp: 4102444800 }),
    pem: makePem(random, 'RSA PRIVATE KEY', 1200),
    dbPassword: `${keyChars(random, ALNUM, 14)}x9`,
    apiKeyField: keyChars(random, ALNUM, 40),
  };
}

/** test/fixtures/all-rules as a git repository on branch `change`, whose base is `main`. */
export function allRulesRepo(): TempRepo {
  const repo = new TempRepo('promptgov-all-rules-');
  cpSync(ALL_RULES_FIXTURE, repo.dir, { recursive: true });
  repo.remove('README.md');
  repo.write('prompts/versioned/not-bumped.prompt', `${FRONT('1.0.0')}Summarize the ticket.\n`);
  repo.write('prompts/versioned/downgraded.prompt', `${FRONT('2.0.0')}Summarize the ticket.\n`);
  repo.write('prompts/versioned/model-change.prompt', `${FRONT('1.0.0')}Summarize the ticket.\n`);
  repo.commit('base revision');
  repo.git('checkout', '-q', '-b', 'change');
  repo.write('prompts/versioned/not-bumped.prompt', `${FRONT('1.0.0')}Summarize the ticket in one sentence.\n`);
  repo.write('prompts/versioned/downgraded.prompt', `${FRONT('1.9.0')}Summarize the ticket.\n`);
  repo.write('prompts/versioned/model-change.prompt', `${FRONT('1.1.0', 'anthropic/claude-sonnet-4-20250514')}Summarize the ticket.\n`);
  const s = secrets();
  repo.write(
    'prompts/secrets.prompt',
    `${FRONT('1.0.0')}{{role "system"}}\nUse the key ${s.openai} for OpenAI.\nThe bot token is ${s.github}.\n\nSession: ${s.jwt}\n\nSign with:\n${s.pem}\n\nRead from postgres://report:${s.dbPassword}@db.internal:5432/sales.\napi_key: ${s.apiKeyField}\n`,
  );
  repo.commit('change', { date: '2026-01-06T10:00:00Z' });
  return repo;
}

export interface SensitiveRepo {
  repo: TempRepo;
  /** Every raw sensitive value written into the files. */
  raw: string[];
}

/** Prompt files of every format, each full of secrets and personal data (a git repository with one commit). */
export function sensitiveRepo(): SensitiveRepo {
  const s = secrets(99);
  const pii = {
    email: 'jane.doe@northwind-mail.com',
    phone: '+1 202-456-1111',
    card: '4539 1488 0343 6467',
    iban: 'GB82 WEST 1234 5698 7654 32',
    ssn: '536-22-8841',
  };
  const lines = (indent = '') =>
    [
      `Escalate to ${pii.email} or call ${pii.phone}.`,
      '',
      `Refund card ${pii.card}; IBAN ${pii.iban}; SSN ${pii.ssn}.`,
      `Use the key ${s.openai} and the token ${s.github}.`,
      `Session ${s.jwt}`,
      `Read from postgres://report:${s.dbPassword}@db.internal:5432/sales.`,
    ]
      .map((l) => indent + l)
      .join('\n');
  const repo = new TempRepo('promptgov-sensitive-');
  repo.write('.promptgov.yaml', 'data_classes:\n  public: { max_retention: 30d }\n');
  repo.write('prompts/a.prompt', `---\nmodel: openai/gpt-4.1\n---\n{{role "system"}}\n${lines()}\nKey block:\n${s.pem}\n`);
  repo.write('prompts/b.prompty', `---\nname: b\nmodel:\n  api: chat\n---\nsystem:\n${lines()}\n\nuser:\n{{question}}\n`);
  repo.write(
    'prompts/c.prompt.yml',
    `name: c\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: |\n${lines('      ')}\n  - role: user\n    content: "{{question}}"\n`,
  );
  repo.write('.github/prompts/d.prompt.md', `---\ndescription: d\n---\n${lines()}\n`);
  repo.write('prompts/e.promptl', `---\nmodel: openai/gpt-4.1\n---\n<system>\n${lines()}\n</system>\n<user>{{ question }}</user>\n`);
  repo.write('prompts/f.j2', `${lines()}\n{{ question }}\n`);
  repo.commit('sensitive fixtures');
  const raw = [...Object.values(pii), ...Object.values(s).filter((v) => v !== s.apiKeyField && v !== s.anthropic)];
  // The PEM body lines are what must never leak; its BEGIN/END lines name the format only.
  raw.push(...s.pem.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----')));
  return { repo, raw };
}
