/**
 * Safety of the secret detectors: every regex literal in shared/src/detectors/secrets is listed in its
 * module's PATTERNS (test/safety/redos.test.ts runs recheck on those), and every detector completes on
 * 100 KB of adversarial text — runs of the characters and anchors it looks for, repeated anchors without
 * their ends (BEGIN without END, `password=` on one huge line). No wall-clock assertion: a super-linear
 * detector would hang the run instead.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findConnectionStrings, findGenericSecrets, findJwts, findPrivateKeys, findProviderKeys, scanSecrets } from '../../../shared/src/detectors/secrets';
import { regexLiterals } from '../../safety/regexLiterals';

const dir = join(__dirname, '../../../shared/src/detectors/secrets');

const SIZE = 100_000;

describe('detectors/secrets: safety', () => {
  it('the literal finder sees literals and skips strings and comments', () => {
    const src = "const A = /a+b/g; // not /here/\nconst s = '/nope/'; f(/x\\/y[/]z/i); return /r/;";
    assert.deepEqual(regexLiterals(src), ['/a+b/g', '/x\\/y[/]z/i', '/r/']);
  });

  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    it(`${name}: every regex literal is exported in PATTERNS`, async () => {
      const literals = regexLiterals(readFileSync(join(dir, name), 'utf8'));
      const mod = (await import(join(dir, name))) as { PATTERNS?: readonly RegExp[] };
      assert.ok(Array.isArray(mod.PATTERNS), `${name} exports no PATTERNS`);
      const exported = new Set(mod.PATTERNS!.map((p) => p.toString()));
      const missing = literals.filter((l) => !exported.has(new RegExp(l.slice(1, l.lastIndexOf('/')), l.slice(l.lastIndexOf('/') + 1)).toString()));
      assert.deepEqual(missing, []);
    });
  }

  const units = [
    'a', 'A', '0', 'f', '-', '_', '.', ':', '=', '/', '+', ' ', '\n', '"', '@', '~', '$', '\\n',
    'sk-', 'sk-proj-', 'xoxb-', 'ghp_', 'AKIA', 'AIza', 'eyJ', 'eyJ.', 'eyJa.', '-us', ':AA', '1:AA', 'Q~', '.atlasv1.', 'pat',
    'hooks.slack.com/services/', 'azure ', 'azure_api_key=', 'cohere: ', 'api_key: ', 'api_key=', 'password=', 'Password=a;',
    'token ', 'key: "', '://', '://a:b@', 'postgres://u:', '-----BEGIN PRIVATE KEY-----\n', '-----BEGIN ', '---- BEGIN ',
    'PuTTY-User-Key-File-2: ', 'MIIE', 'Authorization: Bearer ', '<password>', '--token ', '"x", "', 'private_key_id": "',
  ];
  const texts = units.map((u) => u.repeat(Math.ceil(SIZE / u.length)).slice(0, SIZE));
  texts.push(`${'-----BEGIN RSA PRIVATE KEY-----\n'.repeat(2000)}${'A'.repeat(50_000)}`);
  texts.push(`Server=db;${'password=x;'.repeat(9000)}`);

  it('every detector completes on 100 KB of adversarial text', function () {
    this.timeout(10 * 60_000);
    let runs = 0;
    for (const text of texts) {
      for (const detect of [findProviderKeys, findPrivateKeys, findJwts, (t: string) => findConnectionStrings(t).credentials, findGenericSecrets]) {
        assert.ok(Array.isArray(detect(text)));
        runs++;
      }
      assert.ok(scanSecrets(`${text} `).generic);
    }
    assert.equal(runs, texts.length * 5);
  });
});
