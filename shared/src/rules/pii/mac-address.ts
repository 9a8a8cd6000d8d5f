import { findMacAddresses } from '../../detectors/macAddress';
import { definePiiRule } from '../../detectors/piiRule';

/**
 * pii/mac-address: MAC (EUI-48) addresses in colon, dash or Cisco dotted form. A hardware address
 * identifies a device, and through it a person. The RFC 7042 documentation block is reported at info.
 */
export default definePiiRule({
  id: 'pii/mac-address',
  description: 'Reports MAC (hardware) addresses written into prompt files.',
  defaultSeverity: 'warning',
  label: () => 'MAC address',
  detect: (text) => findMacAddresses(text),
  variable: () => 'mac_address',
});
