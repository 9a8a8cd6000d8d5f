/**
 * The `.promptgov.yaml` that `promptgov init` writes: every section present and explained, values that
 * validate as they are (a test checks that it parses with zero problems), a couple of policy tests.
 */
import schema from './policy.schema.json';

/** Where editors fetch the policy's JSON Schema (the generated file's `$id`). */
export const POLICY_SCHEMA_URL: string = schema.$id;

export function starterPolicy(): string {
  return `# yaml-language-server: $schema=${POLICY_SCHEMA_URL}
#
# promptgov policy: what "safe and governed" means for the prompts in this repository.
# Every key is described in docs/policy.md (https://github.com/promptgov/promptgov/blob/main/docs/policy.md).
#
# promptgov looks for this file from each prompt file's folder upwards; the nearest one wins, key by key,
# over the ones above it. \`root: true\` stops the search here.
root: true

# Start from the embedded defaults. \`promptgov:strict\` also requires owner/version/data_class metadata,
# pinned models and approvers on suppressions, and turns more findings into errors.
extends: promptgov:recommended

# Which files are prompts. Files with a prompt name (*.prompty, *.prompt, *.prompt.yml, *.prompt.md,
# *.instructions.md, *.agent.md, *.promptl) are always checked; globs are relative to this file.
files:
  include: []                       # more files to check, e.g. "agents/**/*.md"
  templates:                        # plain templates to check as prompts
    - "**/prompts/**/*.{jinja,jinja2,j2,hbs,handlebars,mustache,txt}"
  exclude:                          # never checked (node_modules, .git, dist, build, vendor already are)
    - "**/fixtures/**"

# Models. Ids are provider/model; entries are globs.
models:
  approved:                         # remove this list to allow every model
    - "openai/gpt-4.1*"
    - "anthropic/claude-sonnet-4*"
    - "googleai/gemini-2.5-*"
  deprecated:                       # reported with their replacement; an error after the sunset date
    - id: "openai/gpt-4-0314"
      sunset: 2026-06-01
      replacement: "openai/gpt-4.1"
  aliases:                          # display names used by some formats (VS Code) mapped to ids
    "GPT-4.1": "openai/gpt-4.1"
    "Claude Sonnet 4.5": "anthropic/claude-sonnet-4-5"
  require_pinned: false             # true: require dated snapshots instead of moving aliases

# Template inputs. Every input is untrusted (user-controlled) unless listed as trusted.
inputs:
  untrusted: ["*"]
  trusted: ["locale", "today"]

# Metadata every prompt file must carry (owner, version, data_class, retention, description, name).
metadata:
  required: [owner, version]
  owner_pattern: "^@[a-z0-9-]+(/[a-z0-9-]+)?$"    # RE2 syntax: a GitHub user or team

# The values \`data_class\` may take, and how long data of each class may be kept (d, w, m, y).
data_classes:
  public: { max_retention: 1y, description: "Published or publishable text" }
  internal: { max_retention: 180d, description: "Company-internal, no personal data" }
  customer_pii: { max_retention: 30d, description: "Personal data of customers" }

# Token budgets (static prompt text; output tokens a prompt may ask for).
budgets:
  max_prompt_tokens: 4000
  max_output_tokens: 2000
  encoding: o200k_base

# Extra phrases reported as instruction overrides. RE2 syntax (linear time); (?i) ignores case.
blocked_phrases:
  - "(?i)ignore (all )?previous instructions"
  - "(?i)you are now in developer mode"

# Extra delimiters that count as fencing untrusted input (tag names).
delimiters: ["untrusted_input"]

# Hosts that prompt text may send data to in a URL (Markdown images and links built from inputs). Globs.
urls:
  allowed_hosts: []                 # e.g. "*.contoso.com"

# Least privilege for VS Code / Copilot agent, chat mode and prompt files.
agents:
  require_explicit_tools: false     # true: report '*' and 'server/*' in tool lists
  # allowed_mcp_hosts: ["*.githubcopilot.com"]   # hosts MCP servers may be at (absent: any)
  # allowed_handoffs: ["reviewer"]               # agents a handoff may send to with send: true (absent: any)

# Rule settings: a severity (error, warning, info, hint, off) or [severity, { option: value }].
# Keys are rule ids or globs; later entries win. Run \`promptgov explain <rule>\` for a rule's options.
rules: {}
  # "pii/phone": warning
  # "model/unpinned": off

# Rules that inline suppressions and exceptions can never silence.
non_suppressible: ["secret/*"]

# What an inline suppression must carry:
#   # promptgov-disable-next-line pii/phone -- published hotline; approved-by: @security; expires: 2027-03-31
suppressions:
  require_reason: true
  require_approver: false
  max_days: 180

# How fixes redact sensitive values: label ([REDACTED_EMAIL]), variable ({{ email }}) or mask (j***@e***.com).
redaction:
  style: label

# Settings for some files only (globs relative to this file); applied after the settings above.
overrides:
  - files: ["tests/**", "**/*.test.prompt"]
    rules:
      "pii/*": warning

# Approved exceptions: a rule, the files it covers, why, who approved it and until when.
exceptions: []
  # - rule: pii/phone
  #   files: ["prompts/support.prompt"]
  #   reason: "published support hotline"
  #   approved_by: "@security"
  #   expires: 2027-03-31

# The policy's own tests, run by \`promptgov policy test\`: prompt text (or a file) and the rules that must or
# must not report on it.
tests:
  - name: a personal email address is reported
    text: "Escalate billing disputes to maria.lopez@northwind-support.com."
    expect: ["pii/email"]
  - name: a plain prompt has no personal data
    text: "Summarize the customer's ticket in three sentences."
    expect_not: ["pii/email", "secret/*"]
  - name: a deprecated model is reported with its replacement
    filename: example.prompt.yml
    text: "model: openai/gpt-4-0314\\nmessages:\\n  - role: user\\n    content: Summarize the ticket.\\n"
    expect: ["model/deprecated"]
`;
}
