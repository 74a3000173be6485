// Real speech for the e2e tests: speech-dispatcher with espeak-ng, playing into a PulseAudio null sink
// (so utterances take as long as they would aloud, and their start and end events come when they
// would), each in private runtime and config folders so nothing collides with another speech user on
// the machine. Chromium lists speech-dispatcher's voices only with --enable-speech-dispatcher.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { CHROMIUM, ARGS } from './browser';

const NEEDED = [
  '/usr/bin/speech-dispatcher',
  '/usr/lib/speech-dispatcher-modules/sd_espeak-ng',
  '/usr/bin/espeak-ng',
  '/usr/bin/pulseaudio',
];
export const SPEECH_PACKAGES = 'speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio';

function missing(): string[] {
  return NEEDED.filter((path) => !existsSync(path));
}

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Speech set-up: ${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts a private PulseAudio (null sink) and speech-dispatcher, and a Chromium that speaks through
 * them; all are stopped when the test file's tests are done.
 */
export async function launchWithSpeech(): Promise<Browser> {
  const absent = missing();
  if (absent.length > 0) {
    throw new Error(
      `Real speech needs ${absent.join(', ')}. Install: apt-get install -y ${SPEECH_PACKAGES} ` +
        '(bash .ci/run does this when they are missing).',
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'ocr-speech-'));
  const run = join(root, 'run');
  const config = join(root, 'config');
  mkdirSync(run, { mode: 0o700 });
  mkdirSync(join(config, 'speech-dispatcher'), { recursive: true });
  mkdirSync(join(root, 'home'));
  writeFileSync(
    join(config, 'speech-dispatcher', 'speechd.conf'),
    [
      `LogDir "${join(root, 'log')}"`,
      'LogLevel 2',
      'AudioOutputMethod "pulse"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'pulse.pa'),
    'load-module module-null-sink sink_name=silent\nset-default-sink silent\nload-module module-native-protocol-unix\n',
  );
  const env = {
    ...process.env,
    XDG_RUNTIME_DIR: run,
    XDG_CONFIG_HOME: config,
    HOME: join(root, 'home'),
    PULSE_SERVER: `unix:${join(run, 'pulse', 'native')}`,
  };
  const children: ChildProcess[] = [];
  const start = (command: string, args: string[]) => {
    const child = spawn(command, args, { env, stdio: 'ignore' });
    children.push(child);
    return child;
  };
  start('pulseaudio', ['--daemonize=no', '--exit-idle-time=-1', '-n', '-F', join(root, 'pulse.pa')]);
  await until(() => existsSync(join(run, 'pulse', 'native')), 'PulseAudio starting');
  start('speech-dispatcher', ['--run-single', '--timeout', '0']);
  await until(() => existsSync(join(run, 'speech-dispatcher', 'speechd.sock')), 'speech-dispatcher starting');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, '--enable-speech-dispatcher'],
    headless: true,
    env,
  });
  afterAll(async () => {
    await browser.close();
    for (const child of children.reverse()) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)),
      ),
    );
    rmSync(root, { recursive: true, force: true });
  });
  return browser;
}
