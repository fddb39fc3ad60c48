#!/usr/bin/env node
/**
 * `node test/scripts/screenshots.mjs` (after `npm run build`): PNGs at 375 px for the clinical
 * review, in bench-results/screens/ (git-ignored). Serves the repository on 127.0.0.1 and drives
 * the built paste-in script in headless Chromium (playwright-core, the installed browser):
 * - every safety-check result level with typical findings: each finding kind at least once, a dated
 *   and an undated deferral, a decline, a consult, advice, clear, and patients under 18 and 18 to 21
 *   for a US and a GB clinic and one with no country; the first screen, each question screen with
 *   its follow-ups open, the review, and a preparation plan dated from an appointment date entered;
 * - every aftercare phase with the current one open, the red flags and the emergency box, and the
 *   out-of-hours states (after-hours phone, urgent care, a clinic's own emergency number, a GB
 *   clinic), and the calendar export's content (aftercare-calendar.ics).
 * - each widget in each language (en, es, fr, de, with every pack on the page and the clinic
 *   offering the four: the language switch shows), in the states where longer words could overflow:
 *   the check's first screen, its procedures screen, the review and three results; the timeline in
 *   a phase and out of hours; the form empty and after a failed Send (`lang-<lang>-…`);
 * - right to left (`rtl-…`): each widget on a page with `dir="rtl"`, in English, which reads left to right there too.
 * Answers are set in the check's memory and its own finish step computes the result, as Next on the
 * review does. "Now" is fixed: Saturday 21 November 2026, noon in the clinic's zone.
 *
 * `node test/scripts/screenshots.mjs lang-de rtl` takes only the shots whose names contain one of
 * the words (and keeps the others in the folder). After each shot, the script lists any element
 * wider than the widget or cut off at its edge (`overflow:`), as a first look before the eye's.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'bench-results/screens');
const only = process.argv.slice(2);
const wanted = (name) => !only.length || only.some((word) => name.includes(word));
if (!only.length) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const US =
  'name="Glow Skin Studio" phone="+1 555 0100" locale="en-US" timezone="America/New_York" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"';
const GB =
  'name="Glow Skin Studio" phone="+44 20 7946 0000" locale="en-GB" timezone="Europe/London" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"';
// No region, and a locale without one ("en", from the page): the country is unknown.
const NONE = 'name="Glow Skin Studio" phone="+1 555 0100" timezone="America/New_York"';
const iso = (stopped) => ({ isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': stopped });
const procedures = (dates) => ({
  'recent-procedure': true,
  'recent-procedure.kinds': Object.keys(dates),
  ...Object.fromEntries(Object.entries(dates).map(([k, d]) => [`recent-procedure.${k}`, d])),
});

/**
 * name → [clinic, answers over "nothing to report" (age 34, every other answer no), stage]: `start`,
 * `review`, `{ page }` (that question screen), `{ appointment }` (entered on the result), else the result.
 */
const CHECKS = {
  'check-1-first-screen': [US, {}, 'start'],
  'check-1b-screen-2-skin-condition-flaring': [US, { 'skin-condition': true, 'skin-condition.flaring': true }, { page: 1 }],
  'check-1c-screen-3': [US, { 'cold-sore-now': true }, { page: 2 }],
  'check-1d-screen-4-procedures': [
    US,
    procedures({ injectables: '2026-11-10', 'laser-ablative': '2026-10-01', other: '2026-09-15' }),
    { page: 3 },
  ],
  'check-1e-screen-1-isotretinoin-stopped': [US, { age: 20, isotretinoin: true, 'isotretinoin.taking': false }, { page: 0 }],
  'check-2-review': [US, { 'cold-sore-history': true, ...procedures({ injectables: '2026-11-10' }) }, 'review'],
  'check-3-clear': [US, {}],
  'check-4-advice-us-age-20-cold-sores-skin-sun': [US, { age: 20, 'cold-sore-history': true, 'darker-skin': true, 'tan-or-sun': true }],
  'check-5-clear-gb-age-20': [GB, { age: 20 }],
  'check-6-consult-us-under-18': [US, { age: 16 }],
  'check-7-consult-gb-under-18': [GB, { age: 16 }],
  'check-8-consult-health': [
    US,
    {
      anticoagulants: true,
      'cancer-treatment': true,
      immunosuppression: true,
      diabetes: true,
      'skin-condition': true,
      'skin-condition.flaring': false,
      scleroderma: true,
    },
  ],
  'check-9-consult-skin-allergy-procedures': [
    US,
    {
      keloid: true,
      lesions: true,
      'anesthetic-allergy': true,
      'recent-scar': true,
      ...procedures({ peel: '2026-10-01', other: '2026-09-15' }),
    },
  ],
  'check-10-defer-dated-isotretinoin-procedures': [
    US,
    { ...iso('2026-08-01'), ...procedures({ injectables: '2026-11-15', 'laser-nonablative': '2026-11-01', surgery: '2026-03-01' }) },
  ],
  'check-11-defer-dated-laser-peel': [
    US,
    procedures({ 'laser-ablative': '2026-10-01', 'deep-peel': '2026-10-20', radiofrequency: '2026-11-10' }),
  ],
  'check-12-defer-undated': [
    US,
    { pregnancy: true, 'skin-infection': true, 'cold-sore-now': true, 'wound-or-sunburn': true, 'active-acne': true },
  ],
  'check-13-defer-undated-flare-isotretinoin-taking': [
    US,
    { 'skin-condition': true, 'skin-condition.flaring': true, isotretinoin: true, 'isotretinoin.taking': true },
  ],
  'check-14-defer-dated-plus-consult': [US, { ...iso('2026-09-21'), anticoagulants: true }],
  'check-15-decline': [US, { 'bleeding-disorder': true, 'skin-cancer': true, 'metal-allergy': true }],
  'check-16-gb-defer-cancer-treatment': [GB, { 'cancer-treatment': true, ...iso('2026-08-31') }],
  'check-17-no-country-age-20': [NONE, { age: 20 }],
  'check-18-plan-dated-from-appointment': [US, { 'cold-sore-history': true }, { appointment: '2026-12-15' }],
  'check-19-dated-plan-appointment-too-early': [US, iso('2026-08-01'), { appointment: '2027-01-20' }],
  'check-20-gb-plan-dated': [GB, { ...procedures({ injectables: '2026-11-15' }) }, { appointment: '2027-01-08' }],
};

/** name → [clinic, treated-at, now, browser zone] */
const AFTERCARE = {
  'aftercare-0-before': [US, '2026-11-21T13:00', '2026-11-21T12:00'],
  'aftercare-1-first-24-hours': [US, '2026-11-21T13:00', '2026-11-21T13:30'],
  'aftercare-2-day-2': [US, '2026-11-21T13:00', '2026-11-22T15:00'],
  'aftercare-3-day-3': [US, '2026-11-21T13:00', '2026-11-23T15:00'],
  'aftercare-4-days-4-5': [US, '2026-11-21T13:00', '2026-11-25T10:00'],
  'aftercare-5-days-6-7': [US, '2026-11-21T13:00', '2026-11-27T10:00'],
  'aftercare-6-weeks-2-4': [US, '2026-11-21T13:00', '2026-12-10T10:00'],
  'aftercare-7-months-2-3': [US, '2026-11-21T13:00', '2027-01-11T10:00'],
  'aftercare-8-months-4-6': [US, '2026-11-21T13:00', '2027-03-01T10:00'],
  'aftercare-9-after': [US, '2026-11-21T13:00', '2027-06-01T10:00'],
  'aftercare-10-closed-urgent-care': [US, '2026-11-21T13:00', '2026-11-21T20:00'],
  'aftercare-11-closed-after-hours-phone': [`${US} after-hours-phone="+1 555 0199"`, '2026-11-21T13:00', '2026-11-22T10:00'],
  'aftercare-12-gb-closed-local-emergency': [GB, '2026-11-21T13:00', '2026-11-22T10:00'],
  'aftercare-13-gb-own-emergency-number': [`${GB} emergency-number="999"`, '2026-11-21T13:00', '2026-11-21T13:30'],
  'aftercare-14-browser-in-another-zone': [US, '2026-11-21T13:00', '2026-11-21T13:30', 'Europe/London'],
  'aftercare-15-months-4-6-across-dst': [US, '2026-11-21T13:00', '2027-04-01T10:00'],
};

/** A clinic in each language's country, offering all four languages (the switch shows in each widget). */
const HOURS = 'hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00" languages="en es fr de"';
const LANGS = {
  en: [`${US} languages="en es fr de"`, 'en-US', 'America/New_York'],
  es: [`name="Glow Skin Studio" phone="+34 910 000 000" locale="es-ES" timezone="Europe/Madrid" ${HOURS}`, 'es-ES', 'Europe/Madrid'],
  fr: [`name="Glow Skin Studio" phone="+33 1 23 45 67 89" locale="fr-FR" timezone="Europe/Paris" ${HOURS}`, 'fr-FR', 'Europe/Paris'],
  de: [`name="Glow Skin Studio" phone="+49 30 1234567" locale="de-DE" timezone="Europe/Berlin" ${HOURS}`, 'de-DE', 'Europe/Berlin'],
};
/** Each widget's states in every language: [widget, answers or stage…] as in CHECKS and AFTERCARE, or the form's `send`. */
const BY_LANGUAGE = {
  'check-1-first-screen': ['check', {}, 'start'],
  'check-2-procedures-screen': [
    'check',
    procedures({ 'laser-nonablative': '2026-11-10', 'deep-peel': '2026-10-01', other: '2026-09-15' }),
    { page: 3 },
  ],
  'check-3-review': ['check', { 'cold-sore-history': true, 'skin-condition': true, 'skin-condition.flaring': false }, 'review'],
  'check-4-defer-dated-plan': [
    'check',
    { ...iso('2026-08-01'), ...procedures({ injectables: '2026-11-15', 'laser-ablative': '2026-10-01' }) },
    { appointment: '2027-02-15' },
  ],
  'check-5-decline': ['check', { 'bleeding-disorder': true, 'metal-allergy': true, 'skin-cancer': true }],
  'check-6-advice-plan': ['check', { 'cold-sore-history': true, 'darker-skin': true, 'tan-or-sun': true }, { appointment: '2026-12-15' }],
  'check-7-consult': ['check', { anticoagulants: true, keloid: true, age: 16, ...procedures({ other: '2026-09-15' }) }],
  'aftercare-1-day-2': ['aftercare', '2026-11-21T13:00', '2026-11-22T15:00'],
  'aftercare-2-closed': ['aftercare', '2026-11-21T13:00', '2026-11-21T20:00'],
  'booking-1-empty': ['booking'],
  'booking-2-failed-send': ['booking', 'send'],
};
const WIDGET = {
  check: '<mn-contraindication-check booking-url="#book"></mn-contraindication-check>',
  aftercare: (treatedAt, now) =>
    `<mn-aftercare-timeline heading-level="2" treated-at="${treatedAt}" now="${now}" booking-url="https://glow.example/book"></mn-aftercare-timeline>`,
  booking: '<mn-booking-form persist="none" endpoint="/no-such-endpoint" privacy-url="https://glow.example/privacy"></mn-booking-form>',
};
/** A right-to-left page: one per widget, in English (there is no right-to-left pack), which reads left to right there too. */
const RTL = {
  'rtl-check-result': ['check', { 'cold-sore-history': true, ...procedures({ injectables: '2026-11-15' }) }, { appointment: '2027-01-08' }],
  'rtl-aftercare-day-2': ['aftercare', '2026-11-21T13:00', '2026-11-22T15:00'],
  'rtl-booking-failed-send': ['booking', 'send'],
};
const PACKS = ['es', 'fr', 'de'].map((l) => `<script src="/dist/mn-widgets.${l}.js"></script>`).join('');
const widgetOf = ([kind, a, b]) => (kind === 'aftercare' ? WIDGET.aftercare(a, b) : WIDGET[kind]);

const page = (clinic, widget) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#fff}h2{margin:1rem 1rem 0}</style>
<script src="/dist/mn-widgets.js"></script></head><body><mn-clinic ${clinic}>${widget}</mn-clinic></body></html>`;

/** Every pack on the page, and the page's direction. */
const langPage = (clinic, widget, dir = 'ltr') =>
  page(clinic, widget).replace('<html lang="en">', `<html lang="en" dir="${dir}">`).replace('</script>', `</script>${PACKS}`);

const pages = {};
for (const [lang, [clinic]] of Object.entries(LANGS))
  for (const [name, shot] of Object.entries(BY_LANGUAGE)) pages[`/lang-${lang}-${name}.html`] = langPage(clinic, widgetOf(shot));
for (const [name, shot] of Object.entries(RTL)) pages[`/${name}.html`] = langPage(LANGS.en[0], widgetOf(shot), 'rtl');
for (const [name, [clinic]] of Object.entries(CHECKS))
  pages[`/${name}.html`] = page(
    clinic,
    '<h2>Before you book: a quick safety check</h2><mn-contraindication-check booking-url="#book"></mn-contraindication-check>',
  );
for (const [name, [clinic, treatedAt, now]] of Object.entries(AFTERCARE))
  pages[`/${name}.html`] = page(
    clinic,
    // The widget's own title is the heading ("Your aftercare"): no page heading repeats it.
    `<mn-aftercare-timeline heading-level="2" treated-at="${treatedAt}" now="${now}" booking-url="https://glow.example/book"></mn-aftercare-timeline>`,
  );

/** Sets the check's answers in its memory and goes to `stage`, as the patient's clicks would. */
const driveCheck = (tab, answers, stage) =>
  tab.evaluate(
    async ([answers, stage]) => {
      const el = document.querySelector('mn-contraindication-check');
      el.now = new Date('2026-11-21T12:00:00Z');
      await el.updateComplete;
      if (stage === 'start') return;
      const none = Object.fromEntries(window.MnWidgets.DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 34 : false]));
      // The check's own memory and steps (private in TypeScript, plain properties at run time).
      el.answers = { ...none, ...answers };
      if (stage?.page != null) return (el.goTo(stage.page), el.updateComplete);
      el.goTo(el.pages.length - 1, 'review');
      if (stage !== 'review') el.finish();
      await el.updateComplete;
      if (stage !== 'review' && !el.result) throw new Error('no result');
      if (stage?.appointment) {
        // As the patient enters it: the date box, then its input event.
        const input = el.shadowRoot.querySelector('input[name="appointment"]');
        input.value = stage.appointment;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
      }
    },
    [answers, stage],
  );

/**
 * Elements that overflow their widget, as a first look before the eye's: any element in a shadow
 * root wider than the widget's box or reaching past its edges, and any that clips its own text
 * (scrollWidth over clientWidth). Returns lines to print.
 */
const overflows = (tab) =>
  tab.evaluate(() => {
    const found = [];
    for (const host of document.querySelectorAll('mn-contraindication-check, mn-aftercare-timeline, mn-booking-form')) {
      const box = host.getBoundingClientRect();
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        // Nothing to see: visually hidden text for screen readers is a 1 px box by design.
        if (r.width <= 2 || r.height <= 2) continue;
        const what = `${host.localName} ${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        if (r.left < box.left - 1 || r.right > box.right + 1)
          found.push(
            `${what}: outside the widget (${Math.round(r.left)}-${Math.round(r.right)} of ${Math.round(box.left)}-${Math.round(box.right)})`,
          );
        else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          found.push(`${what}: clipped (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth)
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return found;
  });

/** A widget in a language: the check driven to its stage, the timeline as drawn, the form after a Send when asked. */
async function shootWidget(tab, [kind, a, b], path) {
  if (kind === 'check') await driveCheck(tab, a, b);
  else if (kind === 'aftercare') await tab.evaluate(() => document.querySelector('mn-aftercare-timeline').updateComplete);
  else
    await tab.evaluate(async (send) => {
      const el = document.querySelector('mn-booking-form');
      await el.updateComplete;
      if (send) {
        el.shadowRoot.querySelector('form button:not([type])').click();
        await el.updateComplete;
      }
    }, a === 'send');
  await tab.screenshot({ path, fullPage: true });
  return overflows(tab);
}

const server = await serve(root, pages);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, [clinic, answers, stage]] of Object.entries(CHECKS)) {
    if (!wanted(name)) continue;
    const zone = clinic === GB ? 'Europe/London' : 'America/New_York';
    // The patient's browser in the clinic's country. (Chromium's date box follows its own UI
    // language, not this: it shows mm/dd/yyyy here either way, hence the check's echo of the date.)
    const locale = zone === 'Europe/London' ? 'en-GB' : 'en-US';
    const tab = await browser.newPage({ viewport: { width: 375, height: 800 }, timezoneId: zone, locale });
    await tab.goto(`${server.url}/${name}.html`);
    await driveCheck(tab, answers, stage);
    await tab.screenshot({ path: resolve(out, `${name}.png`), fullPage: true });
    await tab.close();
  }
  for (const [name, [clinic, , , browserZone]] of Object.entries(AFTERCARE)) {
    if (!wanted(name)) continue;
    const zone = browserZone ?? (clinic.includes('Europe/London') ? 'Europe/London' : 'America/New_York');
    // The patient's browser in the clinic's country. (Chromium's date box follows its own UI
    // language, not this: it shows mm/dd/yyyy here either way, hence the check's echo of the date.)
    const locale = zone === 'Europe/London' ? 'en-GB' : 'en-US';
    const tab = await browser.newPage({ viewport: { width: 375, height: 800 }, timezoneId: zone, locale });
    await tab.goto(`${server.url}/${name}.html`);
    await tab.evaluate(() => document.querySelector('mn-aftercare-timeline').updateComplete);
    await tab.screenshot({ path: resolve(out, `${name}.png`), fullPage: true });
    if (name === 'aftercare-2-day-2') {
      // What "Add to calendar" offers, as text.
      const ics = await tab.evaluate(async () => {
        // The file is a data: URL on a clicked anchor: read the anchor instead of downloading.
        let href;
        HTMLAnchorElement.prototype.click = function () {
          href = this.href;
        };
        const el = document.querySelector('mn-aftercare-timeline');
        [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add to calendar').click();
        return (await fetch(href)).text();
      });
      writeFileSync(resolve(out, 'aftercare-calendar.ics'), ics);
    }
    await tab.close();
  }
  // Each widget in each language, and right to left; with what overflows, if anything.
  const shots = [
    ...Object.entries(LANGS).flatMap(([lang, [, locale, zone]]) =>
      Object.entries(BY_LANGUAGE).map(([name, shot]) => [`lang-${lang}-${name}`, shot, locale, zone]),
    ),
    ...Object.entries(RTL).map(([name, shot]) => [name, shot, 'en-US', 'America/New_York']),
  ];
  let problems = 0;
  for (const [name, shot, locale, zone] of shots) {
    if (!wanted(name)) continue;
    const tab = await browser.newPage({ viewport: { width: 375, height: 800 }, timezoneId: zone, locale });
    await tab.goto(`${server.url}/${name}.html`);
    const found = await shootWidget(tab, shot, resolve(out, `${name}.png`));
    for (const line of found) console.log(`overflow: ${name}: ${line}`);
    problems += found.length;
    await tab.close();
  }
  console.log(`${Object.keys(pages).filter((p) => wanted(p)).length} screenshots in ${out}; ${problems} overflow(s) found`);
} finally {
  await browser.close();
  await server.close();
}
