import { definePiiRule } from '../../detectors/piiRule';
import { findSsns } from '../../detectors/usSsn';

/**
 * pii/us-ssn: US Social Security numbers that follow the SSA's rules (no 000/666/9xx area, no 00 group,
 * no 0000 serial) with consistent separators; nine bare digits need a context word such as "SSN".
 * Advertised and famous numbers (078-05-1120, 123-45-6789) are reported at info.
 */
export default definePiiRule({
  id: 'pii/us-ssn',
  description: 'Reports US Social Security numbers written into prompt files.',
  defaultSeverity: 'error',
  label: () => 'US Social Security number',
  detect: (text) => findSsns(text),
  variable: () => 'ssn',
});
