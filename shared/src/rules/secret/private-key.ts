import { defineRule } from '../rule';
import { scanSecrets } from '../../detectors/secrets';
import { reportSecret } from '../../detectors/secrets/report';

/**
 * secret/private-key: private key blocks — PEM (`-----BEGIN RSA|EC|DSA|OPENSSH|ENCRYPTED PRIVATE
 * KEY-----`, PKCS #8), PGP (`-----BEGIN PGP PRIVATE KEY BLOCK-----`), SSH2 and PuTTY (`PuTTY-User-Key-File`)
 * — including blocks pasted into JSON or YAML strings with `\n` escapes. The span is the whole block.
 * Blocks whose body is elided (`...`) or a placeholder are reported at info.
 */
export default defineRule({
  meta: {
    id: 'secret/private-key',
    description: 'Reports private key blocks (PEM, OpenSSH, PGP, PuTTY) written into prompt files.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    for (const k of scanSecrets(context.document.text).privateKeys) {
      const label = k.kind === 'PuTTY' ? 'PuTTY private key file' : `${k.kind} private key block`;
      const notes = [k.encrypted ? 'encrypted with a passphrase' : '', k.truncated ? 'no END line: it may be cut' : ''].filter(Boolean);
      reportSecret(context, {
        span: k.span,
        entity: 'private-key',
        label,
        shown: '',
        note: notes.length ? `(${notes.join('; ')})` : undefined,
        advice: 'Remove it and load the key from a secret store at run time; if it was ever committed, rotate it.',
        placeholder: k.placeholder,
        variable: 'private_key',
        evidence: {
          detector: 'secrets/private-key',
          validators: ['begin-marker', k.truncated ? 'no-end-marker' : 'end-marker', 'base64-body'],
          confidence: k.truncated ? 0.9 : 0.99,
          keyType: k.kind,
          encrypted: k.encrypted,
          bodyLength: k.bodyLength,
        },
      });
    }
  },
});
