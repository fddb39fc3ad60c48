import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { type Catalogue, addMessages, messages, textLanguage } from '../../src/i18n/index.js';
import { formatDate, formatDateTime } from '../../src/i18n/format.js';
import { common } from '../../src/i18n/en/common.js';
import { screening } from '../../src/i18n/en/screening.js';
import { aftercare } from '../../src/i18n/en/aftercare.js';
import { booking } from '../../src/i18n/en/booking.js';
import { de } from '../../src/i18n/de/index.js';
import type { MnContraindicationCheck } from '../../src/elements/mn-contraindication-check/mn-contraindication-check.js';

const en: Catalogue = { common, screening, aftercare, booking };

type Leaf = string | string[] | ((...args: never[]) => string);
/** Every leaf of a catalogue by its path: a string, a list, or a function (objects are walked). */
function leaves(o: unknown, path = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (o && typeof o == 'object' && !Array.isArray(o))
    for (const [k, v] of Object.entries(o)) for (const [p, l] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, l);
  else out.set(path, o as Leaf);
  return out;
}
const EN = leaves(en);
const DE = leaves(de);

/** Texts with a count, as `{ one, other, … }` forms: German may fill categories English leaves out (`one` of prepDays). */
const PLURALS = ['screening.summary', 'screening.prepDays'];
const plural = (path: string) => PLURALS.find((p) => path.startsWith(p + '.'));
/** The only leaves equal to English: empty on purpose (the element says nothing more there), in both languages. */
const SAME = [
  // German writes ":" as English does.
  'common.colon',
  'screening.then.consult',
  // "Microneedling" is the German word too.
  'booking.serviceNames.microneedling',
  'booking.server.invalid',
  'booking.server.rejected',
  'booking.server.unreadable',
  'booking.server.unavailable',
];
/** Functions that take counts; the others take formatted dates, times, names or texts. */
const COUNTS = ['screening.progress', 'booking.minutes', 'booking.date', 'booking.fix'];
const SAMPLE_COUNTS = [0, 1, 2, 5, 21];
/** What the elements pass: dates and times already formatted by `Intl` for a German locale. */
const DATE = formatDate('2026-11-21', 'de-DE');
/** Sample dates with ordinary spaces, as Intl gives them (format.ts then holds them together; the pack does too). */
const raw = (s: string) => s.replace(/\u00a0/g, ' ');
const DAY = raw(formatDate('2026-12-27', 'de-DE', 'day'));
const DATETIME = raw(formatDateTime(new Date('2026-11-29T13:00:00Z'), 'de-DE', 'Europe/Berlin'));

/** Sample calls of a function leaf: each count, or a date, a time and a name/text for each parameter. */
function calls(path: string, f: (...args: never[]) => string): string[] {
  const call = (...args: unknown[]) => (f as (...a: unknown[]) => string)(...args);
  if (COUNTS.includes(path)) return SAMPLE_COUNTS.map((n) => call(n, 5));
  if (path == 'common.notice') return [call('phone', 'abc', de.common.problems.phone), call('endpoint', '', de.common.problems.endpoint)];
  if (path == 'aftercare.countdown') return [call(de.aftercare.milestones['exercise-ok'], 'morgen', DATETIME)];
  if (path == 'aftercare.call') return [call('Hautpraxis Berlin')];
  if (path == 'screening.when') return Object.values(de.screening.kinds).map((k) => call(k));
  if (path == 'screening.prepTitle') return [call(DATE), call(undefined), call('')];
  if (path.startsWith('aftercare.nextSession')) return [call(DAY, DAY)];
  if (path == 'screening.tooEarly') return [call(DATE, formatDate('2026-11-12', 'de-DE'))];
  return [call(path.startsWith('aftercare.') ? DATETIME : DATE)];
}

/** Every text the pack can produce: its strings, list items, plural forms and sample calls. */
function texts(): Array<[string, string]> {
  return [...DE].flatMap(([path, leaf]): Array<[string, string]> =>
    typeof leaf == 'function'
      ? calls(path, leaf).map((t) => [path, t])
      : Array.isArray(leaf)
        ? leaf.map((t, i) => [`${path}.${i}`, t])
        : [[path, leaf]],
  );
}
/** As read: soft hyphens out, no-break spaces as spaces. */
const plain = (t: string) => t.replace(/\u00ad/g, '').replace(/\u00a0/g, ' ');

describe('German language pack (de)', () => {
  it('is complete: every English leaf has a German one of the same kind (text, list of the same length, function of the same arity)', () => {
    const missing: string[] = [];
    for (const [path, e] of EN) {
      const d = DE.get(path);
      if (d === undefined && !(plural(path) && DE.has(`${plural(path)}.other`))) missing.push(path);
      else if (typeof e == 'function') expect(typeof d == 'function' && d.length, path).to.equal(e.length);
      else if (Array.isArray(e)) {
        expect(Array.isArray(d) && d.length, path).to.equal(e.length);
        for (const t of d as string[]) expect(typeof t == 'string' && t.trim() != '', path).to.equal(true);
      } else expect(typeof d == 'string' && (d.trim() != '') == (e != ''), path).to.equal(true);
    }
    expect(missing).to.deep.equal([]);
    // Nothing beyond English, but plural categories German uses.
    const extra = [...DE.keys()].filter((p) => !EN.has(p) && !(plural(p) && /\.(one|other)$/.test(p)));
    expect(extra).to.deep.equal([]);
  });

  it('leaves no English text: no leaf, list item or sample sentence equals its English counterpart', () => {
    const same: string[] = [];
    for (const [path, e] of EN) {
      const d = DE.get(path);
      if (typeof e == 'string') {
        if (d === e) same.push(path);
      } else if (Array.isArray(e)) (d as string[]).forEach((t, i) => t == e[i] && same.push(`${path}.${i}`));
      else if (typeof d == 'function') {
        const de = calls(path, d);
        calls(path, e).forEach((t, i) => t == de[i] && same.push(`${path}()`));
      }
    }
    expect(same).to.deep.equal(SAME);
    // English function words, and English's own typography, appear nowhere (the codes in setup notices excepted).
    for (const [path, t] of texts()) {
      expect(plain(t), path).not.to.match(/\b(the|and|your|you|please|with|is|are|of|to|not|or|for|from|until)\b/);
      expect(t, path).not.to.match(/[”’]/);
    }
  });

  it('keeps every placeholder: one „%“ where English has one, and each list item’s milestone', () => {
    for (const [path, e] of EN) {
      const d = DE.get(path);
      if (typeof e == 'string') expect((d as string).split('%').length, path).to.equal(e.split('%').length);
      if (Array.isArray(e))
        e.forEach((t, i) => expect((d as string[])[i].match(/\{[a-z-]+\}/g), `${path}.${i}`).to.deep.equal(t.match(/\{[a-z-]+\}/g)));
    }
    for (const p of PLURALS)
      for (const [path, t] of DE) if (path.startsWith(p + '.') && path.endsWith('other')) expect(t, path).to.include('%');
  });

  it('returns a German sentence from every function for sample counts (0, 1, 2, 5, 21) and dates, with the values in it', () => {
    for (const [path, f] of DE) {
      if (typeof f != 'function') continue;
      const out = calls(path, f);
      for (const t of out) expect(typeof t == 'string' && t.trim() != '', path).to.equal(true);
      if (COUNTS.includes(path)) out.forEach((t, i) => expect(t, path).to.include(String(SAMPLE_COUNTS[i])));
    }
    const d = de.screening;
    expect(d.from(DATE)).to.include(DATE);
    expect(d.bookFrom(DATE)).to.equal(`Termin ab dem ${DATE} buchen`);
    expect(d.prepTitle()).to.equal('Vor Ihrem Termin');
    expect(d.prepTitle(DATE)).to.equal(`Vor Ihrem Termin am ${DATE}`);
    expect(d.when(d.kinds.surgery)).to.equal('Operation: Datum des letzten Eingriffs');
    // The date-time kept on one line (review de, finding 5).
    expect(de.aftercare.treated(DATETIME)).to.equal(`Ende der Behandlung: ${DATETIME.replace(/ /g, '\u00a0')}.`);
    expect(de.common.callUs).to.equal('Bitte rufen Sie uns an:');
    expect(de.common.notice('endpoint', '', 'ist nicht gesetzt')).to.equal('Einrichtungshinweis: endpoint ist nicht gesetzt.');
    expect(SAMPLE_COUNTS.map(de.booking.fix)).to.deep.equal([
      'Bitte prüfen Sie 0 Felder.',
      'Bitte prüfen Sie 1 Feld.',
      'Bitte prüfen Sie 2 Felder.',
      'Bitte prüfen Sie 5 Felder.',
      'Bitte prüfen Sie 21 Felder.',
    ]);
    expect(SAMPLE_COUNTS.map((n) => de.screening.progress(n, 4))).to.deep.equal(SAMPLE_COUNTS.map((n) => `Schritt ${n} von 4`));
  });

  it('counts through German plural rules: one form for 1, another for 0, 2, 5 and 21', () => {
    const rules = new Intl.PluralRules('de');
    const say = (p: { [c: string]: string | undefined; other: string }, n: number) =>
      (p[rules.select(n)] ?? p.other).replace('%', String(n));
    expect(SAMPLE_COUNTS.map((n) => say(de.screening.prepDays, n))).to.deep.equal([
      '0 Tage vorher:',
      '1 Tag vorher:',
      '2 Tage vorher:',
      '5 Tage vorher:',
      '21 Tage vorher:',
    ]);
    expect(SAMPLE_COUNTS.map((n) => say(de.screening.summary, n))).to.deep.equal([
      'Bitte prüfen Sie 0 Antworten.',
      'Bitte prüfen Sie diese Antwort.',
      'Bitte prüfen Sie 2 Antworten.',
      'Bitte prüfen Sie 5 Antworten.',
      'Bitte prüfen Sie 21 Antworten.',
    ]);
  });

  it('keeps each date and time it is given on one line in the aftercare sentences (review de, finding 5)', () => {
    const a = de.aftercare;
    const TIME = raw(formatDateTime(new Date('2026-11-29T13:00:00Z'), 'de-DE', 'America/New_York'))
      .split(', ')
      .pop()!;
    const once = (f: (v: string) => string, v: string) => {
      const out = f(v);
      expect(out, v).to.include(v.replace(/ /g, '\u00a0'));
      expect(out, v).not.to.include(v);
    };
    // Sample values with spaces inside, as Intl gives them: „So., 29. Nov., 14:00“, „Sa., 2. Jan. 2027“, „08:00 GMT-5“.
    for (const v of [DATETIME, DAY, raw(formatDate('2027-01-02', 'de-DE', 'day', true))]) {
      for (const f of [a.treated, a.closed]) once(f, v);
      once((w) => a.countdown(a.milestones['exercise-ok'], 'in 3 Tagen', w), v);
      once((w) => a.nextSession(w, DAY), v);
      once((w) => a.nextSessionPast(DAY, w), v);
    }
    expect(TIME).to.include(' ');
    for (const f of [a.closing, a.asked]) once(f, TIME);
    // The countdown's words and the milestone keep their ordinary spaces: only the date is held together.
    expect(a.countdown('Sport erlaubt', 'in 3 Tagen', DATETIME)).to.match(/^Sport erlaubt: in 3 Tagen, /);
  });

  it('calls the clinic by a name without needing an article, and „uns“ as „Rufen Sie uns an“ (review de, finding 4)', () => {
    const a = de.aftercare;
    // Without a name the timeline says common.callUs, as the safety check and the booking form do.
    expect(de.common.callUs).to.equal('Bitte rufen Sie uns an:');
    for (const name of ['Hautpraxis am Markt', 'Praxis Dr. Weber', 'Dermatologie Mitte']) {
      const t = a.call(name);
      expect(t).to.include(name);
      // „Rufen Sie Hautpraxis am Markt an“ lacks the article the pack cannot know.
      expect(t).not.to.match(/^Rufen Sie .+ an:$/);
    }
  });

  it('speaks formally (Sie), with German quotation marks, and one term per idea (the list atop the pack)', () => {
    for (const [path, raw] of texts()) {
      const t = plain(raw);
      expect(t, path).not.to.match(/\b(du|dich|dir|dein\w*|euch|euer\w*|ihr)\b/);
      expect(t.split('„').length, path).to.equal(t.split('“').length);
      if (path != 'common.notice') expect(t, path).not.to.include('"');
      // Other words for the ideas the term list fixes (clinic, consultation, safety check, aftercare, clinician, session, emergency).
      expect(t, path).not.to.match(
        /Klinik|Konsultation|Beratungstermin|Sicherheitsprüfung|Sicherheits-Check|Nachbehandlung|Nachpflege|Therapeut|Behandelnde|Fachkraft|Session|Notruf\b|Arzttermin/,
      );
      // „Behandlung“ is microneedling alone: other procedures are „Eingriffe“.
      expect(t, path).not.to.match(/(Laser|Peeling|Radiofrequenz)behandlung/);
    }
    // The FDA is named as the US authority wherever it speaks.
    for (const [path, t] of texts()) if (/FDA/.test(t)) expect(t, path).to.include('US-Arzneimittelbehörde FDA');
  });

  it('imports nothing at run time: the served pack has no import, so it carries no English', async () => {
    const code = await (await fetch(new URL('../../src/i18n/de/index.ts', import.meta.url))).text();
    expect(code).to.include('Ihre Nachsorge');
    expect(code.match(/^\s*import\b.*|\bimport\s*\(.*/gm) ?? []).to.deep.equal([]);
  });

  it('gives its texts to any German locale once added: addMessages("de", de), then messages("de-XX")', () => {
    addMessages('de', de);
    for (const locale of ['de-XX', 'de-AT', 'de-CH']) {
      const got = leaves(messages(locale));
      for (const [path, leaf] of DE) expect(got.get(path), `${locale}: ${path}`).to.equal(leaf);
      expect(textLanguage(locale)).to.equal(locale);
    }
  });

  it('reads as German in the safety check’s result: each finding’s fact, reason and next step', async () => {
    addMessages('de', de);
    const el = await fixture<MnContraindicationCheck>(
      html`<mn-contraindication-check layout="list" clinic-phone="+49 30 1234567" timezone="Europe/Berlin" locale="de-DE"></mn-contraindication-check>`,
    );
    el.now = new Date('2026-11-21T10:00:00Z');
    await el.updateComplete;
    const no = Object.fromEntries([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => [i.name, false]));
    const check = el as unknown as { answers: Record<string, unknown>; finish(): void };
    check.answers = {
      ...no,
      age: 20,
      pregnancy: true,
      anticoagulants: true,
      isotretinoin: true,
      'isotretinoin.taking': false,
      'isotretinoin.stopped': '2026-08-01',
      'recent-procedure': true,
      'recent-procedure.kinds': ['injectables'],
      'recent-procedure.injectables': '2026-11-10',
      'metal-allergy': true,
    };
    check.finish();
    await el.updateComplete;
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    const said = result.textContent!.replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');
    expect(el.shadowRoot!.querySelector('#result')!.textContent).to.equal('Lassen Sie uns über andere Möglichkeiten sprechen.');
    for (const sentence of [
      'Sie sind schwanger oder stillen. Die US-Arzneimittelbehörde FDA nennt dies als Grund, mit der Behandlung zu warten.',
      'Sie nehmen Blutverdünner oder täglich Aspirin (ASS). Die US-Arzneimittelbehörde FDA nennt dies als Grund, vor der Behandlung Rücksprache mit Ihrer Behandlerin oder Ihrem Behandler zu halten.',
      `Sie haben Isotretinoin (z. B. Aknenormin) am ${formatDate('2026-08-01', 'de-DE')} abgesetzt. Die US-Arzneimittelbehörde FDA rät, nach der letzten Einnahme zu warten: Die Praxis wartet 6 Monate. Ab dem ${formatDate('2027-02-01', 'de-DE')} ist diese Wartezeit vorbei.`,
      `Sie haben am ${formatDate('2026-11-10', 'de-DE')} Filler oder Spritzen gegen Falten bekommen. Nach diesem Eingriff wartet die Praxis 2 Wochen bis zur Behandlung.`,
      'Sie sind allergisch gegen Edelstahl oder Nickel. Die US-Arzneimittelbehörde FDA nennt dies als Grund gegen ein Microneedling. Bei dieser Allergie bieten wir kein Microneedling an.',
      'Bitte rufen Sie uns an:',
    ])
      expect(said).to.include(sentence);
    // A German clinic: no age advice (18-21) and no US notice; the notes in German.
    expect(said).not.to.include('Jahre alt');
    expect(said).to.include(de.screening.notes[1]);
    expect(said).not.to.include(de.screening.us);
    expect(said).not.to.match(/\b(the|and|your|you|please)\b/);
  });
});
