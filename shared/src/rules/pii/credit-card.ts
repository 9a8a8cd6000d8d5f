import { findCreditCards } from '../../detectors/creditCard';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/credit-card: payment card numbers with a known issuer prefix and length and a valid Luhn check digit,
 * contiguous or grouped with one kind of separator. Published test numbers are reported at info.
 */
export default definePiiRule({
  id: 'pii/credit-card',
  description: 'Reports payment card numbers written into prompt files.',
  defaultSeverity: 'error',
  label: () => 'Card number',
  note: (d) => (d.facts?.scheme ? `(${d.facts.scheme})` : undefined),
  detect: (text) => findCreditCards(text),
  variable: () => 'card_number',
});
