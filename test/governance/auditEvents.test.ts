import assert from 'node:assert/strict';
import { changedSections, describeEvent, fileEvents, governedKind, policyEvents, promptEvents, versionDirection, type GovernanceEvent } from '../../shared/src/governance/auditEvents';
import { walkAudit, type CommitEntry, type FileChange, type HistoryReader } from '../../shared/src/governance/auditWalk';

const prompt = (version: string | undefined, model: string, body = 'Summarize the ticket.', extra = '') =>
  `---\nmodel: ${model}\n${version ? `version: ${version}\n` : ''}owner: "@support"\n${extra}---\n${body}\n`;
const types = (events: readonly GovernanceEvent[]) => events.map((e) => e.type);

describe('governance/auditEvents', () => {
  it('tells prompts, policies and other files apart', () => {
    assert.equal(governedKind('prompts/a.prompt'), 'prompt');
    assert.equal(governedKind('.github/prompts/x.prompt.md'), 'prompt');
    assert.equal(governedKind('sub/.promptgov.yaml'), 'policy');
    assert.equal(governedKind('README.md'), undefined);
    assert.equal(governedKind('node_modules/pkg/a.prompt'), undefined);
  });

  it('a new prompt: added, with its facts and its inline suppressions as exceptions', () => {
    const text = `${prompt('1.0.0', 'openai/gpt-4.1', '{{! promptgov-disable-next-line pii/phone -- hotline; approved-by: @sec; expires: 2027-01-01 }}\nCall +1 202-456-1111.')}`;
    const events = promptEvents(undefined, { path: 'a.prompt', text });
    assert.deepEqual(types(events), ['prompt-added', 'exception-added']);
    assert.deepEqual(events[0].after, { format: 'dotprompt', models: ['openai/gpt-4.1'], version: '1.0.0', owner: '@support' });
    assert.deepEqual(events[1].after, { source: 'directive', rule: 'pii/phone', reason: 'hotline', approved_by: '@sec', expires: '2027-01-01' });
  });

  it('version, model, metadata and content changes', () => {
    const before = { path: 'a.prompt', text: prompt('1.0.0', 'openai/gpt-4.1') };
    const bump = promptEvents(before, { path: 'a.prompt', text: prompt('1.1.0', 'openai/gpt-4o', 'Summarize the ticket briefly.') });
    assert.deepEqual(types(bump), ['version-changed', 'model-changed']);
    assert.deepEqual([bump[0].before, bump[0].after, bump[0].detail], ['1.0.0', '1.1.0', { direction: 'up' }]);
    const silent = promptEvents(before, { path: 'a.prompt', text: prompt('1.0.0', 'openai/gpt-4.1', 'Summarize the ticket in French.') });
    assert.deepEqual(types(silent), ['content-changed-without-version-bump']);
    assert.deepEqual(silent[0].detail, { linesAdded: 1, linesRemoved: 1 });
    const meta = promptEvents(before, { path: 'a.prompt', text: prompt('1.0.0', 'openai/gpt-4.1').replace('@support', '@billing') });
    assert.deepEqual(types(meta), ['metadata-changed'], 'an owner change is not a content change');
    assert.deepEqual([meta[0].before, meta[0].after], [{ owner: '@support' }, { owner: '@billing' }]);
    const down = promptEvents(before, { path: 'a.prompt', text: prompt('0.9.0', 'openai/gpt-4.1') });
    assert.equal(down[0].detail?.direction, 'down');
    assert.equal(describeEvent(down[0]), 'version 1.0.0 → 0.9.0 (went down)');
  });

  it('renames and removals', () => {
    const text = prompt('1.0.0', 'openai/gpt-4.1');
    assert.deepEqual(types(promptEvents({ path: 'a.prompt', text }, { path: 'b.prompt', text })), ['prompt-renamed']);
    const removed = promptEvents({ path: 'a.prompt', text }, undefined);
    assert.deepEqual(types(removed), ['prompt-removed']);
    assert.equal(versionDirection(undefined, '1.0.0'), 'set');
    assert.equal(versionDirection('v1', 'v2'), 'changed');
  });

  it('policy changes: sections, exceptions added, changed and removed', () => {
    const a = 'models:\n  approved: ["openai/gpt-4.1*"]\nexceptions:\n  - { rule: "pii/phone", files: ["a.prompt"], reason: "hotline", expires: 2027-01-01 }\n  - { rule: "pii/email", reason: "support address" }\n';
    const b = 'models:\n  approved: ["openai/gpt-4o*"]\nexceptions:\n  - { rule: "pii/phone", files: ["a.prompt"], reason: "hotline", expires: 2027-06-01 }\n  - { rule: "secret/generic", reason: "fake key", approved_by: "@sec" }\n';
    const events = policyEvents({ path: '.promptgov.yaml', text: a }, { path: '.promptgov.yaml', text: b });
    assert.deepEqual(types(events), ['policy-changed', 'exception-changed', 'exception-added', 'exception-removed']);
    assert.deepEqual(events[0].detail, { sections: ['exceptions', 'models'] });
    assert.equal((events[1].after as { expires: string }).expires, '2027-06-01');
    assert.deepEqual(changedSections({ rules: { 'pii/email': 'error' } }, { rules: { 'pii/email': 'error' } }), []);
    assert.deepEqual(types(fileEvents(undefined, { path: '.promptgov.yml', text: a })), ['policy-added', 'exception-added', 'exception-added']);
  });

  it('describes every event type in one line', () => {
    const e: GovernanceEvent = { type: 'exception-expired', file: '.promptgov.yaml', before: { source: 'policy', rule: 'pii/phone', expires: '2026-01-01' }, detail: { expires: '2026-01-01' } };
    assert.equal(describeEvent(e), 'exception expired on 2026-01-01: pii/phone, expires 2026-01-01');
  });
});

/** An in-memory history: each commit is a full tree. */
class MemoryHistory implements HistoryReader {
  constructor(private readonly trees: Map<string, Map<string, string>>) {}
  listFiles(commit: string): string[] {
    return [...(this.trees.get(commit)?.keys() ?? [])];
  }
  readFile(commit: string, path: string): string | undefined {
    return this.trees.get(commit)?.get(path);
  }
  changes(from: string | undefined, to: string): FileChange[] {
    const a = from ? this.trees.get(from)! : new Map<string, string>();
    const b = this.trees.get(to)!;
    const out: FileChange[] = [];
    for (const [p, t] of b) if (!a.has(p)) out.push({ status: 'A', path: p });
    else if (a.get(p) !== t) out.push({ status: 'M', path: p });
    for (const p of a.keys()) if (!b.has(p)) out.push({ status: 'D', path: p });
    return out;
  }
}

describe('governance/auditWalk', () => {
  const policy = (expires: string) => `exceptions:\n  - { rule: "pii/phone", reason: "hotline", expires: ${expires} }\n`;
  const c = (commit: string, parents: string[], time: string): CommitEntry => ({ commit, parents, author: 'Ada', time });

  it('walks commits; merges report only what the merge itself changed; expiries once', () => {
    const t1 = new Map([['a.prompt', prompt('1.0.0', 'openai/gpt-4.1')], ['.promptgov.yaml', policy('2026-02-01')]]);
    const t2 = new Map([...t1, ['a.prompt', prompt('1.1.0', 'openai/gpt-4.1', 'New text.')]]); // branch commit
    const t3 = new Map([...t1, ['README.md', 'x']]); // main commit
    const t4 = new Map([...t2, ['README.md', 'x']]); // merge, no own change
    const t5 = new Map([...t4, ['a.prompt', prompt('1.1.0', 'openai/gpt-4o', 'New text.')]]); // after the expiry
    const history = new MemoryHistory(new Map([['1', t1], ['2', t2], ['3', t3], ['4', t4], ['5', t5]]));
    const commits = [c('1', [], '2026-01-01T00:00:00Z'), c('2', ['1'], '2026-01-02T00:00:00Z'), c('3', ['1'], '2026-01-03T00:00:00Z'), c('4', ['3', '2'], '2026-01-04T00:00:00Z'), c('5', ['4'], '2026-03-01T00:00:00Z')];
    const out = walkAudit(history, commits, undefined);
    assert.deepEqual(
      out.map((e) => [e.commit.commit, e.event.type, e.event.file]),
      [
        ['1', 'policy-added', '.promptgov.yaml'],
        ['1', 'exception-added', '.promptgov.yaml'],
        ['1', 'prompt-added', 'a.prompt'],
        ['2', 'version-changed', 'a.prompt'],
        ['5', 'exception-expired', '.promptgov.yaml'],
        ['5', 'model-changed', 'a.prompt'],
        ['5', 'content-changed-without-version-bump', 'a.prompt'],
      ],
    );
  });

  it('starting mid-history: exceptions already expired before the range are not events', () => {
    const t1 = new Map([['.promptgov.yaml', policy('2025-01-01')]]);
    const t2 = new Map([...t1, ['b.prompt', prompt('1.0.0', 'openai/gpt-4.1')]]);
    const out = walkAudit(new MemoryHistory(new Map([['1', t1], ['2', t2]])), [c('2', ['1'], '2026-01-02T00:00:00Z')], '1');
    assert.deepEqual(out.map((e) => e.event.type), ['prompt-added']);
  });
});
