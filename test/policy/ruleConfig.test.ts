import assert from 'node:assert/strict';
import { resolveFromObjects, ruleConfig, ruleIdMatches } from '../../shared/src/policy/resolve';
import type { PolicyFile } from '../../shared/src/policy/types';
import { meta } from './helpers';

const withOptions = meta('pii/email', 'warning', {
  allow: { type: 'string[]', default: ['example.com'], description: 'allowed domains' },
  placeholders: { type: 'boolean', default: true, description: 'x' },
});

describe('ruleConfig', () => {
  it('defaults: the rule meta severity and option defaults, no origin', () => {
    const config = ruleConfig(resolveFromObjects(), withOptions);
    assert.deepEqual(config, { severity: 'warning', options: { allow: ['example.com'], placeholders: true } });
  });

  it('an exact entry sets the severity and merges options over the defaults', () => {
    const config = ruleConfig(resolveFromObjects({ rules: { 'pii/email': ['error', { allow: ['acme.io'] }] } }), withOptions);
    assert.equal(config.severity, 'error');
    assert.deepEqual(config.options, { allow: ['acme.io'], placeholders: true });
    assert.equal(config.origin?.keyPath, 'rules["pii/email"]');
  });

  it('later entries win, globs included (order of keys)', () => {
    const a: PolicyFile = { rules: { 'pii/*': 'info', 'pii/email': 'error' } };
    const b: PolicyFile = { rules: { 'pii/email': 'error', 'pii/*': 'info' } };
    assert.equal(ruleConfig(resolveFromObjects(a), withOptions).severity, 'error');
    assert.equal(ruleConfig(resolveFromObjects(b), withOptions).severity, 'info');
  });

  it('later policies win over earlier ones; options accumulate', () => {
    const policy = resolveFromObjects([
      { rules: { 'pii/email': ['error', { allow: ['a.io'] }] } },
      { rules: { '**': 'hint', 'pii/email': ['warning', { placeholders: false }] } },
    ]);
    const config = ruleConfig(policy, withOptions);
    assert.equal(config.severity, 'warning');
    assert.deepEqual(config.options, { allow: ['a.io'], placeholders: false });
    assert.equal(ruleConfig(policy, meta('model/unpinned', 'error')).severity, 'hint');
  });

  it('a glob does not switch on an opt-in rule; naming it does, then globs adjust it', () => {
    const optIn = meta('governance/opt-in-check', 'off');
    assert.equal(ruleConfig(resolveFromObjects({ rules: { 'governance/*': 'error' } }), optIn).severity, 'off');
    assert.equal(ruleConfig(resolveFromObjects({ rules: { 'governance/opt-in-check': 'warning' } }), optIn).severity, 'warning');
    assert.equal(ruleConfig(resolveFromObjects({ rules: { 'governance/opt-in-check': 'warning', 'governance/*': 'error' } }), optIn).severity, 'error');
    assert.equal(ruleConfig(resolveFromObjects({ rules: { 'governance/opt-in-check': 'warning', '**': 'off' } }), optIn).severity, 'off');
  });

  it('promptgov:strict raises rules that are on to error but leaves opt-in rules off', () => {
    const strict = resolveFromObjects({ extends: 'promptgov:strict' });
    assert.equal(ruleConfig(strict, meta('pii/phone', 'warning')).severity, 'error');
    assert.equal(ruleConfig(strict, meta('governance/opt-in-check', 'off')).severity, 'off');
    assert.equal(ruleConfig(strict, meta('injection/override-phrase', 'warning')).severity, 'warning');
    assert.equal(ruleConfig(strict, meta('secret/openai', 'error')).origin?.file, 'promptgov:strict');
  });

  it('ruleIdMatches: exact ids, category globs, ** for all; * alone does not cross the slash', () => {
    assert.equal(ruleIdMatches('pii/email', 'pii/email'), true);
    assert.equal(ruleIdMatches('pii/*', 'pii/email'), true);
    assert.equal(ruleIdMatches('pii/*', 'secret/openai'), false);
    assert.equal(ruleIdMatches('**', 'secret/openai'), true);
    assert.equal(ruleIdMatches('*', 'secret/openai'), false);
    assert.equal(ruleIdMatches('{pii,secret}/*', 'secret/openai'), true);
  });
});
