import rule from '../../../shared/src/rules/version/downgraded';
import { ruleTester } from '../harness';

const file = (version: string, model = 'openai/gpt-4.1') => `---\nmodel: ${model}\nversion: ${version}\n---\nHi\n`;

ruleTester(rule, {
  valid: [
    { name: 'no base', path: 'prompts/a.prompt', text: file('1.0.0') },
    { name: 'new file', path: 'prompts/a.prompt', text: file('1.0.0'), baseText: null },
    { name: 'same', path: 'prompts/a.prompt', text: file('1.0.0'), baseText: file('1.0.0') },
    { name: 'up, numerically (1.10.0 > 1.9.0)', path: 'prompts/a.prompt', text: file('1.10.0'), baseText: file('1.9.0') },
    { name: 'a release after its pre-release', path: 'prompts/a.prompt', text: file('2.0.0'), baseText: file('2.0.0-rc.1') },
    { name: 'not comparable (not semver)', path: 'prompts/a.prompt', text: file('beta'), baseText: file('1.0.0') },
  ],
  invalid: [
    {
      name: 'down: the fix proposes the next patch after the base',
      path: 'prompts/a.prompt',
      text: file('1.2.0'),
      baseText: file('1.3.0'),
      errors: [{ text: '1.2.0', line: 3, severity: 'error', message: 'The version went down from 1.3.0 at the base revision to 1.2.0: versions only go up.' }],
      output: file('1.3.1'),
    },
    {
      name: 'a pre-release of the same version is lower; model changed: minor first',
      path: 'prompts/a.prompty',
      text: '---\nmodel:\n  id: gpt-4.1\nversion: 2.0.0-beta.2\n---\nsystem:\nHi\n',
      baseText: '---\nmodel:\n  id: gpt-4o\nversion: 2.0.0\n---\nsystem:\nHi\n',
      errors: [{ text: '2.0.0-beta.2' }],
      output: '---\nmodel:\n  id: gpt-4.1\nversion: 2.1.0\n---\nsystem:\nHi\n',
    },
  ],
});
