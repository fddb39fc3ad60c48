#!/usr/bin/env node
/**
 * `npm run test:wordpress`: the WordPress plugin end to end, on two real WordPress versions: 6.1
 * (Debian's package, the oldest supported) and 6.5 (the playground build, the newest reachable
 * here; readme.txt says "Tested up to: 6.5"). MNW_WP_VERSIONS=6.1 runs one. For each it starts a
 * WordPress on 127.0.0.1 (see wp.mjs), installs and activates the built
 * dist/mn-widgets-wordpress.zip, creates pages as an administrator and posts as an author, and
 * checks in headless Chromium and over HTTP: settings (validation, typed values kept, services as a
 * list, configurations by id, time zone, privacy page), the theme's layout left alone with one
 * <mn-clinic> per page, every widget by shortcode and block, services and configurations by id, a
 * classic page with inline configuration, JSON in a shortcode attribute, an author's attempt to
 * override contact details, injection attempts inert, the block editor (titles, icons, live
 * preview, fields), booking requests from an allowed and a refused origin (preflight and simple
 * requests), stored exactly once across retries, malformed, oversized, honeypot and too-fast
 * requests refused, rate limit, the requests screens and CSV, email, privacy tools, retention, and
 * uninstall. Closes with `N passed, M failed` over both versions, and each version's time.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium.mjs';
import { ensurePackages, startWordPress } from './wp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.MNW_DIST ?? join(root, 'dist'); // MNW_DIST: test another build's output
const BUILT_ZIP = join(dist, 'mn-widgets-wordpress.zip');
let ZIP = BUILT_ZIP; // a copy in the test's folder once WordPress is up (a rebuild may replace dist/ meanwhile)
const PLUGIN = 'mn-widgets/mn-widgets.php';
const VERSIONS = (process.env.MNW_WP_VERSIONS ?? '6.1,6.5').split(',').map((v) => v.trim());
/** MNW_WP_COVERAGE=1: line coverage of the plugin's PHP on each version (needs php-pcov). */
const COVERAGE = !!process.env.MNW_WP_COVERAGE;
const summaries = [];
const t0 = Date.now();
let tag = '';
const log = (m) => console.log(`[wp${tag} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${tag.trim()}: ${name}`);
  } catch (e) {
    failed++;
    console.log(
      `not ok - ${tag.trim()}: ${name}\n    ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 4)
        .join('\n    ')}`,
    );
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const eq = (a, b, msg) =>
  assert(JSON.stringify(a) === JSON.stringify(b), `${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);

if (!existsSync(BUILT_ZIP)) {
  console.error('dist/mn-widgets-wordpress.zip is missing: run `npm run build` first.');
  process.exit(1);
}
/** The shared lists the plugin must agree with, and the words the booking form shows for each code. */
const ERROR_CODES = JSON.parse(readFileSync(join(root, 'src/domain/booking/error-codes.json'), 'utf8'));
const VECTORS = join(root, 'src/domain/contact-vectors.json');
const { booking: FORM_WORDS } = await import(join(dist, 'lib/i18n/en/booking.js'));
/** Every code of an error answer is one of error-codes.json: the request's `code`, each `fields` value. */
const codesKnown = (json, what) => {
  assert(ERROR_CODES.request[json?.code], `${what}: "${json?.code}" is not a request code of error-codes.json (${JSON.stringify(json)})`);
  for (const [path, code] of Object.entries(json.fields ?? {}))
    assert(ERROR_CODES.field[code], `${what}: ${path}: "${code}" is not a field code of error-codes.json`);
};
const elements = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);
// What the build put in the zip: each element's attributes and paste-in script.
const generated = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(BUILT_ZIP))['mn-widgets/generated/elements.json']));
const widgets = elements.map((d) => d.tagName).filter((t) => t !== 'mn-clinic' && generated[t]);
/** The scripts a page with these widgets must load, each once, in the head. */
const scriptsFor = (tags) => [...new Set(tags.map((t) => generated[t].script))].sort().map((f) => `${f}@head`);
/** The list of truth (src/widgets.json): the paste-in script's name and the language packs beside it. */
const WIDGET_LIST = JSON.parse(readFileSync(join(root, 'src/widgets.json'), 'utf8'));
const PACKS = WIDGET_LIST.languages.packs;
const packFile = (lang) => `${WIDGET_LIST.script}.${lang}.js`;
const VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
/** Each pack's catalogue and the built-in English one's aftercare texts, as the pages should show them. */
const CATALOGUES = Object.fromEntries(
  await Promise.all(PACKS.map(async (l) => [l, (await import(join(dist, `lib/i18n/${l}/index.js`)))[l]])),
);
CATALOGUES.en = { aftercare: (await import(join(dist, 'lib/i18n/en/aftercare.js'))).aftercare };
const shortcode = (tag) => tag.replace(/-/g, '_');
const blockName = (tag) => `mn-widgets/${tag.replace(/^mn-/, '')}`;
log(`widgets in custom-elements.json: ${widgets.join(', ') || '(none)'}`);

try {
  ensurePackages(log);
} catch (e) {
  console.error(e.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let wp;
let browser;
let landing;
const cleanup = async (ok) => {
  await browser?.close().catch(() => {});
  browser = undefined;
  await new Promise((r) => (landing ? landing.close(r) : r()));
  landing = undefined;
  await wp?.stop({ keep: !ok });
};
// A browser promise left waiting by a failed check rejects when the page closes: not a crash.
process.on('unhandledRejection', (e) => console.log(`# (ignored late rejection: ${String(e?.message ?? e).split('\n')[0]})`));
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup(false);
    process.exit(130);
  });
}

/** Two landing pages on other origins (other ports of 127.0.0.1): one the clinic allows, one it does not. */
async function startLanding(REST, script) {
  const page = (port) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offer</title>
<meta name="viewport" content="width=device-width"><script src="${script}"></script></head><body>
<h1>Spring offer on port ${port}</h1><mn-clinic name="Landing Clinic" endpoint="${REST}" timezone="America/New_York"><mn-booking-form></mn-booking-form></mn-clinic></body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(req.socket.localPort));
  });
  const ports = [];
  for (let port = 8180; port < 8199 && ports.length < 2; port++) {
    const ok = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (ok) ports.push(port);
  }
  // One server, two ports: the second listen goes through a second server sharing the handler.
  const second = createServer(server.listeners('request')[0]);
  await new Promise((r) => server.listen(ports[0], '127.0.0.1', r));
  await new Promise((r) => second.listen(ports[1], '127.0.0.1', r));
  landing = {
    allowed: `http://127.0.0.1:${ports[0]}`,
    refused: `http://127.0.0.1:${ports[1]}`,
    close: (cb) => server.close(() => second.close(cb)),
  };
  return landing;
}

/**
 * Adds up the coverage files of one run (coverage.php writes one per PHP request): per plugin
 * file, the lines that ran of the lines that can run (pcov: 1 ran, -1 did not). The generated
 * element list is data, not logic, and is left out.
 */
function coverageReport(dir) {
  const files = {};
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      continue; // a request still writing when the server stopped
    }
    for (const [path, lines] of Object.entries(data)) {
      const file = path.split('/plugins/mn-widgets/')[1];
      if (!file || file.startsWith('generated/')) continue;
      const f = (files[file] ??= {});
      for (const [line, hits] of Object.entries(lines)) f[line] = Math.max(f[line] ?? -1, hits);
    }
  }
  const rows = Object.entries(files)
    .map(([file, lines]) => {
      const all = Object.values(lines);
      return { file, ran: all.filter((h) => h > 0).length, lines: all.length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const ran = rows.reduce((n, r) => n + r.ran, 0);
  const lines = rows.reduce((n, r) => n + r.lines, 0);
  return { rows, ran, lines, pct: lines ? (100 * ran) / lines : 0 };
}

async function suite(version) {
  const started = Date.now();
  const before = { passed, failed };
  tag = ` ${version}`;
  let ok = false;
  try {
    wp = await startWordPress({ version, log, coverage: COVERAGE });
    log(`WordPress ${wp.version} up at ${wp.url} (folder ${wp.dir})`);
    ZIP = join(wp.dir, 'mn-widgets-wordpress.zip');
    for (let i = 0; i < 60 && !existsSync(BUILT_ZIP); i++) await new Promise((r) => setTimeout(r, 500)); // a build in progress
    copyFileSync(BUILT_ZIP, ZIP);
    await run();
    ok = failed === before.failed;
    if (wp.coverage) {
      await new Promise((r) => setTimeout(r, 1000)); // the last requests' shutdown writes
      const c = coverageReport(wp.coverageDir);
      for (const r of c.rows) log(`coverage ${r.file}: ${r.ran} of ${r.lines} lines (${((100 * r.ran) / (r.lines || 1)).toFixed(1)} %)`);
      log(`coverage of the plugin's PHP on WordPress ${wp.version}: ${c.ran} of ${c.lines} lines (${c.pct.toFixed(1)} %)`);
      summaries.push(`WordPress ${wp.version}: PHP line coverage ${c.pct.toFixed(1)} % (${c.ran} of ${c.lines} lines)`);
    }
  } catch (e) {
    failed++;
    console.log(`not ok - ${version}: harness: ${e?.stack ?? e}`);
  } finally {
    await cleanup(ok);
    if (!ok && wp) console.log(`(kept ${wp.dir} for a look: debug.log, run/mariadbd.err)`);
    const n = passed + failed - before.passed - before.failed;
    const line = `WordPress ${wp?.version ?? version}: ${passed - before.passed} of ${n} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    log(line);
    summaries.push(line);
    wp = undefined;
  }
}

async function run() {
  const { url, cli } = wp;
  const REST = `${url}/wp-json/mn-widgets/v1/requests`;

  // Users, permalinks, plugin from the zip.
  cli('user', 'author1', 'authorpass', 'author');
  cli('user', 'editor_nf', 'editorpass', 'editor', 'unfiltered_html');
  cli('permalinks', '/%postname%/');
  const auth = {};
  for (const u of ['admin', 'author1', 'editor_nf']) auth[u] = 'Basic ' + Buffer.from(`${u}:${cli('apppass', u)}`).toString('base64');

  await check('the built zip installs and activates', () => {
    eq(cli('install-zip', ZIP), PLUGIN, 'installed plugin file');
    eq(cli('activate', PLUGIN), 'ok', 'activate');
    eq(JSON.parse(cli('sql-scalar', "SHOW TABLES LIKE 'wp_mn_widgets_requests'")), 'wp_mn_widgets_requests', 'requests table');
    assert(JSON.parse(cli('do-action', 'mn_widgets_nothing')).next === false, 'cli');
  });

  const api = async (path, user, body, method = 'POST') => {
    const res = await fetch(`${url}/wp-json/wp/v2/${path}`, {
      method,
      headers: { Authorization: auth[user], 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = await res.json();
    assert(res.ok, `${method} ${path} as ${user}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };

  browser = await chromium.launch({
    executablePath: chromiumPath() ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Logged in once the browser is in wp-admin. Two attempts at most: on a busy machine a first
  // attempt on WordPress 6.1 now and then stayed logged out (seen twice on 2026-11-30, each time an
  // author's login), and the check then failed on what it did not test. What the login
  // page said is printed, and a second failure stops the check.
  const login = async (user, pass, options = {}) => {
    const ctx = await browser.newContext(options);
    const page = await ctx.newPage();
    for (let attempt = 1; attempt <= 2 && !page.url().includes('/wp-admin/'); attempt++) {
      if (attempt > 1)
        log(
          `${user} not logged in at ${page.url()}: ${await page
            .locator('#login_error')
            .innerText({ timeout: 1000 })
            .catch(() => '(no message)')}`,
        );
      await page.goto(`${url}/wp-login.php`);
      await page.fill('#user_login', user);
      await page.fill('#user_pass', pass);
      // A login that does not navigate in time (PHP's one-request-at-a-time server on a busy
      // machine: 6.5's author login once waited past 30 s) is tried again, as one that stayed logged out.
      await Promise.all([page.waitForNavigation().catch((e) => log(`${user}: ${e.message.split('\n')[0]}`)), page.click('#wp-submit')]);
    }
    assert(page.url().includes('/wp-admin/'), `${user} could not log in: ${page.url()}`);
    return { ctx, page };
  };
  const admin = await login('admin', 'adminpass');
  const settings = () => JSON.parse(cli('option-get', 'mn_widgets_settings')) ?? {};
  const setSettings = (over) => cli('option-set', 'mn_widgets_settings', JSON.stringify({ ...settings(), ...over }));
  const save = async (p) => {
    await Promise.all([p.waitForNavigation(), p.click('#submit')]);
    return p.locator('.wrap').innerText();
  };
  const SETTINGS = `${url}/wp-admin/admin.php?page=mn-widgets-settings`;

  await check('activation: a notice leads to the settings; the plugin has one name in the menu and on its pages', async () => {
    const p = admin.page;
    await p.goto(`${url}/wp-admin/`);
    const notice = p.locator('.mnwidgets-welcome');
    assert(await notice.isVisible(), 'no activation notice');
    eq(await notice.locator('a.button-primary').getAttribute('href'), SETTINGS, 'notice link');
    eq((await p.locator('#toplevel_page_mn-widgets .wp-menu-name').innerText()).trim(), 'MN Widgets', 'menu name');
    await p.goto(SETTINGS);
    eq((await p.locator('.wrap h1').innerText()).trim(), 'MN Widgets: Settings', 'settings title');
    await p.goto(`${url}/wp-admin/`);
    eq(await p.locator('.mnwidgets-welcome').count(), 0, 'notice after the settings were opened');
    const readme = new TextDecoder().decode(unzipSync(readFileSync(ZIP))['mn-widgets/readme.txt']);
    assert(readme.startsWith('=== MN Widgets ==='), 'readme name');
  });

  await check("settings warn that the site's privacy page is not published (WordPress makes it a draft)", async () => {
    const p = admin.page;
    await p.goto(SETTINGS);
    const text = await p.locator('.wrap').innerText();
    assert(/privacy page "Privacy Policy" is not published/.test(text), `no warning: ${text.slice(0, 400)}`);
  });

  const privacy = await api('pages', 'admin', { title: 'Privacy', content: 'We keep your request private.', status: 'publish' });

  await check('settings save the clinic details, the services as a list, and say "Settings saved."', async () => {
    const p = admin.page;
    await p.goto(SETTINGS);
    await p.fill('#mnwidgets_name', 'Glow Skin Studio');
    await p.fill('#mnwidgets_phone', '+1 555 0100');
    await p.fill('#mnwidgets_email', 'clinic@example.com');
    // WordPress's own grouped chooser: continents as groups, cities as options.
    assert((await p.locator('#mnwidgets_timezone optgroup').count()) > 5, "not WordPress's grouped time-zone chooser");
    await p.selectOption('#mnwidgets_timezone', 'America/New_York');
    await p.fill('#mnwidgets_locale', 'en-US');
    await p.fill('#mnwidgets_accent', '#7a4cc2');
    await p.selectOption('#mnwidgets_privacy_page', String(privacy.id));
    await p.fill('#mnwidgets_hours', 'Mo-Fr 09:00-18:00; Sa 10:00-14:00');
    const rows = [
      ['Consultation', '30', false, ''],
      ['Microneedling', '60', true, ''],
      ['Microneedling with PRP', '75', true, 'prp'],
    ];
    for (const [i, [name, minutes, treatment, id]] of rows.entries()) {
      if (i > 0) await p.click('button.mnwidgets-add-row[data-table="mnwidgets_services"]');
      await p.fill(`#mnwidgets_services_${i}_name`, name);
      await p.fill(`#mnwidgets_services_${i}_minutes`, minutes);
      await p.setChecked(`#mnwidgets_services_${i}_treatment`, treatment);
      if (id) await p.fill(`#mnwidgets_services_${i}_id`, id);
    }
    await p.fill('#mnwidgets_spacing', '21');
    await p.fill('#mnwidgets_rate_limit', '300');
    await p.fill('#mnwidgets_checks_0_id', 'peel');
    await p.fill(
      '#mnwidgets_checks_0_json',
      JSON.stringify(
        { items: { 'recent-peel': { text: 'Have you had a chemical peel in the last two weeks?', level: 'consult' } } },
        null,
        2,
      ),
    );
    await p.fill('#mnwidgets_protocols_0_id', 'long');
    await p.fill('#mnwidgets_protocols_0_json', JSON.stringify({ nextSession: [35, 56] }));
    const text = await save(p);
    assert(text.includes('Settings saved.'), `no "Settings saved.": ${text.slice(0, 300)}`);
    const s = settings();
    eq(
      [s.name, s.phone, s.email, s.timezone, s.locale, s.accent, s.privacy_page, s.spacing, s.rate_limit],
      ['Glow Skin Studio', '+1 555 0100', 'clinic@example.com', 'America/New_York', 'en-US', '#7a4cc2', privacy.id, '21', 300],
      'saved settings',
    );
    eq(
      s.services,
      [
        { id: 'consultation', name: 'Consultation', treatment: false, durationMinutes: 30 },
        { id: 'microneedling', name: 'Microneedling', treatment: true, durationMinutes: 60 },
        { id: 'prp', name: 'Microneedling with PRP', treatment: true, durationMinutes: 75 },
      ],
      'services',
    );
    eq([s.checks[0].id, s.protocols[0].id], ['peel', 'long'], 'configurations by id');
    eq(await p.locator('#mnwidgets_services_2_name').inputValue(), 'Microneedling with PRP', 'the list shows the services again');
  });

  await check(
    'settings refuse bad values field by field: the message names the field and the rule, the typed value stays, the last good value stays in force',
    async () => {
      const p = admin.page;
      const good = settings();
      await p.goto(SETTINGS);
      await p.fill('#mnwidgets_hours', 'weekdays 9 to 5');
      await p.fill('#mnwidgets_email', 'bookings@glowskin');
      await p.fill('#mnwidgets_phone', 'javascript:alert(1)');
      await p.fill('#mnwidgets_spacing', '5');
      await p.fill('#mnwidgets_locale', 'not a locale');
      await p.fill('#mnwidgets_checks_0_json', '{ "items": { "recent-peel": { "text": "x", } }');
      await p.fill('#mnwidgets_name', 'Glow Skin Studio & Spa');
      const text = await save(p);
      for (const want of [
        /Opening hours: "weekdays 9 to 5" must follow the pattern/,
        /Email: "bookings@glowskin" must be an email address/,
        /Phone: "javascript:alert\(1\)" must be a phone number/,
        /Days between microneedling sessions: "5" must be a whole number from 14 to 365/,
        /Language and region: "not a locale" must be a language code/,
        /Safety check configurations, peel: is not valid JSON/,
        /The other settings were saved/,
      ])
        assert(want.test(text), `missing ${want}: ${text.slice(0, 1500)}`);
      assert(!text.includes('Settings saved.'), 'says "Settings saved." although fields were refused');
      eq(
        [
          await p.inputValue('#mnwidgets_hours'),
          await p.inputValue('#mnwidgets_email'),
          await p.inputValue('#mnwidgets_spacing'),
          await p.getAttribute('#mnwidgets_email', 'aria-invalid'),
        ],
        ['weekdays 9 to 5', 'bookings@glowskin', '5', 'true'],
        'typed values shown again for correction',
      );
      const s = settings();
      eq(
        [s.hours, s.email, s.phone, s.spacing, s.locale, s.checks],
        [good.hours, good.email, good.phone, good.spacing, good.locale, good.checks],
        'last good values in force',
      );
      eq(s.name, 'Glow Skin Studio & Spa', 'a valid field beside them is saved');
      await p.goto(SETTINGS);
      eq(await p.inputValue('#mnwidgets_hours'), good.hours, 'the typed value is shown once, then the saved one');
      await p.fill('#mnwidgets_name', 'Glow Skin Studio');
      await save(p);
    },
  );

  await check('time zone: a bare UTC offset on the site asks for a city; an offset is refused', async () => {
    const p = admin.page;
    cli('option-set', 'timezone_string', '""');
    cli('option-set', 'gmt_offset', '2');
    setSettings({ timezone: '' });
    try {
      await p.goto(SETTINGS);
      const text = await p.locator('.wrap').innerText();
      assert(/The site's time zone is UTC\+2, an offset without a city/.test(text), `no warning: ${text.slice(0, 600)}`);
      await p.selectOption('#mnwidgets_timezone', 'UTC+2');
      const after = await save(p);
      assert(/Time zone: "UTC\+2" must be a city, not a UTC offset/.test(after), `offset accepted: ${after.slice(0, 400)}`);
    } finally {
      setSettings({ timezone: 'America/New_York' });
      cli('option-set', 'timezone_string', '"America/New_York"');
    }
  });

  // Pages: every widget by shortcode (administrator), by block (editor without unfiltered_html),
  // and by shortcode plus injection attempts (author).
  const treatedAt = new Date(Date.now() - 30 * 3600_000).toISOString().slice(0, 16);
  const extra = { 'mn-aftercare-timeline': ` treated-at="${treatedAt}"` };
  const shortcodes = widgets.map((t) => `[${shortcode(t)}${extra[t] ?? ''}]`).join('\n\n');
  const adminPage = await api('pages', 'admin', {
    title: 'All widgets',
    content: `<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->${shortcodes}<!-- /wp:shortcode -->\n\n<!-- wp:paragraph --><p>After.</p><!-- /wp:paragraph -->`,
    status: 'publish',
  });
  const blocks = widgets
    .map(
      (t) =>
        `<!-- wp:${blockName(t)} ${JSON.stringify(t === 'mn-aftercare-timeline' ? { 'treated-at': treatedAt } : { theme: 'light' })} /-->`,
    )
    .join('\n\n');
  const blockPage = await api('pages', 'editor_nf', { title: 'Blocks', content: blocks, status: 'publish' });
  const INJECT = `x" onmouseover="window.__pwned=1`;
  const authorPost = await api('posts', 'author1', {
    title: 'Author widgets',
    content: [
      shortcodes,
      `[mn_booking_form theme='${INJECT}' onclick="window.__pwned=2" endpoint="https://collector.example/steal"]`,
      `[mn_booking_form clinic-phone="+1 900 555 0199" clinic_email="calls@collector.example" clinic-name="Not the clinic" id="evil"]`,
      `[mn_aftercare_timeline booking-url="#book" treated-at="2026-11-01"]`,
      `[mn_contraindication_check booking-url="https://collector.example/book"]`,
      `<mn-booking-form theme="dark" clinic-phone="+1 900 555 0100" onclick="window.__pwned=4" endpoint="https://collector.example/raw"></mn-booking-form>`,
      // The clinic's details by a clinic of the author's own around a widget: kses removes it, the widget stays.
      `<mn-clinic phone="+1 900 555 0102" email="calls@collector.example" emergency-number="+1 900 555 0103" after-hours-phone="+1 900 555 0104" region="GB"><mn-aftercare-timeline treated-at="2026-11-01T10:00" theme="dark"></mn-aftercare-timeline></mn-clinic>`,
      `<script>window.__pwned=5</script>`,
    ].join('\n\n'),
    status: 'publish',
  });
  const urlPage = await api('pages', 'admin', {
    title: 'Admin URL',
    content:
      '[mn_aftercare_timeline booking-url="https://clinic.example/book" treated-at="2026-11-01"]\n\n[mn_booking_form require-check policy-version="2026-01" clinic-phone="+1 555 0111"]\n\n[mn_contraindication_check share-findings="false" layout="list"]',
    status: 'publish',
  });
  const onePage = await api('pages', 'admin', {
    title: 'One widget',
    content: `[mn_aftercare_timeline treated-at="${treatedAt}"]`,
    status: 'publish',
  });
  const plainPage = await api('pages', 'admin', { title: 'No widgets', content: '<p>Nothing here.</p>', status: 'publish' });
  const byIdPage = await api('pages', 'admin', {
    title: 'By id',
    content: `[mn_booking_form services="consultation,prp" id="book"]\n\n[mn_contraindication_check config="peel" booking-url="#book"]\n\n[mn_aftercare_timeline protocol="long" treated-at="${treatedAt}"]\n\n[mn_booking_form services="nope"]`,
    status: 'publish',
  });
  const bracketPost = await api('posts', 'author1', {
    title: 'Bracket JSON',
    content: `<p>Book below.</p>\n\n[mn_booking_form services='[{"id":"consult","name":"Consult"}]' spacing-days="30"]\n\n<p>Thanks.</p>`,
    status: 'publish',
  });
  const CLASSIC_CONFIG = { items: { 'recent-peel': { text: 'Had a "peel" <b>this</b> week?', level: 'consult' } } };
  const classicPage = await api('pages', 'editor_nf', {
    title: 'Classic',
    // Classic content: no block markup, so wpautop and wptexturize run over all of it.
    content: `Our safety check:\n\n[mn_contraindication_check]\n${JSON.stringify(CLASSIC_CONFIG, null, 2)}\n[/mn_contraindication_check]\n\nAftercare:\n\n[mn_aftercare_timeline treated-at="${treatedAt}"]\n{\n  "nextSession": [30, 50]\n}\n[/mn_aftercare_timeline]\n\n[mn_booking_form]\n[\n  {"id": "chat", "name": "A chat -- free", "treatment": false}\n]\n[/mn_booking_form]`,
    status: 'publish',
  });

  const visit = async (link, ctx) => {
    const context = ctx ?? (await browser.newContext());
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(link, { waitUntil: 'load' });
    return { page, errors, close: () => (ctx ? page.close() : context.close()) };
  };
  /** What the page shows: each widget's state, from its shadow root. */
  const widgetState = (page) =>
    page.evaluate((tags) => {
      const out = {};
      for (const tag of tags) {
        out[tag] = [...document.querySelectorAll(tag)].map((el) => ({
          defined: !!customElements.get(tag),
          base: !!el.shadowRoot?.querySelector('[part="base"]'),
          notices: [...(el.shadowRoot?.querySelectorAll('[part="notice"]') ?? [])].map((n) => n.textContent.trim()),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          inClinic: !!el.closest('mn-clinic'),
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          json: el.querySelector(':scope > script[type="application/json"]')?.textContent ?? null,
        }));
      }
      return out;
    }, widgets);
  const scripts = (page) =>
    page.evaluate(() =>
      [...document.scripts]
        .map((s) => [s.src.match(/\/plugins\/mn-widgets\/assets\/([^/?]+\.js)/)?.[1], s.closest('head') ? 'head' : 'body'])
        .filter(([f]) => f)
        .map(([f, where]) => `${f}@${where}`)
        .sort(),
    );
  const clinics = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('mn-clinic')].map((c) => ({
        attrs: Object.fromEntries([...c.attributes].map((a) => [a.name, a.value])),
        children: c.children.length,
        inBody: c.parentElement === document.body,
      })),
    );

  await check(
    "the theme's layout is left alone: widgets sit in the content column, and one <mn-clinic> with the settings is printed once",
    async () => {
      const v = await visit(adminPage.link, await browser.newContext({ viewport: { width: 1400, height: 900 } }));
      await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
      const c = await clinics(v.page);
      eq(c.length, 1, '<mn-clinic> elements');
      eq([c[0].attrs.id, c[0].children, c[0].inBody], ['mn-widgets-clinic', 0, true], 'the clinic wraps nothing and sits in <body>');
      const a = c[0].attrs;
      eq(
        [a.name, a.phone, a.email, a.timezone, a.locale, a.accent, a.hours, a['privacy-url'], a.endpoint],
        [
          'Glow Skin Studio',
          '+1 555 0100',
          'clinic@example.com',
          'America/New_York',
          'en-US',
          '#7a4cc2',
          'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
          privacy.link,
          REST,
        ],
        'clinic attributes',
      );
      const state = await widgetState(v.page);
      for (const tag of widgets) {
        eq(state[tag].length, 1, `${tag} count`);
        eq(state[tag][0].attrs.clinic, 'mn-widgets-clinic', `${tag} names the clinic`);
        assert(!state[tag][0].inClinic, `${tag} is wrapped in <mn-clinic>`);
      }
      // Widths as the theme lays them out: the widgets as wide as the paragraphs, the title not narrower than before.
      const widths = await v.page.evaluate((tags) => {
        const w = (el) => Math.round(el.getBoundingClientRect().width);
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent.trim() === 'Before.');
        return {
          p: w(p),
          parentSame: tags.every((t) => document.querySelector(t).parentElement === p.parentElement),
          widgets: tags.map((t) => w(document.querySelector(t))),
          page: document.documentElement.scrollWidth,
        };
      }, widgets);
      assert(widths.p < 1000, `the paragraph is ${widths.p} px wide: pulled out of the content column`);
      assert(widths.parentSame, 'widgets and paragraphs do not share the content container');
      for (const w of widths.widgets) assert(w <= widths.p, `a widget is ${w} px, wider than the paragraphs (${widths.p} px)`);
      eq(widths.page, 1400, 'page width');
      eq(await scripts(v.page), scriptsFor(widgets), 'the script, once, in the head');
      eq(v.errors, [], 'page errors');
      await v.close();
    },
  );

  await check('every widget renders with the clinic\'s settings from the page\'s <mn-clinic> (clinic="id")', async () => {
    const v = await visit(adminPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const state = await widgetState(v.page);
    for (const tag of widgets) {
      const w = state[tag][0];
      assert(w.defined && w.base && w.text > 20, `${tag} did not render: ${JSON.stringify(w)}`);
      eq(w.notices, [], `${tag} setup notices`);
    }
    // The privacy page (given by <mn-clinic> only) is linked from the booking form's consent box.
    const links = await v.page.evaluate(() =>
      [...document.querySelector('mn-booking-form').shadowRoot.querySelectorAll('a')].map((a) => a.href),
    );
    assert(
      links.includes(privacy.link),
      `the booking form does not link the clinic's privacy page (${links}): it did not take up <mn-clinic id>`,
    );
    await v.close();
  });

  await check('services, safety-check questions and aftercare protocol by id from the settings', async () => {
    const v = await visit(byIdPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const st = await widgetState(v.page);
    const [form, unknown] = st['mn-booking-form'];
    eq(
      JSON.parse(form.attrs.services).map((s) => s.id),
      ['consultation', 'prp'],
      'services by id',
    );
    eq(form.attrs.id, 'book', 'the form is the #book anchor');
    const options = await v.page.locator('mn-booking-form#book select[name="service"] option').allTextContents();
    eq(
      options.map((o) => o.replace(/\(\d+ min\)/, '').trim()),
      ['Consultation', 'Microneedling with PRP'],
      'service options',
    );
    eq(JSON.parse(unknown.attrs.services).length, 3, "an unknown id leaves the clinic's services");
    eq(JSON.parse(st['mn-contraindication-check'][0].json).items['recent-peel'].level, 'consult', 'check configuration by id');
    eq(st['mn-contraindication-check'][0].attrs['booking-url'], '#book', 'booking-url="#book"');
    eq(JSON.parse(st['mn-aftercare-timeline'][0].json).nextSession, [35, 56], 'protocol by id');
    eq(await v.page.locator('.mnwidgets-editor-notice').count(), 0, 'notes for a visitor');
    await v.close();
    const e = await visit(byIdPage.link, admin.ctx);
    const note = await e.page.locator('.mnwidgets-editor-notice').allInnerTexts();
    assert(note.length === 1 && /No service with the id nope/.test(note[0]), `editor's note for an unknown service id: ${note}`);
    await e.close();
  });

  await check('a classic page (wpautop, wptexturize) keeps inline JSON between shortcodes intact', async () => {
    const v = await visit(classicPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const st = await widgetState(v.page);
    eq(JSON.parse(st['mn-contraindication-check'][0].json), CLASSIC_CONFIG, "the check's inline configuration");
    eq(JSON.parse(st['mn-aftercare-timeline'][0].json), { nextSession: [30, 50] }, 'the aftercare protocol');
    eq(
      JSON.parse(st['mn-booking-form'][0].attrs.services),
      [{ id: 'chat', name: 'A chat -- free', treatment: false }],
      "the form's services",
    );
    const text = await v.page.evaluate(() => document.querySelector('.entry-content, .wp-block-post-content, main').innerText);
    assert(!/[{}\]"]/.test(text.replace(/Our safety check:|Aftercare:/g, '')), `stray JSON on the page: ${text.slice(0, 300)}`);
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check(
    "JSON brackets in a shortcode attribute: no stray text; the clinic's services; a note for logged-in editors only",
    async () => {
      const v = await visit(bracketPost.link);
      await v.page.waitForFunction(() => customElements.get('mn-booking-form'));
      const body = await v.page.evaluate(() => document.body.innerText);
      assert(!/'\]|"\]|\}\]/.test(body), `stray text: ${body.slice(0, 500)}`);
      const form = (await widgetState(v.page))['mn-booking-form'];
      eq(form.length, 1, 'forms');
      eq(
        JSON.parse(form[0].attrs.services).map((s) => s.id),
        ['consultation', 'microneedling', 'prp'],
        "the clinic's services",
      );
      eq(form[0].attrs['spacing-days'], '30', 'the attributes beside it are kept');
      eq(await v.page.locator('.mnwidgets-editor-notice').count(), 0, 'note for visitors');
      await v.close();
      const author = await login('author1', 'authorpass');
      await author.page.goto(bracketPost.link);
      const note = await author.page.locator('.mnwidgets-editor-notice').innerText();
      assert(/JSON in a shortcode attribute \(services\)/.test(note) && /settings page/.test(note), `note: ${note}`);
      await author.ctx.close();
    },
  );

  await check('blocks (editor without unfiltered_html) render through the same PHP', async () => {
    const v = await visit(blockPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const state = await widgetState(v.page);
    for (const tag of widgets) {
      eq(state[tag].length, 1, `${tag} count`);
      assert(state[tag][0].base && state[tag][0].text > 20, `${tag} did not render`);
      eq(state[tag][0].attrs.clinic, 'mn-widgets-clinic', `${tag} names the clinic`);
    }
    eq((await clinics(v.page)).length, 1, '<mn-clinic> elements');
    eq(await scripts(v.page), scriptsFor(widgets), 'the script, once');
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check(
    "an author cannot override the clinic's contact details or URLs; #book is allowed; injection attempts are inert",
    async () => {
      const v = await visit(authorPost.link);
      await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
      await v.page.mouse.move(10, 10);
      for (const el of await v.page.locator('mn-booking-form').all()) await el.hover().catch(() => {});
      const state = await widgetState(v.page);
      for (const tag of widgets) assert(state[tag].length >= 1 && state[tag].every((w) => w.base), `${tag} did not render for the author`);
      const forms = state['mn-booking-form'];
      const injected = forms.find((f) => f.attrs.theme === INJECT);
      assert(injected, `the injected value is not kept as plain text: ${JSON.stringify(forms.map((f) => f.attrs))}`);
      assert(!('onmouseover' in injected.attrs) && !('onclick' in injected.attrs), 'event handler attribute survived');
      assert(!('endpoint' in injected.attrs), `an author set the endpoint: ${injected.attrs.endpoint}`);
      const contact = forms.find((f) => f.attrs.id === 'evil');
      assert(contact, 'the shortcode with contact details did not render');
      for (const a of ['clinic-phone', 'clinic-email', 'clinic-name'])
        assert(!(a in contact.attrs), `an author set ${a}: ${contact.attrs[a]}`);
      const raw = forms.find((f) => f.attrs.theme === 'dark');
      assert(raw, 'a raw <mn-booking-form> written by the author was stripped');
      for (const a of ['onclick', 'endpoint', 'clinic-phone']) assert(!(a in raw.attrs), `${a} survived kses`);
      eq(
        state['mn-aftercare-timeline'].map((w) => w.attrs['booking-url']).filter(Boolean),
        ['#book'],
        "the author's booking-url: #book kept",
      );
      const own = await clinics(v.page);
      eq(
        own.map((c) => c.attrs.id),
        ['mn-widgets-clinic'],
        `<mn-clinic> elements (an author's own clinic survived: ${JSON.stringify(own.map((c) => c.attrs))})`,
      );
      assert(
        state['mn-aftercare-timeline'].some((w) => w.attrs.theme === 'dark' && !w.inClinic),
        "the widget inside the author's <mn-clinic> was lost",
      );
      const numbers = await v.page.evaluate(() =>
        [...document.querySelectorAll('mn-aftercare-timeline')].flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
        ),
      );
      assert(!numbers.some((n) => n.includes('900555')), `an author's number is offered to patients: ${numbers}`);
      eq(state['mn-contraindication-check'].map((w) => w.attrs['booking-url']).filter(Boolean), [], "the author's external booking-url");
      eq(await v.page.evaluate(() => window.__pwned), undefined, 'window.__pwned');
      eq(await scripts(v.page), scriptsFor(widgets), 'the script, once');
      eq(await v.page.locator('.mnwidgets-editor-notice').count(), 0, 'notes for a visitor');
      await v.close();
      const author = await login('author1', 'authorpass');
      await author.page.goto(authorPost.link);
      const notes = (await author.page.locator('.mnwidgets-editor-notice').allInnerTexts()).join('\n');
      assert(/"clinic-phone" was left out: only people who manage MN Widgets may set it/.test(notes), `notes: ${notes}`);
      await author.ctx.close();
    },
  );

  await check('an administrator may set URL attributes and contact details; boolean attributes', async () => {
    const v = await visit(urlPage.link);
    const st = await widgetState(v.page);
    eq(st['mn-aftercare-timeline'][0].attrs['booking-url'], 'https://clinic.example/book', 'booking-url');
    eq(
      [
        st['mn-booking-form'][0].attrs['require-check'],
        st['mn-booking-form'][0].attrs['policy-version'],
        st['mn-booking-form'][0].attrs['clinic-phone'],
      ],
      ['', '2026-01', '+1 555 0111'],
      'boolean, string and contact attributes',
    );
    eq('share-findings' in st['mn-contraindication-check'][0].attrs, false, 'share-findings="false" leaves it unset');
    await v.close();
  });

  await check('a page with one widget loads the script once; a page without widgets loads nothing', async () => {
    const v = await visit(onePage.link);
    eq(await scripts(v.page), scriptsFor(['mn-aftercare-timeline']), 'scripts');
    eq((await clinics(v.page)).length, 1, '<mn-clinic> elements');
    await v.page.waitForFunction(() => document.querySelector('mn-aftercare-timeline')?.shadowRoot?.querySelector('[part="base"]'));
    eq(v.errors, [], 'page errors');
    await v.close();
    const plain = await visit(plainPage.link);
    eq([await scripts(plain.page), (await clinics(plain.page)).length], [[], 0], 'scripts and clinics without widgets');
    await plain.close();
  });

  await check(
    "settings: the clinic's country, emergency number and after-hours phone are checked on save, printed on <mn-clinic> and used by the widgets",
    async () => {
      const p = admin.page;
      await p.goto(SETTINGS);
      const hint = await p.locator('.wrap').innerText();
      assert(/Now: US, from en-US\./.test(hint), `the country in force is not shown: ${hint.slice(0, 600)}`);
      await p.fill('#mnwidgets_region', 'UK');
      await p.fill('#mnwidgets_emergency_number', '1');
      await p.fill('#mnwidgets_after_hours_phone', '<script>5550100</script>'); // sanitizing empties it: refused, not saved as empty
      const refused = await save(p);
      for (const want of [
        /Country: "UK" must be a country code of two letters \(ISO 3166-1\)/,
        /Emergency number: "1" must be a phone number of 2 to 20 digits/,
        /After-hours phone: "<script>5550100<\/script>" must be a phone number of 5 to 20 digits/,
      ])
        assert(want.test(refused), `missing ${want}: ${refused.slice(0, 1500)}`);
      eq(
        [await p.inputValue('#mnwidgets_region'), await p.getAttribute('#mnwidgets_emergency_number', 'aria-invalid')],
        ['UK', 'true'],
        'typed values shown again',
      );
      eq([settings().region, settings().emergency_number, settings().after_hours_phone], ['', '', ''], 'nothing refused was saved');
      await p.fill('#mnwidgets_region', 'gb');
      await p.fill('#mnwidgets_emergency_number', '999');
      await p.fill('#mnwidgets_after_hours_phone', '+44 20 7946 0000 ext. 2');
      assert((await save(p)).includes('Settings saved.'), 'not saved');
      eq([settings().region, settings().emergency_number, settings().after_hours_phone], ['GB', '999', '+44 20 7946 0000 ext. 2'], 'saved');
      // A Sunday at 3 am in New York: the clinic is closed by its hours, so the timeline gives the after-hours phone.
      const page = await api('pages', 'admin', {
        title: 'After hours',
        content: '[mn_aftercare_timeline treated-at="2026-12-12T16:00" now="2026-12-13T03:00"]',
        status: 'publish',
      });
      const v = await visit(page.link);
      try {
        const c = await clinics(v.page);
        eq(
          [c.length, c[0].attrs.region, c[0].attrs['emergency-number'], c[0].attrs['after-hours-phone']],
          [1, 'GB', '999', '+44 20 7946 0000 ext. 2'],
          '<mn-clinic> attributes',
        );
        const el = v.page.locator('mn-aftercare-timeline');
        await el.locator('[part="emergency"]').waitFor({ timeout: 10000 });
        eq(await el.locator('[part="emergency"] a[href="tel:999"]').count(), 1, "the emergency box calls the clinic's number");
        eq(await el.locator('a[href="tel:+442079460000,2"]').count(), 1, 'the after-hours phone while the clinic is closed');
        eq(v.errors, [], 'page errors');
      } finally {
        await v.close();
        setSettings({ region: '', emergency_number: '', after_hours_phone: '' });
      }
    },
  );

  // Booking: the real form in the browser posts to the plugin's REST route.
  const count = (id) => Number(JSON.parse(cli('sql-scalar', `SELECT COUNT(*) FROM wp_mn_widgets_requests WHERE request_id = '${id}'`)));
  const total = () => Number(JSON.parse(cli('sql-scalar', 'SELECT COUNT(*) FROM wp_mn_widgets_requests')));
  const mails = () => JSON.parse(cli('option-get', 'mnw_test_mails')) ?? [];

  /** Fills the booking form as a patient would; resolves to the preferred date chosen. */
  const fillBooking = async (form) => {
    await form.locator('input[name="name"]').fill('Ada Patient');
    await form.locator('input[name="email"]').fill('ada@example.com');
    await form.locator('select[name="service"]').selectOption('microneedling');
    await form.locator('input[name="areas"]').first().check();
    const date = await form.locator('input[name="date0"]').evaluate((i) => {
      const d = new Date(`${i.min || new Date().toISOString().slice(0, 10)}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 7);
      while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
      return d.toISOString().slice(0, 10);
    });
    await form.locator('input[name="date0"]').fill(date);
    await form.locator('input[name="consent"]').check();
    return date;
  };
  const send = (form) => form.locator('form button:not([type="button"])').last().click();
  const watchPosts = (p) => {
    const posts = [];
    p.on('request', (r) => r.method() === 'POST' && r.url().startsWith(REST) && posts.push(r.headers()['idempotency-key']));
    return posts;
  };

  /** Fails at once when the form did not get the clinic's endpoint from the page's <mn-clinic id> (issue 12). */
  const needsPageClinic = async (page) => {
    await page.waitForFunction(() => document.querySelector('mn-booking-form')?.shadowRoot?.querySelector('[part="base"]'));
    const notices = await page.evaluate(() =>
      [...document.querySelector('mn-booking-form').shadowRoot.querySelectorAll('[part="notice"]')].map((n) => n.textContent.trim()),
    );
    assert(
      !notices.some((n) => /endpoint is not set/.test(n)),
      `the form has no endpoint: it did not take up the page's <mn-clinic id> (${notices})`,
    );
  };
  await check(
    "booking form in the browser: a too-fast send shows the form's own words for the server's code (not PHP's sentence) and stores nothing",
    async () => {
      const saved = settings();
      setSettings({ min_fill_ms: 60000 }); // any fill is too fast
      const v = await visit(adminPage.link);
      await needsPageClinic(v.page).catch(async (e) => {
        cli('option-set', 'mn_widgets_settings', JSON.stringify(saved));
        await v.close();
        throw e;
      });
      const form = v.page.locator('mn-booking-form');
      const posts = watchPosts(v.page);
      const before = total();
      let shown;
      try {
        const failedEvent = v.page.evaluate(
          () => new Promise((resolve) => document.addEventListener('mn-booking-error', () => resolve(true), { once: true })),
        );
        await fillBooking(form);
        await send(form);
        await Promise.race([failedEvent, v.page.waitForTimeout(15000)]);
        shown = await form.evaluate((el) => el.shadowRoot.textContent);
      } finally {
        cli('option-set', 'mn_widgets_settings', JSON.stringify(saved));
      }
      assert(shown.includes(FORM_WORDS.server['too-fast']), `the form's words for "too-fast" are not shown: ${shown}`);
      assert(!shown.includes('The form was sent too quickly'), `PHP's English sentence is shown: ${shown}`);
      eq(posts.length, 1, 'POSTs (a 400 is not retried)');
      eq(total(), before, 'rows added');
      await v.close();
    },
  );

  await check('booking form in the browser: the request reaches the database once, and the clinic is emailed', async () => {
    const v = await visit(adminPage.link);
    const p = v.page;
    const loaded = Date.now();
    await needsPageClinic(p);
    const form = p.locator('mn-booking-form');
    const date = await fillBooking(form);
    await p.waitForTimeout(Math.max(0, 3500 - (Date.now() - loaded))); // a person takes longer than the 3 s minimum
    const before = total();
    const posts = watchPosts(p);
    const success = p.evaluate(
      () => new Promise((resolve) => document.addEventListener('mn-booking-success', (e) => resolve(e.type), { once: true })),
    );
    await send(form);
    const timeout = p.waitForTimeout(20000).then(async () => {
      const shown = await form.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
      throw new Error(`no mn-booking-success within 20 s; POSTs ${posts.length}; the form shows: ${shown.slice(0, 600)}`);
    });
    await Promise.race([success, timeout]);
    eq(total(), before + 1, 'rows added');
    eq(posts.length, 1, 'POSTs');
    const stored = JSON.parse(JSON.parse(cli('sql-scalar', `SELECT payload FROM wp_mn_widgets_requests WHERE request_id = '${posts[0]}'`)));
    eq([stored.contact.name, stored.preferences[0].date, stored.service.id], ['Ada Patient', date, 'microneedling'], 'stored values');
    eq(stored.consent.policyUrl, privacy.link, 'consent.policyUrl');
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check(
    'one set of rules and codes in the browser: an address the server refuses is worded by the form on its field, no English from PHP; a patient phone with an extension is accepted',
    async () => {
      const v = await visit(adminPage.link);
      const p = v.page;
      const loaded = Date.now();
      await needsPageClinic(p);
      const form = p.locator('mn-booking-form');
      await fillBooking(form);
      await form.locator('input[name="name"]').fill('Rules Test');
      await form.locator('input[name="email"]').fill('jose@example.com');
      await form.locator('input[name="phone"]').fill('+1 555 0100 ext. 2');
      // The form and the route share the rule, so the form never sends josé@example.com itself:
      // the address is changed on the way, as another client (or an older form) would send it.
      await p.route(REST, (route) => {
        const body = JSON.parse(route.request().postData());
        body.contact.email = 'josé@example.com';
        return route.continue({ postData: JSON.stringify(body) });
      });
      await p.waitForTimeout(Math.max(0, 3500 - (Date.now() - loaded)));
      const before = total();
      const failedEvent = p.evaluate(
        () => new Promise((resolve) => document.addEventListener('mn-booking-error', (e) => resolve(e.detail), { once: true })),
      );
      await send(form);
      const detail = await Promise.race([
        failedEvent,
        p.waitForTimeout(20000).then(() => Promise.reject(new Error('no mn-booking-error within 20 s'))),
      ]);
      eq([detail.status, detail.error?.code, detail.error?.fields], [400, 'invalid', { 'contact.email': 'email' }], "the route's answer");
      const shown = await form.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
      assert(shown.includes(FORM_WORDS.issues.email), `the form's words for "email" are not shown: ${shown.slice(0, 800)}`);
      assert(!shown.includes(detail.error.error), `PHP's sentence "${detail.error.error}" is shown`);
      assert(!/is not a valid|not part of the booking/.test(shown), `an English fragment from PHP is shown: ${shown.slice(0, 800)}`);
      eq(await form.locator('input[name="email"]').getAttribute('aria-invalid'), 'true', 'the email field is marked');
      eq(total(), before, 'rows added');
      // Sent as typed: the route accepts the phone with its extension, as the form does.
      await p.unroute(REST);
      const success = p.evaluate(
        () => new Promise((resolve) => document.addEventListener('mn-booking-success', (e) => resolve(e.detail.id), { once: true })),
      );
      await form.locator('input[name="email"]').fill('jose@example.com');
      await send(form);
      await Promise.race([
        success,
        p.waitForTimeout(20000).then(async () => {
          const text = await form.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
          throw new Error(`no mn-booking-success within 20 s: ${text.slice(0, 600)}`);
        }),
      ]);
      const row = JSON.parse(cli('sql-scalar', "SELECT payload FROM wp_mn_widgets_requests WHERE contact_name = 'Rules Test'"));
      eq(JSON.parse(row).contact.phone, '+1 555 0100 ext. 2', 'the stored phone');
      // The browser logs the refused attempt's 400 itself; nothing else may be logged.
      eq(
        v.errors.filter((e) => !/status of 400/.test(e)),
        [],
        'page errors',
      );
      await v.close();
    },
  );

  /** Answers the safety check as a patient with nothing to report: "No" to every question, age 34; resolves to the questions seen. */
  const walkCheck = async (page) => {
    const el = page.locator('mn-contraindication-check');
    const seen = new Set();
    for (let i = 0; i < 80; i++) {
      if (await el.locator('[part="result"]').count()) return seen;
      const todo = await el.evaluate((x) => {
        const r = [...x.shadowRoot.querySelectorAll('form input[type="radio"]')];
        const names = [...new Set(r.map((o) => o.name))].filter((n) => !r.some((o) => o.name === n && o.checked));
        return {
          text: x.shadowRoot.querySelector('form')?.textContent ?? '',
          idx: names.map((n) => {
            const opts = r.filter((o) => o.name === n);
            const no = opts.findIndex((o) => o.parentElement.textContent.trim() === 'No');
            return r.indexOf(opts[no < 0 ? 0 : no]);
          }),
        };
      });
      seen.add(todo.text.replace(/\s+/g, ' '));
      for (const idx of todo.idx) await el.locator('form input[type="radio"]').nth(idx).check();
      for (const n of await el.locator('form input[type="number"]').all()) if (!(await n.inputValue())) await n.fill('34');
      const longAgo = new Date(Date.now() - 2 * 365 * 86400_000).toISOString().slice(0, 10);
      for (const d of await el.locator('form input[type="date"]').all()) if (!(await d.inputValue())) await d.fill(longAgo);
      await el.locator('form button:not([type="button"])').last().click();
    }
    throw new Error('no result after 80 steps');
  };

  await check("the safety check asks the clinic's own question (configuration by id)", async () => {
    const v = await visit(byIdPage.link);
    const seen = [...(await walkCheck(v.page))].join(' ');
    assert(seen.includes('Have you had a chemical peel in the last two weeks?'), "the clinic's question was not asked");
    await v.close();
  });

  await check('safety check and booking form on one page: the outcome level (never answers) travels with the request', async () => {
    const v = await visit(adminPage.link);
    const p = v.page;
    const loaded = Date.now();
    await needsPageClinic(p);
    const outcome = p.evaluate(
      () => new Promise((resolve) => document.addEventListener('mn-screening-complete', (e) => resolve(e.detail), { once: true })),
    );
    await walkCheck(p);
    const detail = await outcome;
    assert(['clear', 'advice'].includes(detail.level), `outcome for a patient with nothing to report: ${JSON.stringify(detail)}`);
    const headline = await p.locator('mn-contraindication-check #result').textContent();
    assert(headline.trim().length > 5, 'result headline');
    const form = p.locator('mn-booking-form');
    await fillBooking(form);
    await form.locator('input[name="name"]').fill('Screened Patient');
    await p.waitForTimeout(Math.max(0, 3500 - (Date.now() - loaded)));
    const posts = watchPosts(p);
    const success = p.evaluate(
      () => new Promise((resolve) => document.addEventListener('mn-booking-success', () => resolve(true), { once: true })),
    );
    await send(form);
    await Promise.race([success, p.waitForTimeout(20000).then(() => Promise.reject(new Error('no mn-booking-success')))]);
    const stored = JSON.parse(JSON.parse(cli('sql-scalar', `SELECT payload FROM wp_mn_widgets_requests WHERE request_id = '${posts[0]}'`)));
    eq(stored.screening?.level, detail.level, 'stored screening level');
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check('aftercare timeline works: the current phase is marked and the calendar file downloads', async () => {
    const v = await visit(adminPage.link, await browser.newContext({ acceptDownloads: true }));
    const el = v.page.locator('mn-aftercare-timeline');
    await el.locator('[aria-current="step"]').first().waitFor({ timeout: 10000 });
    eq(await el.locator('[aria-current="step"]').count(), 1, 'current phases');
    const button = el.locator('button', { hasText: /calendar/i }).first();
    if (await button.count()) {
      const [download] = await Promise.all([v.page.waitForEvent('download', { timeout: 10000 }), button.click()]);
      assert(readFileSync(await download.path(), 'utf8').startsWith('BEGIN:VCALENDAR'), 'not an iCalendar file');
    }
    eq(v.errors, [], 'page errors');
    await v.page.context().close();
  });

  /** The block editor for a new page; the canvas is an iframe from 6.3 on (all blocks API v3), the page itself before. */
  const openEditor = async (ctx) => {
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${url}/wp-admin/post-new.php?post_type=page`);
    await p.waitForFunction(() => window.wp?.blocks?.getBlockTypes?.().some((b) => b.name.startsWith('mn-widgets/')), null, {
      timeout: 30000,
    });
    await p.evaluate(
      () =>
        wp.data.select('core/edit-post')?.isFeatureActive?.('welcomeGuide') &&
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'),
    );
    const canvas = async () =>
      (await p.locator('iframe[name="editor-canvas"]').count()) ? p.frameLocator('iframe[name="editor-canvas"]') : p;
    return { p, errors, canvas };
  };

  await check('block editor: API version 3 blocks with titles in words and distinct icons; "safety" finds only the check', async () => {
    const { p, errors } = await openEditor(admin.ctx);
    const types = await p.evaluate(() =>
      wp.blocks
        .getBlockTypes()
        .filter((b) => b.name.startsWith('mn-widgets/'))
        .map((b) => ({ name: b.name, title: b.title, icon: b.icon?.src, api: b.apiVersion, keywords: b.keywords }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    eq(
      types.map((t) => t.name),
      widgets.map(blockName).sort(),
      'registered blocks',
    );
    eq(
      types.map((t) => t.title),
      ['Aftercare timeline', 'Booking form', 'Safety check'],
      'titles',
    );
    eq(new Set(types.map((t) => t.icon)).size, types.length, 'distinct icons');
    eq(
      types.map((t) => t.api),
      [3, 3, 3],
      'apiVersion',
    );
    const raw = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(ZIP))['mn-widgets/blocks/booking-form/block.json']));
    eq(raw.apiVersion, 3, 'block.json apiVersion');
    const found = types.filter((t) => [t.title, ...(t.keywords ?? [])].join(' ').toLowerCase().includes('safety')).map((t) => t.title);
    eq(found, ['Safety check'], '"safety" finds');
    const attrs = await p.evaluate((n) => Object.keys(wp.blocks.getBlockType(n).attributes), blockName(widgets[0]));
    for (const a of elements.find((d) => d.tagName === widgets[0]).attributes.map((x) => x.name))
      assert(attrs.includes(a), `block attribute ${a} missing`);
    eq(errors, [], 'editor errors');
    await p.close();
  });

  await check(
    "block editor: the preview is the element itself with the site's settings; plain fields with the clinic's defaults; a warning for a bad value",
    async () => {
      const { p, errors, canvas } = await openEditor(admin.ctx);
      await p.evaluate(
        (ns) => ns.forEach((n) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock(n))),
        widgets.map(blockName),
      );
      const c = await canvas();
      for (const tag of widgets) {
        await c.locator(`.mnwidgets-preview mn-clinic ${tag}`).first().waitFor({ timeout: 20000 });
        const shown = await c
          .locator(`.mnwidgets-preview ${tag}`)
          .first()
          .evaluate((el) => ({
            defined: !!customElements.get(el.localName),
            text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
            clinic: el.closest('mn-clinic')?.getAttribute('name'),
          }));
        assert(shown.defined && shown.text > 20, `<${tag}> is not rendered in the editor: ${JSON.stringify(shown)}`);
        eq(shown.clinic, 'Glow Skin Studio', `<${tag}> preview's clinic`);
      }
      const options = await c
        .locator('.mnwidgets-preview mn-booking-form')
        .first()
        .locator('select[name="service"] option')
        .allTextContents();
      eq(
        options.map((o) => o.replace(/\(\d+ min\)/, '').trim()),
        ['Consultation', 'Microneedling', 'Microneedling with PRP'],
        "the preview offers the clinic's services",
      );
      // Select the booking form: plain labels, the clinic's spacing as the default.
      await p.evaluate(() => {
        const b = wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((x) => x.name === 'mn-widgets/booking-form');
        wp.data.dispatch('core/block-editor').selectBlock(b.clientId);
      });
      await p.evaluate(() => wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
      const sidebar = p.locator('.block-editor-block-inspector');
      await sidebar.getByText('Days between sessions').waitFor({ timeout: 10000 });
      const text = await sidebar.innerText();
      for (const raw of ['policy-version', 'min-fill', 'spacing-days', 'BCP 47']) assert(!text.includes(raw), `the sidebar shows "${raw}"`);
      eq(await sidebar.getByLabel('Days between sessions').getAttribute('placeholder'), '21', "spacing default from the clinic's settings");
      assert(text.includes('Clinic details for this widget'), 'an administrator sees the clinic details');
      // A bad value: a warning in the editor.
      await p.evaluate(() => {
        const b = wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((x) => x.name === 'mn-widgets/contraindication-check');
        wp.data.dispatch('core/block-editor').updateBlockAttributes(b.clientId, { 'appointment-date': 'next tuesday' });
      });
      const warning = await c.locator('.mnwidgets-warning').first().innerText({ timeout: 10000 });
      assert(/Appointment date: Use a date/.test(warning), `warning: ${warning}`);
      // The clinic's details in the sidebar are checked by the widgets' own rules: 4 digits and a
      // one-letter top-level domain pass a loose pattern, not the rules of src/domain/contact.ts.
      await p.evaluate(() => {
        const b = wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((x) => x.name === 'mn-widgets/booking-form');
        wp.data
          .dispatch('core/block-editor')
          .updateBlockAttributes(b.clientId, { 'clinic-phone': '1234', 'clinic-email': 'ana@example.c' });
      });
      await c.locator('.mnwidgets-warning', { hasText: 'Clinic phone' }).first().waitFor({ timeout: 10000 });
      const contact = (await c.locator('.mnwidgets-warning').allInnerTexts()).join('\n');
      for (const want of ['Clinic phone for this widget: Use a phone number.', 'Clinic email for this widget: Use an email address.'])
        assert(contact.includes(want), `no "${want}": ${contact}`);
      eq(errors, [], 'editor errors');
      await p.close();
    },
  );

  await check('block editor: an author sees only the fields they may set', async () => {
    const author = await login('author1', 'authorpass');
    const p = await author.ctx.newPage();
    await p.goto(`${url}/wp-admin/post-new.php`);
    await p.waitForFunction(() => window.wp?.blocks?.getBlockType?.('mn-widgets/booking-form'), null, { timeout: 30000 });
    await p.evaluate(
      () =>
        wp.data.select('core/edit-post')?.isFeatureActive?.('welcomeGuide') &&
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'),
    );
    await p.evaluate(() => {
      const b = wp.blocks.createBlock('mn-widgets/booking-form');
      wp.data.dispatch('core/block-editor').insertBlocks(b);
      wp.data.dispatch('core/block-editor').selectBlock(b.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const sidebar = p.locator('.block-editor-block-inspector');
    await sidebar.getByText('Services offered').waitFor({ timeout: 10000 });
    const text = await sidebar.innerText();
    assert(!/Clinic (phone|email|name) for this widget/.test(text), 'an author sees the clinic details');
    assert(!text.includes('Clinic settings'), 'an author sees the link to the settings');
    await author.ctx.close();
  });

  // Language packs (issue 15): the pack for the clinic's language (its "Language and region" setting,
  // else the site's language) comes beside the script, versioned; English and languages without a
  // pack load none. The widgets then speak that language in the browser.
  // WordPress keeps WPLANG only for an installed language (sanitize_option). Debian's 6.1 ships most
  // translations; where one is missing (the playground builds have none), a .mo with only its header
  // installs the language, as Settings → General offers it after a download.
  const SITE_LANGUAGES = ['es_ES', 'es_MX', 'fr_FR', 'de_DE', 'de_DE_formal', 'it_IT'];
  mkdirSync(join(wp.www, 'wp-content/languages'), { recursive: true });
  /** A valid .mo that holds only its header: the language counts as installed, nothing is translated. */
  const headerOnlyMo = (locale) => {
    const header = Buffer.from(`Language: ${locale}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n`);
    const mo = Buffer.alloc(46 + header.length);
    // magic, revision, 1 string (the header), originals at 28, translations at 36, no hash table (at 44);
    // the original "" at 44, its translation (the header) at 45, each ending in NUL.
    [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, header.length, 45].forEach((n, i) => mo.writeUInt32LE(n, 4 * i));
    header.copy(mo, 45);
    return mo;
  };
  for (const l of SITE_LANGUAGES) {
    const file = join(wp.www, `wp-content/languages/${l}.mo`);
    if (!existsSync(file)) writeFileSync(file, headerOnlyMo(l));
  }
  /** Runs `fn` with the site's language (the WPLANG option, as Settings → General saves it) and the clinic's locale setting; puts both back. */
  const withLanguage = async (siteLocale, clinicLocale, fn) => {
    const savedLocale = settings().locale;
    const savedSite = JSON.parse(cli('option-get', 'WPLANG')) ?? '';
    try {
      cli('option-set', 'WPLANG', JSON.stringify(siteLocale));
      eq(JSON.parse(cli('option-get', 'WPLANG')), siteLocale, "the site's language (WPLANG)");
      setSettings({ locale: clinicLocale });
      eq(settings().locale, clinicLocale, "the clinic's language setting");
      return await fn();
    } finally {
      cli('option-set', 'WPLANG', JSON.stringify(savedSite));
      setSettings({ locale: savedLocale });
    }
  };
  /** A page in a fresh browser: the plugin's scripts (file, ?ver=), <mn-clinic locale>, each widget's language and text, console warnings. */
  const languageView = async (link) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warning' ? warnings : []).push(m.text()));
    try {
      await page.goto(link, { waitUntil: 'load' });
      await page.waitForFunction(
        (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('[part="base"]')),
        widgets.join(','),
        { timeout: 20000 },
      );
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // the console hint comes a task after load
      return {
        ...(await page.evaluate((sel) => {
          const scripts = [...document.scripts]
            .filter((s) => s.src)
            .map((s) => new URL(s.src))
            .filter((u) => /\/plugins\/mn-widgets\/assets\/[^/]+\.js$/.test(u.pathname))
            .map((u) => ({ file: u.pathname.split('/').pop(), ver: u.searchParams.get('ver') }));
          const shown = [...document.querySelectorAll(sel)].map((el) => ({
            tag: el.localName,
            lang: el.shadowRoot.querySelector('[part="base"]').getAttribute('lang'),
            text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
          }));
          return { scripts, shown, locale: document.querySelector('mn-clinic')?.getAttribute('locale') ?? null };
        }, widgets.join(','))),
        errors,
        warnings,
      };
    } finally {
      await ctx.close();
    }
  };
  /**
   * What a page must load and show: the script and the pack for `lang` (none when null), each once and
   * with the plugin's version; <mn-clinic locale>; every widget in `widgetLang`, the aftercare
   * timeline's title in the pack's words (English without a pack).
   */
  const expectLanguage = (view, { lang, locale, widgetLang, count }) => {
    eq(
      {
        scripts: view.scripts.map((x) => `${x.file}?ver=${x.ver}`).sort(),
        clinicLocale: view.locale,
        widgets: view.shown.map((w) => `${w.tag}: ${w.lang}`),
      },
      {
        scripts: [`${WIDGET_LIST.script}.js`, ...(lang ? [packFile(lang)] : [])].map((f) => `${f}?ver=${VERSION}`).sort(),
        clinicLocale: locale,
        widgets: (count === 1 ? ['mn-aftercare-timeline'] : widgets).map((t) => `${t}: ${widgetLang}`),
      },
      "the plugin's scripts, <mn-clinic locale> and each widget's language (lang of its base part)",
    );
    const timeline = view.shown.find((w) => w.tag === 'mn-aftercare-timeline');
    const title = CATALOGUES[lang ?? 'en'].aftercare.title;
    assert(timeline?.text.includes(title), `the timeline does not show "${title}": ${timeline?.text.slice(0, 300)}`);
    if (lang)
      assert(!timeline.text.includes(CATALOGUES.en.aftercare.title), `the timeline still shows English: ${timeline.text.slice(0, 300)}`);
    if (lang)
      eq(
        view.warnings.filter((w) => /English shown/.test(w)),
        [],
        'console hints that a pack is missing',
      );
    eq(view.errors, [], 'page errors');
  };
  const REGIONS = { es: 'ES', fr: 'FR', de: 'DE' };

  await check(
    "language packs: a site in Spanish, French or German (no clinic language set) loads the script and that language's pack, and the widgets (blocks and shortcodes) speak it",
    async () => {
      for (const lang of PACKS) {
        const region = REGIONS[lang] ?? lang.toUpperCase();
        await withLanguage(`${lang}_${region}`, '', async () => {
          const want = { lang, locale: `${lang}-${region}`, widgetLang: `${lang}-${region}` };
          expectLanguage(await languageView(blockPage.link), { ...want, count: widgets.length });
          expectLanguage(await languageView(onePage.link), { ...want, count: 1 });
        });
      }
      // WordPress's regional and formal variants take the language's pack.
      for (const [site, lang, locale] of [
        ['es_MX', 'es', 'es-MX'],
        ['de_DE_formal', 'de', 'de-DE-formal'],
      ])
        await withLanguage(site, '', async () =>
          expectLanguage(await languageView(onePage.link), { lang, locale, widgetLang: locale, count: 1 }),
        );
      // A page without widgets loads neither.
      await withLanguage('es_ES', '', async () => {
        const html = await (await fetch(plainPage.link)).text();
        assert(!/\/plugins\/mn-widgets\/assets\/[^"']+\.js/.test(html), 'a page without widgets loads a script of the plugin');
      });
    },
  );

  await check(
    "language packs: the clinic's language setting overrides the site's (German, French or English on a Spanish site)",
    async () => {
      for (const [clinic, lang] of [
        ['de-DE', 'de'],
        ['fr-CA', 'fr'],
        ['en-GB', null],
      ])
        await withLanguage('es_ES', clinic, async () =>
          expectLanguage(await languageView(blockPage.link), { lang, locale: clinic, widgetLang: clinic, count: widgets.length }),
        );
      // The setting says which languages have texts.
      await admin.page.goto(SETTINGS);
      const hint = await admin.page.locator('#mnwidgets_locale-hint').innerText();
      assert(hint.includes(`Texts in English and ${PACKS.join(', ')}; any other language shows English`), `the setting's hint: ${hint}`);
    },
  );

  await check('language packs: an English site, or a language without a pack (Italian), loads no pack and shows English', async () => {
    await withLanguage('', '', async () =>
      expectLanguage(await languageView(blockPage.link), { lang: null, locale: 'en-US', widgetLang: 'en-US', count: widgets.length }),
    );
    await withLanguage('it_IT', '', async () =>
      expectLanguage(await languageView(blockPage.link), { lang: null, locale: 'it-IT', widgetLang: 'en-IT', count: widgets.length }),
    );
  });

  await check("language packs: on a Spanish site the block editor's preview speaks Spanish", async () => {
    await withLanguage('es_ES', '', async () => {
      const { p, errors, canvas } = await openEditor(admin.ctx);
      try {
        await p.evaluate(
          ([n, at]) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock(n, { 'treated-at': at })),
          [blockName('mn-aftercare-timeline'), treatedAt],
        );
        const c = await canvas();
        const el = c.locator('.mnwidgets-preview mn-aftercare-timeline').first();
        await el.locator('[part="base"]').waitFor({ timeout: 20000 });
        const shown = await el.evaluate((x) => ({
          lang: x.shadowRoot.querySelector('[part="base"]').getAttribute('lang'),
          text: x.shadowRoot.textContent.replace(/\s+/g, ' '),
        }));
        eq(shown.lang, 'es-ES', "the preview's language");
        assert(shown.text.includes(CATALOGUES.es.aftercare.title), `the preview is not in Spanish: ${shown.text.slice(0, 300)}`);
        eq(errors, [], 'editor errors');
      } finally {
        await p.close();
      }
    });
  });

  // The route itself.
  const payload = (over = {}) => ({
    version: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    contact: { name: 'Retry Test', email: 'retry@example.com', phone: '+1 555 0199', preferred: 'email' },
    service: { id: 'microneedling', name: 'Microneedling', durationMinutes: 60 },
    areas: ['face'],
    firstVisit: true,
    preferences: [{ date: '2026-12-10', timeOfDay: 'morning' }],
    consent: { given: true, policyUrl: privacy.link, at: new Date().toISOString() },
    screening: { level: 'consult', review: true },
    locale: 'en-US',
    timezone: 'America/New_York',
    meta: { fillMs: 9000, trap: '' },
    ...over,
  });
  const post = async (body, headers = {}) => {
    const res = await fetch(REST, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(body?.id ? { 'Idempotency-Key': body.id } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, json: await res.json().catch(() => null) };
  };

  await check(
    'retries with the same Idempotency-Key store one request and answer the same; the clinic is emailed once, in words',
    async () => {
      const p = payload();
      const before = total();
      const first = await post(p);
      eq(first.status, 201, 'first status');
      eq(first.json, { id: p.id, status: 'received' }, 'first answer');
      const again = [await post(p), ...(await Promise.all([1, 2, 3].map(() => post({ ...p, meta: { ...p.meta, fillMs: 12000 } }))))];
      for (const r of again) {
        eq([r.status, r.json], [201, first.json], 'repeat answer');
        eq(r.headers.get('idempotent-replayed'), 'true', 'replay header');
      }
      eq([count(p.id), total()], [1, before + 1], 'rows');
      const m = mails().filter((x) => x.message.includes('Retry Test'));
      eq(m.length, 1, 'emails');
      eq(m[0].to, 'clinic@example.com', 'to');
      assert(
        m[0].headers.some((h) => /^From: Glow Skin Studio <wordpress@127\.0\.0\.1>$/.test(h)),
        `From header: ${JSON.stringify(m[0].headers)}`,
      );
      assert(
        m[0].headers.some((h) => h === 'Reply-To: Retry Test <retry@example.com>'),
        'Reply-To',
      );
      assert(m[0].message.includes('Thursday, December 10, 2026, morning'), `date with the weekday: ${m[0].message}`);
      assert(m[0].message.includes('Consult: the patient was asked to talk to the clinic before booking'), 'outcome in words');
      assert(!/\b(consult|clear)\b$/m.test(m[0].message), 'a bare outcome code');
    },
  );

  await check('opt-in confirmation to the patient, without health information', async () => {
    eq(mails().filter((x) => x.to === 'retry@example.com').length, 0, 'confirmations while off');
    setSettings({ confirm_patient: true });
    try {
      const p = payload({
        contact: { name: 'Confirm Me', email: 'confirm@example.com', preferred: 'email' },
        message: 'I take isotretinoin',
      });
      eq((await post(p)).status, 201, 'status');
      const m = mails().filter((x) => x.to === 'confirm@example.com');
      eq(m.length, 1, 'confirmations');
      assert(m[0].message.includes('received your booking request') && m[0].message.includes('Thursday, December 10, 2026'), m[0].message);
      for (const secret of ['isotretinoin', 'onsult', 'Safety', 'safety'])
        assert(!m[0].message.includes(secret), `health information in the confirmation: ${secret}`);
    } finally {
      setSettings({ confirm_patient: false });
    }
  });

  await check('concurrent first attempts with one key store one request', async () => {
    const p = payload({ contact: { name: 'Race Test', email: 'race@example.com', preferred: 'phone', phone: '+1 555 0123' } });
    const rs = await Promise.all([1, 2, 3, 4].map(() => post(p)));
    for (const r of rs) eq([r.status, r.json], [201, { id: p.id, status: 'received' }], 'answer');
    eq(count(p.id), 1, 'rows');
  });

  await check('malformed, oversized and undocumented requests are refused with the shared codes and not stored', async () => {
    const before = total();
    const answers = [];
    const bad = await post('{"version": 1,');
    answers.push(['invalid JSON', bad.json]);
    eq([bad.status, bad.json?.code], [400, 'unreadable'], 'invalid JSON');
    assert(/JSON/i.test(bad.json?.error ?? ''), `invalid JSON error for developers: ${JSON.stringify(bad.json)}`);
    const notObject = await post('[1, 2]');
    answers.push(['a JSON list', notObject.json]);
    eq([notObject.status, notObject.json?.code], [400, 'unreadable'], 'a JSON list');
    const missing = payload();
    delete missing.contact;
    const r1 = await post(missing);
    eq([r1.status, r1.json?.code, r1.json?.fields?.contact], [400, 'invalid', 'required'], 'missing contact');
    const r2 = await post(payload({ answers: { pregnancy: true } }));
    eq([r2.status, r2.json?.fields?.answers], [400, 'value'], 'health answers refused');
    const r3 = await post(payload({ screening: { level: 'clear', findings: ['isotretinoin'] } }));
    eq([r3.status, r3.json?.fields?.['screening.findings']], [400, 'value'], 'findings refused');
    const r4 = await post(payload({ contact: { name: 'X', email: 'not-an-email', preferred: 'email' } }));
    eq([r4.status, r4.json?.fields?.['contact.email']], [400, 'email'], 'bad email');
    const r5 = await post(payload({ version: 2 }));
    eq([r5.status, r5.json?.fields?.version], [400, 'value'], 'version 2');
    const r6 = await post(payload({ preferences: [{ date: '2026-02-30', timeOfDay: 'morning' }] }));
    eq([r6.status, r6.json?.fields?.['preferences.0.date']], [400, 'date'], 'a date that does not exist');
    const r7 = await post(payload({ areas: Array.from({ length: 21 }, (_, i) => `area${i}`) }));
    eq([r7.status, Object.values(r7.json?.fields ?? {})[0]], [400, 'too-many'], 'too many areas');
    const big = await post(payload({ message: 'x'.repeat(40000) }));
    eq([big.status, big.json?.code], [413, 'too-large'], 'oversized');
    const long = await post(payload({ message: 'y'.repeat(5000) }));
    eq([long.status, long.json?.fields?.message], [400, 'too-long'], 'long message');
    const res = await fetch(REST, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    const form = await res.json();
    eq([res.status, form.code], [415, 'unreadable'], 'form-encoded');
    const mismatch = await post(payload(), { 'Idempotency-Key': randomUUID() });
    eq([mismatch.status, mismatch.json?.code, mismatch.json?.fields], [400, 'unreadable', { id: 'value' }], 'key mismatch');
    answers.push(...[r1, r2, r3, r4, r5, r6, r7, big, long, mismatch].map((r, i) => [`answer ${i + 1}`, r.json]), ['form-encoded', form]);
    for (const [what, json] of answers) codesKnown(json, what);
    eq(total(), before, 'nothing stored');
  });

  await check(
    "one set of rules and codes over HTTP: the form's email and phone rules, answered with error-codes.json's codes",
    async () => {
      const before = total();
      const r = async (contact) => post(payload({ contact: { name: 'Rule', preferred: 'email', ...contact } }));
      const jose = await r({ email: 'josé@example.com' });
      eq([jose.status, jose.json?.code, jose.json?.fields], [400, 'invalid', { 'contact.email': 'email' }], 'josé@example.com');
      codesKnown(jose.json, 'josé');
      // Refused by the form's rule and accepted by the plugin's old one:
      for (const email of ['ana@example.c', 'ana@example..com', 'ana@-example.com', 'ana@exa_mple.com', 'ana@example.com.'])
        eq((await r({ email })).json?.fields, { 'contact.email': 'email' }, email);
      const shortPhone = await r({ email: 'ana@example.com', phone: '1234' });
      eq(shortPhone.json?.fields, { 'contact.phone': 'phone' }, 'a phone of 4 digits');
      const noEmail = await r({ email: '' });
      eq(noEmail.json?.fields, { 'contact.email': 'required' }, 'no email');
      eq(total(), before, 'nothing stored');
      const ext = payload({
        contact: { name: 'Extension Test', email: 'ana@example.com', phone: '+1 555 0100 ext. 2', preferred: 'phone' },
      });
      eq([(await post(ext)).status, count(ext.id)], [201, 1], 'a patient phone with "ext. 2"');
      // The requests screen dials the extension after a pause, as the widgets do.
      const id = JSON.parse(cli('sql-scalar', `SELECT id FROM wp_mn_widgets_requests WHERE request_id = '${ext.id}'`));
      await admin.page.goto(`${url}/wp-admin/admin.php?page=mn-widgets&request=${id}`);
      eq(await admin.page.locator('a[href="tel:+15550100,2"]').count(), 2, 'call links with the extension');
    },
  );

  await check('honeypot and too-fast submissions are refused and not stored', async () => {
    const before = total();
    const trap = await post(payload({ meta: { fillMs: 9000, trap: 'http://spam.example' } }));
    eq([trap.status, trap.json?.code], [400, 'rejected'], 'honeypot');
    const fast = await post(payload({ meta: { fillMs: 400, trap: '' } }));
    eq([fast.status, fast.json?.code], [400, 'too-fast'], 'too fast');
    assert(/too quickly/.test(fast.json?.error ?? ''), `too fast error for developers: ${JSON.stringify(fast.json)}`);
    eq(total(), before, 'nothing stored');
  });

  // Cross-origin: landing pages on two other origins; the settings allow one.
  const sites = await startLanding(REST, `${url}/wp-content/plugins/mn-widgets/assets/mn-widgets.js`);
  setSettings({ origins: [sites.allowed] });
  const preflight = (origin) =>
    fetch(REST, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });

  await check('cross-origin preflight: answered for an allowed origin (Idempotency-Key allowed), refused for any other', async () => {
    const yes = await preflight(sites.allowed);
    eq(yes.status, 204, 'allowed status');
    eq(yes.headers.get('access-control-allow-origin'), sites.allowed, 'Access-Control-Allow-Origin');
    assert(
      /idempotency-key/i.test(yes.headers.get('access-control-allow-headers') ?? ''),
      `Allow-Headers: ${yes.headers.get('access-control-allow-headers')}`,
    );
    assert(/POST/.test(yes.headers.get('access-control-allow-methods') ?? ''), 'Allow-Methods');
    eq(yes.headers.get('access-control-allow-credentials'), null, 'no credentials');
    const no = await preflight(sites.refused);
    eq(no.status, 403, 'refused status');
    eq(no.headers.get('access-control-allow-origin'), null, 'no Access-Control-Allow-Origin for a refused origin');
    const body = await no.json();
    assert(
      body.code === 'rejected' && body.error.includes(sites.refused) && /Other sites that may send requests here/.test(body.error),
      `error: ${JSON.stringify(body)}`,
    );
  });

  await check(
    'cross-origin POSTs in the browser: the allowed origin stores its request; a refused origin stores nothing, simple requests included',
    async () => {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      const tryPost = (page, body, simple) =>
        page.evaluate(
          async ({ REST, body, simple }) => {
            try {
              const res = await fetch(REST, {
                method: 'POST',
                headers: simple
                  ? { 'Content-Type': 'text/plain;charset=UTF-8' }
                  : { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
                body: JSON.stringify(body),
              });
              return { status: res.status, json: await res.json() };
            } catch (e) {
              return { failed: String(e) };
            }
          },
          { REST, body, simple },
        );
      await p.goto(sites.allowed);
      const a = payload({ contact: { name: 'Landing Full', email: 'landing@example.com', preferred: 'email' } });
      eq(await tryPost(p, a, false), { status: 201, json: { id: a.id, status: 'received' } }, 'allowed, with Idempotency-Key (preflight)');
      const b = payload({ contact: { name: 'Landing Simple', email: 'landing@example.com', preferred: 'email' } });
      eq(
        await tryPost(p, b, true),
        { status: 201, json: { id: b.id, status: 'received' } },
        'allowed, simple request (id in the body only)',
      );
      eq([count(a.id), count(b.id)], [1, 1], 'stored');
      await p.goto(sites.refused);
      const before = total();
      const c = payload();
      const d = payload();
      assert((await tryPost(p, c, false)).failed, 'a refused origin read an answer');
      assert((await tryPost(p, d, true)).failed, 'a refused origin read an answer to a simple request');
      eq(total(), before, 'rows from a refused origin');
      const direct = await post(payload(), { Origin: sites.refused });
      eq([direct.status, direct.json?.code], [403, 'rejected'], 'a POST naming a refused Origin');
      await ctx.close();
    },
  );

  await check('the booking form on a landing page of an allowed origin posts its request here', async () => {
    const v = await visit(sites.allowed);
    const loaded = Date.now();
    const form = v.page.locator('mn-booking-form');
    await form.locator('input[name="name"]').waitFor();
    await fillBooking(form);
    await form.locator('input[name="name"]').fill('From The Landing Page');
    await v.page.waitForTimeout(Math.max(0, 3500 - (Date.now() - loaded)));
    const success = v.page.evaluate(
      () => new Promise((resolve) => document.addEventListener('mn-booking-success', () => resolve(true), { once: true })),
    );
    await send(form);
    await Promise.race([
      success,
      v.page.waitForTimeout(20000).then(() => Promise.reject(new Error('no mn-booking-success from the landing page'))),
    ]);
    eq(
      Number(JSON.parse(cli('sql-scalar', "SELECT COUNT(*) FROM wp_mn_widgets_requests WHERE contact_name = 'From The Landing Page'"))),
      1,
      'stored',
    );
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check('only managers can list requests (REST)', async () => {
    const anon = await fetch(REST);
    eq(anon.status, 401, 'anonymous');
    eq((await fetch(REST, { headers: { Authorization: auth.author1 } })).status, 403, 'author');
    eq((await fetch(REST, { headers: { Authorization: auth.editor_nf } })).status, 403, 'editor');
    const adm = await fetch(REST, { headers: { Authorization: auth.admin } });
    eq(adm.status, 200, 'administrator');
    eq((await adm.json()).length, Math.min(100, total()), 'listed');
  });

  await check('requests screen: a count in the menu, search, status filter, paging, and it fits 375 px', async () => {
    for (let i = 0; i < 21; i++) await post(payload({ contact: { name: `Bulk ${i}`, email: `bulk${i}@example.com`, preferred: 'email' } }));
    const p = admin.page;
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
    const news = Number(JSON.parse(cli('sql-scalar', "SELECT COUNT(*) FROM wp_mn_widgets_requests WHERE status = 'new'")));
    eq((await p.locator('#toplevel_page_mn-widgets .wp-menu-name .pending-count').innerText()).trim(), String(news), 'menu count');
    eq(await p.locator('table.requests tbody tr').count(), 20, 'rows on the first page');
    assert(await p.locator('.tablenav-pages .next-page').first().isVisible(), 'paging');
    await p.fill('#mnwidgets-search-search-input', 'Race Test');
    await Promise.all([p.waitForNavigation(), p.click('#search-submit')]);
    eq(await p.locator('table.requests tbody tr').count(), 1, 'search');
    const race = p.locator('table.requests tbody tr', { hasText: 'Race Test' });
    await race.locator('select[name="status"]').selectOption('contacted');
    await Promise.all([p.waitForNavigation(), race.getByRole('button', { name: 'Save status' }).click()]);
    eq(
      JSON.parse(cli('sql-scalar', "SELECT status FROM wp_mn_widgets_requests WHERE contact_name = 'Race Test'")),
      'contacted',
      'status saved from the list',
    );
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets&status=contacted`);
    eq(await p.locator('table.requests tbody tr').count(), 1, 'status filter');
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, storageState: await admin.ctx.storageState() });
    const small = await phone.newPage();
    await small.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
    eq(await small.evaluate(() => document.documentElement.scrollWidth), 375, 'page width at 375 px');
    await phone.close();
  });

  await check(
    'request detail: labels in words, dates with the weekday, reply and call links, a labelled status that saves and stays',
    async () => {
      const p = admin.page;
      const id = JSON.parse(cli('sql-scalar', "SELECT id FROM wp_mn_widgets_requests WHERE contact_name = 'Race Test'"));
      await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets&request=${id}`);
      const text = await p.locator('table.mnwidgets-request').innerText();
      for (const want of [
        'Name',
        'Race Test',
        'Asked for',
        'Thursday, December 10, 2026, morning',
        'Safety check',
        'Consult: the patient was asked',
        'Contact by',
        'phone call',
      ])
        assert(text.includes(want), `detail lacks "${want}": ${text}`);
      for (const raw of ['contact.name', 'meta.fillMs', 'preferences.0']) assert(!text.includes(raw), `detail shows ${raw}`);
      assert(/Received\s+\w+day, /.test(text), `received date with the weekday: ${text.slice(0, 200)}`);
      eq(await p.locator('a[href^="mailto:race@example.com"]').count(), 2, 'mailto links');
      eq(await p.locator('a[href="tel:+15550123"]').count(), 2, 'tel links');
      await p.getByLabel('Status').selectOption('booked');
      await Promise.all([p.waitForNavigation(), p.getByRole('button', { name: 'Save status' }).click()]);
      assert(p.url().includes(`request=${id}`), `saving left the detail view: ${p.url()}`);
      assert((await p.locator('.notice-success').innerText()).includes('Status saved.'), 'saved notice');
      eq(JSON.parse(cli('sql-scalar', `SELECT status FROM wp_mn_widgets_requests WHERE id = ${id}`)), 'booked', 'status');
      const author = await login('author1', 'authorpass');
      const res = await author.page.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
      eq(res.status(), 403, 'author status');
      await author.ctx.close();
    },
  );

  await check('CSV export: labelled columns, spreadsheet formulas neutralised', async () => {
    await post(
      payload({
        contact: { name: '=HYPERLINK("http://evil.example","x")', email: 'formula@example.com', preferred: 'email' },
        message: '+1+1',
      }),
    );
    const p = admin.page;
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
    const href = await p.locator('a.page-title-action', { hasText: 'Export CSV' }).getAttribute('href');
    const res = await p.request.get(href);
    eq(res.status(), 200, 'status');
    assert(/text\/csv/.test(res.headers()['content-type']), 'content type');
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    assert(csv.split('\n')[0].includes('Name') && csv.split('\n')[0].includes('Asked for'), `header: ${csv.split('\n')[0]}`);
    assert(csv.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), 'formula in a name not neutralised');
    assert(csv.includes("'+1+1"), 'formula in a message not neutralised');
    assert(!/(^|,)"?=HYPERLINK/m.test(csv), 'a cell starts with =');
  });

  await check('privacy: suggested policy text, the export in words, erase by email', async () => {
    const p = admin.page;
    await p.goto(`${url}/wp-admin/options-privacy.php?tab=policyguide`).catch(() => {});
    let guide = await p.content();
    if (!guide.includes('MN Widgets')) {
      await p.goto(`${url}/wp-admin/privacy-policy-guide.php`);
      guide = await p.content();
    }
    assert(guide.includes('your answers are not sent to us or stored'), 'no suggested policy text');
    const exported = JSON.parse(cli('privacy', 'export', 'race@example.com'));
    eq(exported.data.length, 1, 'exported requests');
    const names = exported.data[0].data.map((d) => d.name);
    for (const want of ['Name', 'Email', 'Asked for', 'Safety check', 'Received'])
      assert(names.includes(want), `export lacks "${want}": ${names}`);
    assert(!names.some((n) => n.includes('.')), `a dotted path in the export: ${names}`);
    const before = total();
    eq(JSON.parse(cli('privacy', 'erase', 'race@example.com')).items_removed, true, 'erased');
    eq(total(), before - 1, 'rows left');
  });

  await check('retention: requests older than the chosen months are deleted by the daily task', async () => {
    const old = randomUUID();
    cli(
      'sql-scalar',
      `INSERT INTO wp_mn_widgets_requests (request_id, created_at, status, payload, response) VALUES ('${old}', '2020-01-01 10:00:00', 'new', '{}', '{}')`,
    );
    eq(count(old), 1, 'old request present');
    const rows = total();
    setSettings({ retention_months: 0 });
    cli('do-action', 'mnwidgets_daily');
    eq(total(), rows, 'kept with retention 0');
    setSettings({ retention_months: 12 });
    const state = JSON.parse(cli('do-action', 'mnwidgets_daily'));
    eq([count(old), total()], [0, rows - 1], 'old request deleted, the rest kept');
    assert(state.next > 0, 'the daily task is scheduled');
    setSettings({ retention_months: 0 });
  });

  await check('rate limit: too many requests from one connection get 429 with Retry-After', async () => {
    setSettings({ rate_limit: 1 });
    let r;
    for (let i = 0; i < 3 && r?.status !== 429; i++) r = await post(payload());
    eq([r.status, r.json?.code], [429, 'rate-limited'], 'status and code');
    assert(Number(r.headers.get('retry-after')) > 0, 'Retry-After');
    setSettings({ rate_limit: 300 });
  });

  await check('no PHP warnings or notices from the plugin (an error code not in error-codes.json is one)', () => {
    const text = existsSync(wp.debugLog) ? readFileSync(wp.debugLog, 'utf8') : '';
    eq(
      text.split('\n').filter((l) => /\/plugins\/mn-widgets\/|mnwidgets_|mn-widgets:/.test(l)),
      [],
      'debug.log lines',
    );
  });

  await check('uninstall keeps stored requests by default and removes the options and the daily task', () => {
    const rows = total();
    cli('deactivate', PLUGIN);
    cli('uninstall', PLUGIN);
    eq(JSON.parse(cli('option-get', 'mn_widgets_settings')), null, 'settings option');
    eq(total(), rows, 'requests kept');
    eq(JSON.parse(cli('do-action', 'mn_widgets_nothing')).next, false, 'cli');
    eq(JSON.parse(cli('sql-scalar', "SELECT COUNT(*) FROM wp_options WHERE option_value LIKE '%mnwidgets_daily%'")), '0', 'scheduled task');
  });

  await check('uninstall with "delete stored requests" drops the table', () => {
    cli('install-zip', ZIP);
    cli('activate', PLUGIN);
    cli('option-set', 'mn_widgets_settings', JSON.stringify({ uninstall: 'delete' }));
    cli('deactivate', PLUGIN);
    cli('uninstall', PLUGIN);
    eq(JSON.parse(cli('sql-scalar', "SHOW TABLES LIKE 'wp_mn_widgets_requests'")), null, 'table');
    eq(JSON.parse(cli('option-get', 'mn_widgets_settings')), null, 'settings option');
  });

  await admin.ctx.close();
}

/**
 * WordPress Coding Standards checks that need no WPCS (not on the registries this project reaches;
 * test/wordpress/phpcs.xml runs the full standard where WPCS is installed): every PHP file parses,
 * every direct query is prepared or says why not, request input is unslashed and sanitised.
 */
async function standards() {
  tag = ' static';
  const files = unzipSync(readFileSync(BUILT_ZIP));
  const php = Object.entries(files).filter(([p]) => p.endsWith('.php'));
  await check(`${php.length} PHP files parse (php -l)`, () => {
    for (const [p, data] of php) {
      const r = spawnSync('php', ['-l'], { input: data, encoding: 'utf8' });
      assert(r.status === 0, `${p}: ${r.stdout}${r.stderr}`);
    }
  });
  await check("one set of rules: the shared email and phone vectors (src/domain/contact-vectors.json) pass the plugin's PHP", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnw-rules-'));
    try {
      const rules = join(dir, 'rules.php');
      writeFileSync(rules, files['mn-widgets/includes/rules.php']);
      const r = spawnSync('php', [join(root, 'test/wordpress/contact-vectors.php'), rules, VECTORS], { encoding: 'utf8' });
      assert(r.status === 0, `php: ${r.stdout}${r.stderr}`);
      const { cases, failures } = JSON.parse(r.stdout);
      const v = JSON.parse(readFileSync(VECTORS, 'utf8'));
      eq(cases, v.email.valid.length + v.email.invalid.length + v.phone.length, 'vectors run');
      eq(failures, [], 'vectors the PHP gets wrong');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  await check('one set of codes: the zip carries error-codes.json, and every code the PHP answers with is in it', () => {
    eq(JSON.parse(new TextDecoder().decode(files['mn-widgets/generated/error-codes.json'])), ERROR_CODES, 'generated/error-codes.json');
    const used = [];
    for (const [p, data] of php)
      for (const m of new TextDecoder().decode(data).matchAll(/mnwidgets_error\(\s*\d+,\s*'([^']*)'/g)) used.push([p, m[1]]);
    assert(used.length >= 8, `found only ${used.length} error answers in the PHP`);
    eq(
      used.filter(([, code]) => !ERROR_CODES.request[code]),
      [],
      'request codes that are not in error-codes.json',
    );
  });
  await check(
    'language packs: the zip carries each pack of src/widgets.json as built, and generated/packs.php names them; nothing else is new',
    () => {
      // What the build is meant to put in the zip: the plugin's sources as written, the script and its
      // packs, the generated lists, one block.json per widget and the translation template.
      const sources = [];
      (function walk(dir) {
        for (const name of readdirSync(dir, { withFileTypes: true })) {
          const full = join(dir, name.name);
          if (name.isDirectory()) walk(full);
          else if (!name.name.endsWith('.mjs')) sources.push(full.slice(join(root, 'src/wordpress').length + 1));
        }
      })(join(root, 'src/wordpress'));
      const expected = [
        ...sources,
        `assets/${WIDGET_LIST.script}.js`,
        ...PACKS.map((l) => `assets/${packFile(l)}`),
        ...['booking-payload.schema.json', 'elements.json', 'elements.php', 'error-codes.json', 'packs.php'].map((f) => `generated/${f}`),
        ...widgets.map((t) => `blocks/${t.replace(/^mn-/, '')}/block.json`),
        'languages/mn-widgets.pot',
      ].map((f) => `mn-widgets/${f}`);
      const actual = Object.keys(files).filter((f) => !f.endsWith('/'));
      eq(
        { missing: expected.filter((f) => !actual.includes(f)), unexpected: actual.filter((f) => !expected.includes(f)) },
        { missing: [], unexpected: [] },
        'the files in the zip',
      );
      for (const l of PACKS) {
        const inZip = files[`mn-widgets/assets/${packFile(l)}`];
        assert(inZip?.length > 1000, `assets/${packFile(l)} is missing or empty`);
        assert(Buffer.from(inZip).equals(readFileSync(join(dist, packFile(l)))), `assets/${packFile(l)} is not dist/${packFile(l)}`);
      }
      const dir = mkdtempSync(join(tmpdir(), 'mnw-packs-'));
      try {
        writeFileSync(join(dir, 'packs.php'), files['mn-widgets/generated/packs.php']);
        const r = spawnSync('php', ['-r', `define('ABSPATH', '/'); echo json_encode(require '${join(dir, 'packs.php')}');`], {
          encoding: 'utf8',
        });
        assert(r.status === 0, `php: ${r.stdout}${r.stderr}`);
        eq(JSON.parse(r.stdout), Object.fromEntries(PACKS.map((l) => [l, packFile(l)])), 'generated/packs.php');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
  // WPCS is not on the registries reached here: MNW_PHPCS names a phpcs that has it (see phpcs.xml).
  if (process.env.MNW_PHPCS)
    await check('WordPress Coding Standards (test/wordpress/phpcs.xml): no findings', () => {
      const r = spawnSync(process.env.MNW_PHPCS, ['-q', '--report=full', '--standard=phpcs.xml'], {
        cwd: join(root, 'test/wordpress'),
        encoding: 'utf8',
      });
      assert(r.status === 0, `phpcs (exit ${r.status}): ${(r.stdout + r.stderr).slice(0, 3000)}`);
    });
  else log('WordPress Coding Standards: not run (MNW_PHPCS is not set; see test/wordpress/phpcs.xml)');
  await check('every database call is prepared or says why not; $_GET/$_POST/$_SERVER values are unslashed and sanitised', () => {
    const problems = [];
    for (const [p, data] of php) {
      new TextDecoder()
        .decode(data)
        .split('\n')
        .forEach((line, i) => {
          if (
            /\$wpdb->(query|get_var|get_row|get_results|get_col)\(/.test(line) &&
            !/->prepare\(/.test(line) &&
            !/phpcs:ignore [^\n]*--\s*\S/.test(line)
          )
            problems.push(`${p}:${i + 1}: direct query without prepare() or a reason`);
          for (const m of line.matchAll(/\$_(GET|POST|REQUEST|SERVER)\[[^\]]+\]/g)) {
            const ok = /absint\(|isset\(|wp_unslash\(/.test(line) || /check_admin_referer/.test(line);
            if (!ok) problems.push(`${p}:${i + 1}: ${m[0]} used without wp_unslash() and a sanitiser`);
          }
        });
    }
    eq(problems, [], 'problems');
  });
}

await standards();
for (const version of VERSIONS) await suite(version);
for (const line of summaries) log(`summary: ${line}`);
log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
