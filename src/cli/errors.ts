/** What can go wrong in a run, each with its own exit code (documented in --help and README). */
export const EXIT_CODES = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  settings: 4,
  data: 5,
  output: 6,
} as const;

export type FailureKind = Exclude<keyof typeof EXIT_CODES, 'ok'>;

/** A failure the user can fix: its message is already in the user's language. */
export class CliError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
