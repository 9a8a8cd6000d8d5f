import { findIpAddresses } from '../../detectors/ipAddress';
import { definePiiRule } from '../../detectors/piiRule';
import type { Severity } from '../../types';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/**
 * pii/ip-address: IPv4 and IPv6 addresses in any textual form. Reserved addresses (netmasks) are not
 * reported; private, link-local and CGNAT ranges and well-known public resolvers get `privateSeverity`;
 * documentation ranges, loopback, multicast, unspecified and broadcast addresses and networks in CIDR notation
 * are reported at info; version strings are rejected.
 */
export default definePiiRule({
  id: 'pii/ip-address',
  description: 'Reports IP addresses written into prompt files.',
  defaultSeverity: 'warning',
  label: (d) => (d.facts?.version === 6 ? 'IPv6 address' : 'IPv4 address'),
  note: (d) => (d.facts?.range === 'private' ? '(private range)' : d.facts?.range === 'well-known' ? '(well-known public service)' : d.facts?.range === 'network' ? '(network range)' : undefined),
  severityFor: (d, context) => {
    if (d.facts?.range === 'network') return 'info';
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
