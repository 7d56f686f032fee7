// Makes sure the Chromium the end-to-end tests drive is there. Playwright cannot download a
// browser on this kind of machine, so we use Debian's package: installed here when it is missing
// and we are root on Debian, otherwise a clear message and a non-zero exit.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-path.mjs';

const fromEnv = Boolean(process.env.CHROMIUM_PATH);

if (existsSync(CHROMIUM_PATH)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!fromEnv && isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s "chromium" package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(CHROMIUM_PATH)) process.exit(0);
}

console.error(
  [
    `No Chromium at ${CHROMIUM_PATH}.`,
    'The end-to-end tests drive a system Chromium. Install the Debian/Ubuntu package "chromium"',
    '(apt-get install chromium), or point CHROMIUM_PATH at a Chromium or Chrome binary:',
    '  CHROMIUM_PATH=/path/to/chromium npm test'
  ].join('\n')
);
process.exit(1);
