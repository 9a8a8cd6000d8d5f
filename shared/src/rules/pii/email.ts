import { findEmails } from '../../detectors/email';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/email: email addresses written into a prompt (RFC 5321/5322 dot-atom addresses whose domain ends in a
 * delegated TLD). Addresses at documentation domains (example.com, *.test …) are reported at info.
 */
export default definePiiRule({
  id: 'pii/email',
  description: 'Reports email addresses written into prompt files.',
  defaultSeverity: 'error',
  label: () => 'Email address',
  detect: (text) => findEmails(text),
  variable: () => 'email',
});
