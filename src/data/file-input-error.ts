import { InputError } from '../shared/input-error.ts';

/**
 * Turns a failed read of `path` into an `InputError` that names the path and the
 * reason, for the errors a user can fix; anything else is returned unchanged.
 */
export function fileInputError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`${path}: file not found; expected an existing file.`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${path}: permission denied; expected a readable file.`);
    case 'EISDIR':
      return new InputError(`${path}: is a directory; expected a file.`);
    default:
      return error;
  }
}
