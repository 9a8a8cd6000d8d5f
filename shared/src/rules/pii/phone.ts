import { DEFAULT_PHONE_REGIONS, findPhones } from '../../detectors/phone';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/phone: phone numbers valid in their country's numbering plan (libphonenumber-js, full metadata),
 * international or national in one of the `regions`. Dates, versions, ids and amounts are rejected by shape
 * and context; bare digit runs need a context word. Numbers reserved for fiction (555-01xx, Ofcom drama
 * ranges) are reported at info.
 */
export default definePiiRule({
  id: 'pii/phone',
  description: 'Reports phone numbers written into prompt files.',
  defaultSeverity: 'error',
  label: () => 'Phone number',
  note: (d) => (d.facts?.country ? `(${d.facts.country})` : undefined),
  detect: (text, context) => {
    const regions = context.options.regions;
    const min = typeof context.options.minConfidence === 'number' ? context.options.minConfidence : 0.5;
    return findPhones(text, { regions: Array.isArray(regions) ? regions.map(String) : undefined, minConfidence: min });
  },
  variable: () => 'phone',
  options: {
    regions: {
      type: 'string[]',
      default: [...DEFAULT_PHONE_REGIONS],
      description: 'Regions (ISO 3166 alpha-2) tried, in order, for numbers written without a country code.',
    },
  },
});
