import assert from 'node:assert/strict';
import { parseDocument } from '../../shared/src/formats';
import { resolveFromObjects } from '../../shared/src/policy/resolve';
import type { PolicyFile } from '../../shared/src/policy/types';
import { inputTrust, isUntrusted, matchingGlob } from '../../shared/src/trust/trust';

function trust(path: string, text: string, name: string, policy?: PolicyFile, dotted?: string) {
  return inputTrust(parseDocument(path, text), resolveFromObjects(policy ?? {}, { filePath: path }), name, dotted);
}

describe('trust: the trust model', () => {
  describe('policy globs', () => {
    it('every input is untrusted by default (promptgov:recommended)', () => {
      const t = trust('a.prompty', '---\nname: a\n---\n{{ q }}\n', 'q');
      assert.deepEqual(t, { name: 'q', trusted: false, source: 'policy', why: 'every input is untrusted unless trusted' });
    });
    it('a trusted glob wins over the untrusted ones', () => {
      const t = trust('a.prompty', '---\nname: a\n---\n', 'locale_code', { inputs: { trusted: ['locale*'] } });
      assert.deepEqual([t.trusted, t.why], [true, 'matches inputs.trusted "locale*"']);
    });
    it('an explicit untrusted list leaves other inputs trusted', () => {
      const policy = { inputs: { untrusted: ['user_*', '{ticket,email}*'] } };
      assert.equal(trust('a.prompty', '', 'user_bio', policy).trusted, false);
      assert.equal(trust('a.prompty', '', 'email_body', policy).why, 'matches inputs.untrusted "{ticket,email}*"');
      assert.deepEqual([trust('a.prompty', '', 'today', policy).trusted, trust('a.prompty', '', 'today', policy).why], [true, 'not listed in inputs.untrusted']);
    });
    it('globs may name a field of an object input by its dotted path', () => {
      const policy = { inputs: { trusted: ['customer.tier'] } };
      assert.equal(trust('a.prompty', '', 'customer', policy, 'customer.tier').trusted, true);
      assert.equal(trust('a.prompty', '', 'customer', policy, 'customer.note').trusted, false);
    });
    it('an override can trust inputs for some files only', () => {
      const policy: PolicyFile = { overrides: [{ files: ['internal/**'], inputs: { trusted: ['*'] } }] };
      assert.equal(trust('internal/a.prompty', '', 'q', policy).trusted, true);
      assert.equal(trust('public/a.prompty', '', 'q', policy).trusted, false);
    });
    it('an invalid glob matches nothing (the policy rules report it)', () => {
      assert.equal(matchingGlob(['[unclosed'], 'x'), undefined);
      assert.equal(matchingGlob(['x*'], 'y', 'x.y'), 'x*');
    });
  });

  describe('declarations in the prompt file', () => {
    it('Prompty inputs: `trusted: true`, and `trusted: false` beats a policy glob', () => {
      const text = '---\nname: a\ninputs:\n  locale:\n    type: string\n    trusted: true\n  bio:\n    type: string\n    trusted: false\n---\n';
      assert.deepEqual(trust('a.prompty', text, 'locale'), { name: 'locale', trusted: true, source: 'file', why: 'declared trusted in this file' });
      assert.deepEqual(trust('a.prompty', text, 'bio', { inputs: { trusted: ['*'] } }).trusted, false);
    });
    it('Prompty v2 list inputs with x-promptgov-trusted', () => {
      const text = '---\nname: a\ninputs:\n  - name: today\n    kind: string\n    x-promptgov-trusted: true\n---\n';
      assert.equal(trust('a.prompty', text, 'today').trusted, true);
    });
    it('Dotprompt JSON Schema properties with x-promptgov-trusted', () => {
      const text = '---\ninput:\n  schema:\n    type: object\n    properties:\n      locale:\n        type: string\n        x-promptgov-trusted: true\n---\n';
      assert.equal(trust('a.prompt', text, 'locale').trusted, true);
    });
    it('Dotprompt Picoschema description tags @trusted / @untrusted', () => {
      const text = '---\ninput:\n  schema:\n    locale: string, reply language @trusted\n    notes?(string, free text @untrusted): string\n    topic: string, see @trustedness\n---\n';
      assert.equal(trust('a.prompt', text, 'locale').trusted, true);
      assert.equal(trust('a.prompt', text, 'notes', { inputs: { trusted: ['*'] } }).trusted, false);
      assert.equal(trust('a.prompt', text, 'topic').trusted, false, '@trustedness is not the tag');
    });
    it('a top-level x-promptgov-trusted list (GitHub Models, Dotprompt, PromptL)', () => {
      assert.equal(trust('a.prompt.yml', 'x-promptgov-trusted: [lang]\nmessages:\n  - role: system\n    content: Reply in {{lang}}\n', 'lang').trusted, true);
      assert.equal(trust('a.promptl', '---\nx-promptgov-trusted: [lang]\nparameters:\n  lang:\n    type: string\n---\n<system>{{ lang }}</system>\n', 'lang').trusted, true);
    });
    it('GitHub `variables` and PromptL `parameters` entries with trusted', () => {
      assert.equal(trust('a.prompt.yml', 'variables:\n  - name: lang\n    trusted: true\nmessages: []\n', 'lang').trusted, true);
      assert.equal(trust('a.promptl', '---\nparameters:\n  lang:\n    trusted: true\n---\nx\n', 'lang').trusted, true);
    });
    it('inputs.allow_file_trust: false keeps trust decisions in the policy', () => {
      const text = '---\nname: a\ninputs:\n  locale:\n    trusted: true\n---\n';
      assert.equal(trust('a.prompty', text, 'locale', { inputs: { allow_file_trust: false } }).trusted, false);
      assert.equal(trust('a.prompty', text, 'locale', { inputs: { allow_file_trust: false, trusted: ['locale'] } }).source, 'policy');
    });
  });

  describe('environment values', () => {
    it('VS Code path variables are trusted, the selection and ${input:…} follow the policy', () => {
      const text = 'Use ${file} and ${selection} and ${input:topic}\n';
      const doc = parseDocument('.github/prompts/a.prompt.md', text);
      const policy = resolveFromObjects();
      assert.deepEqual(inputTrust(doc, policy, 'file').source, 'environment');
      assert.equal(isUntrusted(doc, policy, 'selection'), true);
      assert.equal(isUntrusted(doc, policy, 'topic'), true);
    });
    it('the same names are ordinary inputs in other formats', () => {
      assert.equal(trust('a.prompty', '---\nname: a\n---\n{{ file }}\n', 'file').trusted, false);
    });
  });
});
