/**
 * A progress bar on standard error for long runs: files done / total and findings so far, redrawn in
 * place. Shown only on a terminal, never in CI (`CI` set to anything but `false`/`0`) nor when stderr is
 * redirected, and only for runs of at least `minimum` files, so that logs and short runs stay clean.
 */
import type { Io } from './command';

export interface Progress {
  /** `done` files of the total checked so far, `findings` found so far. */
  update(done: number, findings: number): void;
  /** Clears the bar (call once at the end). */
  finish(): void;
}

const BAR_WIDTH = 24;
/** Runs shorter than this finish before a bar would help. */
export const PROGRESS_MINIMUM = 200;

const NONE: Progress = { update: () => undefined, finish: () => undefined };

/** Whether the environment is a CI job (GitHub Actions, GitLab CI and most others set `CI`). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

export function progressBar(io: Io, total: number, options: { label?: string; minimum?: number } = {}): Progress {
  if (!io.stderrIsTTY || isCi(io.env) || io.env.TERM === 'dumb' || total < (options.minimum ?? PROGRESS_MINIMUM)) return NONE;
  const label = options.label ?? 'checking';
  let lastFilled = -1;
  let lastFindings = -1;
  let shown = false;
  return {
    update(done, findings) {
      const filled = Math.min(BAR_WIDTH, Math.floor((done / total) * BAR_WIDTH));
      // Redraw only when the bar or the count moves: a terminal is slow to write to.
      if (filled === lastFilled && findings === lastFindings && done !== total) return;
      lastFilled = filled;
      lastFindings = findings;
      shown = true;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      io.stderr(`\r\u001b[2K${label} ${bar} ${done}/${total} files · ${findings} finding${findings === 1 ? '' : 's'}`);
    },
    finish() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
