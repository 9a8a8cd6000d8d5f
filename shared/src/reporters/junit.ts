/**
 * The JUnit XML reporter, for CI systems that show test reports (GitLab `artifacts:reports:junit`,
 * Jenkins, Azure Pipelines): one `<testsuite>` per checked file, one failing `<testcase>` per finding
 * (`<failure type="rule id">`), and one passing test case for a clean file, so that the report also says
 * what was checked.
 *
 * Text is escaped for XML, and characters XML 1.0 cannot hold (control characters, lone surrogates) are
 * replaced, so the report always parses.
 */
import { ruleDocsUrl } from '../rules/rule';
import type { FileResult, Finding } from '../types';
import type { Reporter } from './reporter';

export const junit: Reporter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const cases = r.findings.length > 0 ? r.findings.map((f) => failingCase(r, f)) : [passingCase(r)];
    tests += cases.length;
    failures += r.findings.length;
    suites.push(
      `  <testsuite name="${attr(r.path)}" tests="${cases.length}" failures="${r.findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="promptgov" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function failingCase(r: FileResult, f: Finding): string {
  const name = `${f.ruleId} at ${f.line}:${f.column}`;
  const body = `${f.severity} at ${r.path}:${f.line}:${f.column}: ${f.message}\nRule: ${f.ruleId} (${ruleDocsUrl(f.ruleId)})`;
  return [
    `    <testcase classname="${attr(r.path)}" name="${attr(name)}" file="${attr(r.path)}" line="${f.line}">`,
    `      <failure type="${attr(f.ruleId)}" message="${attr(`${f.severity}: ${oneLine(f.message)}`)}">${xmlText(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function passingCase(r: FileResult): string {
  return `    <testcase classname="${attr(r.path)}" name="no problems" file="${attr(r.path)}"/>`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and valid surrogate pairs. */
function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else if (c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff)) out += text[i];
    else out += '\ufffd';
  }
  return out;
}

export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
