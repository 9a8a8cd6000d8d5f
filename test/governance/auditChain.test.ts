import assert from 'node:assert/strict';
import { chainRecords, formatRecords, GENESIS, recordHash, recordedCommits, sha256Hex, verifyAuditLog, type AuditRecord } from '../../shared/src/governance/auditChain';
import type { GovernanceEvent } from '../../shared/src/governance/auditEvents';

const commit = (n: number) => ({ commit: `${n}`.repeat(40).slice(0, 40), author: 'Ada', time: `2026-01-0${n}T10:00:00Z` });
const events: { event: GovernanceEvent; commit: ReturnType<typeof commit> }[] = [
  { event: { type: 'prompt-added', file: 'a.prompt', after: { format: 'dotprompt', models: ['openai/gpt-4.1'], version: '1.0.0' } }, commit: commit(1) },
  { event: { type: 'version-changed', file: 'a.prompt', before: '1.0.0', after: '1.1.0', detail: { direction: 'up' } }, commit: commit(2) },
  { event: { type: 'model-changed', file: 'a.prompt', before: ['openai/gpt-4.1'], after: ['openai/gpt-4o'] }, commit: commit(3) },
  { event: { type: 'policy-changed', file: '.promptgov.yaml', detail: { sections: ['models'] } }, commit: commit(4) },
];
const log = formatRecords(chainRecords(events));
const lines = log.trimEnd().split('\n');
const withLines = (ls: string[]) => `${ls.join('\n')}\n`;

describe('governance/auditChain', () => {
  it('sha256 matches the FIPS 180-4 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('chains records: prev is the previous hash, GENESIS first; hash covers every other field', () => {
    const records = lines.map((l) => JSON.parse(l) as AuditRecord);
    assert.equal(records[0].prev, GENESIS);
    for (let i = 1; i < records.length; i++) assert.equal(records[i].prev, records[i - 1].hash);
    for (const r of records) assert.equal(recordHash(r), r.hash);
    assert.deepEqual(Object.keys(records[1]), ['v', 'type', 'commit', 'author', 'time', 'file', 'before', 'after', 'detail', 'prev', 'hash']);
    assert.equal(recordHash({ ...records[1], after: '1.2.0' }) === records[1].hash, false);
  });

  it('key order on disk does not matter, values do', () => {
    const r = JSON.parse(lines[1]) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(r).reverse());
    assert.equal(recordHash(reordered as unknown as AuditRecord), r.hash);
  });

  it('an intact log verifies, with its head for appending', () => {
    const v = verifyAuditLog(log);
    assert.deepEqual(v.problems, []);
    assert.equal(v.records, 4);
    assert.equal(v.head, JSON.parse(lines[3]).hash);
    assert.ok(verifyAuditLog('').ok);
  });

  it('appending continues the chain', () => {
    const first = chainRecords(events.slice(0, 2));
    const rest = chainRecords(events.slice(2), first[first.length - 1].hash);
    assert.equal(formatRecords([...first, ...rest]), log);
  });

  it('names an edited line', () => {
    const edited = [...lines];
    edited[1] = edited[1].replace('"1.1.0"', '"9.9.9"');
    const v = verifyAuditLog(withLines(edited));
    assert.equal(v.ok, false);
    assert.deepEqual(v.problems.map((p) => [p.line, p.kind]), [[2, 'edited']]);
    assert.match(v.problems[0].message, /^line 2 was edited/);
  });

  it('names the place of a removed line, first and middle', () => {
    const middle = verifyAuditLog(withLines([lines[0], lines[2], lines[3]]));
    assert.deepEqual(middle.problems.map((p) => [p.line, p.kind]), [[2, 'removed']]);
    assert.match(middle.problems[0].message, /before line 2/);
    const first = verifyAuditLog(withLines(lines.slice(1)));
    assert.deepEqual(first.problems.map((p) => [p.line, p.kind]), [[1, 'removed']]);
  });

  it('names reordered lines', () => {
    const v = verifyAuditLog(withLines([lines[0], lines[2], lines[1], lines[3]]));
    assert.deepEqual(v.problems.map((p) => p.kind), ['reordered', 'reordered', 'reordered']);
    assert.deepEqual(v.problems.map((p) => p.line), [2, 3, 4]);
    assert.match(v.problems[0].message, /line 2 is out of order: in the chain it follows line 3, not line 1/);
  });

  it('names an inserted line, even with a correct hash', () => {
    const forged = chainRecords([{ event: { type: 'prompt-removed', file: 'x.prompt' }, commit: commit(5) }], JSON.parse(lines[1]).hash)[0];
    const v = verifyAuditLog(withLines([lines[0], lines[1], JSON.stringify(forged), lines[2], lines[3]]));
    assert.deepEqual(v.problems.map((p) => [p.line, p.kind]), [[3, 'inserted']]);
  });

  it('names a line that is not a record', () => {
    const v = verifyAuditLog(withLines([lines[0], '{"v":1,"type":"nope"}', lines[1]]));
    assert.deepEqual(v.problems.map((p) => [p.line, p.kind]), [[2, 'invalid']]);
    assert.equal(verifyAuditLog('not json\n').problems[0].kind, 'invalid');
  });

  it('lists the commits already recorded', () => {
    assert.deepEqual([...recordedCommits(log)], [1, 2, 3, 4].map((n) => commit(n).commit));
  });
});
