/**
 * `.promptgov.yaml` policy files as documents: the whole file is YAML (front matter and body at once),
 * comments are collected (inline directives live there) and YAML syntax errors are problems. What the
 * policy says is validated by the policy loader (policy/), not here.
 */
import type { PromptDocument } from '../types';
import { finishDocument, newDocument } from './document';
import { isPlainObject } from './frontMatter';
import { parseYamlRegion } from './yamlNodes';

export function parsePolicyDocument(path: string, text: string): PromptDocument {
  const doc = newDocument(path, text, 'policy', 'text');
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const yaml = parseYamlRegion(text, start, text.length);
  doc.comments.push(...yaml.comments);
  doc.problems.push(...yaml.problems);
  doc.frontMatter = {
    span: { offset: 0, endOffset: text.length },
    content: { offset: start, endOffset: text.length },
    yaml: yaml.doc,
    value: isPlainObject(yaml.value) ? (yaml.value as Record<string, unknown>) : undefined,
  };
  return finishDocument(doc);
}
