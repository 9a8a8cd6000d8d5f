import { defineRule } from '../rule';
import { entropyThreshold, scanSecrets, type GenericMatch } from '../../detectors/secrets';
import { numberOption, reportSecret, stringListOption, variableName } from '../../detectors/secrets/report';

const LABELS: Record<GenericMatch['kind'], string> = {
  password: 'Password',
  token: 'Token',
  key: 'API key',
  secret: 'Secret',
  credential: 'Credential',
  authorization: 'Authorization credential',
};

/**
 * secret/generic: values assigned to fields that hold secrets (`api_key: …`, `password=…`,
 * `"client_secret": "…"`, `Authorization: Bearer …`, `--token …`) when the value looks random enough to be
 * real: at least `minLength` characters and `minEntropy` bits per character (Shannon), or, for passwords,
 * at least `minPasswordLength` characters mixing two character classes. Template references, placeholders,
 * UUIDs, hashes named as such, sequential or repeated strings, file paths, URLs, code and words are never
 * reported. Keys of known providers are left to `secret/provider-key`.
 */
export default defineRule({
  meta: {
    id: 'secret/generic',
    description: 'Reports random-looking values assigned to secret fields (api_key, password, token, client_secret, Authorization).',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      minEntropy: {
        type: 'number',
        default: 3.5,
        description: 'Shannon entropy (bits per character) a token, key or secret value must reach; values too short or of too small an alphabet (hex) to carry it need 80 % of what they can carry.',
      },
      minLength: {
        type: 'number',
        default: 16,
        description: 'Shortest token, key or secret value reported.',
      },
      minPasswordLength: {
        type: 'number',
        default: 6,
        description: 'Shortest password reported (passwords must also mix two of lower case, upper case, digits and symbols).',
      },
      ignoreFields: {
        type: 'string[]',
        default: [],
        description: 'Field names (case-insensitive) whose values are never reported, e.g. `session_token`.',
      },
    },
  },
  check(context) {
    const { options } = context;
    const minEntropy = numberOption(options.minEntropy, 3.5);
    const minLength = numberOption(options.minLength, 16);
    const minPasswordLength = numberOption(options.minPasswordLength, 6);
    const ignore = new Set(stringListOption(options.ignoreFields).map((f) => f.toLowerCase()));
    for (const g of scanSecrets(context.document.text).generic) {
      if (g.filtered || ignore.has(g.field.toLowerCase())) continue;
      const threshold = entropyThreshold(g.length, minEntropy, g.alphabet);
      let confidence: number;
      if (g.kind === 'password' || g.scheme === 'basic') {
        if (g.length < minPasswordLength || g.classes < 2) continue;
        confidence = g.entropy >= threshold ? 0.85 : 0.65;
      } else {
        if (g.length < minLength || g.classes < 2 || g.entropy < threshold) continue;
        confidence = Math.min(0.9, 0.6 + (g.entropy - threshold) * 0.3);
      }
      reportSecret(context, {
        span: g.span,
        entity: 'generic',
        label: `${LABELS[g.kind]} assigned to \`${g.field}\``,
        variable: variableName(g.field, 'secret'),
        lengthOnly: g.kind === 'password',
        evidence: {
          detector: 'secrets/generic',
          validators: ['assignment', g.kind === 'password' ? 'password-classes' : 'entropy'],
          context: [g.field],
          confidence: Math.round(confidence * 100) / 100,
          field: g.field,
          kind: g.kind,
          length: g.length,
          entropy: g.entropy,
          ...(g.scheme ? { scheme: g.scheme } : {}),
        },
      });
    }
  },
});
