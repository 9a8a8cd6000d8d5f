/**
 * The SARIF 2.1.0 reporter (OASIS Static Analysis Results Interchange Format), the format GitHub code
 * scanning and most CI dashboards ingest:
 *
 * - one run whose `tool.driver` lists every rule of the registry: id, PascalCase name, short and full
 *   description, `help` (text and Markdown) with `helpUri` to the rule's docs page, default level, tags;
 * - one result per finding: level, message (already masked by the engine), a region in UTF-16 columns
 *   (`columnKind: utf16CodeUnits`, as the core counts), `partialFingerprints` from the finding's stable
 *   fingerprint (rule + path + normalized matched text, never the line), and the finding's fixes as SARIF
 *   fixes (editor-only snippet fixes are left out);
 * - paths relative to `%SRCROOT%` (the working directory), which GitHub resolves against the checkout.
 *
 * No raw sensitive value is ever written: no region snippets, no evidence beyond detector names and
 * numbers, and messages are the engine's masked ones.
 */
import type { FileResult, Finding, Fix, Severity } from '../types';
import type { RuleMeta } from '../rules/rule';
import { ruleDocsUrl } from '../rules/rule';
import type { Reporter, ReporterContext } from './reporter';
import { joinPath, relativeInside } from '../policy/paths';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_INFORMATION_URI = 'https://github.com/promptgov/promptgov';
/** The key of our fingerprint in `partialFingerprints` (versioned: a new fingerprint scheme gets a new key). */
export const FINGERPRINT_KEY = 'promptgovFingerprint/v1';

/** Categories whose rules are security findings (GitHub shows them with a security severity). */
const SECURITY_CATEGORIES = new Set(['pii', 'secret', 'injection']);

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  invocations: SarifInvocation[];
  originalUriBaseIds?: Record<string, { uri: string; description?: { text: string } }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifDriver {
  name: string;
  fullName: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { tags: string[]; precision?: string; 'security-severity'?: string };
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  arguments?: string[];
  workingDirectory?: { uri: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  kind: 'fail';
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
  properties?: Record<string, unknown>;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region: SarifRegion;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: SarifArtifactLocation;
    replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent?: { text: string } }[];
  }[];
}

/** The SARIF log as a value (the `sarif` reporter prints it). */
export function sarifLog(results: readonly FileResult[], context: ReporterContext): SarifLog {
  const version = context.version ?? '0.0.0';
  const metas = [...(context.rules?.values() ?? [])];
  // Rules that fired but are not in the registry given (e.g. findings the CLI makes itself) still get a descriptor.
  const known = new Set(metas.map((m) => m.id));
  for (const r of results) {
    for (const f of r.findings) {
      if (!known.has(f.ruleId)) {
        known.add(f.ruleId);
        metas.push({ id: f.ruleId, description: `Findings of ${f.ruleId}.`, defaultSeverity: f.severity, fixable: false });
      }
    }
  }
  metas.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const srcRoot = context.root ?? context.cwd;
  const baseId = srcRoot ? '%SRCROOT%' : undefined;

  const sarifResults: SarifResult[] = [];
  for (const r of results) {
    const uri = pathToUri(rootRelative(r.path, context.cwd, srcRoot));
    for (const f of r.findings) sarifResults.push(sarifResult(f, uri, baseId, index.get(f.ruleId) ?? 0));
  }

  const invocation: SarifInvocation = { executionSuccessful: true };
  if (context.invocation?.arguments) invocation.arguments = [...context.invocation.arguments];
  if (context.cwd) invocation.workingDirectory = { uri: directoryUri(context.cwd) };

  const run: SarifRun = {
    tool: {
      driver: {
        name: 'promptgov',
        fullName: `promptgov ${version}`,
        version,
        semanticVersion: version,
        informationUri: TOOL_INFORMATION_URI,
        rules: metas.map(sarifRule),
      },
    },
    invocations: [invocation],
    columnKind: 'utf16CodeUnits',
    results: sarifResults,
  };
  if (srcRoot) {
    run.originalUriBaseIds = { '%SRCROOT%': { uri: directoryUri(srcRoot), description: { text: 'The root of the project (its git repository).' } } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export const sarif: Reporter = (results, context) => `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;

function sarifRule(meta: RuleMeta): SarifRule {
  const category = meta.id.slice(0, meta.id.indexOf('/'));
  const url = ruleDocsUrl(meta.id);
  const description = sentence(meta.description);
  const level = meta.defaultSeverity === 'off' ? 'note' : sarifLevel(meta.defaultSeverity);
  const severityWord = meta.defaultSeverity === 'off' ? 'off unless the policy turns it on' : meta.defaultSeverity;
  const full = `${description} Default severity: ${severityWord}.${meta.fixable ? ' Findings carry fixes (`promptgov fix`).' : ''}`;
  const options = Object.entries(meta.options ?? {});
  const markdownLines = [
    `**${meta.id}**: ${description}`,
    '',
    `Default severity: \`${meta.defaultSeverity}\`. ${meta.fixable ? 'Fixable with `promptgov fix` or the editor quick fix.' : 'No automatic fix.'}`,
  ];
  if (options.length > 0) {
    markdownLines.push('', '| Option | Default | Description |', '|---|---|---|');
    for (const [name, o] of options) markdownLines.push(`| \`${name}\` | \`${JSON.stringify(o.default)}\` | ${o.description.replace(/\|/g, '\\|')} |`);
  }
  markdownLines.push('', `[Documentation](${url})`);
  const tags = [category];
  if (SECURITY_CATEGORIES.has(category)) tags.push('security');
  const properties: SarifRule['properties'] = { tags };
  if (SECURITY_CATEGORIES.has(category)) {
    properties.precision = 'high';
    properties['security-severity'] = meta.defaultSeverity === 'error' ? '8.0' : meta.defaultSeverity === 'warning' ? '5.0' : '2.0';
  }
  return {
    id: meta.id,
    name: pascalName(meta.id),
    shortDescription: { text: description },
    fullDescription: { text: full },
    help: { text: `${full} See ${url}`, markdown: markdownLines.join('\n') },
    helpUri: url,
    defaultConfiguration: { level, enabled: meta.defaultSeverity !== 'off' },
    properties,
  };
}

function sarifResult(f: Finding, uri: string, uriBaseId: string | undefined, ruleIndex: number): SarifResult {
  const artifactLocation: SarifArtifactLocation = uriBaseId ? { uri, uriBaseId } : { uri };
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    kind: 'fail',
    message: { text: messageText(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            charOffset: f.offset,
            charLength: Math.max(0, f.endOffset - f.offset),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  const fixes = f.fixes.filter((fix) => !fix.snippet && fix.edits.length > 0).map((fix) => sarifFix(fix, artifactLocation));
  if (fixes.length > 0) result.fixes = fixes;
  const properties = safeProperties(f);
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

function sarifFix(fix: Fix, artifactLocation: SarifArtifactLocation): SarifFix {
  return {
    description: { text: messageText(fix.title) },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({
          deletedRegion: { charOffset: e.offset, charLength: Math.max(0, e.endOffset - e.offset) },
          ...(e.text !== '' ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
  };
}

/**
 * What of a finding's evidence goes into SARIF: the names of detectors and validators, the entity kind,
 * a confidence number, the original severity. Nothing that could hold matched text.
 */
function safeProperties(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { severity: f.severity };
  if (f.entity) out.entity = f.entity;
  const e = f.evidence;
  if (typeof e.detector === 'string') out.detector = e.detector;
  if (Array.isArray(e.validators) && e.validators.every((v) => typeof v === 'string')) out.validators = [...e.validators];
  if (typeof e.confidence === 'number') out.confidence = e.confidence;
  if (typeof e.placeholder === 'boolean') out.placeholder = e.placeholder;
  return out;
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `pii/credit-card` → `PiiCreditCard` (SARIF rule names are identifiers, in Pascal case). */
export function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF messages are sentences; viewers show them as plain text. */
function messageText(message: string): string {
  const text = message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return text === '' ? 'No message.' : sentence(text);
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** A result path (relative to `cwd`) relative to the project root instead; unchanged when outside it. */
export function rootRelative(path: string, cwd: string | undefined, root: string | undefined): string {
  if (!cwd || !root || cwd === root) return path;
  return relativeInside(root, joinPath(cwd, path)) ?? path;
}

/** A relative POSIX path as a relative URI reference: each segment percent-encoded, separators kept. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** An absolute POSIX folder as a `file:` URI ending with a slash (Windows drive paths get `file:///C:/`). */
export function directoryUri(folder: string): string {
  const withSlash = folder.endsWith('/') ? folder : `${folder}/`;
  const rooted = withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
  const encoded = rooted
    .split('/')
    .map((segment, i) => (i === 1 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  return `file://${encoded}`;
}
