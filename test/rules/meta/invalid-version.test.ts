import rule from '../../../shared/src/rules/meta/invalid-version';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'no version', path: 'prompts/a.prompt', text: '---\nmodel: x/y\n---\nHi\n' },
    { name: 'semver', path: 'prompts/a.prompt', text: '---\nversion: 1.4.0\n---\nHi\n' },
    { name: 'pre-release and build', path: 'prompts/a.prompty', text: '---\nmetadata:\n  version: 2.0.0-rc.1+build.7\n---\nsystem:\nHi\n' },
    { name: 'quoted', path: '.github/prompts/a.prompt.yml', text: 'version: "10.20.30"\nmessages:\n  - role: user\n    content: Hi\n' },
  ],
  invalid: [
    {
      name: 'two parts (a YAML number)',
      path: 'prompts/a.prompt',
      text: '---\nversion: 1.0\n---\nHi\n',
      errors: [{ text: '1.0', line: 2, column: 10, message: "'1.0' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.4.0); did you mean 1.0.0?" }],
      output: '---\nversion: 1.0.0\n---\nHi\n',
    },
    {
      name: 'a leading v, quoted',
      path: 'prompts/a.prompty',
      text: "---\nversion: 'v2.3.1'\n---\nsystem:\nHi\n",
      errors: [{ text: 'v2.3.1' }],
      output: "---\nversion: '2.3.1'\n---\nsystem:\nHi\n",
    },
    {
      name: 'leading zeros are not semver',
      path: 'prompts/a.promptl',
      text: '---\nversion: 01.2.3\n---\n<user>Hi</user>\n',
      errors: [{ text: '01.2.3' }],
      output: '---\nversion: 1.2.3\n---\n<user>Hi</user>\n',
    },
    {
      name: 'not a version at all: no fix',
      path: '.github/prompts/a.prompt.md',
      text: '---\nversion: latest\n---\nHi\n',
      errors: [{ text: 'latest', message: "'latest' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.4.0)." }],
      output: null,
    },
  ],
});
