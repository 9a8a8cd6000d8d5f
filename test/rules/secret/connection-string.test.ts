import rule from '../../../shared/src/rules/secret/connection-string';
import { ruleTester } from '../harness';
import { ALNUM, keyChars, rng } from '../../detectors/secrets/synth';

const random = rng(55);
const P1 = `${keyChars(random, ALNUM, 14)}#9`;
const P2 = `${keyChars(random, ALNUM, 16)}!`;
const P3 = keyChars(random, ALNUM, 20);

ruleTester(rule, {
  valid: [
    { name: 'a URL without credentials', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nQuery postgres://db.internal:5432/orders.\n' },
    { name: 'a password placeholder', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nUse postgres://app:<password>@db/orders.\n' },
    { name: 'an environment reference', path: 'prompts/a.prompty', text: '---\nname: x\n---\nsystem:\nServer=db;User Id=app;Password=${env:DB_PASSWORD};\n' },
    { name: 'a template variable', path: '.github/prompts/a.prompt.md', text: 'Connect to mongodb+srv://app:{{db_password}}@cluster0.mongodb.net\n' },
    { name: 'masked', path: '.github/prompts/a.prompt.md', text: 'redis://:********@cache:6379\n' },
    { name: 'documentation host', path: '.github/prompts/a.prompt.md', text: `https://user:${P1}@example.com/repo\n` },
  ],
  invalid: [
    {
      name: 'dotprompt: a postgres URL; only the password is replaced',
      path: 'prompts/report.prompt',
      text: `---\nmodel: x/y\n---\n{{role "system"}}\nRead from postgres://report:${P1}@db.internal:5432/sales.\n`,
      errors: [{ text: P1, entity: 'connection-string', severity: 'error', message: `Password in a postgres connection URL to db.internal …(16 chars) in a system message. Read the password from an environment variable or a secret store, and rotate it if it was committed.` }],
      output: `---\nmodel: x/y\n---\n{{role "system"}}\nRead from postgres://report:[REDACTED_CONNECTION_STRING]@db.internal:5432/sales.\n`,
    },
    {
      name: 'prompty: an ADO.NET string, variable style',
      path: 'prompts/sql.prompty',
      text: `---\nname: sql\n---\nsystem:\nServer=tcp:sql.corp.net,1433;Initial Catalog=app;User ID=svc;Password=${P2};Encrypt=True;\n`,
      policy: { redaction: { style: 'variable' } },
      errors: [{ text: P2, message: /^Password in an ADO\.NET\/ODBC connection string …\(17 chars\)/ }],
      output: `---\nname: sql\ninputs:\n  db_password:\n    type: string\n---\nsystem:\nServer=tcp:sql.corp.net,1433;Initial Catalog=app;User ID=svc;Password={{ db_password }};Encrypt=True;\n`,
    },
    {
      name: 'github models: mongodb+srv and redis in one message',
      path: '.github/prompts/ops.prompt.yml',
      text: `model: openai/gpt-4.1\nmessages:\n  - role: system\n    content: "Use mongodb+srv://ops:${P3}@cluster0.ab1cd.mongodb.net and redis://:${P1}@cache.internal:6379"\n`,
      errors: [
        { text: P3, message: /^Password in a mongodb\+srv connection URL to cluster0\.ab1cd\.mongodb\.net/ },
        { text: P1, message: /^Password in a redis connection URL to cache\.internal/ },
      ],
    },
    {
      name: 'copilot: a JDBC query parameter',
      path: '.github/prompts/a.prompt.md',
      text: `jdbc:postgresql://db:5432/app?user=svc&password=${P3}&ssl=true\n`,
      errors: [{ text: P3, message: /^Password in a JDBC connection string/ }],
      output: 'jdbc:postgresql://db:5432/app?user=svc&password=[REDACTED_CONNECTION_STRING]&ssl=true\n',
    },
  ],
});
