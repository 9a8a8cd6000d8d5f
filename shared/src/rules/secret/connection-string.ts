import { defineRule } from '../rule';
import { scanSecrets } from '../../detectors/secrets';
import { reportSecret, variableName } from '../../detectors/secrets/report';

/**
 * secret/connection-string: passwords inside connection strings — URLs with user info
 * (`postgres://app:…@db`, `mongodb+srv://`, `redis://:…@`, `amqp://`, `jdbc:mysql://`) and key=value
 * strings (ADO.NET/ODBC `Password=…;`, `Pwd={…}`, libpq `password=…`, JDBC `?password=…`). The span is
 * the password alone, so the fix keeps the rest of the string. Placeholders (`<password>`,
 * `${env:DB_PASSWORD}`, `{{pw}}`, `****`) are not reported: that is how connection strings should look.
 */
export default defineRule({
  meta: {
    id: 'secret/connection-string',
    description: 'Reports passwords written inside database and service connection strings in prompt files.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    for (const c of scanSecrets(context.document.text).connections) {
      const what = c.form === 'url' ? `a ${c.scheme} connection URL` : c.scheme === 'jdbc' ? 'a JDBC connection string' : c.scheme === 'ado' ? 'an ADO.NET/ODBC connection string' : 'a key=value connection string';
      reportSecret(context, {
        span: c.span,
        entity: 'connection-string',
        label: `Password in ${what}${c.host ? ` to ${c.host}` : ''}`,
        advice: 'Read the password from an environment variable or a secret store, and rotate it if it was committed.',
        lengthOnly: true,
        variable: c.form === 'url' ? variableName(`${c.scheme.replace(/\+srv$/, '')}_password`, 'db_password') : 'db_password',
        evidence: {
          detector: 'secrets/connection-string',
          validators: [c.form === 'url' ? 'url-userinfo' : 'key-value', 'not-placeholder'],
          confidence: 0.9,
          scheme: c.scheme,
          form: c.form,
          ...(c.host ? { host: c.host } : {}),
        },
      });
    }
  },
});
