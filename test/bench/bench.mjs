#!/usr/bin/env node
/**
 * `npm run bench` (never part of `npm test`: timings belong here, not in a test).
 *
 * Builds the product, serves it on 127.0.0.1 and loads it in headless Chromium (playwright-core,
 * the installed browser), one page per widget and one with all three, each loading only
 * `dist/mn-widgets.js`. Each widget is compared with its yardstick (test/bench/yardstick.mjs): a
 * bare Lit element stamping the same shadow DOM and CSS, read from a real render and built the
 * same way. The measure, from a Chromium trace of each load (test/bench/trace.mjs): main-thread
 * CPU time from the start of the task that runs the script to the end of the first frame painted
 * after every element has rendered. Target: every widget at most 1.5x its yardstick.
 *
 * It also loads the product without V8's compile hint (the first line of the built script,
 * `//# allFunctionsCalledOnLoad`, stripped into a copy) to show what the hint gains.
 *
 * Every run is a fresh browser context (cold cache, no code cache), and every round loads every
 * page once, in a rotated order, so machine noise hits all pages alike; figures are medians.
 * Prints tables and writes bench-results/bench.json.
 *
 *   npm run bench    BENCH_RUNS=15 npm run bench    npm run bench -- --no-build    BENCH_TRACES=1 npm run bench
 *   BENCH_ONLY=booking-form,all npm run bench -- --no-build   (only those pages: a quick look while working)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium.mjs';
import { sizes, widgets } from '../scripts/size.mjs';
import { serve } from '../scripts/static-server.mjs';
import { CATEGORIES, analyse } from './trace.mjs';
import { buildYardsticks, capture, verify, yardstickTag } from './yardstick.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const TARGET = 1.5;
const VIEWPORT = { width: 390, height: 844 };
const HINT = '//# allFunctionsCalledOnLoad\n';
/** BENCH_TRACES=1 keeps every trace in bench-results/traces (open one in DevTools' Performance panel). */
const TRACES = process.env.BENCH_TRACES ? resolve(import.meta.dirname, '../../bench-results/traces') : null;

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'bench-results');
mkdirSync(out, { recursive: true });
if (TRACES) mkdirSync(TRACES, { recursive: true });

if (!chromiumPath()) {
  console.error('The benchmark needs Chromium: run `node test/scripts/chromium.mjs` (or set CHROME_PATH).');
  process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });

// The product, and a copy without the compile hint.
const script = `dist/${widgets.script}.js`;
const product = readFileSync(resolve(root, script), 'utf8');
const hinted = product.startsWith(HINT);
const noHintScript = `bench-results/${widgets.script}.no-hint.js`;
writeFileSync(resolve(root, noHintScript), hinted ? product.slice(HINT.length) : product);

const CLINIC =
  'name="Glow Skin Studio" phone="+1 555 0100" email="hello@glow.example" locale="en-US" timezone="America/New_York" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"';
const LOCALE = { locale: 'en-US', timeZone: 'America/New_York' };
/** Each widget's markup, and whether it shows dates (then its yardstick formats one with Intl). */
const WIDGETS = {
  'mn-contraindication-check': { markup: '<mn-contraindication-check></mn-contraindication-check>' },
  'mn-aftercare-timeline': { markup: '<mn-aftercare-timeline treated-at="2026-11-20T15:00"></mn-aftercare-timeline>', intl: LOCALE },
  'mn-booking-form': { markup: '<mn-booking-form></mn-booking-form>' },
};
const TAGS = Object.keys(WIDGETS);
const short = (tag) => tag.replace(/^mn-/, '');

/**
 * Set in the page's head before its script: marks "rendered" once every element on the page has
 * finished its first update (a mutation observer sees each element as the parser adds it). The
 * same probe runs on every page, product or yardstick.
 */
function probe(tags) {
  let left = tags.length;
  const seen = new Set();
  const observer = new MutationObserver(() => {
    for (const tag of tags)
      for (const el of document.getElementsByTagName(tag)) {
        if (seen.has(el)) continue;
        seen.add(el);
        customElements
          .whenDefined(tag)
          .then(() => el.updateComplete)
          .then(() => {
            if (--left > 0) return;
            observer.disconnect();
            performance.mark('rendered');
          });
      }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const html = (src, body, tags) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title><link rel="icon" href="data:,">` +
  `<script>(${probe})(${JSON.stringify(tags)})</script><script src="/${src}"></script></head><body>${body}</body></html>`;
const inClinic = (tags) => `<mn-clinic ${CLINIC}>${tags.map((t) => WIDGETS[t].markup).join('')}</mn-clinic>`;

// Every page: per widget and for all three, the product, the product without the hint, the yardstick.
const pages = {};
const groups = { ...Object.fromEntries(TAGS.map((t) => [short(t), [t]])), all: TAGS };
/** The pages measured: BENCH_ONLY's groups, or all. */
const measured = (group) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(group);
for (const [group, tags] of Object.entries(groups)) {
  pages[`/bench/${group}.html`] = { group, kind: 'product', src: script, html: html(script, inClinic(tags), tags) };
  if (hinted)
    pages[`/bench/${group}.no-hint.html`] = { group, kind: 'noHint', src: noHintScript, html: html(noHintScript, inClinic(tags), tags) };
}

/** Path -> HTML for the server, kept in step with `pages`. */
const served = new Proxy({}, { get: (_, path) => pages[path]?.html });
const server = await serve(root, served);
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

try {
  // The yardsticks, from a real render of each widget on its product page.
  console.log("\nReading each widget's render and building its yardstick...");
  const renders = await capture(browser, Object.fromEntries(TAGS.map((t) => [t, `${server.url}/bench/${short(t)}.html`])), VIEWPORT);
  const intl = Object.fromEntries(TAGS.filter((t) => WIDGETS[t].intl).map((t) => [t, WIDGETS[t].intl]));
  await buildYardsticks({ root, outDir: resolve(out, 'yardstick'), renders, intl });
  const yardstickBody = (tags) =>
    tags
      .map(
        (t) =>
          `<${yardstickTag(t)} ${renders[t].attributes.map(([n, v]) => `${n}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join(' ')}></${yardstickTag(t)}>`,
      )
      .join('');
  for (const [group, tags] of Object.entries(groups)) {
    const src = `bench-results/yardstick/yardstick-${group === 'all' ? 'all' : tags[0]}.js`;
    pages[`/bench/${group}.yardstick.html`] = {
      group,
      kind: 'yardstick',
      src,
      html: html(src, yardstickBody(tags), tags.map(yardstickTag)),
    };
  }
  await verify(browser, Object.fromEntries(TAGS.map((t) => [t, `${server.url}/bench/${short(t)}.yardstick.html`])), renders, VIEWPORT);

  /** One cold load of one page, traced; retried with more time to settle when the trace is short. */
  async function measure(path, round) {
    const { src } = pages[path];
    for (let settle = 400; ; settle *= 2) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(server.url + path, { waitUntil: 'load' });
      await sleep(settle); // no call into the page while tracing: it would run on the measured thread
      const trace = await browser.stopTracing();
      await context.close();
      if (TRACES) writeFileSync(resolve(TRACES, `${path.slice(7, -5)}.${round}.json`), trace);
      const { traceEvents } = JSON.parse(trace);
      const r = analyse(traceEvents, { pageUrl: server.url + path, scriptUrl: `${server.url}/${src}` });
      if (!r.error) return r;
      if (settle >= 6400) throw new Error(`${path}: ${r.error}`);
    }
  }

  const load = [loadavg()[0]];
  const paths = Object.keys(pages).filter((p) => measured(pages[p].group));
  const samples = Object.fromEntries(paths.map((p) => [p, []]));
  console.log(`Measuring ${paths.length} pages, ${WARMUP} warm-up round(s) and ${RUNS} measured rounds...`);
  for (let round = -WARMUP; round < RUNS; round++) {
    const order = paths.map((_, i) => paths[(i + round + WARMUP) % paths.length]); // rotated each round
    for (const path of order) {
      const r = await measure(path, round);
      if (round >= 0) samples[path].push(r);
    }
    if (round >= 0) process.stdout.write(`  round ${round + 1}/${RUNS}\r`);
  }
  process.stdout.write('\n');
  load.push(loadavg()[0]);
  if (Object.values(samples).some((s) => s.some((x) => !x.threadTime)))
    console.warn('Warning: this Chromium records no thread time; "CPU" below is wall time of the main-thread tasks.');

  // Statistics.
  const quantile = (xs, q) => {
    const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    if (!s.length) return NaN;
    const i = (s.length - 1) * q;
    return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
  };
  const median = (xs) => quantile(xs, 0.5);
  const stats = (path) => {
    const s = samples[path];
    const pick = (k) => s.map((x) => x[k]);
    const keys = ['cpu', 'wall', 'fcp', 'frameEnd', 'script', 'backgroundCompile'];
    return {
      ...Object.fromEntries(keys.map((k) => [k, median(pick(k))])),
      breakdown: Object.fromEntries(Object.keys(s[0].breakdown).map((k) => [k, median(s.map((x) => x.breakdown[k]))])),
      cpuP25: quantile(pick('cpu'), 0.25),
      cpuP75: quantile(pick('cpu'), 0.75),
    };
  };
  const size = (src) => sizes(resolve(root, src));
  const rows = Object.entries(groups)
    .filter(([group]) => measured(group))
    .map(([group, tags]) => {
      const p = `/bench/${group}.html`;
      const y = `/bench/${group}.yardstick.html`;
      const n = `/bench/${group}.no-hint.html`;
      // The ratio per round (product and yardstick measured in the same round), for the spread.
      const paired = samples[p].map((x, i) => x.cpu / samples[y][i].cpu);
      const widget = stats(p);
      const yardstick = stats(y);
      return {
        page: group,
        elements: tags,
        widget: { ...widget, gzip: size(pages[p].src).gzip },
        yardstick: { ...yardstick, gzip: size(pages[y].src).gzip },
        ratio: widget.cpu / yardstick.cpu,
        ratioP25: quantile(paired, 0.25),
        ratioP75: quantile(paired, 0.75),
        withinTarget: widget.cpu / yardstick.cpu <= TARGET,
        noHint: pages[n] ? { ...stats(n), gzip: size(pages[n].src).gzip } : null,
      };
    });

  // Tables.
  const f = (v, d = 1) => (v == null || Number.isNaN(v) ? '-' : v.toFixed(d));
  const line = (cells) => console.log(`| ${cells.join(' | ')} |`);
  const s = sizes(resolve(root, script));
  console.log(
    `\nmn-widgets benchmark, ${new Date().toISOString().slice(0, 10)}: Chromium ${browser.version()} headless, ${VIEWPORT.width}x${VIEWPORT.height}, cold load per run,`,
  );
  console.log(
    `median of ${RUNS} interleaved runs${RUNS < 9 ? " (FEWER THAN 9: not the yardstick's rule)" : ''}, machine load ${load.map((x) => f(x)).join(' -> ')}. ${script}: ${s.gzip} B gzip, ${s.brotli} B brotli, ${s.min} B; compile hint ${hinted ? 'on' : 'off'}.`,
  );
  console.log("\nMain-thread CPU ms from the start of the script's task to the end of the first frame after render:\n");
  line([
    'page',
    'widget CPU ms (p25-p75)',
    'yardstick CPU ms (p25-p75)',
    'x yardstick (p25-p75 per round)',
    `<= ${TARGET}x`,
    'FCP ms widget / yardstick',
    'script compile+eval ms widget / yardstick',
    'gzip B widget / yardstick',
  ]);
  line(Array(8).fill('---'));
  for (const r of rows)
    line([
      r.page,
      `${f(r.widget.cpu)} (${f(r.widget.cpuP25)}-${f(r.widget.cpuP75)})`,
      `${f(r.yardstick.cpu)} (${f(r.yardstick.cpuP25)}-${f(r.yardstick.cpuP75)})`,
      `${f(r.ratio, 2)} (${f(r.ratioP25, 2)}-${f(r.ratioP75, 2)})`,
      r.withinTarget ? 'yes' : 'NO',
      `${f(r.widget.fcp)} / ${f(r.yardstick.fcp)}`,
      `${f(r.widget.script)} / ${f(r.yardstick.script)}`,
      `${r.widget.gzip} / ${r.yardstick.gzip}`,
    ]);
  console.log('\npage "all": the three widgets in one <mn-clinic>, against the three yardsticks in one script.');
  console.log('FCP: navigation start to first contentful paint. Script: main-thread compile and top-level run of the one script.');
  console.log(
    `Yardstick: a bare Lit element stamping the widget's rendered shadow DOM and CSS, built like the product${intl['mn-aftercare-timeline'] ? '; the aftercare one also formats one date with Intl' : ''}.`,
  );

  console.log('\nWhere the main-thread CPU goes, median ms widget / yardstick:\n');
  const parts = Object.keys(rows[0].widget.breakdown);
  line(['page', ...parts]);
  line(Array(parts.length + 1).fill('---'));
  for (const r of rows) line([r.page, ...parts.map((k) => `${f(r.widget.breakdown[k])} / ${f(r.yardstick.breakdown[k])}`)]);
  console.log(
    "evaluate: the script's compile and top-level run; parseAndRender: HTML parsing with the first render (custom-element callbacks, microtasks); other: the rest of the tasks.",
  );

  if (hinted) {
    console.log(`\nV8's compile hint (${JSON.stringify(HINT.trim())}, the first line of ${script}) on and off:\n`);
    line([
      'page',
      'main-thread CPU ms hint / none',
      'change',
      'off-thread compile CPU ms hint / none',
      'both ms hint / none',
      'FCP ms hint / none',
      'first frame end ms hint / none',
      'script compile+eval ms hint / none',
    ]);
    line(Array(8).fill('---'));
    for (const r of rows)
      line([
        r.page,
        `${f(r.widget.cpu)} / ${f(r.noHint.cpu)}`,
        `${r.widget.cpu <= r.noHint.cpu ? '' : '+'}${f(((r.widget.cpu - r.noHint.cpu) / r.noHint.cpu) * 100, 0)} %`,
        `${f(r.widget.backgroundCompile)} / ${f(r.noHint.backgroundCompile)}`,
        `${f(r.widget.cpu + r.widget.backgroundCompile)} / ${f(r.noHint.cpu + r.noHint.backgroundCompile)}`,
        `${f(r.widget.fcp)} / ${f(r.noHint.fcp)}`,
        `${f(r.widget.frameEnd)} / ${f(r.noHint.frameEnd)}`,
        `${f(r.widget.script)} / ${f(r.noHint.script)}`,
      ]);
    console.log('\nboth: main-thread CPU plus the off-thread compile (the hint moves compile work off the main thread).');
    console.log(
      'first frame end: navigation start to the end of the first frame after render (wall clock, includes waiting for the off-thread compile).',
    );
  } else console.log(`\n${script} has no compile hint: nothing to compare.`);

  const fails = rows.filter((r) => r.page !== 'all' && !r.withinTarget).map((r) => r.page);
  console.log(fails.length ? `\nOver the ${TARGET}x target: ${fails.join(', ')}.` : `\nEvery widget within ${TARGET}x its yardstick.`);

  writeFileSync(
    resolve(out, 'bench.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: browser.version(),
        viewport: VIEWPORT,
        runs: RUNS,
        loadAverage: load,
        target: TARGET,
        hint: hinted,
        script: { file: script, ...s },
        rows,
        yardsticks: Object.fromEntries(
          TAGS.map((t) => [t, { nodes: renders[t].nodes, sheets: renders[t].sheets.length, intl: !!intl[t] }]),
        ),
        samples,
      },
      null,
      2,
    ),
  );
  console.log('written: bench-results/bench.json');
} finally {
  await browser.close();
  await server.close();
}
