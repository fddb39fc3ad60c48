#!/usr/bin/env node
/**
 * `npm run test:engines`: the host-page matrix and each widget's main flow in Firefox ESR and
 * WebKitGTK (see wtr.config.mjs). Starts WebKitWebDriver under Xvfb on a free port, runs the
 * test runner, and stops the driver. Needs the Debian packages firefox-esr, webkit2gtk-driver
 * and xvfb: installed when missing (root with apt-get), else it says what to install; and, for the
 * plain-http page, the name mn-http.test in /etc/hosts (added as root, else it says so).
 * ENGINES=firefox or ENGINES=webkit runs one; other arguments go to the test runner.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb'];
const sh = (cmd) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const missing = PACKAGES.filter((p) => !sh(`dpkg-query -W -f='\${Status}' ${p} 2>/dev/null`).stdout.includes('ok installed'));
if (missing.length) {
  if (process.getuid?.() !== 0 || sh('command -v apt-get').status !== 0) {
    console.error(`The engine tests need: sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`);
    process.exit(1);
  }
  console.log(`installing Debian packages: ${missing.join(' ')} (about a minute)`);
  const out = sh(`apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq ${missing.join(' ')}`);
  if (out.status !== 0) throw new Error(`apt-get failed:\n${(out.stdout + out.stderr).slice(-3000)}`);
}
// The plain-http host page opens as http://mn-http.test (a name, so not a secure context); Chromium
// maps it with a flag, these engines ask the system's resolver.
const HOSTS = '127.0.0.1 mn-http.test';
if (
  !sh('cat /etc/hosts')
    .stdout.split('\n')
    .some((l) => l.trim().replace(/\s+/g, ' ') === HOSTS)
) {
  if (process.getuid?.() !== 0) {
    console.error(`The engine tests need this line in /etc/hosts: ${HOSTS}`);
    process.exit(1);
  }
  sh(`printf '%s\\n' '${HOSTS}' >> /etc/hosts`);
}
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
// The locale WebKit formats dates in (else en-US-u-va-posix); its own process group, to stop it whole.
const env = { ...process.env, LANG: 'en_US.UTF-8', WEBKIT_PORT: String(port) };
const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x1100x24', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
  env,
  detached: true,
  stdio: 'ignore',
});
const stop = () => {
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stop);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
  } catch {
    if (i > 100) throw new Error('WebKitWebDriver did not start (apt-get install -y webkit2gtk-driver xvfb)');
  }
  await new Promise((r) => setTimeout(r, 100));
}
const wtr = spawn('npx', ['wtr', '--config', 'test/engines/wtr.config.mjs', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
wtr.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
