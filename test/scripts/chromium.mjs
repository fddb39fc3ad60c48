#!/usr/bin/env node
/**
 * Finds a Chromium for the tests: $CHROME_PATH, then Debian's /usr/bin/chromium, then any
 * chromium/chrome on PATH. Run directly, it installs Debian's `chromium` when it can (root with
 * apt-get) or says exactly what to install, and exits non-zero.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

function ensure() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
    process.exit(1);
  }
  if (chromiumPath()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" with apt-get (about 30 s)...');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    if (chromiumPath()) return;
  }
  console.error(
    [
      'The tests need Chromium, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install chromium',
      '  macOS:          brew install --cask chromium   (or use an installed Google Chrome)',
      'Or point the tests at any Chrome or Chromium binary:',
      '  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensure();
