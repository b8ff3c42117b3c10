// When files entered git and last changed, for translation status. Uncommitted changes count as now.
import { execFileSync } from 'node:child_process';
import type { FileHistory } from '../../src/lib/tooling/translation-status.ts';

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** History of each file (paths relative to `cwd`); a file git does not know is "added now". */
export function fileHistories(paths: string[], cwd = process.cwd()): Map<string, FileHistory> {
  const now = Math.floor(Date.now() / 1000);
  const dirty = new Set(
    git(['status', '--porcelain', '--untracked-files=all', '--', ...paths], cwd)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3).trim()),
  );
  const histories = new Map<string, FileHistory>();
  for (const path of paths) {
    const times = git(['log', '--format=%ct', '--', path], cwd).split('\n').filter(Boolean).map(Number);
    const added = times.length > 0 ? (times[times.length - 1] as number) : now;
    const changed = dirty.has(path) ? now : (times[0] ?? now);
    histories.set(path, { added, changed });
  }
  return histories;
}
