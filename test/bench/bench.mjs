#!/usr/bin/env node
/**
 * `npm run bench`: builds, serves on 127.0.0.1, and measures in headless Chromium (playwright-core,
 * the installed browser) each widget, all widgets together, and the demo page, side by side with a
 * baseline page holding one trivial Lit element built the same way. Reports medians of RUNS runs,
 * interleaved so machine noise hits every page alike. Prints a table and writes bench-results/bench.json.
 * Not part of `npm test`: timings belong here, never in a test.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../scripts/chromium.mjs';
import { sizes } from '../scripts/size.mjs';
import { serve } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'bench-results');
mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
for (const name of ['baseline', 'baseline-intl'])
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: false,
      lib: { entry: resolve(root, `test/bench/${name}.ts`), name: 'Baseline', formats: ['iife'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });

const CLINIC =
  'name="Glow Skin Studio" phone="+1 555 0100" email="hello@glow.example" locale="en-US" timezone="America/New_York" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"';
const WIDGETS = {
  'mn-contraindication-check': '<mn-contraindication-check></mn-contraindication-check>',
  'mn-aftercare-timeline': '<mn-aftercare-timeline treated-at="2026-11-20T15:00"></mn-aftercare-timeline>',
  'mn-booking-form': '<mn-booking-form></mn-booking-form>',
};

/** The paste-in script each widget needs (one per widget while the budget holds). */
const SCRIPT = { 'mn-aftercare-timeline': '/dist/mn-aftercare-timeline.js', 'mn-booking-form': '/dist/mn-booking-form.js' };
const scriptFor = (tag) => SCRIPT[tag] ?? '/dist/mn-widgets.js';

/** A page: mark, scripts, markup, then a probe that waits for every element's first render. */
function page(scripts, body, tags) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script>performance.mark('script-start')</script>${[scripts]
    .flat()
    .map((s) => `<script src="${s}"></script>`)
    .join('')}</head>
<body>${body}<script>
Promise.all(${JSON.stringify(tags)}.filter((t) => customElements.get(t)).map(async (t) => { await customElements.whenDefined(t); await Promise.all([...document.querySelectorAll(t)].map((e) => e.updateComplete)); }))
  .then(() => { performance.mark('rendered'); window.__rendered = true; });
</script></body></html>`;
}

const pages = {
  '/bench/baseline.html': page('/bench-results/baseline.js', '<bench-baseline></bench-baseline>', ['bench-baseline']),
  '/bench/baseline-intl.html': page('/bench-results/baseline-intl.js', '<bench-baseline-intl></bench-baseline-intl>', [
    'bench-baseline-intl',
  ]),
  '/bench/all.html': page(
    [...new Set(Object.keys(WIDGETS).map(scriptFor))],
    `<mn-clinic ${CLINIC}>${Object.values(WIDGETS).join('')}</mn-clinic>`,
    Object.keys(WIDGETS),
  ),
};
for (const [tag, markup] of Object.entries(WIDGETS))
  pages[`/bench/${tag}.html`] = page(scriptFor(tag), `<mn-clinic ${CLINIC}>${markup}</mn-clinic>`, [tag]);

const server = await serve(root, pages);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__cls = 0;
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(server.url + path, { waitUntil: 'load' });
  const isDemo = path.startsWith('/demo');
  if (!isDemo) await p.waitForFunction(() => window.__rendered === true);
  await p.waitForTimeout(300);
  const r = await p.evaluate((demo) => {
    const s = performance.getEntriesByName('script-start')[0];
    const e = performance.getEntriesByName('rendered')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { render: demo ? (fcp?.startTime ?? NaN) : e.startTime - s.startTime, cls: window.__cls, long: window.__long };
  }, isDemo);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await context.close();
  return {
    render: r.render,
    cls: r.cls,
    longTasks: r.long.length,
    longMs: r.long.reduce((a, b) => a + b, 0),
    mainThread: m.TaskDuration * 1000,
    script: m.ScriptDuration * 1000,
    heap: m.JSHeapUsedSize / 1048576,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const names = [
  '/bench/baseline.html',
  '/bench/baseline-intl.html',
  ...Object.keys(WIDGETS).map((t) => `/bench/${t}.html`),
  '/bench/all.html',
  '/demo/',
];
const samples = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < RUNS; i++) for (const n of names) samples[n].push(await measure(n));
await browser.close();
await server.close();

const base = sizes(resolve(out, 'baseline.js'));
const baseIntl = sizes(resolve(out, 'baseline-intl.js'));
const scripts = Object.fromEntries(
  ['/dist/mn-widgets.js', '/dist/mn-aftercare-timeline.js', '/dist/mn-booking-form.js'].map((f) => [f, sizes(resolve(root, `.${f}`))]),
);
const rows = names.map((n) => {
  const s = samples[n];
  const pick = (k) => median(s.map((x) => x[k]));
  return {
    page: n.replace('/bench/', '').replace('.html', ''),
    scriptGzip: n.includes('baseline-intl')
      ? baseIntl.gzip
      : n.includes('baseline')
        ? base.gzip
        : n.includes('all') || n.includes('demo')
          ? Object.values(scripts).reduce((a, x) => a + x.gzip, 0)
          : scripts[scriptFor(n.slice(7, -5))].gzip,
    firstRenderMs: pick('render'),
    mainThreadMs: pick('mainThread'),
    scriptMs: pick('script'),
    longTasks: pick('longTasks'),
    cls: Math.max(...s.map((x) => x.cls)),
    heapMB: pick('heap'),
  };
});
const baseRender = rows[0].firstRenderMs;
const intlRender = rows[1].firstRenderMs;
for (const r of rows) {
  r.vsBaseline = r.page === 'demo/' ? null : r.firstRenderMs / baseRender;
  r.vsBaselineIntl = r.page === 'demo/' ? null : r.firstRenderMs / intlRender;
}

const fmt = (v, d = 1) => (v == null || Number.isNaN(v) ? '-' : v.toFixed(d));
console.log(`\nmn-widgets benchmark: median of ${RUNS} runs, Chromium headless, 1280x900, cold cache per run`);
for (const [f, x] of Object.entries(scripts)) console.log(`${f}: ${x.min} B min, ${x.gzip} B gzip, ${x.brotli} B brotli`);
console.log(`baseline: ${base.min} B min, ${base.gzip} B gzip\n`);
console.log(
  '| page | script gzip B | first render ms | x baseline | x baseline-intl | main thread ms | script ms | long tasks | CLS (max) | JS heap MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.page} | ${r.scriptGzip} | ${fmt(r.firstRenderMs)} | ${fmt(r.vsBaseline, 2)} | ${fmt(r.vsBaselineIntl, 2)} | ${fmt(r.mainThreadMs)} | ${fmt(r.scriptMs)} | ${r.longTasks} | ${fmt(r.cls, 3)} | ${fmt(r.heapMB, 2)} |`,
  );
console.log('\nfirst render: script start to every element rendered (demo: first contentful paint).');
console.log('baseline-intl: the baseline element also formats one date, so it pays ICU start-up like any widget showing a date.');
writeFileSync(
  resolve(out, 'bench.json'),
  JSON.stringify({ runs: RUNS, date: new Date().toISOString(), sizes: { scripts, baseline: base, baselineIntl: baseIntl }, rows }, null, 2),
);
console.log(`written: bench-results/bench.json`);
