// What the Orca suite needs from Debian, found or installed before anything starts. As root with apt-get
// (CI, a fresh container) the missing packages are installed; otherwise the suite stops at once and says
// which command installs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each package, and a file that is there (or Python that runs) once it is installed. */
const NEEDS: readonly { pkg: string; file?: string; python?: string }[] = [
  { pkg: 'xvfb', file: '/usr/bin/Xvfb' },
  { pkg: 'xauth', file: '/usr/bin/xauth' },
  { pkg: 'dbus', file: '/usr/bin/dbus-daemon' },
  { pkg: 'dbus-x11', file: '/usr/bin/dbus-launch' },
  { pkg: 'at-spi2-core', file: '/usr/libexec/at-spi-bus-launcher' },
  { pkg: 'python3-gi', python: 'import gi' },
  { pkg: 'gir1.2-atspi-2.0', python: "import gi; gi.require_version('Atspi', '2.0')" },
  { pkg: 'python3-pyatspi', python: 'import pyatspi' },
  { pkg: 'xdotool', file: '/usr/bin/xdotool' },
  { pkg: 'orca', file: '/usr/bin/orca' },
  { pkg: 'speech-dispatcher', file: '/usr/bin/speech-dispatcher' },
  { pkg: 'speech-dispatcher-espeak-ng', file: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng' },
  { pkg: 'espeak-ng', file: '/usr/bin/espeak-ng' },
  { pkg: 'x11-utils', file: '/usr/bin/xdpyinfo' },
];

export const PACKAGES = NEEDS.map((need) => need.pkg);
export const PYTHON = '/usr/bin/python3';

function runsInPython(code: string): boolean {
  return spawnSync(PYTHON, ['-c', code], { stdio: 'ignore' }).status === 0;
}

export function missingPackages(): string[] {
  return NEEDS.filter(({ file, python }) =>
    file !== undefined
      ? !existsSync(file)
      : python !== undefined && !(existsSync(PYTHON) && runsInPython(python)),
  ).map((need) => need.pkg);
}

/** Installs what is missing when it can, or throws naming the command that would. */
export function ensurePackages(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `The screen-reader suite needs Debian packages that are missing. Run as root:\n  ${command}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`[sr] installing ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
  const still = missingPackages();
  if (still.length > 0) throw new Error(`Still missing after apt-get install: ${still.join(' ')}`);
}
