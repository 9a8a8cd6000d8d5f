/**
 * Every model reference in the real prompt corpus (../shared/corpus/real-prompts, read in place) is found,
 * with the exact range of its value, where it came from, and the id it normalizes to. The expected result
 * is the snapshot next to this file, checked by hand against the files; `UPDATE_SNAPSHOT=1` rewrites it
 * (read the diff).
 *
 * Without the corpus folder the test fails, saying so; PROMPTGOV_NO_CORPUS=1 skips it instead (with a
 * printed reason) where the corpus is knowingly absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, detectFormat } from '../../shared/src/formats';
import { normalizeModelId } from '../../shared/src/models/normalize';
import { positionOf } from '../../shared/src/engine/positions';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real-prompts');
const SNAPSHOT = join(__dirname, 'corpus-models.snapshot.json');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';

/** The aliases a team using Copilot files would write (the starter policy's, plus the corpus's display names). */
const POLICY = { models: { aliases: { 'GPT-4.1': 'openai/gpt-4.1', 'Claude Sonnet 4.5': 'anthropic/claude-sonnet-4-5' } } };

interface SnapshotRef {
  /** The text at the reference's span, exactly. */
  text: string;
  line: number;
  column: number;
  source: string;
  provider?: string;
  indirect?: boolean;
  /** The id the policy compares. */
  normalized: string;
}

function actual(): Record<string, SnapshotRef[]> {
  const out: Record<string, SnapshotRef[]> = {};
  for (const name of readdirSync(CORPUS).sort()) {
    if (name === 'SOURCES.md') continue;
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const format = detectFormat(name, text);
    assert.ok(format, `${name}: no format detected`);
    const doc = parseDocument(name, text, format);
    out[name] = doc.models.map((m) => {
      const at = positionOf(doc.lineStarts, m.span.offset);
      return {
        text: text.slice(m.span.offset, m.span.endOffset),
        line: at.line + 1,
        column: at.column + 1,
        source: m.source,
        ...(m.provider ? { provider: m.provider } : {}),
        ...(m.indirect ? { indirect: true } : {}),
        normalized: normalizeModelId(m, POLICY).id,
      };
    });
  }
  return out;
}

describe('governance: model references in the real corpus', function () {
  before(function () {
    if (existsSync(CORPUS)) return;
    if (process.env.PROMPTGOV_NO_CORPUS === '1') {
      console.log(`    (skipped: the corpus folder ${CORPUS} is absent and PROMPTGOV_NO_CORPUS=1)`);
      this.skip();
    }
    throw new Error(`The real prompt corpus is missing: expected it at ${CORPUS}. Restore it, or set PROMPTGOV_NO_CORPUS=1 to skip this test knowingly.`);
  });

  it('matches the snapshot (every file, every reference, exact ranges)', () => {
    const found = actual();
    if (UPDATE || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, `${JSON.stringify(found, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, SnapshotRef[]>;
    assert.deepEqual(found, expected);
  });

  it('each span holds exactly the model as written (no key, no quotes, no surrounding blanks)', () => {
    for (const [name, refs] of Object.entries(actual())) {
      for (const r of refs) {
        assert.equal(r.text, r.text.trim(), `${name}:${r.line}`);
        assert.ok(!/^["']|["']$|^[\w.-]+:\s/.test(r.text), `${name}:${r.line}: ${r.text}`);
      }
    }
  });

  it('finds the Copilot display names, the Prompty v1 deployments and the v2 ids', () => {
    const found = actual();
    assert.deepEqual(found['github__awesome-copilot__prompts-playwright-generate-test.prompt.md'].map((r) => [r.text, r.normalized]), [['Claude Sonnet 4.5', 'anthropic/claude-sonnet-4-5']]);
    assert.deepEqual(found['github__awesome-copilot__chatmodes-accessibility.chatmode.md'].map((r) => [r.text, r.line, r.normalized]), [['GPT-4.1', 3, 'openai/gpt-4.1']]);
    const v1 = found['Azure-Samples__contoso-chat__src-api-contoso_chat-chat.prompty'];
    assert.deepEqual(v1.map((r) => [r.text, r.source, r.provider]), [['gpt-4o-mini', 'model.configuration.azure_deployment', 'azure_openai']]);
    assert.deepEqual(found['microsoft__prompty__spec-fixtures-threaded.prompty'].map((r) => [r.text, r.source]), [['gpt-4', 'model.id']]);
    // The Dotprompt with a licence header before its front matter.
    assert.deepEqual(found['google__dotprompt__examples-error-unbalanced-brace.prompt'].map((r) => [r.text, r.line]), [['gemini-2.5-flash', 18]]);
    // `tested_with: '… (GPT-4o) …'` is a note, not a model setting.
    assert.deepEqual(found['github__awesome-copilot__prompts-sql-code-review.prompt.md'], []);
  });
});
