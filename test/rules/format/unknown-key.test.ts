import rule from '../../../shared/src/rules/format/unknown-key';
import { ruleTester } from '../harness';

ruleTester(rule, {
  valid: [
    { name: 'Dotprompt reserved keys, Genkit extras and dotted extensions', path: 'p/a.prompt', text: '---\nmodel: m\nconfig: {temperature: 1}\nreturnToolRequests: true\nmaxTurns: 3\ntoolChoice: required\nmyco.owner: "@me"\nmetadata: {foo: bar}\n---\nHi\n' },
    { name: 'VS Code keys real files use', path: '.github/prompts/a.prompt.md', text: "---\nagent: 'agent'\nmode: agent\ntested_with: 'GPT-4o'\nmodel: GPT-4.1\n---\nHi\n" },
    { name: 'instructions with excludeAgent', path: 'a.instructions.md', text: "---\napplyTo: '**'\nexcludeAgent: [\"coding-agent\"]\n---\nHi\n" },
    { name: 'agent keys', path: 'a.agent.md', text: '---\nname: x\nhandoffs: []\nmcp-servers: {}\nhidden: true\nuser-invocable: false\n---\nHi\n' },
    { name: 'governance keys and x- keys everywhere', path: 'a.prompty', text: '---\nowner: "@team"\ndata_class: internal\nretention: 30d\nx-anything: 1\n---\nsystem:\nHi\n' },
    { name: 'a top-level key already reported as a structure problem', path: 'a.prompt.yml', text: 'system: Hi\nmessages:\n  - role: user\n    content: Hi\n' },
  ],
  invalid: [
    {
      name: 'a misspelt key, with a suggestion',
      path: 'prompts/a.prompt',
      text: '---\ndescripton: Summaries\nmodel: m\n---\nHi\n',
      errors: [{ text: 'descripton', line: 2, column: 1, severity: 'info', message: "Unknown key 'descripton' for a Dotprompt file: did you mean 'description'?" }],
      output: null,
    },
    {
      name: 'a key another VS Code file kind has',
      path: '.github/instructions/a.instructions.md',
      text: '---\napplyTo: "**"\nhandoffs: []\n---\nHi\n',
      errors: [{ text: 'handoffs', line: 3 }],
    },
    {
      name: 'a GitHub Models file with an unknown key',
      path: 'a.prompt.yml',
      text: 'model: openai/gpt-4o\nfoo: bar\nmessages:\n  - role: user\n    content: Hi\n',
      errors: [{ text: 'foo', line: 2, message: "Unknown key 'foo' for a GitHub Models prompt file; it is ignored." }],
    },
  ],
});
