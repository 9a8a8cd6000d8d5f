import assert from 'node:assert/strict';
import rule, { parseUrl } from '../../../shared/src/rules/agent/tool-scope';
import { ruleTester } from '../harness';
import { fixRoundTrips } from '../injection/fixes';

const EXPLICIT = { agents: { require_explicit_tools: true } };

const CONTEXT7 = `---
name: Context7-Expert
tools: ['read', 'search', 'context7/get-library-docs']
mcp-servers:
  context7:
    type: http
    url: "https://mcp.context7.com/mcp"
    headers: {"CONTEXT7_API_KEY": "\${{ secrets.COPILOT_MCP_CONTEXT7 }}"}
    tools: ["get-library-docs", "resolve-library-id"]
handoffs:
  - label: Implement
    agent: agent
    prompt: Implement it.
    send: false
---
Use Context7.
`;

ruleTester(rule, {
  valid: [
    { name: 'agent: explicit tools, https MCP with a secret reference, a handoff that asks', path: '.github/agents/c7.agent.md', text: CONTEXT7, policy: { agents: { require_explicit_tools: true, allowed_mcp_hosts: ['mcp.context7.com'], allowed_handoffs: [] } } },
    { name: 'agent: wildcards are fine unless the policy asks for explicit lists', path: '.github/agents/a.agent.md', text: "---\ntools: ['*', 'github/*']\n---\nGo.\n" },
    { name: 'agent: every MCP host is allowed when the policy lists none', path: '.github/agents/a.agent.md', text: '---\nmcp-servers:\n  x:\n    url: https://mcp.anywhere.io/mcp\n---\nGo.\n' },
    { name: 'agent: local http MCP server', path: '.github/agents/a.agent.md', text: '---\nmcp-servers:\n  x:\n    url: http://localhost:3000/mcp\n---\nGo.\n', policy: { agents: { allowed_mcp_hosts: ['mcp.corp.io'] } } },
    { name: 'agent: env and input references, placeholders and non-credential values', path: '.github/agents/a.agent.md', text: '---\nmcp-servers:\n  x:\n    url: https://mcp.x.io\n    headers:\n      Authorization: "Bearer ${input:token}"\n      X-Api-Key: ${env:X_KEY}\n      Accept: application/json\n    env:\n      API_KEY: YOUR_API_KEY_HERE\n      MODE: production-eu-west\n---\nGo.\n' },
    { name: 'agent: a send: true handoff to an allowed agent', path: '.github/agents/a.agent.md', text: '---\nhandoffs:\n  - label: Review\n    agent: reviewer\n    send: true\n---\nGo.\n', policy: { agents: { allowed_handoffs: ['review*'] } } },
    { name: 'instructions files are out of scope', path: '.github/instructions/a.instructions.md', text: "---\napplyTo: '**'\ntools: ['*']\n---\nGo.\n", policy: EXPLICIT },
    { name: 'a prompt file with explicit tools', path: '.github/prompts/a.prompt.md', text: "---\nagent: agent\ntools: ['search/codebase', 'edit/editFiles']\n---\nGo.\n", policy: EXPLICIT },
  ],
  invalid: [
    {
      name: 'agent: wildcard tools when the policy asks for explicit lists',
      path: '.github/agents/a.agent.md',
      text: "---\nname: a\ntools: ['*', 'read', 'github/*']\n---\nGo.\n",
      policy: EXPLICIT,
      errors: [
        { text: '*', line: 3, column: 10, severity: 'warning', message: "'*' in tools grants every tool, present and future. The policy asks for explicit tool lists: name the tools this file needs." },
        { text: 'github/*', line: 3, message: /^'github\/\*' in tools grants every tool of 'github', including ones added later/ },
      ],
      output: null,
    },
    {
      name: 'chat mode: tools as a block list; an MCP server tools wildcard',
      path: '.github/chatmodes/a.chatmode.md',
      text: "---\ntools:\n  - playwright/*\nmcp-servers:\n  playwright:\n    command: npx\n    tools: ['*']\n---\nGo.\n",
      policy: EXPLICIT,
      errors: [{ text: 'playwright/*', line: 3 }, { text: '*', line: 7, message: /in mcp-servers\.playwright\.tools/ }],
    },
    {
      name: 'prompt file: wildcard',
      path: '.github/prompts/a.prompt.md',
      text: "---\nagent: agent\ntools: ['context7/*']\n---\nGo.\n",
      policy: EXPLICIT,
      errors: [{ text: 'context7/*', line: 3 }],
    },
    {
      name: 'agent: MCP host not allowed, and plain http',
      path: '.github/agents/a.agent.md',
      text: '---\nmcp-servers:\n  tracker:\n    url: http://mcp.tracker.io:8080/mcp\n---\nGo.\n',
      policy: { agents: { allowed_mcp_hosts: ['*.corp.example.com'] } },
      errors: [
        { text: 'http://mcp.tracker.io:8080/mcp', line: 4, message: "MCP server 'tracker' is reached over plain http: its credentials, tool calls and results travel unencrypted. Use https." },
        { text: 'http://mcp.tracker.io:8080/mcp', line: 4, message: /^MCP server 'tracker' is at 'mcp.tracker.io', which agents.allowed_mcp_hosts does not list/ },
      ],
    },
    {
      name: 'agent: literal credentials in headers (flow mapping) and env; the fix references a secret',
      path: '.github/agents/a.agent.md',
      text: '---\nmcp-servers:\n  context7:\n    url: https://mcp.context7.com/mcp\n    headers: {"CONTEXT7_API_KEY": "ctx7sk-9f8e7d6c5b4a39281706"}\n    env:\n      GITHUB_TOKEN: ghp_R2d2C3poLuke5kyWalker0123456789Ab\n---\nGo.\n',
      errors: [
        { text: 'ctx7sk-9f8e7d6c5b4a39281706', line: 5, message: /^MCP server 'context7' has a literal credential in headers\.CONTEXT7_API_KEY \(…1706\): anyone who reads the file can use it\. Reference a secret instead, e\.g\. \$\{\{ secrets\.COPILOT_MCP_CONTEXT7_CONTEXT7_API_KEY \}\}\.$/ },
        { text: 'ghp_R2d2C3poLuke5kyWalker0123456789Ab', line: 7 },
      ],
      output: '---\nmcp-servers:\n  context7:\n    url: https://mcp.context7.com/mcp\n    headers: {"CONTEXT7_API_KEY": "${{ secrets.COPILOT_MCP_CONTEXT7_CONTEXT7_API_KEY }}"}\n    env:\n      GITHUB_TOKEN: "${{ secrets.COPILOT_MCP_CONTEXT7_GITHUB_TOKEN }}"\n---\nGo.\n',
    },
    {
      name: 'agent: a Bearer token keeps its scheme',
      path: '.github/agents/a.agent.md',
      text: "---\nmcp-servers:\n  api:\n    url: https://mcp.api.io\n    headers:\n      Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.abcdef123456'\n---\nGo.\n",
      errors: [{ text: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.abcdef123456', line: 6 }],
      output: '---\nmcp-servers:\n  api:\n    url: https://mcp.api.io\n    headers:\n      Authorization: "Bearer ${{ secrets.COPILOT_MCP_API_AUTHORIZATION }}"\n---\nGo.\n',
    },
    {
      name: 'agent: send: true to an agent not allowed; the fix asks first',
      path: '.github/agents/plan.agent.md',
      text: '---\nhandoffs:\n  - label: Deploy\n    agent: deployer\n    prompt: Ship it.\n    send: true\n---\nPlan.\n',
      policy: { agents: { allowed_handoffs: ['reviewer'] } },
      errors: [{ text: 'true', line: 6, message: /^This handoff sends its prompt to agent 'deployer' automatically \(send: true\), and agents\.allowed_handoffs does not list it/ }],
      output: '---\nhandoffs:\n  - label: Deploy\n    agent: deployer\n    prompt: Ship it.\n    send: false\n---\nPlan.\n',
    },
  ],
});

describe('agent/tool-scope: messages never hold the full credential', () => {
  it('masks the value', async () => {
    const { runRule } = await import('../harness');
    const secret = 'ghp_R2d2C3poLuke5kyWalker0123456789Ab';
    const findings = runRule(rule, { path: '.github/agents/a.agent.md', text: `---\nmcp-servers:\n  gh:\n    url: https://mcp.gh.io\n    env:\n      GITHUB_TOKEN: ${secret}\n---\nGo.\n` });
    assert.equal(findings.length, 1);
    assert.ok(!findings[0].message.includes(secret));
    assert.ok(!findings[0].message.includes(secret.slice(4, 20)));
  });
  it('parseUrl reads scheme and host', () => {
    assert.deepEqual(parseUrl('HTTPS://user@Mcp.Example.com:443/x'), { scheme: 'https', host: 'mcp.example.com' });
    assert.deepEqual(parseUrl('http://[::1]:8080/'), { scheme: 'http', host: '[::1]' });
    assert.equal(parseUrl('not a url'), undefined);
  });
});

fixRoundTrips(rule, [
  {
    name: 'agent: credentials and an automatic handoff are fixed, the rest of the front matter is untouched',
    path: '.github/agents/a.agent.md',
    text: '---\nname: a\ndescription: d\nmcp-servers:\n  x:\n    url: https://mcp.x.io\n    headers: {"X-API-KEY": "sk-live-0123456789abcdefABCDEF"}\nhandoffs:\n  - label: go\n    agent: deployer\n    send: true\n---\nBody ${input:x}\n',
    policy: { agents: { allowed_handoffs: [] } },
  },
]);
