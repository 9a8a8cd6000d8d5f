/**
 * Snapshot tests over the real prompt corpus (../shared/corpus/real-prompts beside the project root): each
 * file's detected format and a summary of its parsed document are compared with the committed
 * `snapshots/<file>.json`. `UPDATE_SNAPSHOT=1` rewrites them; a reviewer reads the diff.
 *
 * The corpus is read in place, never copied. When it is absent the test fails, unless
 * PROMPTGOV_NO_CORPUS=1 is set (then it says why and skips).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectFormat, offsetToLineColumn, parseDocument } from '../../shared/src/formats';
import type { Format, PromptDocument } from '../../shared/src/types';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/real-prompts');
const SNAPSHOTS = path.resolve(__dirname, 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';

/** The format each corpus file must be detected as. */
const EXPECTED_FORMATS: Record<string, Format> = {
  'Azure-Samples__contoso-chat__docs-workshop-src-1-build-chat-3.prompty': 'prompty',
  'Azure-Samples__contoso-chat__src-api-contoso_chat-chat.prompty': 'prompty',
  'Azure-Samples__contoso-chat__src-api-contoso_chat-product-product.prompty': 'prompty',
  'Azure-Samples__contoso-chat__src-api-evaluators-custom_evals-groundedness.prompty': 'prompty',
  'Nirajk-HCL__Gen-AI-for-Devops-SRE-Engineer__.github-prompts-summarize.prompt.yml': 'github-prompt',
  'actions__ai-inference____fixtures__-prompts-json-schema.prompt.yml': 'github-prompt',
  'actions__ai-inference____fixtures__-prompts-simple.prompt.yml': 'github-prompt',
  'fderuiter__proompts__prompts-communication-entertainment-joke_workflow-02_joke_writer.prompt.yaml': 'github-prompt',
  'firebase__genkit__go-samples-prompts-prompts-media.prompt': 'dotprompt',
  'firebase__genkit__js-genkit-tests-prompts-kitchensink.prompt': 'dotprompt',
  'firebase__genkit__js-plugins-evaluators-prompts-maliciousness.prompt': 'dotprompt',
  'firebase__genkit__js-testapps-custom-evaluators-prompts-pii_detection.prompt': 'dotprompt',
  'firebase__genkit__js-testapps-dev-ui-gallery-prompts-hello.history.prompt': 'dotprompt',
  'firebase__genkit__js-testapps-dev-ui-gallery-prompts-tools-weather.prompt': 'dotprompt',
  'firebase__genkit__js-testapps-prompt-file-prompts-_style.prompt': 'dotprompt',
  'firebase__genkit__js-testapps-prompt-file-prompts-recipe.robot.prompt': 'dotprompt',
  'gauthamchandra__kinglet__.github-prompts-security-expert.prompt.yml': 'github-prompt',
  'github__awesome-copilot__agents-context7.agent.md': 'copilot',
  'github__awesome-copilot__agents-gem-critic.agent.md': 'copilot',
  'github__awesome-copilot__chatmodes-accessibility.chatmode.md': 'copilot',
  'github__awesome-copilot__instructions-code-review-generic.instructions.md': 'copilot',
  'github__awesome-copilot__instructions-security-and-owasp.instructions.md': 'copilot',
  'github__awesome-copilot__prompts-create-readme.prompt.md': 'copilot',
  'github__awesome-copilot__prompts-playwright-generate-test.prompt.md': 'copilot',
  'github__awesome-copilot__prompts-sql-code-review.prompt.md': 'copilot',
  'github__gh-models__examples-advanced_template_prompt.yml': 'github-prompt',
  'google__dotprompt__examples-error-unbalanced-brace.prompt': 'dotprompt',
  'google__dotprompt__packages-codemirror-samples-10-kitchen-sink.prompt': 'dotprompt',
  'jefeish__split-token-app__.github-prompts-test1.prompt.md': 'copilot',
  'latitude-dev__promptl__scripts-syntax-test-prompts-parent.promptl': 'promptl',
  'latitude-dev__promptl__scripts-syntax-test-prompts-shared.promptl': 'promptl',
  'microsoft__prompty__spec-fixtures-multimodal.prompty': 'prompty',
  'microsoft__prompty__spec-fixtures-threaded.prompty': 'prompty',
  'microsoft__prompty__spec-fixtures-tools_function.prompty': 'prompty',
  'mingzaily__issue-ai-analyze__prompts-general.prompt.yml': 'github-prompt',
};

/** A reviewable summary of a parsed document (no offsets: lines and exact texts instead). */
export function summarize(doc: PromptDocument) {
  const text = doc.text;
  const slice = (s: { offset: number; endOffset: number }) => text.slice(s.offset, s.endOffset);
  const line = (offset: number) => offsetToLineColumn(doc.lineStarts, offset).line + 1;
  const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
  return {
    format: doc.format,
    variant: doc.variant ?? null,
    engine: doc.engine,
    messages: doc.messages.map((m) => ({
      role: m.role,
      roleText: m.roleText ?? null,
      kind: m.kind,
      line: line(m.content.offset),
      firstLine: short(slice(m.content).split(/\r?\n/)[0]),
    })),
    expressions: doc.expressions.map((e) => ({
      kind: e.kind,
      source: short(e.source.replace(/\s+/g, ' ')),
      line: line(e.span.offset),
      raw: e.raw,
      variable: e.variable ?? null,
      references: e.references,
      local: e.local ?? false,
      message: e.message,
      delimited: e.delimiter ? `${e.delimiter.kind}:${e.delimiter.name}` : null,
    })),
    inputs: doc.inputs.map((i) => ({ name: i.name, source: i.source, type: i.type ?? null, sample: i.sample ? short(slice(i.sample)) : null, trusted: i.trusted ?? null })),
    models: doc.models.map((m) => ({ id: m.id, source: m.source, text: slice(m.span), provider: m.provider ?? null, indirect: m.indirect ?? false })),
    metadata: Object.fromEntries(
      [
        ...Object.entries(doc.metadata).filter(([k]) => k !== 'extra'),
        ...Object.entries(doc.metadata.extra).map(([k, v]) => [`extra:${k}`, v]),
      ].map(([k, v]) => [k, short((v as { value: string }).value)]),
    ),
    references: doc.references.map((r) => ({ kind: r.kind, name: r.name, text: slice(r.span) })),
    comments: doc.comments.length,
    problems: doc.problems.map((p) => ({ ruleId: p.ruleId, line: line(p.span.offset), text: short(slice(p.span)), message: p.message })),
  };
}

describe('corpus: real prompt files', function () {
  if (!existsSync(CORPUS)) {
    it('needs the corpus folder', function () {
      if (process.env.PROMPTGOV_NO_CORPUS === '1') {
        console.log(`  corpus test skipped: ${CORPUS} is absent and PROMPTGOV_NO_CORPUS=1 is set`);
        this.skip();
      }
      assert.fail(`The real-prompt corpus is missing at ${CORPUS}. Restore it (see DESIGN.md) or set PROMPTGOV_NO_CORPUS=1 to skip this test on purpose.`);
    });
    return;
  }

  const files = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md').sort();

  it('has an expected format for every corpus file, and a file for every expectation', () => {
    assert.deepEqual(files, Object.keys(EXPECTED_FORMATS).sort());
  });

  it('has no snapshot without a corpus file', () => {
    if (!existsSync(SNAPSHOTS)) return;
    const stale = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.json') && !files.includes(f.slice(0, -'.json'.length)));
    assert.deepEqual(stale, []);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const format = detectFormat(file, text);
      assert.equal(format, EXPECTED_FORMATS[file], 'detected format');
      const summary = summarize(parseDocument(file, text, format));
      const snapshotFile = path.join(SNAPSHOTS, `${file}.json`);
      const actual = `${JSON.stringify(summary, null, 2)}\n`;
      if (UPDATE || !existsSync(snapshotFile)) {
        if (!UPDATE) assert.fail(`No snapshot for ${file}: run with UPDATE_SNAPSHOT=1 and review ${path.relative(process.cwd(), snapshotFile)}.`);
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(snapshotFile, actual);
        return;
      }
      assert.deepEqual(JSON.parse(actual), JSON.parse(readFileSync(snapshotFile, 'utf8')));
    });
  }
});
