/**
 * VS Code / GitHub Copilot customization files: `.prompt.md` (variant `prompt`), `.instructions.md` and
 * `copilot-instructions.md` (`instructions`), `.agent.md` (`agent`), legacy `.chatmode.md` (`chatmode`).
 * Optional YAML front matter, then a Markdown body that is one message: for prompt files it is what the
 * user sends (role `user`); instructions, agents and chat modes are system instructions.
 *
 * Models are display names (`Claude Sonnet 4.5`) or lists of them; handoffs may name a model too.
 * Variables: `${selection}`, `${file}`, `${input:name}`, `${input:name:placeholder}`, … (see
 * templateScan/copilot.ts); `<!-- … -->` comments.
 */
import type { PromptDocument } from '../types';
import { finishDocument, newDocument, scanContext } from './document';
import { addInput, addModel, readMetadata } from './fields';
import { readFrontMatter } from './frontMatter';
import { trimSpan } from './lines';
import { scanCopilot } from './templateScan/copilot';
import { asSeq, getNode, stringValue } from './yamlNodes';

export type CopilotVariant = 'prompt' | 'instructions' | 'agent' | 'chatmode';

/** The Copilot variant of a file name, or undefined when the name is not a Copilot file. */
export function copilotVariant(path: string): CopilotVariant | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.endsWith('.prompt.md')) return 'prompt';
  if (base.endsWith('.instructions.md') || base === 'copilot-instructions.md') return 'instructions';
  if (base.endsWith('.agent.md')) return 'agent';
  if (base.endsWith('.chatmode.md')) return 'chatmode';
  return undefined;
}

export function parseCopilot(path: string, text: string, variant: CopilotVariant = copilotVariant(path) ?? 'prompt'): PromptDocument {
  const doc = newDocument(path, text, 'copilot', 'copilot', variant);
  const fm = readFrontMatter(text);
  doc.comments.push(...fm.comments);
  doc.problems.push(...fm.problems);
  doc.body = { offset: fm.bodyStart, endOffset: text.length };
  if (fm.frontMatter) doc.frontMatter = fm.frontMatter;
  const root = fm.frontMatter?.yaml?.contents;

  readMetadata(doc, root);
  const model = getNode(root, 'model');
  if (stringValue(model) !== undefined) addModel(doc, model, 'model');
  asSeq(model)?.items.forEach((item, i) => addModel(doc, item, `model[${i}]`));
  asSeq(getNode(root, 'handoffs'))?.items.forEach((handoff, i) => addModel(doc, getNode(handoff, 'model'), `handoffs[${i}].model`));

  const content = trimSpan(text, doc.body.offset, doc.body.endOffset);
  if (content.endOffset > content.offset) {
    doc.messages.push({ role: variant === 'prompt' ? 'user' : 'system', content, kind: 'instructions' });
  }
  for (const input of scanCopilot(scanContext(doc), doc.body.offset, doc.body.endOffset)) addInput(doc, input);
  return finishDocument(doc);
}
