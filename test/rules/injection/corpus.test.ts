/**
 * The structural injection rules (and agent/tool-scope) over the real prompt corpus
 * (../shared/corpus/real-prompts, read in place): each file must produce exactly the findings listed here,
 * by rule id and line, under the embedded promptgov:recommended policy (every input untrusted). Each kept
 * finding says why a reviewer would agree with it; a file listed with [] must stay clean.
 *
 * When the corpus is absent the test fails, unless PROMPTGOV_NO_CORPUS=1 (then it says why and skips).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import type { PolicyFile } from '../../../shared/src/policy/types';
import { allRules } from '../../../shared/src/rules';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real-prompts');
const RULES = ['injection/untrusted-in-system-role', 'injection/unfenced-input', 'injection/raw-interpolation', 'injection/role-forgery', 'injection/exfil-url', 'agent/tool-scope'];

type Expected = Array<[rule: string, line: number, why: string]>;

const SYSTEM = 'injection/untrusted-in-system-role';
const UNFENCED = 'injection/unfenced-input';
const RAW = 'injection/raw-interpolation';
const FORGERY = 'injection/role-forgery';

// Reasons shared by several files.
const DOTPROMPT_RAW = 'Dotprompt renders without escaping and splits roles on <<<dotprompt:role:…>>> after rendering: one info note per file with untrusted input.';
const CONTOSO_DOCS = 'retrieved product documents (RAG content, the classic indirect-injection vector) printed into the system message, with no fence';
const CONTOSO_ORDERS = 'the customer\'s order history (names and descriptions from the loop over customer.orders) printed into the system message';
const CONTOSO_CUSTOMER = 'customer profile fields (name, age, membership) printed into the system message; a name can carry text';
const CONTOSO_QUESTION = '`# question` / `# user` is not a Prompty role marker (no colon), so the user\'s question lands in the system message, alone on its line';
const PROMPTY_QUESTION_LINE = '{{question}} stands alone on its line: a question whose first line is `system:` opens a system message (Prompty parses role lines after rendering; this file does not enable strict mode)';

const EXPECTED: Record<string, Expected> = {
  'Azure-Samples__contoso-chat__docs-workshop-src-1-build-chat-3.prompty': [
    [UNFENCED, 48, CONTOSO_DOCS],
    [SYSTEM, 48, CONTOSO_DOCS],
    [UNFENCED, 59, CONTOSO_ORDERS],
    [SYSTEM, 59, CONTOSO_ORDERS],
    [UNFENCED, 64, `${CONTOSO_CUSTOMER} (firstName)`],
    [SYSTEM, 64, `${CONTOSO_CUSTOMER} (one finding for the line)`],
    [UNFENCED, 64, `${CONTOSO_CUSTOMER} (lastName)`],
    [UNFENCED, 64, `${CONTOSO_CUSTOMER} (age)`],
    [UNFENCED, 65, `${CONTOSO_CUSTOMER} (firstName; membership is in quotes, which count as a fence)`],
    [SYSTEM, 65, CONTOSO_CUSTOMER],
    [UNFENCED, 65, `${CONTOSO_CUSTOMER} (lastName)`],
    [FORGERY, 68, PROMPTY_QUESTION_LINE],
    [UNFENCED, 68, CONTOSO_QUESTION],
    [SYSTEM, 68, CONTOSO_QUESTION],
  ],
  'Azure-Samples__contoso-chat__src-api-contoso_chat-chat.prompty': [
    [UNFENCED, 46, CONTOSO_DOCS],
    [SYSTEM, 46, CONTOSO_DOCS],
    [UNFENCED, 56, CONTOSO_ORDERS],
    [SYSTEM, 56, CONTOSO_ORDERS],
    [UNFENCED, 62, `${CONTOSO_CUSTOMER} (firstName)`],
    [SYSTEM, 62, CONTOSO_CUSTOMER],
    [UNFENCED, 62, `${CONTOSO_CUSTOMER} (lastName)`],
    [UNFENCED, 62, `${CONTOSO_CUSTOMER} (age)`],
    [UNFENCED, 63, `${CONTOSO_CUSTOMER} (firstName)`],
    [SYSTEM, 63, CONTOSO_CUSTOMER],
    [UNFENCED, 63, `${CONTOSO_CUSTOMER} (lastName)`],
    [FORGERY, 66, PROMPTY_QUESTION_LINE],
    [UNFENCED, 66, CONTOSO_QUESTION],
    [SYSTEM, 66, CONTOSO_QUESTION],
    [FORGERY, 74, '`{{item.role}}:` builds a role line from the chat history sent by the client: a history item with role `system` becomes a system message (the history loop itself is not reported as system content: it emits its own messages)'],
    [FORGERY, 75, 'a history message\'s content alone on its line can carry a `system:` line of its own'],
  ],
  'Azure-Samples__contoso-chat__src-api-contoso_chat-product-product.prompty': [
    [FORGERY, 28, 'the user-supplied context stands alone on its line in the system message'],
    [UNFENCED, 28, 'the user-supplied context is pasted under a heading of the system prompt with nothing marking where it ends'],
    [SYSTEM, 28, 'the same context (the user\'s request, per the sample) is interpolated into the system message'],
    [FORGERY, 52, 'the context alone on its line in the user message: `system:` in it opens a system message'],
  ],
  'Azure-Samples__contoso-chat__src-api-evaluators-custom_evals-groundedness.prompty': [
    [UNFENCED, 51, 'the context under evaluation sits unquoted inside a JSON-like line: text in it can end the "JSON" and address the grader'],
    [UNFENCED, 51, 'the answer under evaluation (model output, i.e. untrusted) likewise: a classic way to game an LLM judge'],
  ],
  'Nirajk-HCL__Gen-AI-for-Devops-SRE-Engineer__.github-prompts-summarize.prompt.yml': [],
  'actions__ai-inference____fixtures__-prompts-json-schema.prompt.yml': [[UNFENCED, 6, '{{animal}} is pasted into an instruction sentence; a value can continue the instruction']],
  'actions__ai-inference____fixtures__-prompts-simple.prompt.yml': [
    [UNFENCED, 5, '{{a}} inside an instruction sentence'],
    [UNFENCED, 5, '{{b}} inside an instruction sentence'],
  ],
  'fderuiter__proompts__prompts-communication-entertainment-joke_workflow-02_joke_writer.prompt.yaml': [[UNFENCED, 16, '{{topic}} inside an instruction sentence']],
  'firebase__genkit__go-samples-prompts-prompts-media.prompt': [],
  'firebase__genkit__js-genkit-tests-prompts-kitchensink.prompt': [
    [RAW, 25, DOTPROMPT_RAW],
    [UNFENCED, 25, '{{ subject }} follows instruction text on the same line (after {{history}}, in the model message)'],
  ],
  'firebase__genkit__js-plugins-evaluators-prompts-maliciousness.prompt': [
    [RAW, 60, DOTPROMPT_RAW],
    [UNFENCED, 60, 'the evaluated input is placed between "Input:" and "Submission:" labels only: an evaluator of malicious text is exactly where the text should be fenced'],
    [UNFENCED, 62, 'the evaluated submission, likewise'],
  ],
  'firebase__genkit__js-testapps-custom-evaluators-prompts-pii_detection.prompt': [
    [RAW, 35, DOTPROMPT_RAW],
    [UNFENCED, 35, 'the output under assessment follows an "Output:" label only'],
  ],
  'firebase__genkit__js-testapps-dev-ui-gallery-prompts-hello.history.prompt': [
    [RAW, 32, DOTPROMPT_RAW],
    [UNFENCED, 32, '{{name}} inside an instruction sentence'],
    [UNFENCED, 32, '{{persona}} inside an instruction sentence ("in the voice of a …")'],
  ],
  'firebase__genkit__js-testapps-dev-ui-gallery-prompts-tools-weather.prompt': [
    [RAW, 28, DOTPROMPT_RAW],
    [UNFENCED, 28, '{{city}} inside the question sentence of a tool-using prompt'],
  ],
  'firebase__genkit__js-testapps-prompt-file-prompts-_style.prompt': [
    [RAW, 2, DOTPROMPT_RAW],
    [UNFENCED, 2, '{{personality}} completes an instruction sentence'],
    [SYSTEM, 2, 'the personality comes from the caller and is interpolated into the system message of this partial'],
  ],
  'firebase__genkit__js-testapps-prompt-file-prompts-recipe.robot.prompt': [
    [RAW, 17, DOTPROMPT_RAW],
    [UNFENCED, 17, '{{food}} completes the instruction sentence'],
  ],
  'gauthamchandra__kinglet__.github-prompts-security-expert.prompt.yml': [],
  'github__awesome-copilot__agents-context7.agent.md': [],
  'github__awesome-copilot__agents-gem-critic.agent.md': [],
  'github__awesome-copilot__chatmodes-accessibility.chatmode.md': [],
  'github__awesome-copilot__instructions-code-review-generic.instructions.md': [],
  'github__awesome-copilot__instructions-security-and-owasp.instructions.md': [],
  'github__awesome-copilot__prompts-create-readme.prompt.md': [],
  'github__awesome-copilot__prompts-playwright-generate-test.prompt.md': [],
  'github__awesome-copilot__prompts-sql-code-review.prompt.md': [[UNFENCED, 10, 'the selected SQL (possibly from someone else\'s code, comments included) is pasted mid-sentence instead of in a ```sql fence']],
  'github__gh-models__examples-advanced_template_prompt.yml': [
    [UNFENCED, 11, 'persona in the system message, unfenced'],
    [SYSTEM, 11, 'persona, expertise level and domain are caller-supplied and interpolated into the system message (one finding for the line)'],
    [UNFENCED, 11, 'expertise level, unfenced'],
    [UNFENCED, 11, 'domain, unfenced'],
    [UNFENCED, 12, 'tone, unfenced'],
    [SYSTEM, 12, 'tone and formality level in the system message'],
    [UNFENCED, 12, 'formality level, unfenced'],
    [UNFENCED, 14, 'user name, unfenced'],
    [SYSTEM, 14, 'user name, role and company (user-controlled) in the system message'],
    [UNFENCED, 14, 'user role, unfenced'],
    [UNFENCED, 14, 'company, unfenced'],
    [UNFENCED, 18, 'user name in the user message sentence'],
    [UNFENCED, 18, 'company in the user message sentence'],
    [UNFENCED, 20, 'free-text background info after a label only'],
    [UNFENCED, 22, 'the question itself after a label only'],
    [UNFENCED, 24, 'user role in an instruction sentence'],
    [UNFENCED, 25, 'formality level in an instruction sentence'],
    [UNFENCED, 27, 'free-text additional context after a label only'],
  ],
  'google__dotprompt__examples-error-unbalanced-brace.prompt': [
    [RAW, 22, DOTPROMPT_RAW],
    [UNFENCED, 22, '{{ name }} in a sentence'],
  ],
  'google__dotprompt__packages-codemirror-samples-10-kitchen-sink.prompt': [
    [RAW, 76, DOTPROMPT_RAW],
    [UNFENCED, 76, '`{{#each @root.tools}}`: in Dotprompt @root is the input, so this prints the caller-supplied `tools` list (undeclared) in the system message'],
    [SYSTEM, 76, 'the same list in the system message'],
    [UNFENCED, 83, 'notes from previous sessions (free text) after a label only'],
    [UNFENCED, 90, 'project name after a bold label'],
    [UNFENCED, 91, 'deadline after a bold label'],
    [UNFENCED, 93, '{{budget}}: declared `number`, but the front matter is invalid YAML (format/invalid-front-matter) so the schema after line 33 cannot be read and the type is unknown'],
    [UNFENCED, 99, 'team member name, role and email (one finding for the each block)'],
    [UNFENCED, 104, 'each requirement (free text)'],
    [UNFENCED, 123, 'project name in the model message prefill'],
    [UNFENCED, 126, 'deadline in the model message prefill'],
    [UNFENCED, 128, 'budget in the model prefill (type unknown, see line 93)'],
    [UNFENCED, 136, '{{json output}} prints the undeclared input `output` as JSON into the model message'],
  ],
  'jefeish__split-token-app__.github-prompts-test1.prompt.md': [],
  'latitude-dev__promptl__scripts-syntax-test-prompts-parent.promptl': [],
  'latitude-dev__promptl__scripts-syntax-test-prompts-shared.promptl': [],
  'microsoft__prompty__spec-fixtures-multimodal.prompty': [
    [SYSTEM, 18, 'a user-supplied image (kind: image) attached to the system message: images can carry written instructions'],
    [SYSTEM, 20, 'a user-supplied audio recording attached to the system message'],
    [FORGERY, 23, PROMPTY_QUESTION_LINE],
  ],
  'microsoft__prompty__spec-fixtures-threaded.prompty': [[FORGERY, 19, PROMPTY_QUESTION_LINE]],
  'microsoft__prompty__spec-fixtures-tools_function.prompty': [[FORGERY, 34, PROMPTY_QUESTION_LINE]],
  'mingzaily__issue-ai-analyze__prompts-general.prompt.yml': [
    [UNFENCED, 8, 'output language name inside a system instruction sentence'],
    [SYSTEM, 8, 'the output language comes from the workflow input; nothing marks it trusted (inputs.trusted would)'],
    [UNFENCED, 112, 'trigger reason after a label only'],
    [UNFENCED, 115, 'current labels after a label only'],
    [UNFENCED, 118, 'the issue title, written by anyone who opens an issue, after a label only'],
    [UNFENCED, 121, 'the issue body, written by anyone, after a label only: the textbook indirect injection'],
    [UNFENCED, 124, 'recent comments, written by anyone'],
    [UNFENCED, 127, 'summaries of other open issues, written by anyone'],
  ],
};

/** Extra findings under promptgov:strict (agents.require_explicit_tools). */
const EXPECTED_STRICT: Record<string, Expected> = {
  'github__awesome-copilot__agents-context7.agent.md': [['agent/tool-scope', 5, "'context7/*' grants every tool of the Context7 MCP server, including ones added later"]],
  'github__awesome-copilot__prompts-playwright-generate-test.prompt.md': [['agent/tool-scope', 4, "'playwright/*' grants every Playwright MCP tool (browser control) instead of the few the prompt uses"]],
};

const rules = allRules.filter((r) => RULES.includes(r.meta.id));

function findingsOf(file: string, policy: PolicyFile): string[] {
  const text = readFileSync(path.join(CORPUS, file), 'utf8');
  const analysis = analyzeText(file, text, resolveFromObjects(policy, { filePath: file }), { rules });
  assert.ok(analysis, `${file} is not recognized as a prompt file`);
  return analysis.output.findings.map((f) => `${f.ruleId}:${f.line}`);
}

const keyed = (list: Expected) => list.map(([rule, line]) => `${rule}:${line}`);

describe('injection rules over the real prompt corpus', function () {
  before(function () {
    if (existsSync(CORPUS)) return;
    if (process.env.PROMPTGOV_NO_CORPUS === '1') {
      console.log(`  skipped: the real prompt corpus is not at ${CORPUS} (PROMPTGOV_NO_CORPUS=1)`);
      this.skip();
    }
    throw new Error(`The real prompt corpus is missing at ${CORPUS}; set PROMPTGOV_NO_CORPUS=1 to skip these tests knowingly.`);
  });

  it('lists every corpus file', () => {
    const files = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md').sort();
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.length ? `${expected.length} finding(s), each explained` : 'clean'}`, () => {
      assert.ok(expected.every(([, , why]) => why.length > 10), 'every kept finding says why');
      assert.deepEqual(findingsOf(file, {}), keyed(expected));
    });
  }

  it('promptgov:strict adds only the wildcard tool findings', () => {
    for (const file of Object.keys(EXPECTED)) {
      const extra = keyed(EXPECTED_STRICT[file] ?? []);
      const all = findingsOf(file, { extends: 'promptgov:strict' });
      assert.deepEqual(all.filter((f) => f.startsWith('agent/')), extra, file);
      assert.deepEqual(all.filter((f) => !f.startsWith('agent/')), keyed(EXPECTED[file]), file);
    }
  });
});
