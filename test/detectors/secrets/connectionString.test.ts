import assert from 'node:assert/strict';
import { findConnectionStrings, placeholderPassword } from '../../../shared/src/detectors/secrets/connectionString';
import { ALNUM, keyChars, rng } from './synth';

function passwords(text: string): string[] {
  return findConnectionStrings(text).credentials.map((c) => text.slice(c.span.offset, c.span.endOffset));
}

describe('detectors/secrets/connectionString', () => {
  const random = rng(9);
  const pw = (): string => `${keyChars(random, ALNUM, 12)}!7`;

  it('URLs with a password: the span is the password alone; scheme and host are reported', () => {
    const cases: Array<[string, string, string]> = [
      ['postgres://app:{P}@db.internal:5432/orders', 'postgres', 'db.internal'],
      ['postgresql://app:{P}@10.0.0.5/orders?sslmode=require', 'postgresql', '10.0.0.5'],
      ['mongodb+srv://svc:{P}@cluster0.ab1cd.mongodb.net/?retryWrites=true', 'mongodb+srv', 'cluster0.ab1cd.mongodb.net'],
      ['mongodb://u1:{P}@h1:27017,h2:27017/db?replicaSet=rs0', 'mongodb', 'h1'],
      ['redis://:{P}@cache.internal:6379/0', 'redis', 'cache.internal'],
      ['rediss://default:{P}@eu1-cache.redis.cloud:12000', 'rediss', 'eu1-cache.redis.cloud'],
      ['amqp://worker:{P}@mq.internal/vhost', 'amqp', 'mq.internal'],
      ['mysql://root:{P}@127.0.0.1:3306/app', 'mysql', '127.0.0.1'],
      ['jdbc:mysql://admin:{P}@db.corp.internal:3306/app', 'jdbc:mysql', 'db.corp.internal'],
      ['https://deploy:{P}@git.corp.internal/repo.git', 'https', 'git.corp.internal'],
      ['smtp://mailer:{P}@smtp.corp.internal:587', 'smtp', 'smtp.corp.internal'],
    ];
    for (const [template, scheme, host] of cases) {
      const p = pw();
      const text = `Connect with ${template.replace('{P}', p)} and go.`;
      const { credentials } = findConnectionStrings(text);
      assert.equal(credentials.length, 1, template);
      assert.equal(text.slice(credentials[0].span.offset, credentials[0].span.endOffset), p);
      assert.equal(credentials[0].scheme, scheme);
      assert.equal(credentials[0].host, host);
    }
  });

  it('key=value strings: ADO.NET, ODBC braces, libpq, JDBC query parameters', () => {
    const p = pw();
    assert.deepEqual(passwords(`Server=tcp:db.corp.net,1433;Initial Catalog=app;User ID=svc;Password=${p};Encrypt=True;`), [p]);
    assert.deepEqual(passwords(`"Data Source=db;User Id=sa;Pwd=${p}"`), [p]);
    assert.deepEqual(passwords(`Driver={ODBC Driver 18};Server=db;Uid=svc;Pwd={${p};x}}};`), [`${p};x}}`]);
    assert.deepEqual(passwords(`host=db.internal port=5432 user=app password=${p} dbname=orders`), [p]);
    assert.deepEqual(passwords(`jdbc:postgresql://db:5432/app?user=svc&password=${p}&ssl=true`), [p]);
  });

  it('skips placeholders and template references', () => {
    for (const text of [
      'postgres://app:<password>@db/app',
      'postgres://app:${DB_PASSWORD}@db/app',
      'postgres://app:{{ db_password }}@db/app',
      'postgres://app:%7B%7Bpw%7D%7D@db/app',
      'postgres://app:****@db/app',
      'postgres://app:password@db/app',
      'amqp://guest:guest@localhost:5672/',
      'https://user:Secr3tPass@example.com/x',
      'Server=db;User Id=sa;Password=${env:SQL_PASSWORD};',
      'Server=db;User Id=sa;Password=<your-password>;',
      'Server=db;User Id=sa;Password=…;',
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it('ignores URLs without a password, emails, and password= outside connection strings', () => {
    for (const text of ['https://user@github.com/org/repo', 'git@github.com:org/repo.git', 'ssh://git@host/repo', 'mailto:a@b.io', 'password=hunter22x alone on a line', 'https://example.org/@someone']) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it('returns Sentry DSNs separately (key in the user info, no password)', () => {
    const key = keyChars(random, '0123456789abcdef', 32);
    const dsn = `https://${key}@o123456.ingest.us.sentry.io/4507001`;
    const text = `SENTRY_DSN=${dsn}\n`;
    const { credentials, dsns } = findConnectionStrings(text);
    assert.deepEqual(credentials, []);
    assert.equal(dsns.length, 1);
    assert.equal(text.slice(dsns[0].span.offset, dsns[0].span.endOffset), dsn);
  });

  it('placeholderPassword', () => {
    for (const p of ['', 'pw', '****', 'password', 'changeme', '${X}', '{{x}}', '<pw>', '$PASS', '%s', '[secret]']) assert.equal(placeholderPassword(p), true, p);
    assert.equal(placeholderPassword('same', 'same'), true);
    assert.equal(placeholderPassword('k3J9!x2Qm'), false);
  });
});
