/**
 * Reads a policy file: YAML with positions, checked against the JSON Schema (ajv) and then by hand (rule
 * ids, RE2 patterns, globs, dates, model conflicts). Every problem is a `ParseProblem` at the offending key
 * or value, with its key path and a sentence saying what to write instead. Never throws: broken input gives
 * problems and a best-effort policy in which the invalid parts were dropped (so the resolver and the rules
 * only ever see well-typed values).
 */
import Ajv, { type ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ParseProblem, Span } from '../types';
import type { RuleMeta } from '../rules/rule';
import type { PolicyFile } from './types';
import schema from './policy.schema.json';
import { compilePolicyGlob, compilePolicyPattern, globToRe2, isGlob } from './re2';
import { closest, didYouMean } from './suggest';
import { PRESETS, isPresetName } from './presets';

/** The rule ids of policy-file problems (each is a rule under `rules/policy/`). */
export const POLICY_RULE = {
  invalidYaml: 'policy/invalid-yaml',
  invalidSchema: 'policy/invalid-schema',
  invalidPattern: 'policy/invalid-pattern',
  unknownRule: 'policy/unknown-rule',
  extendsNotFound: 'policy/extends-not-found',
  conflictingModels: 'policy/conflicting-models',
} as const;

/** A path into the policy: `['models', 'approved', 2]` is `models.approved[2]`. */
export type KeyPath = readonly (string | number)[];

export interface PolicyParse {
  /** The policy, with invalid parts removed. `{}` when the file could not be read at all. */
  policy: PolicyFile;
  problems: ParseProblem[];
  /** Where a key (`part: 'key'`) or its value (default) is written; undefined when it is not in the file. */
  spanOf(path: KeyPath, part?: 'key' | 'value'): Span | undefined;
}

export interface ParsePolicyOptions {
  /** When given, the options in `rules: { id: [severity, { … }] }` are checked against the rule's `meta.options`. */
  ruleMeta?: (id: string) => RuleMeta | undefined;
}

/** Larger policy files are refused (a policy is a page of settings, not data). */
export const MAX_POLICY_BYTES = 1024 * 1024;
/** Deeper nesting is refused before any recursive processing. */
export const MAX_POLICY_DEPTH = 32;
/** Alias expansions allowed when reading the YAML (guards against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export const SEVERITY_WORDS = ['error', 'warning', 'info', 'hint', 'off'] as const;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DURATION_PATTERN = '^\\d+[dwmy]$';

let validator: ReturnType<Ajv['compile']> | undefined;
function validateSchema(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/**
 * Reads and validates one policy file. `path` names the file (problems carry spans, not paths);
 * `knownRuleIds` is the rule registry's ids (empty: rule ids are not checked). Never throws.
 */
export function parsePolicy(path: string, text: string, knownRuleIds: ReadonlySet<string>, options: ParsePolicyOptions = {}): PolicyParse {
  const problems: ParseProblem[] = [];
  let doc: Document.Parsed | undefined;
  const spanOf = (keyPath: KeyPath, part: 'key' | 'value' = 'value'): Span | undefined => (doc ? locate(doc, keyPath, part) : undefined);
  try {
    if (text.length > MAX_POLICY_BYTES) {
      problems.push({
        ruleId: POLICY_RULE.invalidYaml,
        span: { offset: 0, endOffset: 0 },
        message: `The policy file is about ${Math.round(text.length / 1024)} KB; the limit is ${MAX_POLICY_BYTES / 1024} KB. A policy holds settings, not data: move the data out.`,
      });
      return { policy: {}, problems, spanOf };
    }
    doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
    for (const e of [...doc.errors, ...doc.warnings]) {
      const message = yamlMessage(e.code, e.message);
      if (message === TOO_DEEP_YAML && problems.some((p) => p.message === message)) continue;
      problems.push({ ruleId: POLICY_RULE.invalidYaml, span: tokenSpan(text, e.pos[0], e.pos[1]), message });
    }
    if (doc.errors.some((e) => e.message.includes('Maximum call stack'))) return { policy: {}, problems, spanOf };
    const tooDeep = deepNode(doc.contents as YamlNode | null);
    if (tooDeep) {
      problems.push({
        ruleId: POLICY_RULE.invalidYaml,
        span: headSpan(text, tooDeep),
        message: `The policy nests deeper than ${MAX_POLICY_DEPTH} levels here; a policy never needs that. Flatten it.`,
      });
      return { policy: {}, problems, spanOf };
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const alias = firstAlias(doc.contents as YamlNode | null);
      problems.push({
        ruleId: POLICY_RULE.invalidYaml,
        span: alias ? nodeSpan(alias) : { offset: 0, endOffset: 0 },
        message: /excessive alias/i.test(String((error as Error)?.message))
          ? `The YAML aliases here expand to too much data (more than ${MAX_ALIAS_COUNT} expansions): write the values out instead of repeating *aliases.`
          : /unresolved alias/i.test(String((error as Error)?.message))
            ? yamlMessage('BAD_ALIAS', '')
            : `The YAML could not be read: ${firstLine(String((error as Error)?.message ?? error))}.`,
      });
      return { policy: {}, problems, spanOf };
    }
    if (value === null || value === undefined) return { policy: {}, problems, spanOf };
    value = toPlain(value, 0);
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        ruleId: POLICY_RULE.invalidSchema,
        span: doc.contents ? headSpan(text, doc.contents as YamlNode) : { offset: 0, endOffset: 0 },
        message: 'A policy file is a mapping of keys such as `rules:`, `models:` and `files:` (see docs/policy.md).',
      });
      return { policy: {}, problems, spanOf };
    }
    const checker = new Checker(doc, text, value as Record<string, unknown>, knownRuleIds, options);
    checker.schemaErrors(validateSchema(value));
    checker.customChecks();
    problems.push(...checker.problems);
    problems.sort((a, b) => a.span.offset - b.span.offset || a.span.endOffset - b.span.endOffset);
    return { policy: checker.pruned() as PolicyFile, problems, spanOf };
  } catch (error) {
    problems.push({
      ruleId: POLICY_RULE.invalidYaml,
      span: { offset: 0, endOffset: 0 },
      message: `The policy file could not be read (${firstLine(String((error as Error)?.message ?? error))}); the embedded defaults apply. Please report this.`,
    });
    return { policy: {}, problems, spanOf };
  }
}

/** `models.approved[2]`, `rules["pii/email"]`, `exceptions[0].expires`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The docs anchor of the section a key path belongs to. */
export function docsAnchor(path: KeyPath): string {
  const top = typeof path[0] === 'string' && (schema.properties as Record<string, unknown>)[path[0]] ? path[0] : '';
  return top ? `docs/policy.md#${top}` : 'docs/policy.md';
}

const DELETE = Symbol('delete');
type Rec = Record<string, unknown>;

class Checker {
  readonly problems: ParseProblem[] = [];
  private readonly deletions: KeyPath[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly value: Rec,
    private readonly knownRuleIds: ReadonlySet<string>,
    private readonly options: ParsePolicyOptions,
  ) {}

  private report(ruleId: string, path: KeyPath, message: string, part: 'key' | 'value' | 'head' = 'value'): void {
    const span = this.spanFor(path, part);
    const prefix = path.length ? `${formatKeyPath(path)}: ` : '';
    this.problems.push({ ruleId, span, message: prefix + message });
  }

  private spanFor(path: KeyPath, part: 'key' | 'value' | 'head'): Span {
    if (part === 'head') {
      const hit = nodeAt(this.doc, path);
      if (hit?.value) return headSpan(this.text, hit.value);
      if (hit?.key) return nodeSpan(hit.key);
    } else {
      const span = locate(this.doc, path, part);
      if (span) return span;
    }
    // Not written in the file as such (e.g. reached through an alias): point at the nearest ancestor.
    for (let n = path.length - 1; n >= 0; n--) {
      const hit = nodeAt(this.doc, path.slice(0, n));
      if (hit?.key) return nodeSpan(hit.key);
      if (hit?.value) return headSpan(this.text, hit.value);
    }
    return { offset: 0, endOffset: 0 };
  }

  /** Removes a value from the policy; an exception whose `expires` is invalid goes whole (it must not become permanent). */
  private drop(path: KeyPath): void {
    this.deletions.push(path[0] === 'exceptions' && path.length === 3 && path[2] === 'expires' ? path.slice(0, 2) : path);
  }

  // ---- JSON Schema errors -------------------------------------------------------------------------------

  schemaErrors(errors: ErrorObject[]): void {
    // A failed `anyOf` (a rule setting, `extends`) gets one message; the errors of its branches, nested
    // `anyOf`s included, are dropped.
    const anyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
    const inside = (path: string, p: string): boolean => path.startsWith(`${p}/`);
    const seen = new Set<string>();
    for (const e of errors) {
      if (anyOf.some((p) => inside(e.instancePath, p) || (e.keyword !== 'anyOf' && e.instancePath === p))) continue;
      if (e.keyword === 'if') continue;
      const path = this.pointerToPath(e.instancePath);
      const key = e.keyword === 'anyOf' ? `anyOf|${e.instancePath}` : `${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.schemaError(e, path);
    }
  }

  private schemaError(e: ErrorObject, path: KeyPath): void {
    const anchor = ` (see ${docsAnchor(path)})`;
    const data = e.data;
    const parent = (e.parentSchema ?? {}) as { properties?: Record<string, { description?: string }>; description?: string };
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
        const full = [...path, key];
        const hint = closest(key, allowed);
        this.report(POLICY_RULE.invalidSchema, full, `unknown key.${hint ? ` Did you mean "${hint}"?` : ` Write one of: ${allowed.join(', ')}.`}${anchor}`, 'key');
        this.drop(full);
        return;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        const what = firstSentence(parent.properties?.[missing]?.description);
        this.report(POLICY_RULE.invalidSchema, path, `missing \`${missing}\`${what ? ` (${lowerFirst(what)})` : ''}. Add it, or remove this entry.${anchor}`, 'head');
        this.drop(path);
        return;
      }
      case 'anyOf': {
        this.report(POLICY_RULE.invalidSchema, path, `${this.anyOfMessage(e, path)}${anchor}`);
        this.drop(path);
        return;
      }
      case 'type': {
        const expected = String((e.params as { type: string }).type);
        this.report(POLICY_RULE.invalidSchema, path, `expected ${typeWord(expected)}, found ${describeValue(data)}. ${typeHint(expected, data)}${anchor}`);
        this.drop(path);
        return;
      }
      case 'enum': {
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const shown = typeof data === 'string' ? `'${clip(data)}'` : describeValue(data);
        this.report(POLICY_RULE.invalidSchema, path, `${shown} is not allowed. Write one of ${allowed.join(', ')}.${typeof data === 'string' ? didYouMean(data, allowed) : ''}${anchor}`);
        this.drop(path);
        return;
      }
      case 'pattern': {
        const pattern = String((e.params as { pattern: string }).pattern);
        const shown = `'${clip(String(data))}'`;
        if (pattern === DATE_PATTERN) {
          this.report(POLICY_RULE.invalidSchema, path, `${shown} is not a date. Write YYYY-MM-DD, e.g. 2027-03-31.${anchor}`);
          this.drop(path);
        } else if (pattern === DURATION_PATTERN) {
          this.report(POLICY_RULE.invalidSchema, path, `${shown} is not a duration. Write a number and a unit: 30d (days), 12w (weeks), 6m (months) or 1y (years).${anchor}`);
          this.drop(path);
        } else {
          this.report(POLICY_RULE.invalidSchema, path, `${shown} does not match ${pattern}.${anchor}`);
          this.drop(path);
        }
        return;
      }
      case 'minimum': {
        const limit = (e.params as { limit: number }).limit;
        this.report(POLICY_RULE.invalidSchema, path, `${describeValue(data)} is too small. Write a whole number of at least ${limit}.${anchor}`);
        this.drop(path);
        return;
      }
      case 'minItems': {
        this.report(POLICY_RULE.invalidSchema, path, `the list is empty: list at least one item.${anchor}`);
        this.drop(path.length >= 2 && typeof path[path.length - 2] === 'number' ? path.slice(0, -1) : path);
        return;
      }
      case 'minLength': {
        this.report(POLICY_RULE.invalidSchema, path, `is empty. Write ${lowerFirst(firstSentence(parent.description) ?? 'a value')}.${anchor}`);
        this.drop(path.length >= 2 && typeof path[path.length - 2] === 'number' ? path.slice(0, -1) : path);
        return;
      }
      default:
        this.report(POLICY_RULE.invalidSchema, path, `${e.message ?? 'is not valid'}.${anchor}`);
        this.drop(path);
    }
  }

  private anyOfMessage(e: ErrorObject, path: KeyPath): string {
    const data = e.data;
    if (e.schemaPath.includes('RuleSetting') || (path.includes('rules') && path.length >= 2)) {
      const severities = SEVERITY_WORDS.join(', ');
      if (typeof data === 'string') return `'${clip(data)}' is not a severity. Write one of ${severities}.${didYouMean(data, SEVERITY_WORDS)}`;
      if (Array.isArray(data)) {
        if (data.length === 0 || data.length > 2) return `write [severity] or [severity, { option: value }], where severity is one of ${severities}.`;
        if (typeof data[0] !== 'string' || !(SEVERITY_WORDS as readonly string[]).includes(data[0])) {
          const shown = typeof data[0] === 'string' ? `'${clip(data[0])}'` : describeValue(data[0]);
          return `${shown} is not a severity. Write one of ${severities} as the first item.${typeof data[0] === 'string' ? didYouMean(data[0], SEVERITY_WORDS) : ''}`;
        }
        return `the rule's options must be a mapping: [${data[0]}, { option: value }].`;
      }
      return `write a severity (${severities}) or [severity, { option: value }].`;
    }
    if (path[0] === 'extends') return 'write a preset (promptgov:recommended, promptgov:strict) or a relative path, or a list of them.';
    return `${describeValue(data)} is not valid here.`;
  }

  private pointerToPath(pointer: string): KeyPath {
    if (!pointer) return [];
    const out: (string | number)[] = [];
    let current: unknown = this.value;
    for (const raw of pointer.split('/').slice(1)) {
      const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(current)) {
        const index = Number(seg);
        out.push(index);
        current = current[index];
      } else {
        out.push(seg);
        current = isRecord(current) ? current[seg] : undefined;
      }
    }
    return out;
  }

  // ---- Checks the schema cannot express --------------------------------------------------------------------

  customChecks(): void {
    const v = this.value;
    this.checkExtends(v.extends);
    this.checkRulesMap(v.rules, ['rules']);
    this.eachString(v.non_suppressible, ['non_suppressible'], (id, p) => this.checkRuleRef(id, p, 'value'));
    this.checkFiles(v.files);
    this.checkModels(v.models, ['models']);
    this.checkInputs(v.inputs, ['inputs']);
    this.checkMetadata(v.metadata, ['metadata']);
    this.eachString(v.blocked_phrases, ['blocked_phrases'], (source, p) => this.checkPattern(source, p, true));
    if (Array.isArray(v.overrides)) {
      v.overrides.forEach((o, i) => {
        if (!isRecord(o)) return;
        const base = ['overrides', i];
        this.eachString(o.files, [...base, 'files'], (g, p) => this.checkGlob(g, p, 'files'));
        this.eachString(o.excludedFiles, [...base, 'excludedFiles'], (g, p) => this.checkGlob(g, p, 'files'));
        this.checkRulesMap(o.rules, [...base, 'rules']);
        this.checkModels(o.models, [...base, 'models']);
        this.checkInputs(o.inputs, [...base, 'inputs']);
        this.checkMetadata(o.metadata, [...base, 'metadata']);
      });
    }
    if (Array.isArray(v.exceptions)) {
      v.exceptions.forEach((x, i) => {
        if (!isRecord(x)) return;
        if (typeof x.rule === 'string') this.checkRuleRef(x.rule, ['exceptions', i, 'rule'], 'value');
        this.eachString(x.files, ['exceptions', i, 'files'], (g, p) => this.checkGlob(g, p, 'files'));
        this.checkDate(x.expires, ['exceptions', i, 'expires']);
      });
    }
    if (Array.isArray(v.tests)) {
      v.tests.forEach((t, i) => {
        if (!isRecord(t)) return;
        const hasText = typeof t.text === 'string';
        const hasFile = typeof t.file === 'string';
        if (hasText === hasFile) {
          this.report(
            POLICY_RULE.invalidSchema,
            ['tests', i],
            hasText ? 'give either `text` or `file`, not both. (see docs/policy.md#tests)' : 'give the prompt to check as `text:` (inline) or `file:` (a path relative to this policy). (see docs/policy.md#tests)',
            'head',
          );
          this.drop(['tests', i]);
        }
        this.eachString(t.expect, ['tests', i, 'expect'], (id, p) => this.checkRuleRef(id, p, 'value'));
        this.eachString(t.expect_not, ['tests', i, 'expect_not'], (id, p) => this.checkRuleRef(id, p, 'value'));
      });
    }
  }

  private checkExtends(value: unknown): void {
    const items = typeof value === 'string' ? [[value, ['extends']] as const] : Array.isArray(value) ? value.map((x, i) => [x, ['extends', i]] as const) : [];
    for (const [item, path] of items) {
      if (typeof item !== 'string') continue;
      if (isPresetName(item) && !PRESETS.has(item)) {
        const names = [...PRESETS.keys()];
        this.report(
          POLICY_RULE.extendsNotFound,
          path,
          `unknown preset '${clip(item)}'.${didYouMean(item, names) || ` The presets are ${names.join(' and ')}.`}`,
        );
        this.drop(path);
      } else if (!item.trim()) {
        this.report(POLICY_RULE.extendsNotFound, path, 'empty. Write a preset (promptgov:recommended) or a path relative to this file.');
        this.drop(path);
      }
    }
  }

  private checkRulesMap(value: unknown, base: KeyPath): void {
    if (!isRecord(value)) return;
    for (const [pattern, setting] of Object.entries(value)) {
      const path = [...base, pattern];
      this.checkRuleRef(pattern, path, 'key');
      const meta = this.options.ruleMeta?.(pattern);
      if (meta && Array.isArray(setting) && isRecord(setting[1])) this.checkRuleOptions(meta, setting[1], [...path, 1]);
    }
  }

  private checkRuleRef(pattern: string, path: KeyPath, part: 'key' | 'value'): void {
    const known = this.knownRuleIds;
    if (known.size === 0 || known.has(pattern)) return;
    if (isGlob(pattern)) {
      let matchesSome = false;
      try {
        const isMatch = picomatch(pattern);
        for (const id of known) {
          if (isMatch(id)) {
            matchesSome = true;
            break;
          }
        }
      } catch {
        matchesSome = false;
      }
      if (matchesSome) return;
      const categories = [...new Set([...known].map((id) => id.slice(0, id.indexOf('/') + 1)))].map((c) => `${c}*`);
      const hint = pattern === '*' ? ' Rule ids have a category: write "**" for every rule, or "pii/*" for one category.' : didYouMean(pattern, [...categories, ...known]);
      this.report(POLICY_RULE.unknownRule, path, `'${clip(pattern)}' matches no known rule.${hint}`, part);
      return;
    }
    const hint = didYouMean(pattern, known);
    this.report(POLICY_RULE.unknownRule, path, `unknown rule id.${hint || ' See docs/rules/ for the list of rules, or run `promptgov explain`.'}`, part);
  }

  private checkRuleOptions(meta: RuleMeta, given: Rec, path: KeyPath): void {
    const declared = meta.options ?? {};
    const names = Object.keys(declared);
    for (const [name, value] of Object.entries(given)) {
      const spec = declared[name];
      const p = [...path, name];
      if (!spec) {
        const list = names.length ? ` Options of ${meta.id}: ${names.join(', ')}.` : ` ${meta.id} has no options.`;
        this.report(POLICY_RULE.invalidSchema, p, `unknown option.${didYouMean(name, names) || list}`, 'key');
        this.drop(p);
        continue;
      }
      const ok =
        spec.type === 'string[]'
          ? Array.isArray(value) && value.every((x) => typeof x === 'string')
          : typeof value === spec.type && (spec.type !== 'number' || Number.isFinite(value));
      if (!ok) {
        this.report(POLICY_RULE.invalidSchema, p, `expected ${spec.type === 'string[]' ? 'a list of strings' : `a ${spec.type}`}, found ${describeValue(value)}.`);
        this.drop(p);
      } else if (spec.enum && typeof value === 'string' && !spec.enum.includes(value)) {
        this.report(POLICY_RULE.invalidSchema, p, `'${clip(value)}' is not allowed. Write one of ${spec.enum.join(', ')}.${didYouMean(value, spec.enum)}`);
        this.drop(p);
      }
    }
  }

  private checkFiles(value: unknown): void {
    if (!isRecord(value)) return;
    for (const key of ['include', 'exclude', 'templates']) {
      this.eachString(value[key], ['files', key], (g, p) => this.checkGlob(g, p, 'files'));
    }
  }

  private checkModels(value: unknown, base: KeyPath): void {
    if (!isRecord(value)) return;
    const approved: { glob: string; path: KeyPath }[] = [];
    this.eachString(value.approved, [...base, 'approved'], (g, p) => {
      if (this.checkGlob(g, p, 'models')) approved.push({ glob: g, path: p });
    });
    const deprecated: { glob: string; path: KeyPath }[] = [];
    if (Array.isArray(value.deprecated)) {
      value.deprecated.forEach((d, i) => {
        if (!isRecord(d)) return;
        const p = [...base, 'deprecated', i];
        if (typeof d.id === 'string' && this.checkGlob(d.id, [...p, 'id'], 'models')) deprecated.push({ glob: d.id, path: [...p, 'id'] });
        this.checkDate(d.sunset, [...p, 'sunset']);
      });
    }
    if (isRecord(value.aliases)) {
      for (const [name, id] of Object.entries(value.aliases)) {
        if (typeof id === 'string' && isGlob(id)) {
          this.report(POLICY_RULE.invalidPattern, [...base, 'aliases', name], `'${clip(id)}' is a glob; an alias maps a name to one model id, such as "openai/gpt-4o". (see docs/policy.md#models)`);
          this.drop([...base, 'aliases', name]);
        }
      }
    }
    for (const a of approved) {
      for (const d of deprecated) {
        const same = a.glob.toLowerCase() === d.glob.toLowerCase();
        if (!same && isGlob(a.glob)) continue; // a family approved except a deprecated member is fine
        const matcher = compilePolicyGlob(d.glob, { ignoreCase: true });
        if (same || (matcher.ok && matcher.matcher.test(a.glob))) {
          this.report(
            POLICY_RULE.conflictingModels,
            a.path,
            `'${clip(a.glob)}' is approved and also deprecated (${formatKeyPath(d.path)}: '${clip(d.glob)}'); deprecation wins. Remove it from \`approved\`, or from \`deprecated\` if it is still fine to use.`,
          );
        }
      }
    }
  }

  private checkInputs(value: unknown, base: KeyPath): void {
    if (!isRecord(value)) return;
    for (const key of ['untrusted', 'trusted']) this.eachString(value[key], [...base, key], (g, p) => this.checkGlob(g, p, 'inputs'));
  }

  private checkMetadata(value: unknown, base: KeyPath): void {
    if (!isRecord(value)) return;
    if (typeof value.owner_pattern === 'string') this.checkPattern(value.owner_pattern, [...base, 'owner_pattern'], false);
  }

  private checkPattern(source: string, path: KeyPath, phrase: boolean): void {
    const result = compilePolicyPattern(source);
    if (result.ok) return;
    const unsupported = /named capture|perl syntax|escape sequence/i.test(result.error)
      ? ' RE2 has no lookahead, lookbehind or backreferences: rewrite the pattern without them.'
      : phrase
        ? ' Write a phrase such as "(?i)ignore (all )?previous instructions".'
        : ' Write a pattern such as "^@[a-z0-9-]+$".';
    this.report(POLICY_RULE.invalidPattern, path, `'${clip(source)}' is not a valid RE2 pattern: ${result.error}.${unsupported} (see docs/policy.md#patterns)`);
    this.drop(path);
  }

  /** Returns whether the glob is valid. */
  private checkGlob(glob: string, path: KeyPath, kind: 'models' | 'files' | 'inputs'): boolean {
    const result = globToRe2(glob, { matchSlash: kind !== 'files' });
    if (result.ok) return true;
    const example = kind === 'models' ? '"openai/gpt-4o*"' : kind === 'files' ? '"prompts/**/*.prompt"' : '"user_*"';
    const what = kind === 'models' ? 'RE2/glob pattern' : 'glob';
    this.report(POLICY_RULE.invalidPattern, path, `'${clip(glob)}' is not a valid ${what}: ${result.error}. Write a glob such as ${example}. (see docs/policy.md#globs)`);
    this.drop(path);
    return false;
  }

  private checkDate(value: unknown, path: KeyPath): void {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return; // the schema reports other shapes
    if (!isCalendarDate(value)) {
      this.report(POLICY_RULE.invalidSchema, path, `'${value}' is not a calendar date. Write a real date as YYYY-MM-DD, e.g. 2027-03-31. (see ${docsAnchor(path)})`);
      this.drop(path);
    }
  }

  private eachString(value: unknown, base: KeyPath, fn: (s: string, path: KeyPath) => void): void {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (typeof item === 'string') fn(item, [...base, i]);
    });
  }

  // ---- The policy without its invalid parts --------------------------------------------------------------

  pruned(): Rec {
    for (const path of this.deletions) {
      if (path.length === 0) {
        for (const k of Object.keys(this.value)) delete this.value[k];
        continue;
      }
      let parent: unknown = this.value;
      for (const seg of path.slice(0, -1)) {
        parent = Array.isArray(parent) ? parent[seg as number] : isRecord(parent) ? parent[seg as string] : undefined;
        if (parent === undefined || parent === DELETE) break;
      }
      const last = path[path.length - 1];
      if (Array.isArray(parent) && typeof last === 'number') parent[last] = DELETE;
      else if (isRecord(parent)) delete parent[String(last)];
    }
    return sweep(this.value, 0) as Rec;
  }
}

/**
 * Plain JSON-like data only: dates (YAML 1.1 reads `2027-03-31` as a Date) become `YYYY-MM-DD`, and other
 * objects that explicit tags produce (`!!binary` → bytes, `!!set`) become text, which the schema then reports.
 */
function toPlain(value: unknown, depth: number): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_POLICY_DEPTH + 2) return undefined;
  if (Array.isArray(value)) return value.map((x) => toPlain(x, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `[${Object.prototype.toString.call(value).slice(8, -1)}]`;
  const out: Rec = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v, depth + 1);
  return out;
}

function sweep(value: unknown, depth: number): unknown {
  if (depth > MAX_POLICY_DEPTH + 2) return value;
  if (Array.isArray(value)) return value.filter((x) => x !== DELETE).map((x) => sweep(x, depth + 1));
  if (isRecord(value)) {
    for (const k of Object.keys(value)) value[k] = sweep(value[k], depth + 1);
  }
  return value;
}

// ---- YAML node helpers ---------------------------------------------------------------------------------------

function nodeAt(doc: Document.Parsed, path: KeyPath): { key?: YamlNode; value?: YamlNode } | undefined {
  let node = doc.contents as YamlNode | null;
  let key: YamlNode | undefined;
  let written: YamlNode | undefined = node ?? undefined;
  for (const seg of path) {
    node = deref(doc, node);
    if (isMap(node)) {
      let pair: { key: unknown; value: unknown } | undefined;
      for (const p of node.items) if (isScalar(p.key) && String(p.key.value) === String(seg)) pair = p;
      if (!pair) return undefined;
      key = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? null;
      written = node ?? undefined;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as YamlNode | null) ?? null;
      key = undefined;
      written = node ?? undefined;
      if (!node) return undefined;
    } else return undefined;
  }
  return { key, value: written };
}

function deref(doc: Document.Parsed, node: YamlNode | null): YamlNode | null {
  let current = node;
  for (let i = 0; i < 10 && current && isAlias(current); i++) current = (current.resolve(doc) as YamlNode | undefined) ?? null;
  return current;
}

function locate(doc: Document.Parsed, path: KeyPath, part: 'key' | 'value'): Span | undefined {
  const hit = nodeAt(doc, path);
  if (!hit) return undefined;
  const node = part === 'key' ? (hit.key ?? hit.value) : (hit.value ?? hit.key);
  return node ? nodeSpan(node) : undefined;
}

function nodeSpan(node: YamlNode): Span {
  const range = node.range;
  if (!range) return { offset: 0, endOffset: 0 };
  return { offset: range[0], endOffset: Math.max(range[0], range[1]) };
}

/** The node's span, cut at its first line break (a whole mapping would underline many lines). */
function headSpan(text: string, node: YamlNode): Span {
  const span = nodeSpan(node);
  const nl = text.indexOf('\n', span.offset);
  const end = nl >= 0 && nl < span.endOffset ? nl : span.endOffset;
  return { offset: span.offset, endOffset: text[end - 1] === '\r' ? end - 1 : end };
}

/** A YAML error's span, widened from one character to the word it starts (`root` for a duplicate key). */
function tokenSpan(text: string, start: number, end: number): Span {
  const offset = Math.max(0, Math.min(start, text.length));
  if (end - offset > 1) return { offset, endOffset: Math.min(end, text.length) };
  let stop = offset;
  while (stop < text.length && stop - offset < 200 && !' \t\r\n:,[]{}#'.includes(text[stop])) stop++;
  return { offset, endOffset: Math.max(stop, Math.min(Math.max(end, offset), text.length)) };
}

/** The first node deeper than MAX_POLICY_DEPTH, found without recursion. */
function deepNode(root: YamlNode | null): YamlNode | undefined {
  if (!root) return undefined;
  const stack: [YamlNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_POLICY_DEPTH) return node;
    if (isMap(node)) {
      for (const p of node.items) {
        if (p.key && typeof p.key === 'object') stack.push([p.key as YamlNode, depth + 1]);
        if (p.value && typeof p.value === 'object') stack.push([p.value as YamlNode, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item && typeof item === 'object') stack.push([item as YamlNode, depth + 1]);
    }
  }
  return undefined;
}

function firstAlias(root: YamlNode | null): YamlNode | undefined {
  if (!root) return undefined;
  const stack: YamlNode[] = [root];
  let best: YamlNode | undefined;
  while (stack.length) {
    const node = stack.pop()!;
    if (isAlias(node)) {
      if (!best || (node.range?.[0] ?? 0) < (best.range?.[0] ?? 0)) best = node;
    } else if (isMap(node)) {
      for (const p of node.items) if (p.value && typeof p.value === 'object') stack.push(p.value as YamlNode);
    } else if (isSeq(node)) {
      for (const item of node.items) if (item && typeof item === 'object') stack.push(item as YamlNode);
    }
  }
  return best;
}

const TOO_DEEP_YAML = `The YAML nests too deeply to read; a policy never needs more than ${MAX_POLICY_DEPTH} levels.`;

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same mapping: keep one.';
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation: indent with spaces.';
    case 'MULTIPLE_DOCS':
      return 'A policy file holds one YAML document: remove the second `---`.';
    case 'TAG_RESOLVE_FAILED':
      return 'Unknown YAML tag: remove the `!tag`; policy values are plain text, numbers, booleans, lists and mappings.';
    case 'BAD_ALIAS':
      return 'This *alias names no &anchor defined before it: define the anchor first, or write the value out.';
    default: {
      const text = firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
      if (/Maximum call stack/i.test(text)) return TOO_DEEP_YAML;
      return `Invalid YAML: ${text.replace(/\.$/, '')}. Fix the syntax here.`;
    }
  }
}

// ---- Small helpers -------------------------------------------------------------------------------------------

export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YYYY-MM-DD that names a real day. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^[^.]*\./.exec(text.replace(/\s+/g, ' '));
  return (m ? m[0] : text).trim().replace(/\.$/, '');
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text '${clip(value)}'`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function typeWord(type: string): string {
  switch (type) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'a text';
    default:
      return type;
  }
}

function typeHint(type: string, data: unknown): string {
  switch (type) {
    case 'array':
      return typeof data === 'string' ? `Write a list: ["${clip(data)}"].` : 'Write a list, e.g. [a, b].';
    case 'object':
      return 'Write a mapping of keys, e.g. `key: value` on indented lines.';
    case 'boolean':
      return 'Write true or false (no quotes).';
    case 'integer':
      return 'Write a whole number such as 4000.';
    case 'number':
      return 'Write a number.';
    case 'string':
      return 'Write a text (quote it if it starts with a special character).';
    default:
      return '';
  }
}
