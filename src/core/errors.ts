// Errors a user can cause, each with a stable code. The CLI prints their message
// (never a stack trace) and exits 1; usage errors exit 2.

export class WaymarkError extends Error {
  override name = 'WaymarkError';
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The command line was wrong: unknown flag, bad value, missing argument. */
export class UsageError extends WaymarkError {
  override name = 'UsageError';
  constructor(message: string, code = 'E_USAGE') {
    super(message, code, 2);
  }
}

/** A write into the notes could not be done safely and was refused. */
export class UnsafeWriteError extends WaymarkError {
  override name = 'UnsafeWriteError';
  constructor(message: string, code = 'E_UNSAFE_WRITE') {
    super(message, code, 1);
  }
}

/** One of the items an ambiguous reference could mean (`--json` errors list them). */
export interface Candidate {
  id: string;
  title: string;
  path: string;
  line: number;
  status: string;
}

/** An item reference matched nothing, or more than one item (then `candidates` lists them). */
export class ItemNotFoundError extends WaymarkError {
  override name = 'ItemNotFoundError';
  constructor(message: string, code = 'E_NOT_FOUND', readonly candidates: Candidate[] = []) {
    super(message, code, 1);
  }
}

/** A config file has a bad field; the message names the file and the field. */
export class ConfigError extends WaymarkError {
  override name = 'ConfigError';
  constructor(message: string, code = 'E_CONFIG') {
    super(message, code, 1);
  }
}

/** The workspace's history (`.waymark/`) cannot be opened or written; the notes are untouched. */
export class HistoryError extends WaymarkError {
  override name = 'HistoryError';
  constructor(message: string, code = 'E_HISTORY') {
    super(message, code, 1);
  }
}
