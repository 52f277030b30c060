import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../fixtures/paths';

/** The command `npm start` runs, read from package.json so the test follows any change to it. */
export function startScript(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return manifest.scripts.start;
}

/**
 * The production server started as `npm start` starts it (the start script through a shell, with the project's
 * binaries on PATH), in its own process group so that SIGKILL reaches every process it spawned.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private starts = 0;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
  ) {}

  start(): void {
    this.starts += 1;
    const log = fs.openSync(path.join(this.logDir, `server-${this.starts}.log`), 'w');
    const binaries = path.join(REPO_ROOT, 'node_modules', '.bin');
    this.child = spawn('sh', ['-c', startScript()], {
      cwd: REPO_ROOT,
      env: { ...this.env, PATH: `${binaries}${path.delimiter}${process.env.PATH ?? ''}` },
      detached: true,
      stdio: ['ignore', log, log],
    });
  }

  /** SIGKILL to the whole process group: no shutdown hook, no flush, exactly like a crash. */
  async kill(): Promise<void> {
    const pid = this.child?.pid;
    if (!pid) return;
    process.kill(-pid, 'SIGKILL');
    for (let waited = 0; waited < 10_000; waited += 50) {
      try {
        process.kill(-pid, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`process group ${pid} survived SIGKILL`);
  }
}
