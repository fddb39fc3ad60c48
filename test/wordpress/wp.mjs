/**
 * A real, throw-away WordPress on 127.0.0.1 for the plugin's tests: Debian's `wordpress` package
 * (WordPress 6.1, the oldest the plugin supports) or WordPress 6.5 from the npm package
 * `@wp-playground/wordpress-builds` (the newest release reachable here; fetched on demand with
 * `npm pack` into node_modules/.cache, not a dependency), copied into a temp folder with its own
 * wp-config.php, its own MariaDB (data dir in the temp folder, unix socket only, no TCP), and PHP's
 * built-in server on a free port of 8090-8099. Stops only the processes it started (by their pids)
 * and removes the temp folder.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { unzipSync } from 'fflate';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CACHE = join(here, '../../node_modules/.cache/mn-wordpress');
const PLAYGROUND = '@wp-playground/wordpress-builds@0.9.19';
const WP_SRC = '/usr/share/wordpress';
const THEME = `${WP_SRC}/wp-content/themes/twentytwentythree`;
export const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-curl',
  'mariadb-server',
  'mariadb-client',
];

const sh = (cmd) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
const installed = (pkg) => sh(`dpkg-query -W -f='\${Status}' ${pkg} 2>/dev/null`).stdout.includes('ok installed');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs Debian's packages when missing (root with apt-get), else says exactly what to install. */
export function ensurePackages(log) {
  const hasDpkg = sh('command -v dpkg-query').status === 0;
  const missing = hasDpkg ? PACKAGES.filter((p) => !installed(p)) : PACKAGES;
  const ready =
    existsSync(`${WP_SRC}/wp-settings.php`) && existsSync(THEME) && existsSync('/usr/sbin/mariadbd') && sh('command -v php').status === 0;
  if (!missing.length && ready) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && sh('command -v apt-get').status === 0) {
    log(`installing Debian packages: ${missing.join(' ')} (about 30-60 s)`);
    // Keep apt from starting apache2/mariadb as system services while it installs.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const out = spawnSync(
        'sh',
        [
          '-c',
          `apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends ${missing.join(' ')}`,
        ],
        { encoding: 'utf8', env },
      );
      if (out.status !== 0) throw new Error(`apt-get failed:\n${(out.stdout + out.stderr).slice(-3000)}`);
    } finally {
      if (ownPolicy) unlinkSync(policy);
    }
    return;
  }
  throw new Error(
    [
      'The WordPress test needs Debian packages that are missing. Install them with:',
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
    ].join('\n'),
  );
}

async function freePort(from = 8090, to = 8099) {
  for (let port = from; port <= to; port++) {
    const ok = await new Promise((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

/**
 * The WordPress folder to copy for `version`: Debian's for 6.1; for a newer one, its zip from the
 * playground builds, fetched once with `npm pack` and unpacked into the cache.
 */
export function wordpressSource(version, log = () => {}) {
  if (version === '6.1') return WP_SRC;
  const dir = join(CACHE, `wp-${version}`);
  if (existsSync(join(dir, 'wp-settings.php'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  let tgz = readdirSync(CACHE).find((f) => f.startsWith('wp-playground-wordpress-builds-') && f.endsWith('.tgz'));
  if (!tgz) {
    log(`fetching WordPress ${version}: npm pack ${PLAYGROUND} (about 160 MB)`);
    tgz = execFileSync('npm', ['pack', PLAYGROUND, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim().split('\n').pop();
  }
  // The zip holds the PHP; the static files (JS, CSS, images) that Playground serves from elsewhere
  // are beside it in public/wp-<version>/.
  const inner = `package/src/wordpress/wp-${version}.zip`;
  const assets = `package/public/wp-${version}`;
  execFileSync('tar', ['-xzf', tgz, inner, assets], { cwd: CACHE });
  const files = unzipSync(readFileSync(join(CACHE, inner)));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  cpSync(join(CACHE, assets), dir, { recursive: true });
  rmSync(join(dir, 'wordpress-remote-asset-paths'), { force: true });
  rmSync(join(CACHE, 'package'), { recursive: true, force: true });
  if (!existsSync(join(dir, 'wp-settings.php'))) throw new Error(`${inner} holds no WordPress`);
  return dir;
}

/**
 * PHP's options for line coverage of the plugin (pcov), or null when pcov cannot be loaded. Debian's
 * php-pcov enables itself for every PHP program; `phpdismod pcov` keeps it to the runs that ask.
 */
export function coverageOptions(www, into) {
  const loaded = sh('php -m').stdout.split('\n').includes('pcov');
  const ext = loaded ? [] : ['-d', 'extension=pcov.so'];
  if (!loaded && !sh('php -d extension=pcov.so -m 2>/dev/null').stdout.split('\n').includes('pcov')) return null;
  mkdirSync(into, { recursive: true });
  return {
    args: [
      ...ext,
      '-d',
      'pcov.enabled=1',
      '-d',
      `pcov.directory=${join(www, 'wp-content/plugins')}`, // it must exist when PHP starts: the plugin is installed later
      '-d',
      `auto_prepend_file=${join(here, 'coverage.php')}`,
    ],
    env: { MNW_COVERAGE_DIR: into },
  };
}

/**
 * Starts everything for WordPress `version` ('6.1': Debian's; '6.5': the playground build); returns
 * helpers and stop(). With `coverage`, PHP records the plugin's lines that run (pcov) in
 * `coverageDir`; `coverage` is false in the result when pcov is missing.
 */
export async function startWordPress({ version = '6.1', log, coverage = false } = {}) {
  const source = wordpressSource(version, log);
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync('/tmp/mn-wp-');
  chmodSync(dir, 0o755);
  const procs = [];
  const stop = async ({ keep = false } = {}) => {
    for (const p of procs.reverse()) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      try {
        process.kill(-p.pid, 'SIGTERM'); // its own process group (detached): the server and its workers
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 100 && p.exitCode === null && p.signalCode === null; i++) await sleep(100);
      if (p.exitCode === null && p.signalCode === null) {
        try {
          process.kill(-p.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    procs.length = 0;
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  const start = (cmd, args, opts = {}) => {
    const p = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'ignore'], ...opts });
    procs.push(p);
    return p;
  };
  // Last resort when the test process ends without stop() (a crash): end our process groups.
  process.on('exit', () => {
    for (const p of procs) {
      try {
        if (p.exitCode === null && p.signalCode === null) process.kill(-p.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  });
  try {
    // 1. MariaDB, private: data and socket in the temp folder, no networking.
    const data = join(dir, 'mysql');
    const runDir = join(dir, 'run');
    const sock = join(runDir, 'mysqld.sock');
    const user = isRoot ? ['--user=mysql'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', ...user, `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    if (isRoot) execFileSync('chown', ['-R', 'mysql:mysql', data]);
    execFileSync('mkdir', ['-p', runDir]);
    if (isRoot) chownSync(runDir, Number(sh('id -u mysql').stdout), Number(sh('id -g mysql').stdout));
    start('/usr/sbin/mariadbd', [
      '--no-defaults',
      ...user,
      `--datadir=${data}`,
      `--socket=${sock}`,
      `--pid-file=${join(runDir, 'mariadbd.pid')}`,
      '--skip-networking',
      `--log-error=${join(runDir, 'mariadbd.err')}`,
      '--innodb-buffer-pool-size=64M',
    ]);
    const sql = (q) =>
      execFileSync('mariadb', ['--no-defaults', '-S', sock, '-uroot', '-N', '-e', q], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    for (let i = 0; ; i++) {
      try {
        sql('select 1');
        break;
      } catch {
        if (i > 150) throw new Error(`MariaDB did not start: ${readFileSync(join(runDir, 'mariadbd.err'), 'utf8').slice(-1500)}`);
        await sleep(200);
      }
    }
    sql(`CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wppass'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);

    // 2. WordPress: a copy of Debian's, with its own config and content folder.
    const www = join(dir, 'www');
    cpSync(source, www, { recursive: true, dereference: true }); // Debian links some files relatively (../../../javascript/...)
    rmSync(join(www, 'wp-config.php'), { force: true });
    rmSync(join(www, '.htaccess'), { force: true });
    rmSync(join(www, 'wp-content/database'), { recursive: true, force: true }); // the playground build's SQLite file
    rmSync(join(www, 'wp-content/db.php'), { force: true });
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(www, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'wordpress'); define('DB_PASSWORD', 'wppass');
define('DB_HOST', 'localhost:${sock}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', '${k}-${Math.random().toString(36).slice(2)}');`).join('\n')}
define('WP_ENVIRONMENT_TYPE', 'local');  // application passwords over plain http
define('WP_HTTP_BLOCK_EXTERNAL', true);  // no internet: fail fast
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('FS_METHOD', 'direct');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Test-only: record mail instead of sending it (there is no mail server here).
    execFileSync('mkdir', ['-p', join(www, 'wp-content/mu-plugins')]);
    writeFileSync(
      join(www, 'wp-content/mu-plugins/mnw-test-mail.php'),
      `<?php
add_filter('pre_wp_mail', function ($null, $atts) {
  $log = get_option('mnw_test_mails', array());
  $log[] = array('to' => $atts['to'], 'subject' => $atts['subject'], 'message' => $atts['message'], 'headers' => $atts['headers']);
  update_option('mnw_test_mails', $log, false);
  return true;
}, 10, 2);
`,
    );

    // 3. PHP's built-in server.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const coverageDir = join(dir, 'coverage');
    const cov = coverage ? coverageOptions(www, coverageDir) : null;
    if (coverage && !cov) log?.('coverage: pcov is not installed (apt-get install php-pcov, then phpdismod pcov): no figures');
    start('php', [...(cov?.args ?? []), '-S', `127.0.0.1:${port}`, '-t', www, join(here, 'router.php')], {
      env: { ...process.env, ...cov?.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    for (let i = 0; ; i++) {
      try {
        await fetch(`${url}/wp-login.php`, { redirect: 'manual' });
        break;
      } catch {
        if (i > 100) throw new Error('the PHP server did not start');
        await sleep(100);
      }
    }

    // 4. The real installer.
    const form = new URLSearchParams({
      weblog_title: 'MN Test Clinic',
      user_name: 'admin',
      admin_password: 'adminpass',
      admin_password2: 'adminpass',
      pw_weak: 'on',
      admin_email: 'admin@example.com',
      blog_public: '0',
      language: '',
    });
    const res = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const text = await res.text();
    if (!text.includes('Success')) throw new Error(`WordPress install failed (${res.status}): ${text.slice(0, 500)}`);

    const cli = (...args) =>
      execFileSync('php', [...(cov?.args ?? []), join(here, 'cli.php'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...cov?.env, MNW_WP_ROOT: www, MNW_WP_HOST: `127.0.0.1:${port}` },
      }).trim();
    const wpVersion = /\$wp_version = '([^']+)'/.exec(readFileSync(join(www, 'wp-includes/version.php'), 'utf8'))?.[1];
    return {
      url,
      port,
      dir,
      www,
      sql,
      cli,
      stop,
      version: wpVersion,
      debugLog: join(dir, 'debug.log'),
      coverage: !!cov,
      coverageDir,
    };
  } catch (e) {
    await stop({ keep: true });
    throw Object.assign(e, { dir });
  }
}
