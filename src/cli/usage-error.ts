/** A command line the CLI cannot run: exit code 2, message on stderr, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
