import { findIbans } from '../../detectors/iban';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/iban: International Bank Account Numbers (ISO 13616) in electronic or print format, validated for the
 * country's length and BBAN structure and the MOD 97-10 check digits. Published example IBANs are reported
 * at info.
 */
export default definePiiRule({
  id: 'pii/iban',
  description: 'Reports IBANs (international bank account numbers) written into prompt files.',
  defaultSeverity: 'error',
  label: () => 'IBAN',
  detect: (text) => findIbans(text),
  variable: () => 'iban',
});
