import { findNationalIds, NATIONAL_ID_SCHEMES } from '../../detectors/nationalIds';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/national-id: national identification numbers of eighteen schemes (UK NINO and NHS, Canada SIN, India
 * Aadhaar and PAN, Australia TFN and Medicare, Spain NIF and NIE, Italy fiscal code, Poland PESEL, Korea
 * RRN, Singapore NRIC/FIN, South Africa ID, Turkey TC Kimlik, Thailand ID, US ITIN and passport), each with
 * its check digit where the scheme has one; schemes with a common shape need a context word.
 */
export default definePiiRule({
  id: 'pii/national-id',
  description: 'Reports national identification numbers (NINO, NHS, SIN, Aadhaar, PAN, TFN, PESEL, NRIC and more) written into prompt files.',
  defaultSeverity: 'error',
  label: (d) => String(d.facts?.scheme ?? 'National ID'),
  detect: (text, context) => {
    const wanted = context.options.entities;
    return findNationalIds(text, { entities: Array.isArray(wanted) && wanted.length ? wanted.map(String) : undefined });
  },
  variable: (d) => d.entity.replace(/-/g, '_'),
  options: {
    entities: {
      type: 'string[]',
      default: [],
      description: `Entities to report (default: all): ${NATIONAL_ID_SCHEMES.map((s) => s.entity).join(', ')}.`,
    },
  },
});
