/** Exit codes of every mapwright command. */
export const EXIT = {
  /** Clean: nothing that fails. */
  ok: 0,
  /** Findings that fail: errors, or warnings under --strict; a file that would change under fmt --check. */
  findings: 1,
  /** Unusable invocation or an unreadable file. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Each command reports its exit code through this callback (commander's actions return nothing). */
export type SetExit = (code: number) => void;
