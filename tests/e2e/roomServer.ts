// The rooms server for the rooms' browser tests, started by the test itself (not by the config's
// webServer) because the tests kill it and start it again mid-round, on the same data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOMS_PORT = Number(process.env.ROOMS_PORT ?? 4307);
export const ROOMS_URL = `http://127.0.0.1:${ROOMS_PORT}`;
const ROOT = new URL('../..', import.meta.url).pathname;

export class RoomServer {
  private child: ChildProcess | null = null;
  readonly data = mkdtempSync(join(tmpdir(), 'dsr-rooms-'));

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(ROOMS_PORT), DSR_ROOMS_DIR: this.data },
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 150; attempt++) {
      try {
        if ((await fetch(`${ROOMS_URL}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the rooms server did not start');
  }

  /** A crash, not a shutdown: nothing gets the chance to save on the way out. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}
