// A mistake in how a command was called: exit code 2 and a pointer to --help. Its own module, so the command
// line can report one without loading anything else.
export class UsageError extends Error {}
