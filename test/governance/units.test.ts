/** Durations, semantic versions, token encodings and the built-in deprecation list. */
import assert from 'node:assert/strict';
import { addDays, compareDurations, daysUntil, describeDuration, isIsoDate, parseDuration } from '../../shared/src/governance/durations';
import { bumpVersion, coerceVersion, compareVersions, parseVersion } from '../../shared/src/governance/semver';
import { countTokens, encodingForModel } from '../../shared/src/governance/tokens';
import { KNOWN_DEPRECATIONS } from '../../shared/src/governance/deprecatedModels';
import { isConcreteModelId } from '../../shared/src/models/normalize';

describe('governance: durations', () => {
  const parsed: [string, number | undefined][] = [
    ['30d', 30],
    ['2w', 14],
    ['1 week', 7],
    [' 6 months ', (365.2425 / 12) * 6],
    ['1y', 365.2425],
    ['10 years', 3652.425],
    ['forever', Infinity],
    ['Indefinite', Infinity],
    ['30', undefined],
    ['d30', undefined],
    ['1.5y', undefined],
    ['30 fortnights', undefined],
    ['', undefined],
  ];
  for (const [text, days] of parsed) it(`${JSON.stringify(text)} → ${days}`, () => assert.equal(parseDuration(text)?.days, days));

  it('compares across units', () => {
    const d = (t: string) => parseDuration(t)!;
    assert.equal(compareDurations(d('12m'), d('1y')), 0);
    assert.equal(compareDurations(d('31d'), d('1m')), 1);
    assert.equal(compareDurations(d('52w'), d('1y')), -1);
    assert.equal(compareDurations(d('forever'), d('100y')), 1);
    assert.equal(describeDuration(d('1y')), '1 year');
    assert.equal(describeDuration(d('3w')), '3 weeks');
  });

  it('dates', () => {
    assert.equal(isIsoDate('2026-02-28'), true);
    assert.equal(isIsoDate('2026-02-30'), false);
    assert.equal(isIsoDate('2026-2-3'), false);
    assert.equal(addDays(new Date('2026-01-15T23:59:00Z'), 90), '2026-04-15');
    assert.equal(daysUntil(new Date('2026-01-15T12:00:00Z'), '2026-01-14'), -1);
    assert.equal(daysUntil(new Date('2026-01-15T12:00:00Z'), '2026-06-01'), 137);
  });
});

describe('governance: semantic versions', () => {
  it('parses strict versions only', () => {
    assert.deepEqual(parseVersion('1.2.3-rc.1+b.5'), { major: 1, minor: 2, patch: 3, prerelease: ['rc', '1'], build: 'b.5' });
    for (const bad of ['1.2', 'v1.2.3', '01.2.3', '1.2.3-', '1.2.3-01', '1.2.3+', '1.2.3-a..b', '', 'x']) assert.equal(parseVersion(bad), undefined, bad);
  });

  it('orders by semver precedence', () => {
    const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.9.0', '1.10.0', '2.0.0'];
    for (let i = 1; i < order.length; i++) {
      assert.equal(compareVersions(parseVersion(order[i - 1])!, parseVersion(order[i])!), -1, `${order[i - 1]} < ${order[i]}`);
      assert.equal(compareVersions(parseVersion(order[i])!, parseVersion(order[i - 1])!), 1);
    }
    assert.equal(compareVersions(parseVersion('1.0.0+a')!, parseVersion('1.0.0+b')!), 0);
  });

  it('bumps, releasing pre-releases', () => {
    const v = parseVersion('1.2.3')!;
    assert.deepEqual([bumpVersion(v, 'patch'), bumpVersion(v, 'minor'), bumpVersion(v, 'major')], ['1.2.4', '1.3.0', '2.0.0']);
    assert.equal(bumpVersion(parseVersion('1.3.0-rc.1')!, 'minor'), '1.3.0');
    assert.equal(bumpVersion(parseVersion('2.0.0-beta')!, 'major'), '2.0.0');
  });

  it('coerces near-versions', () => {
    assert.deepEqual(['1', '1.2', 'v1.2.3', '01.02.03', 'latest'].map(coerceVersion), ['1.0.0', '1.2.0', '1.2.3', '1.2.3', undefined]);
  });
});

describe('governance: token encodings', () => {
  const table: [string | undefined, string, boolean][] = [
    ['openai/gpt-4o', 'o200k_base', true],
    ['gpt-4o-mini', 'o200k_base', true],
    ['openai/gpt-4.1-nano', 'o200k_base', true],
    ['o3-mini', 'o200k_base', true],
    ['openai/gpt-5', 'o200k_base', true],
    ['gpt-4', 'cl100k_base', true],
    ['gpt-4-0613', 'cl100k_base', true],
    ['azure/gpt-35-turbo', 'cl100k_base', true],
    ['openai/gpt-3.5-turbo', 'cl100k_base', true],
    ['anthropic/claude-sonnet-4-5', 'o200k_base', false],
    ['googleai/gemini-2.5-flash', 'o200k_base', false],
    ['mistral-ai/gpt-4o-lookalike', 'o200k_base', false],
    [undefined, 'o200k_base', false],
  ];
  for (const [model, encoding, exact] of table) {
    it(`${model ?? 'no model'} → ${encoding}${exact ? '' : ' (approximate)'}`, () => {
      const choice = encodingForModel(model);
      assert.equal(choice.encoding, encoding);
      assert.equal(choice.exact, exact);
    });
  }

  it('the fallback encoding is the policy choice', () => {
    assert.equal(encodingForModel('anthropic/claude-3', 'cl100k_base').encoding, 'cl100k_base');
    assert.equal(encodingForModel('openai/gpt-4o', 'cl100k_base').encoding, 'o200k_base');
  });

  it('counts with the real tokenizers (the encodings differ on the same text)', () => {
    const text = 'こんにちは世界、元気ですか？';
    assert.deepEqual(countTokens(text, 'o200k_base'), { tokens: 8, encoding: 'o200k_base', exact: true });
    assert.deepEqual(countTokens(text, 'cl100k_base'), { tokens: 10, encoding: 'cl100k_base', exact: true });
    assert.equal(countTokens('say <|endoftext|> literally', 'o200k_base').exact, true);
    assert.equal(countTokens('', 'o200k_base').tokens, 0);
  });
});

describe('governance: the built-in deprecation list', () => {
  it('every entry cites an https source, a check date and valid dates', () => {
    assert.ok(KNOWN_DEPRECATIONS.length >= 10);
    for (const entry of KNOWN_DEPRECATIONS) {
      const label = entry.ids.join(', ');
      assert.match(entry.source, /^https:\/\/[a-z0-9.-]+\.(com|dev|ai)\//, label);
      assert.ok(isIsoDate(entry.checked), `${label}: checked`);
      assert.ok(isIsoDate(entry.retires), `${label}: retires`);
      if (entry.announced) {
        assert.ok(isIsoDate(entry.announced), `${label}: announced`);
        assert.ok(entry.announced <= entry.retires, `${label}: announced before it retires`);
      }
      for (const id of entry.ids) assert.match(id, /^[a-z]+\/[a-z0-9][a-z0-9.@:-]*$/, id);
      if (entry.replacement) assert.ok(isConcreteModelId(entry.replacement) && entry.replacement.includes('/'), `${label}: replacement`);
    }
  });

  it('no model id is listed twice', () => {
    const ids = KNOWN_DEPRECATIONS.flatMap((e) => e.ids);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('governance: editor data', () => {
  it('model completions: concrete approved ids, or aliases for display-name formats; deprecated left out', async () => {
    const { modelCompletions } = await import('../../shared/src/governance/models');
    const policy = {
      models: {
        approved: ['openai/gpt-4.1', 'openai/gpt-4.1-mini', 'anthropic/claude-sonnet-4*', 'openai/gpt-4o-2024-05-13'],
        deprecated: [{ id: 'openai/gpt-4o-2024-05-13' }],
        aliases: { 'GPT-4.1': 'openai/gpt-4.1', 'Claude Sonnet 4.5': 'anthropic/claude-sonnet-4-5', 'GPT-3.5': 'openai/gpt-3.5-turbo' },
      },
    };
    assert.deepEqual(modelCompletions(policy).map((c) => c.label), ['openai/gpt-4.1', 'openai/gpt-4.1-mini']);
    assert.deepEqual(modelCompletions(policy, true).map((c) => [c.label, c.id]), [['GPT-4.1', 'openai/gpt-4.1'], ['Claude Sonnet 4.5', 'anthropic/claude-sonnet-4-5']]);
  });

  it('prompt token counts per message and in total, for the hover', async () => {
    const { countPromptTokens } = await import('../../shared/src/governance/promptText');
    const { parseDocument } = await import('../../shared/src/formats');
    const { resolveFromObjects } = await import('../../shared/src/policy/resolve');
    const doc = parseDocument('a.prompt', '---\nmodel: openai/gpt-4o\n---\n{{role "system"}}\nHello world\n{{role "user"}}\nこんにちは世界、元気ですか？ {{q}}\n');
    const counts = countPromptTokens(doc, resolveFromObjects());
    assert.deepEqual(counts.parts.map((p) => [p.label, p.tokens]), [['Message 1 (system)', 2], ['Message 2 (user)', 9]]);
    assert.deepEqual([counts.total, counts.encoding, counts.exact, counts.model], [11, 'o200k_base', true, 'openai/gpt-4o']);
  });
});
