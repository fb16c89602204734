// When a file or folder last changed, for the "rebuild only when a source changed" checks.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest mtime in a file or folder (0 when missing). */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Directories count too: deleting a source file changes only its directory's mtime.
  const entries = readdirSync(path, { recursive: true }).map((entry) => join(path, String(entry)));
  return Math.max(stat.mtimeMs, ...entries.map((entry) => statSync(entry).mtimeMs));
}
