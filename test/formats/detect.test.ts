import assert from 'node:assert/strict';
import { detectFormat } from '../../shared/src/formats';
import type { Format } from '../../shared/src/types';

describe('formats/detectFormat', () => {
  const byName: Array<[string, Format | undefined]> = [
    ['prompts/chat.prompty', 'prompty'],
    ['prompts/hello.prompt', 'dotprompt'],
    ['prompts/_style.prompt', 'dotprompt'],
    ['prompts/hello.history.prompt', 'dotprompt'],
    ['.github/prompts/summarize.prompt.yml', 'github-prompt'],
    ['x/joke.prompt.yaml', 'github-prompt'],
    ['.github/prompts/review.prompt.md', 'copilot'],
    ['.github/instructions/ts.instructions.md', 'copilot'],
    ['.github/copilot-instructions.md', 'copilot'],
    ['agents/context7.agent.md', 'copilot'],
    ['chatmodes/a11y.chatmode.md', 'copilot'],
    ['p/parent.promptl', 'promptl'],
    ['.promptgov.yaml', 'policy'],
    ['team/.promptgov.yml', 'policy'],
    ['README.md', undefined],
    ['prompts/system.j2', undefined],
    ['config.yml', undefined],
    ['C:\\repo\\prompts\\chat.prompty', 'prompty'],
  ];
  for (const [path, format] of byName) {
    it(`${path} → ${format ?? 'not a prompt file'}`, () => assert.equal(detectFormat(path), format));
  }

  it('reads *_prompt.yml and *-prompt.yml as GitHub Models files only when they have messages', () => {
    const github = 'name: x\nmessages:\n  - role: user\n    content: hi\n';
    assert.equal(detectFormat('examples/advanced_template_prompt.yml', github), 'github-prompt');
    assert.equal(detectFormat('examples/review-prompt.yaml', github), 'github-prompt');
    assert.equal(detectFormat('examples/advanced_template_prompt.yml', 'name: x\nsteps: []\n'), undefined);
    assert.equal(detectFormat('examples/advanced_template_prompt.yml'), undefined);
  });

  it('reads plain templates only when a template glob matches (dot files included)', () => {
    const options = { templateGlobs: ['prompts/**/*.j2', '**/*.hbs', '.prompts/*.txt'] };
    assert.equal(detectFormat('prompts/a/system.j2', undefined, options), 'template');
    assert.equal(detectFormat('other/system.j2', undefined, options), undefined);
    assert.equal(detectFormat('deep/x/card.hbs', undefined, options), 'template');
    assert.equal(detectFormat('.prompts/a.txt', undefined, options), 'template');
    assert.equal(detectFormat('./prompts/system.j2', undefined, options), 'template');
    // A glob that matches a non-template extension does not make it a template.
    assert.equal(detectFormat('prompts/data.json', undefined, { templateGlobs: ['prompts/*'] }), undefined);
  });

  it('prefers the built-in name patterns over template globs', () => {
    assert.equal(detectFormat('prompts/a.prompt.md', undefined, { templateGlobs: ['**/*.md'] }), 'copilot');
  });
});
