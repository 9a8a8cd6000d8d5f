/**
 * The workspace the VS Code tests open: one file per prompt format, each with a finding the server is
 * known to report under the workspace's policy, committed to a fresh git repository (the base revision of
 * "show changes since base" and of the version notes).
 */
import { spawnSync } from 'node:child_process';
import { FAKE_EMAIL, workspace } from './support';

export const POLICY = `extends: promptgov:recommended
models:
  approved: ["googleai/gemini-2.5-*", "openai/gpt-4.1*"]
rules:
  pii/emial: warning
`;

export const FILES: Record<string, string> = {
  '.promptgov.yaml': POLICY,
  'support.prompt': [
    '---',
    'model: googleai/gemini-2.5-flash',
    '---',
    '{{role "system"}}',
    `You help customers of Northwind. Escalate to ${FAKE_EMAIL} when stuck.`,
    '{{role "user"}}',
    '{{question}}',
    '',
  ].join('\n'),
  'triage.prompty': [
    '---',
    'name: Triage',
    'description: Sorts incoming tickets.',
    'model:',
    '  api: chat',
    '  configuration:',
    '    type: azure_openai',
    '    azure_deployment: gpt-35-turbo',
    'inputs:',
    '  ticket:',
    '    type: string',
    '---',
    'system:',
    'You sort support tickets by urgency.',
    '',
    'user:',
    '{{ticket}}',
    '',
  ].join('\n'),
  'summarize.prompt.yml': [
    'name: Summarizer',
    'description: Summarizes a ticket in one line.',
    'model: openai/gpt-4o-mini',
    'messages:',
    '  - role: system',
    '    content: You write one-line summaries.',
    '  - role: user',
    '    content: "Summarize: {{input}}"',
    '',
  ].join('\n'),
  'review.prompt.md': ['---', 'description: Review a pull request', 'model: GPT-4o', '---', `Review the changes. Send questions to ${FAKE_EMAIL}.`, ''].join('\n'),
  'agent.promptl': ['---', 'provider: openai', 'model: gpt-4o', '---', '<system>', 'You answer questions about {{ product }}.', '</system>', '<user>', '{{ question }}', '</user>', ''].join('\n'),
  'nested/deeper/notes.prompt': ['---', 'model: googleai/gemini-2.5-flash', '---', 'Summarize {{notes}}.', ''].join('\n'),
};

/** A throw-away git repository holding FILES, committed. */
export function promptWorkspace(prefix: string): { dir: string; cleanup(): void } {
  const ws = workspace(prefix, FILES);
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=promptgov e2e', '-c', 'user.email=e2e@promptgov.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: ws.dir,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'prompts');
  return ws;
}
