/**
 * `promptgov print-config <file>`: the policy in force for one file, as JSON: which policy files and
 * presets it comes from, every rule with its severity and options (and where that was set), models,
 * inputs, metadata, budgets, exceptions…
 */
import { formatOf } from '../../../shared/src/analyze';
import { isIncluded, ruleConfig } from '../../../shared/src/policy/resolve';
import type { PolicyOrigin } from '../../../shared/src/policy/resolved';
import { allRules } from '../../../shared/src/rules';
import { parseCommandArgs } from '../args';
import { Checker } from '../checker';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { absolutePosix, displayPath } from '../nodeHost';
import { explicitPolicy } from '../output';

const HELP = `Usage: promptgov print-config <file> [--policy <file>]

Prints, as JSON, the policy in force for a file: its sources (policy files, nearest first, then presets),
every rule with its severity and options, models, inputs, metadata, budgets, exceptions and file globs.
The file does not need to exist: the policy depends only on where it is.

Options:
  --policy <file>   Use this policy file (no .promptgov.yaml discovery)
  -h, --help        Show this help
`;

export const printConfigCommand: Command = {
  name: 'print-config',
  summary: 'Print the policy in force for a file, as JSON',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('print-config', argv, { policy: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('print-config needs exactly one file path, e.g. `promptgov print-config prompts/support.prompt`.', 'print-config');
    const checker = new Checker({ cwd: io.cwd, policyFile: explicitPolicy(io, values.policy) });
    const path = absolutePosix(io.cwd, positionals[0]);
    const policy = checker.policyFor(path);
    const shown = (p: string): string => (p.startsWith('promptgov:') ? p : displayPath(io.cwd, p));
    const origin = (o: PolicyOrigin | undefined) => (o ? { file: shown(o.file), keyPath: o.keyPath } : undefined);
    const rules = Object.fromEntries(
      allRules.map(({ meta }) => {
        const config = ruleConfig(policy, meta);
        return [meta.id, { severity: config.severity, options: config.options, ...(config.origin ? { setBy: origin(config.origin) } : {}) }];
      }),
    );
    const config = {
      file: displayPath(io.cwd, path),
      format: formatOf(path, policy) ?? null,
      included: isIncluded(policy, path),
      sources: policy.sources.map(shown),
      baseDir: policy.baseDir ? displayPath(io.cwd, policy.baseDir) : null,
      rules,
      models: policy.models,
      inputs: policy.inputs,
      metadata: policy.metadata,
      dataClasses: policy.dataClasses,
      budgets: policy.budgets,
      blockedPhrases: policy.blockedPhrases,
      delimiters: policy.delimiters,
      nonSuppressible: policy.nonSuppressible,
      suppressions: policy.suppressions,
      redaction: policy.redaction,
      exceptions: policy.exceptions.map(({ origin: o, baseDir, ...rest }) => ({ ...rest, baseDir: displayPath(io.cwd, baseDir), setBy: origin(o) })),
      files: { templates: policy.templates, include: policy.include, exclude: policy.exclude },
      tests: policy.tests.length,
    };
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  },
};
