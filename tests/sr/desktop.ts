// A private desktop for one screen-reader session: Xvfb on a free display, a D-Bus session bus, the
// AT-SPI2 bus, speech-dispatcher with espeak-ng playing into ALSA's null device, and Orca 43, all with
// their own HOME and XDG folders in a temporary folder, so nothing is shared with another session.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { delay, Processes, waitUntil } from './processes';
import { PYTHON } from './requirements';
import { SpeechLog } from './speech';

export interface Desktop {
  dir: string;
  env: NodeJS.ProcessEnv;
  processes: Processes;
  speech: SpeechLog;
  stop: () => Promise<void>;
}

const CUSTOMIZATIONS = fileURLToPath(new URL('./orca/orca-customizations.py', import.meta.url));

const SPEECHD_CONF = `LogLevel 2
AudioOutputMethod "alsa"
DefaultModule espeak-ng
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultLanguage "en"
`;

export async function startDesktop(): Promise<Desktop> {
  await waitForOtherOrcas();
  const dir = mkdtempSync(join(tmpdir(), 'ocr-sr-'));
  const home = join(dir, 'home');
  const run = join(dir, 'run');
  for (const sub of ['.config/speech-dispatcher', '.local/share/orca', '.cache', 'logs']) {
    mkdirSync(join(home, sub), { recursive: true });
  }
  mkdirSync(run, { mode: 0o700 });
  writeFileSync(join(home, '.config/speech-dispatcher/speechd.conf'), SPEECHD_CONF);
  // ALSA's null plugin: espeak-ng's audio is played into nothing, at once, so speech never waits.
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  copyFileSync(CUSTOMIZATIONS, join(home, '.local/share/orca/orca-customizations.py'));
  const speech = new SpeechLog(join(dir, 'speech.jsonl'), join(dir, 'orca-state'));
  const processes = new Processes(join(home, 'logs'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: run,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(run, 'bus')}`,
    SR_SPEECH_LOG: speech.path,
    SR_ORCA_STATE: speech.statePath,
  };
  const stop = async () => {
    await processes.stopAll();
    if (process.env['SR_KEEP'] === undefined) rmSync(dir, { recursive: true, force: true });
  };
  try {
    env['DISPLAY'] = await startX(processes, env);
    processes.start(
      'dbus',
      'dbus-daemon',
      ['--session', '--nofork', `--address=${env['DBUS_SESSION_BUS_ADDRESS']}`],
      env,
    );
    await waitUntil(() => existsSync(join(run, 'bus')), 'the D-Bus session bus');
    processes.start('at-spi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], env);
    await waitUntil(
      () => existsSync(join(run, 'at-spi')) && readdirSync(join(run, 'at-spi')).length > 0,
      'the AT-SPI bus',
    );
    processes.start('speech-dispatcher', 'speech-dispatcher', ['--run-single', '--timeout', '0'], env);
    await waitUntil(() => existsSync(join(run, 'speech-dispatcher/speechd.sock')), 'speech-dispatcher');
    // SR_DEBUG=1: Orca's own debug log (why it spoke, skipped or changed mode) beside the others.
    const debug = process.env['SR_DEBUG'] ? ['--debug-file', join(home, 'logs/orca-debug.out')] : [];
    processes.start('orca', PYTHON, ['/usr/bin/orca', ...debug], env);
    await waitUntil(
      () => speech.all().some((u) => u.text.includes('Screen reader on')),
      'Orca to say "Screen reader on"',
      30_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { dir, env, processes, speech, stop };
}

/** Xvfb picks a free display itself (-displayfd), so two sessions on one machine never collide. */
async function startX(processes: Processes, env: NodeJS.ProcessEnv): Promise<string> {
  const args = ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'];
  const x = processes.start('xvfb', 'Xvfb', args, env, 1);
  const pipe = x.stdio[3];
  if (pipe === null || pipe === undefined) throw new Error('[sr] Xvfb gave no display pipe');
  let number = '';
  pipe.on('data', (chunk: Buffer) => (number += chunk.toString()));
  await waitUntil(() => number.includes('\n'), 'Xvfb to choose a display');
  return `:${number.trim()}`;
}

/** Orca refuses to start while another Orca of the same user runs, and we never replace one. */
async function waitForOtherOrcas(timeoutMs = 300_000): Promise<void> {
  const others = () => {
    try {
      return execFileSync('pgrep', ['-u', String(process.getuid?.() ?? 0), '-x', 'orca'])
        .toString()
        .trim();
    } catch {
      return '';
    }
  };
  const end = Date.now() + timeoutMs;
  for (let pids = others(); pids !== ''; pids = others()) {
    if (Date.now() > end)
      throw new Error(`[sr] another Orca (PID ${pids}) is still running; not starting a second one`);
    console.log(`[sr] waiting for another Orca (PID ${pids}) to finish`);
    await delay(5000);
  }
}
