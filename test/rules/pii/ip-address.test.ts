import rule from '../../../shared/src/rules/pii/ip-address';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'loopback, multicast, unspecified and broadcast, when placeholders are not reported', path: 'prompts/a.prompt', text: P('Bind 127.0.0.1, ::1, 224.0.0.251, 0.0.0.0 and send to 255.255.255.255.\n'), options: { reportPlaceholders: false } },
    { name: 'netmasks', path: 'prompts/a.prompt', text: P('Netmask 255.255.255.0, or 255.255.0.0 for the larger one.\n') },
    { name: 'version strings', path: 'prompts/a.prompt', text: P('Requires version 1.2.3.4 or v10.0.0.1.\n') },
    { name: 'C++ scopes and times', path: 'prompts/a.prompt', text: P('Use std::vector at 10:30:00.\n') },
    { name: 'documentation ranges ignored when asked', path: 'prompts/a.prompt', text: P('Use 192.0.2.10 and 2001:db8::1.\n'), options: { reportPlaceholders: false } },
  ],
  invalid: [
    {
      name: 'public IPv4 in a system message: warning',
      path: 'prompts/a.prompt',
      text: P('{{role "system"}}\nThe server is 52.14.22.9.\n{{role "user"}}\n{{q}}\n'),
      errors: [{ text: '52.14.22.9', line: 5, severity: 'warning', entity: 'ip-address', message: 'IPv4 address 52.**.**.* in a system message' }],
      output: P('{{role "system"}}\nThe server is [REDACTED_IP_ADDRESS].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'private ranges are info; the option changes it',
      path: 'prompts/a.prompt',
      text: P('Gateway 10.0.0.12 and 192.168.1.20.\n'),
      errors: [{ text: '10.0.0.12', severity: 'info', message: /private range/ }, { text: '192.168.1.20', severity: 'info' }],
    },
    {
      name: 'unspecified and broadcast addresses are nobody\'s: info',
      path: 'prompts/a.prompt',
      text: P('Bind 0.0.0.0 and send to 255.255.255.255.\n'),
      errors: [{ text: '0.0.0.0', severity: 'info' }, { text: '255.255.255.255', severity: 'info' }],
    },
    {
      name: 'networks in CIDR notation are info, prefix included',
      path: 'prompts/a.prompt',
      text: P('The VPN hands out 10.8.0.0/16; the office is 52.14.0.0/24.\n'),
      errors: [{ text: '10.8.0.0/16', severity: 'info', message: /network range/ }, { text: '52.14.0.0/24', severity: 'info', message: /network range/ }],
    },
    {
      name: 'privateSeverity option',
      path: 'prompts/a.prompt',
      options: { privateSeverity: 'warning' },
      text: P('Gateway 10.0.0.12.\n'),
      errors: [{ text: '10.0.0.12', severity: 'warning' }],
    },
    {
      name: 'IPv6 forms (Prompty)',
      path: 'prompts/a.prompty',
      text: '---\nname: x\n---\nsystem:\nHosts 2a00:1450:4007:80f::200e and ::ffff:52.14.22.9 and [2606:4700:4700::64]:443\n',
      errors: [{ text: '2a00:1450:4007:80f::200e', message: /IPv6/ }, { text: '::ffff:52.14.22.9' }, { text: '2606:4700:4700::64' }],
      output: '---\nname: x\n---\nsystem:\nHosts [REDACTED_IP_ADDRESS] and [REDACTED_IP_ADDRESS] and [[REDACTED_IP_ADDRESS]]:443\n',
    },
    {
      name: 'documentation ranges are placeholders',
      path: '.github/prompts/a.prompt.md',
      text: 'Example: 203.0.113.7 or 2001:db8::42.\n',
      errors: [{ text: '203.0.113.7', severity: 'info' }, { text: '2001:db8::42', severity: 'info' }],
      output: null,
    },
  ],
});
