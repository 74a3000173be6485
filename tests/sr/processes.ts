// Every program the suite starts, each in its own process group, stopped by its PID (the group's id) in
// the reverse order of starting, also when a test fails or the test process is ending.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';

interface Started {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
}

export class Processes {
  private readonly started: Started[] = [];
  private readonly onExit = () => this.killNow();

  constructor(private readonly logDir: string) {
    process.once('exit', this.onExit);
  }

  /** Starts a program with its output in LOGDIR/NAME.log; fds past stderr are pipes when asked. */
  start(
    name: string,
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    pipes = 0,
  ): ChildProcess {
    const log = openSync(join(this.logDir, `${name}.log`), 'a');
    const stdio: StdioOptions = ['ignore', log, log, ...Array.from({ length: pipes }, () => 'pipe' as const)];
    const child = spawn(command, [...args], { env, stdio, detached: true });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('error', (error) => console.error(`[sr] ${name}: ${error.message}`));
    this.started.push({ name, child, exited });
    return child;
  }

  running(name: string): boolean {
    const entry = this.started.find((s) => s.name === name);
    return entry !== undefined && entry.child.exitCode === null && entry.child.signalCode === null;
  }

  /** SIGTERM to each group, newest first; SIGKILL to whatever has not gone within two seconds. */
  async stopAll(): Promise<void> {
    for (const { child, exited } of [...this.started].reverse()) {
      signal(child, 'SIGTERM');
      const gone = await Promise.race([exited.then(() => true), delay(2000).then(() => false)]);
      if (!gone) signal(child, 'SIGKILL');
      signal(child, 'SIGKILL', true);
    }
    this.started.length = 0;
    process.removeListener('exit', this.onExit);
  }

  private killNow(): void {
    for (const { child } of this.started) signal(child, 'SIGKILL', true);
  }
}

/** Signals the child's whole group (helpers it spawned, such as speech modules, go with it). */
function signal(child: ChildProcess, name: NodeJS.Signals, quiet = false): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, name);
  } catch (error) {
    if (!quiet && (error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until the check holds, or throws saying what did not happen. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`[sr] timed out waiting for ${what}`);
    await delay(50);
  }
}
