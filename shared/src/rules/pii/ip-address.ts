import { findIpAddresses } from '../../detectors/ipAddress';
import { definePiiRule } from '../../detectors/piiRule';
import type { Severity } from '../../types';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/**
 * pii/ip-address: IPv4 and IPv6 addresses in any textual form. Loopback, unspecified, broadcast, multicast
 * and reserved addresses are not reported; private, link-local and CGNAT ranges and well-known public
 * resolvers get `privateSeverity`; documentation ranges are reported at info; version strings are rejected.
 */
export default definePiiRule({
  id: 'pii/ip-address',
  description: 'Reports IP addresses written into prompt files.',
  defaultSeverity: 'warning',
  label: (d) => (d.facts?.version === 6 ? 'IPv6 address' : 'IPv4 address'),
  note: (d) => (d.facts?.range === 'private' ? '(private range)' : d.facts?.range === 'well-known' ? '(well-known public service)' : undefined),
  severityFor: (d, context) => {
    if (d.facts?.range !== 'private' && d.facts?.range !== 'well-known') return undefined;
    const value = context.options.privateSeverity;
    return typeof value === 'string' && SEVERITIES.includes(value) ? (value as Severity) : 'info';
  },
  detect: (text) => findIpAddresses(text),
  variable: () => 'ip_address',
  options: {
    privateSeverity: {
      type: 'string',
      default: 'info',
      enum: SEVERITIES,
      description: 'Severity of private, link-local and CGNAT addresses and well-known public resolvers.',
    },
  },
});
