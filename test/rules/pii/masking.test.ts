/**
 * Masking: no finding of a `pii/*` rule carries a raw value — not in its message, not in its evidence, not
 * in its fix titles, and with the `mask` style not in its replacement either — whatever the format.
 */
import assert from 'node:assert/strict';
import { analyzeText } from '../../../shared/src/analyze';
import { resolveFromObjects } from '../../../shared/src/policy/resolve';
import { allRules } from '../../../shared/src/rules';

const VALUES = [
  'jane.doe@acme.io', '+1 415-555-2671', '020 7123 4567', '4539 1488 0343 6467', '5425233430109903', 'DE68 3704 0044 0532 0130 87',
  '536-22-8109', '52.14.22.9', '2a00:1450:4007:80f::200e', '3c:22:fb:45:9a:10', '943 476 5919', 'AB 52 74 91 C', 'RSSMRA85T10A562S',
  'BNZPM2501F', 'S8206431A', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
];
/** Forms a leak could take: as written, without separators. */
const forms = (v: string) => [...new Set([v, v.replace(/[\s-]/g, ''), v.toLowerCase()])].filter((f) => f.length >= 6);

const prose = `Contact ${VALUES[0]} or call ${VALUES[1]} / ${VALUES[2]}. Card ${VALUES[3]}, ${VALUES[4]}. IBAN ${VALUES[5]}. SSN ${VALUES[6]}.
Server ${VALUES[7]} and ${VALUES[8]}, MAC ${VALUES[9]}. NHS number ${VALUES[10]}, NINO ${VALUES[11]}, codice fiscale ${VALUES[12]},
PAN ${VALUES[13]}, NRIC ${VALUES[14]}, wallet ${VALUES[15]}.`;

const FILES: Array<[string, string]> = [
  ['prompts/a.prompt', `---\nmodel: googleai/gemini-2.5-flash\n---\n{{role "system"}}\n${prose}\n{{role "user"}}\n{{q}}\n`],
  ['prompts/a.prompty', `---\nname: x\n---\nsystem:\n${prose}\n`],
  ['.github/prompts/a.prompt.md', `${prose}\n`],
  ['prompts/a.prompt.yml', `name: x\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: |\n      ${prose.replace(/\n/g, '\n      ')}\n`],
];

describe('pii/*: masking', () => {
  const rules = allRules.filter((r) => r.meta.id.startsWith('pii/'));
  for (const style of ['label', 'mask', 'variable'] as const) {
    for (const [path, text] of FILES) {
      it(`${path} (${style} style): no raw value in messages, evidence or fix titles`, () => {
        const policy = resolveFromObjects({ redaction: { style } });
        const analysis = analyzeText(path, text, policy, { rules, env: { now: new Date('2026-01-15T00:00:00Z') } });
        assert.ok(analysis);
        const findings = analysis.output.findings;
        const found = new Set(findings.map((f) => text.slice(f.offset, f.endOffset)));
        for (const v of VALUES) assert.ok(found.has(v), `${v} was not found`);
        for (const f of findings) {
          const shown = JSON.stringify({ message: f.message, evidence: f.evidence, titles: f.fixes.map((x) => x.title), fingerprint: f.fingerprint });
          const replacements = f.fixes.flatMap((x) => x.edits.map((e) => e.text)).join('\n');
          for (const v of VALUES) {
            for (const form of forms(v)) {
              assert.ok(!shown.includes(form), `${f.ruleId} shows ${form}: ${shown}`);
              assert.ok(!replacements.includes(form), `${f.ruleId} fix writes ${form}`);
            }
          }
        }
      });
    }
  }
});
