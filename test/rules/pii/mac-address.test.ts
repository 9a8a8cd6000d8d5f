import rule from '../../../shared/src/rules/pii/mac-address';
import { ruleTester } from '../harness';

const P = (body: string) => `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'longer colon-hex sequences (fingerprints)', path: 'prompts/a.prompt', text: P('Fingerprint 3c:22:fb:45:9a:10:aa:bb:cc:dd.\n') },
    { name: 'all zeros and broadcast', path: 'prompts/a.prompt', text: P('00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff\n') },
    { name: 'mixed separators', path: 'prompts/a.prompt', text: P('MAC 3c:22:fb-45:9a:10\n') },
  ],
  invalid: [
    {
      name: 'colon form in a system message',
      path: 'prompts/a.prompt',
      text: P('{{role "system"}}\nThe device MAC is 3c:22:fb:45:9a:10.\n{{role "user"}}\n{{q}}\n'),
      errors: [{ text: '3c:22:fb:45:9a:10', line: 5, severity: 'warning', entity: 'mac-address', message: 'MAC address 3c:22:fb:**:**:** in a system message' }],
      output: P('{{role "system"}}\nThe device MAC is [REDACTED_MAC_ADDRESS].\n{{role "user"}}\n{{q}}\n'),
    },
    {
      name: 'dash and Cisco forms',
      path: '.github/prompts/a.prompt.md',
      text: 'Devices 3C-22-FB-45-9A-10 and 3c22.fb45.9a11.\n',
      errors: [{ text: '3C-22-FB-45-9A-10' }, { text: '3c22.fb45.9a11' }],
      output: 'Devices [REDACTED_MAC_ADDRESS] and [REDACTED_MAC_ADDRESS].\n',
    },
    {
      name: 'RFC 7042 documentation block',
      path: 'prompts/a.prompt',
      text: P('Example 00:00:5e:00:53:01\n'),
      errors: [{ text: '00:00:5e:00:53:01', severity: 'info' }],
      output: null,
    },
  ],
});
