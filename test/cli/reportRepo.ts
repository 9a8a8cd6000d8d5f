/** A small governed repository with history, for the report tests (CLI and Chromium). */
import { TempRepo } from './gitRepo';

export const REPORT_POLICY = `models:
  approved: ["openai/gpt-4.1*", "anthropic/claude-sonnet-4*"]
data_classes:
  public: { max_retention: 365d }
  customer_pii: { max_retention: 30d }
exceptions:
  - { rule: "pii/phone", files: ["prompts/support.prompt"], reason: "published hotline", approved_by: "@security", expires: 2099-03-31 }
  - { rule: "pii/email", files: ["prompts/legacy.prompt"], reason: "legacy inbox", approved_by: "@privacy", expires: 2025-01-31 }
`;

const prompt = (meta: string, body: string) => `---\n${meta}---\n${body}\n`;

/** Three commits: the base (2026-01-01), a model change (2026-01-10), a new prompt and a version bump (2026-01-20). */
export function reportRepo(): { repo: TempRepo; first: string } {
  const repo = new TempRepo('promptgov-report-');
  repo.write('.promptgov.yaml', REPORT_POLICY);
  repo.write('prompts/support.prompt', prompt('model: openai/gpt-4.1\nversion: 1.0.0\nowner: "@support"\ndata_class: customer_pii\nretention: 90d\n', '{{role "system"}}\nCall +1 202-456-1111 or write to jane.doe@northwind-mail.com.'));
  repo.write('prompts/legacy.prompt', prompt('model: openai/gpt-4.1\nversion: 3.2.0\nowner: "@ops"\ndata_class: public\nretention: 30d\n', 'Summarize the ticket.'));
  const first = repo.commit('base', { date: '2026-01-01T09:00:00Z' });
  repo.write('prompts/legacy.prompt', prompt('model: openai/gpt-4o\nversion: 3.2.0\nowner: "@ops"\ndata_class: public\nretention: 30d\n', 'Summarize the ticket.'));
  repo.commit('switch model', { date: '2026-01-10T09:00:00Z', author: 'Grace Hopper' });
  repo.write('prompts/translate.prompt', prompt('model: anthropic/claude-sonnet-4-20250514\nversion: 0.1.0\nowner: "@i18n"\ndata_class: secret_stuff\n', '{{! promptgov-disable-next-line template/undefined-variable -- filled by the caller; approved-by: @i18n; expires: 2099-01-01 }}\nTranslate {{text}} into {{language}}.'));
  repo.write('prompts/support.prompt', prompt('model: openai/gpt-4.1\nversion: 1.1.0\nowner: "@support"\ndata_class: customer_pii\nretention: 90d\n', '{{role "system"}}\nCall +1 202-456-1111 or write to jane.doe@northwind-mail.com. Be brief.'));
  repo.commit('translate', { date: '2026-01-20T09:00:00Z' });
  return { repo, first };
}
