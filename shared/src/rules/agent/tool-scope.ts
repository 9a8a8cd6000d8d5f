import { isScalar } from 'yaml';
import type { PromptDocument, Span } from '../../types';
import type { AgentsSection } from '../../policy/types';
import { mask } from '../../engine/mask';
import { placeholderValue } from '../../detectors/placeholders';
import { asSeq, getNode, pairsOf, scalarValueSpan, stringValue } from '../../formats/yamlNodes';
import { matchingGlob } from '../../trust/trust';
import { defineRule, type Report } from '../rule';

/**
 * Least privilege for VS Code agent, chat mode and prompt files (front matter):
 *
 * - wildcard tools (`'*'`, `github/*`, an MCP server's `tools: ['*']`) when the policy sets
 *   `agents.require_explicit_tools` (promptgov:strict does);
 * - MCP servers reached over plain `http://` (other than on this machine), and at hosts that
 *   `agents.allowed_mcp_hosts` does not list;
 * - literal credentials in an MCP server's `headers` or `env` (`${{ secrets.X }}`, `${env:X}`, `${input:X}`
 *   references are fine); the fix replaces the value with a `${{ secrets.COPILOT_MCP_… }}` reference;
 * - handoffs that send their prompt automatically (`send: true`) to an agent that `agents.allowed_handoffs`
 *   does not list; the fix sets `send: false`, so that the user confirms each handoff.
 */
export default defineRule({
  meta: {
    id: 'agent/tool-scope',
    description: 'An agent, chat mode or prompt file reaches further than needed: wildcard tools, MCP servers at hosts not allowed, literal MCP credentials, automatic handoffs to agents not allowed.',
    defaultSeverity: 'warning',
    fixable: true,
    formats: ['copilot'],
  },
  check({ document, policy, report }) {
    if (document.variant !== 'agent' && document.variant !== 'chatmode' && document.variant !== 'prompt') return;
    const root = document.frontMatter?.yaml?.contents;
    if (!root) return;
    const agents: AgentsSection = policy.agents ?? {};
    if (agents.require_explicit_tools) checkTools(document, getNode(root, 'tools'), 'tools', report);
    for (const key of ['mcp-servers', 'mcpServers']) {
      for (const { key: server, pair } of pairsOf(getNode(root, key))) checkServer(document, server, pair.value, agents, report);
    }
    checkHandoffs(document, getNode(root, 'handoffs'), agents, report);
  },
});

function checkTools(doc: PromptDocument, node: unknown, where: string, report: (r: Report) => void): void {
  const items = asSeq(node)?.items ?? (node ? [node] : []);
  for (const item of items) {
    const name = stringValue(item);
    const span = scalarValueSpan(doc.text, item);
    if (name === undefined || !span) continue;
    const all = name.trim() === '*';
    if (!all && !name.trim().endsWith('/*')) continue;
    const server = all ? '' : name.trim().slice(0, -2);
    report({
      span,
      message: all
        ? `'*' in ${where} grants every tool, present and future. The policy asks for explicit tool lists: name the tools this file needs.`
        : `'${name.trim()}' in ${where} grants every tool of '${server}', including ones added later. The policy asks for explicit tool lists: name the tools this file needs ('${server}/<tool>').`,
      evidence: { tool: name.trim(), policy: 'agents.require_explicit_tools' },
    });
  }
}

function checkServer(doc: PromptDocument, server: string, value: unknown, agents: AgentsSection, report: (r: Report) => void): void {
  if (agents.require_explicit_tools) checkTools(doc, getNode(value, 'tools'), `mcp-servers.${server}.tools`, report);
  const urlNode = getNode(value, 'url');
  const url = stringValue(urlNode);
  const urlSpan = scalarValueSpan(doc.text, urlNode);
  if (url !== undefined && urlSpan && !url.includes('${')) {
    const parsed = parseUrl(url.trim());
    if (parsed) {
      const local = isLoopback(parsed.host);
      if (parsed.scheme === 'http' && !local) {
        report({
          span: urlSpan,
          message: `MCP server '${server}' is reached over plain http: its credentials, tool calls and results travel unencrypted. Use https.`,
          evidence: { server, host: parsed.host },
        });
      }
      if (agents.allowed_mcp_hosts && !local && matchingGlob(agents.allowed_mcp_hosts, parsed.host) === undefined) {
        report({
          span: urlSpan,
          message: `MCP server '${server}' is at '${parsed.host}', which agents.allowed_mcp_hosts does not list: the agent would send prompts and tool calls there. Use an allowed server or add the host to the policy.`,
          evidence: { server, host: parsed.host, policy: 'agents.allowed_mcp_hosts' },
        });
      }
    }
  }
  for (const section of ['headers', 'env']) {
    for (const { key, pair } of pairsOf(getNode(value, section))) {
      const node = pair.value;
      const text = stringValue(node);
      const span = scalarValueSpan(doc.text, node);
      if (text === undefined || !span || !isScalar(node)) continue;
      if (!isCredential(key, text)) continue;
      const secretName = `COPILOT_MCP_${upperSnake(server)}_${upperSnake(key)}`.replace(UNDERSCORES, '_');
      const prefix = schemePrefix(text);
      const range = (node as { range?: [number, number, number] }).range;
      const whole: Span = range ? { offset: range[0], endOffset: range[1] } : span;
      report({
        span,
        message: `MCP server '${server}' has a literal credential in ${section}.${key} (${mask(text.slice(prefix.length), 'secret')}): anyone who reads the file can use it. Reference a secret instead, e.g. \${{ secrets.${secretName} }}.`,
        evidence: { server, key, section },
        fixes: [{ title: `Use \${{ secrets.${secretName} }}`, edits: [{ offset: whole.offset, endOffset: whole.endOffset, text: `"${prefix}\${{ secrets.${secretName} }}"` }] }],
        fingerprintText: `${server}.${section}.${key}`,
      });
    }
  }
}

function checkHandoffs(doc: PromptDocument, node: unknown, agents: AgentsSection, report: (r: Report) => void): void {
  if (!agents.allowed_handoffs) return;
  for (const item of asSeq(node)?.items ?? []) {
    const sendNode = getNode(item, 'send');
    if (!isScalar(sendNode) || sendNode.value !== true) continue;
    const agentNode = getNode(item, 'agent');
    const agent = stringValue(agentNode) ?? '';
    if (agent && matchingGlob(agents.allowed_handoffs, agent) !== undefined) continue;
    const span = scalarValueSpan(doc.text, sendNode);
    if (!span) continue;
    report({
      span,
      message: `This handoff sends its prompt to agent '${agent || '(unnamed)'}' automatically (send: true), and agents.allowed_handoffs does not list it: the conversation moves on without the user's confirmation. Set send: false or allow the agent in the policy.`,
      evidence: { agent, policy: 'agents.allowed_handoffs' },
      fixes: [{ title: 'Ask before handing off (send: false)', edits: [{ offset: span.offset, endOffset: span.endOffset, text: 'false' }] }],
    });
  }
}

/** Scheme and host of an absolute URL, or undefined. */
export function parseUrl(url: string): { scheme: string; host: string } | undefined {
  const sep = url.indexOf('://');
  if (sep <= 0) return undefined;
  const scheme = url.slice(0, sep).toLowerCase();
  let end = sep + 3;
  while (end < url.length && !'/?#'.includes(url[end])) end++;
  let host = url.slice(sep + 3, end);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
  return host ? { scheme, host: host.toLowerCase() } : undefined;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host.startsWith('127.');
}

/** Header and variable names that hold credentials. */
const CREDENTIAL_NAME = /auth|key|token|secret|passw|pwd|cookie|session|credential|bearer|signature/i;
/** `Bearer`, `Basic`, `token` schemes in an Authorization value. */
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Bot)[ \t]+/i;
/** References resolved at run time: `${{ secrets.X }}`, `${env:X}`, `${input:X}`, `${X}`, `$X`, `{{ X }}`. */
const REFERENCE = /\$\{\{|\$\{[A-Za-z_]|^\$[A-Za-z_]|\{\{/;
const UNDERSCORES = /_+/g;

/** A literal credential: a credential-named key (or an auth scheme) and a value that is no reference or placeholder. */
function isCredential(key: string, value: string): boolean {
  const v = value.trim();
  if (!v || REFERENCE.test(v)) return false;
  const prefix = schemePrefix(v);
  if (!CREDENTIAL_NAME.test(key) && !prefix) return false;
  const secret = v.slice(prefix.length).trim();
  if (secret.length < 8 || placeholderValue(secret)) return false;
  return true;
}

function schemePrefix(value: string): string {
  const m = AUTH_SCHEME.exec(value);
  return m ? m[0] : '';
}

function upperSnake(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    out += word ? ch.toUpperCase() : '_';
  }
  return out;
}

/** The regular expressions of this rule, for the ReDoS test. */
export const PATTERNS: readonly RegExp[] = [CREDENTIAL_NAME, AUTH_SCHEME, REFERENCE, UNDERSCORES];
