import { defineRule } from '../rule';
import { scanSecrets } from '../../detectors/secrets';
import { reportSecret } from '../../detectors/secrets/report';

/**
 * secret/jwt: JSON Web Tokens — three base64url segments whose header decodes to JSON with an `alg`
 * (five for encrypted tokens). Unsigned tokens (`alg: none`) are called out; tokens whose `exp` is past
 * are reported at most as warnings (they no longer grant access, but show what the real ones look like);
 * the well-known documentation token claims (`sub: 1234567890`, `name: John Doe`) make it a placeholder.
 */
export default defineRule({
  meta: {
    id: 'secret/jwt',
    description: 'Reports JSON Web Tokens (session, access and service tokens) written into prompt files.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const nowSeconds = context.env.now.getTime() / 1000;
    for (const t of scanSecrets(context.document.text).jwts) {
      const expired = t.expiresAt !== undefined && t.expiresAt < nowSeconds;
      const parts = [t.unsigned ? 'alg none: unsigned, anyone can forge one like it' : `alg ${t.alg}`];
      if (t.encrypted) parts.push('encrypted');
      if (expired) parts.push(`expired ${isoDate(t.expiresAt!)}`);
      reportSecret(context, {
        span: t.span,
        entity: 'jwt',
        label: 'JSON Web Token',
        note: `(${parts.join(', ')})`,
        placeholder: t.placeholder,
        maxSeverity: expired ? 'warning' : undefined,
        variable: 'jwt',
        evidence: {
          detector: 'secrets/jwt',
          validators: ['base64url', 'json-header', 'alg'],
          confidence: 0.95,
          alg: t.alg,
          unsigned: t.unsigned,
          encrypted: t.encrypted,
          claims: t.claims,
          ...(t.expiresAt !== undefined ? { expires: isoDate(t.expiresAt), expired } : {}),
        },
      });
    }
  },
});

function isoDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().slice(0, 10);
}
