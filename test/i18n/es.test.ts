import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { addMessages, messages, textLanguage } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es/index.js';
import { common } from '../../src/i18n/en/common.js';
import { screening } from '../../src/i18n/en/screening.js';
import { aftercare } from '../../src/i18n/en/aftercare.js';
import { booking } from '../../src/i18n/en/booking.js';

const en = { common, screening, aftercare, booking };

/** Leaves whose Spanish is rightly the same as the English: a word both languages share, or punctuation alone. */
const SAME = new Set([
  'screening.no', // "No"
  'booking.minutes', // "30 min"
  'aftercare.countdown', // "what: in words, when", every word given
  'common.colon', // ":", Spanish writes it as English does
]);
/** Functions of a count; every other function is given dates, times, names or texts. */
const COUNTS = new Set(['screening.progress', 'booking.minutes', 'booking.date', 'booking.fix']);
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const date = new Intl.DateTimeFormat('es-ES', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-11-21T12:00:00Z'));
/** A short date and time, as the widgets write one. */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
};
const dateTime = new Intl.DateTimeFormat('es-ES', DATE_TIME).format(new Date('2026-11-21T14:00:00Z'));
/** A date and time as `es-US` writes it, ending with an abbreviation's point. */
const usDateTime = new Intl.DateTimeFormat('es-US', DATE_TIME).format(new Date('2026-11-21T13:00:00Z'));
/** Values a text function is given: counts, then a date, dates and times, a time, a name. */
const counts = [0, 1, 2, 5, 21];
const texts = [date, dateTime, usDateTime, '14:00', 'Clínica Sol', '6\xa0meses'];

type Leaf = { path: string; en: unknown; es: unknown };
/** Every leaf of the English catalogue beside its Spanish counterpart (plural forms objects are leaves). */
function leaves(a: unknown, b: unknown, path = ''): Leaf[] {
  const forms = (o: object) => Object.keys(o).every((k) => PLURAL_CATEGORIES.includes(k)) && 'other' in o;
  if (a && typeof a == 'object' && !Array.isArray(a) && !forms(a)) {
    expect(b, path).to.be.an('object');
    expect(Object.keys(b as object), `${path}: the same keys`).to.have.members(Object.keys(a));
    return Object.keys(a).flatMap((k) =>
      leaves((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  return [{ path, en: a, es: b }];
}

/** Every text the pack can show: its non-empty strings, list items, plural forms, and what its functions return for the samples. */
function shown(): Array<[string, string]> {
  return leaves(en, es).flatMap(({ path, en: a, es: t }): Array<[string, string]> => {
    // An empty text (as in English) shows nothing.
    if (typeof t == 'string') return a === '' ? [] : [[path, t]];
    if (Array.isArray(t)) return t.map((x, i) => [`${path}.${i}`, x as string]);
    if (typeof t == 'function') {
      const f = t as (...a: unknown[]) => string;
      return (COUNTS.has(path) ? counts : texts).map((v) => [`${path}(${v})`, f(v, v, v)]);
    }
    return Object.entries(t as object).map(([k, x]) => [`${path}.${k}`, x as string]);
  });
}

/**
 * Every text the English and Spanish catalogues show, side by side: strings, list items, plural forms
 * (English's `other` where it has no form of its own), and what the functions return for a sample
 * value (a count, or a date).
 */
function pairs(): Array<[string, string, string]> {
  return leaves(en, es).flatMap(({ path, en: a, es: b }): Array<[string, string, string]> => {
    if (typeof a == 'string') return a === '' ? [] : [[path, a, b as string]];
    if (Array.isArray(a)) return a.map((x, i) => [`${path}.${i}`, x as string, (b as string[])[i]]);
    if (typeof a == 'function') {
      const v = COUNTS.has(path) ? 2 : date;
      return [[path, a(v, v, v) as string, (b as (...x: unknown[]) => string)(v, v, v)]];
    }
    const forms = a as Record<string, string>;
    return Object.entries(b as Record<string, string>).map(([k, x]) => [`${path}.${k}`, forms[k] ?? forms.other, x]);
  });
}

const placeholders = (s: string) => [...s.matchAll(/%|\{[\w-]+\}/g)].map((m) => m[0]).sort();

describe('the Spanish language pack', () => {
  it('is complete: every English leaf has a Spanish one of the same kind', () => {
    const all = leaves(en, es);
    expect(all.length).to.be.above(250);
    for (const { path, en: a, es: b } of all) {
      if (typeof a == 'string') {
        expect(b, path).to.be.a('string');
        // An empty English text means "nothing of its own" (a server code `failed` says alone); so does the Spanish.
        expect((b as string).trim() == '', `${path}: empty exactly where English is`).to.equal(a == '');
        expect(placeholders(b as string), `${path}: placeholders`).to.deep.equal(placeholders(a));
      } else if (Array.isArray(a)) {
        expect(b, path).to.be.an('array').with.length(a.length);
        (b as string[]).forEach((x, i) => {
          expect(x, `${path}.${i}`).to.be.a('string').and.not.equal('');
          expect(placeholders(x), `${path}.${i}: placeholders`).to.deep.equal(placeholders(a[i] as string));
        });
      } else if (typeof a == 'function') {
        expect(b, path).to.be.a('function');
        expect((b as () => string).length, `${path}: parameters`).to.equal(a.length);
      } else {
        // Plural forms: `other` required, only the language's categories, the count in each.
        const forms = b as Record<string, string>;
        expect(forms.other, `${path}.other`).to.be.a('string');
        for (const [k, v] of Object.entries(forms)) {
          expect(PLURAL_CATEGORIES, `${path}.${k}`).to.include(k);
          expect(v, `${path}.${k}`).to.be.a('string').and.not.equal('');
        }
        for (const n of counts) {
          const v = forms[new Intl.PluralRules('es').select(n)] ?? forms.other;
          expect(v, `${path} for ${n}`).to.be.a('string');
        }
      }
    }
  });

  it('leaves no text in English, but for the few listed', () => {
    for (const { path, en: a, es: b } of leaves(en, es)) {
      if (SAME.has(path) || a === '') continue;
      if (typeof a == 'string') expect(b, path).to.not.equal(a);
      else if (Array.isArray(a)) a.forEach((x, i) => expect((b as string[])[i], `${path}.${i}`).to.not.equal(x));
      else if (typeof a == 'function')
        for (const v of COUNTS.has(path) ? counts : texts)
          expect((b as (...x: unknown[]) => string)(v, v, v), `${path}(${v})`).to.not.equal(a(v, v, v));
      else
        for (const k of Object.keys(a as object))
          expect((b as Record<string, string>)[k], `${path}.${k}`).to.not.equal((a as Record<string, string>)[k]);
    }
    // Common English words never appear in a Spanish sentence (a half-translated text).
    const english =
      /(?<!\p{L})(the|and|you|your|with|please|call|is|are|when|from|book|after|before|treatment|appointment|session|days?|weeks?)(?!\p{L})/iu;
    for (const [path, s] of shown()) expect(s, path).to.not.match(english);
  });

  it('returns Spanish text from every function, for counts and for dates', () => {
    for (const [path, s] of shown()) expect(s.trim(), path).to.not.equal('');
    for (const { path, es: t } of leaves(en, es))
      if (typeof t == 'function' && path != 'screening.prepTitle')
        for (const v of COUNTS.has(path) ? counts : texts.slice(0, 5))
          // The value given shows in the sentence (the clinic's name except the built-in "us").
          expect((t as (...a: unknown[]) => string)(v, v, v), `${path}(${v})`).to.include(String(v));
    const s = es.screening;
    expect(s.prepTitle()).to.equal('Antes de su cita');
    expect(s.prepTitle(date)).to.equal(`Antes de su cita del ${date}`);
    expect(s.progress(3, 24)).to.equal('Paso 3 de 24');
    expect(s.tooEarly(date, '1 oct 2026')).to.equal(
      `El 1 oct 2026 es anterior al ${date}, la fecha más temprana para el tratamiento: elija una fecha posterior.`,
    );
    expect(es.aftercare.treated(dateTime)).to.equal(`Fin del tratamiento: ${dateTime}.`);
    expect(usDateTime).to.match(/\.$/);
    expect(es.aftercare.treated(usDateTime)).to.equal(`Fin del tratamiento: ${usDateTime}`);
    expect(es.aftercare.nextSession('sáb, 19 dic', 'sáb, 2 ene')).to.equal(
      'Reserve su próxima sesión entre el sáb, 19 dic y el sáb, 2 ene.',
    );
    // "Call us" (common.callUs) when the clinic has no name; "Call <name>" otherwise.
    expect(es.common.callUs).to.equal('Llámenos:');
    expect(es.aftercare.call('Clínica Sol')).to.equal('Llame a Clínica Sol:');
    // The emergency number and the local words both read after "llame ahora al".
    expect(es.aftercare.emergency.text.replace('%', es.aftercare.emergency.local)).to.match(
      /llame ahora al número de emergencias de su zona\.$/,
    );
    expect(es.aftercare.emergency.text.replace('%', '112')).to.match(/llame ahora al 112\.$/);
  });

  it('counts by the Spanish plural rules', () => {
    expect(counts.map(es.booking.fix)).to.deep.equal([
      'Revise 0 campos.',
      'Revise 1 campo.',
      'Revise 2 campos.',
      'Revise 5 campos.',
      'Revise 21 campos.',
    ]);
    const say = (forms: Record<string, string>, n: number) =>
      (forms[new Intl.PluralRules('es').select(n)] ?? forms.other).replace('%', `${n}`);
    expect(counts.map((n) => say(es.screening.summary, n))).to.deep.equal([
      'Revise 0 respuestas.',
      'Revise esta respuesta.',
      'Revise 2 respuestas.',
      'Revise 5 respuestas.',
      'Revise 21 respuestas.',
    ]);
    expect([1, 3, 7, 21].map((n) => say(es.screening.prepDays, n))).to.deep.equal([
      '1 día antes:',
      '3 días antes:',
      '7 días antes:',
      '21 días antes:',
    ]);
  });

  it('writes Spanish typography and the formal address', () => {
    for (const [path, s] of shown()) {
      // Every question opens with ¿ (the clinic's own question, given to `own`, brings its own marks).
      expect(s.split('¿').length, `${path}: ¿…?`).to.equal(s.split('?').length);
      expect(s.split('¡').length, `${path}: ¡…!`).to.equal(s.split('!').length);
      // Quotes are «…»; straight ones only around a value in a setup notice (attr="value", as in HTML).
      if (!path.startsWith('common.notice')) expect(s, `${path}: quotes`).to.not.match(/["“”]/);
      // One point after an abbreviation that ends a sentence ("1:00 p.m."), never two.
      expect(s, `${path}: ..`).to.not.include('..');
      expect(s, `${path}: usted, never tú`).to.not.match(/(?<!\p{L})(tú|tu|tus|te|ti|contigo)(?!\p{L})/iu);
    }
  });

  it('says each idea of CLINICAL.md section 5 with its one Spanish term, wherever the English names it', () => {
    // English word → the pack's term (the glossary at the top of src/i18n/es/index.ts).
    const terms: Array<[RegExp, RegExp]> = [
      // "Blood thinners" are anticoagulants and antiplatelet drugs: "anticoagulantes" alone leaves
      // out a patient on clopidogrel (review-es, finding 1).
      [/\bblood thinners?\b/i, /medicamentos para fluidificar la sangre/],
      [/\btreatment\b/i, /tratamiento/],
      [/\bappointment\b/i, /\bcita\b/],
      [/\bsessions?\b/i, /sesi(ón|ones)/],
      [/\bclinic\b/i, /clínica/],
      [/\bclinician\b/i, /especialista/],
      [/\bconsultation\b/i, /[cC]onsulta(?!r)/],
      [/\bsafety check\b/i, /cuestionario de seguridad/],
      [/\baftercare\b/i, /cuidados posteriores/i],
      [/\bemergency\b/i, /emergencia/i],
      [/\bmicroneedling\b/i, /[mM]icropunción/],
      [/\byour doctor\b/i, /su médico/],
      [/\bprescriber\b/i, /médico que se l[ao] recetó/],
    ];
    const all = pairs();
    expect(all.length).to.be.above(250);
    // (An element's name, `<mn-clinic>`, is code: not the word.)
    for (const [path, a, b] of all)
      for (const [word, term] of terms) if (word.test(a.replace(/<mn-[a-z-]+>/g, ''))) expect(b, `${path}: "${a}"`).to.match(term);
    // The question names both kinds, so a patient who knows only one of the words recognises it.
    expect(es.screening.ask.anticoagulants).to.include('(anticoagulantes o antiagregantes)');
  });

  it('is what messages() gives for a Spanish locale once added', () => {
    expect(textLanguage('es-MX')).to.equal('en');
    addMessages('es', es);
    expect(textLanguage('es-MX')).to.equal('es-MX');
    // Complete: English lends nothing (functions are the pack's own).
    expect(messages('es-MX')).to.deep.equal(es);
    expect(messages('es').aftercare.call).to.equal(es.aftercare.call);
    expect(messages('es-ES').screening.yes).to.equal('Sí');
    expect(messages('en').screening.yes).to.equal('Yes');
  });

  it('fits every time of day in its closed select, beside the date at 375 px', async () => {
    addMessages('es', es);
    const clinic = await fixture(
      html`<mn-clinic locale="es-ES" timezone="Europe/Madrid"
        ><mn-booking-form endpoint="https://clinic.example/api" style="display: block; width: 375px"></mn-booking-form
      ></mn-clinic>`,
    );
    const form = clinic.querySelector('mn-booking-form')!;
    await form.updateComplete;
    const select = form.shadowRoot!.querySelector<HTMLSelectElement>('#time0')!;
    const date = form.shadowRoot!.querySelector<HTMLInputElement>('[name="date0"]')!;
    // At 375 px the choice and its time of day share a row: the select is half the width.
    expect(select.getBoundingClientRect().top, 'beside the date').to.equal(date.getBoundingClientRect().top);
    const style = getComputedStyle(select);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    // The text's room: the select's inside less its padding and about 1em for the arrow.
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize);
    const options = [...select.options].map((o) => o.text.trim());
    expect(options).to.deep.equal(Object.values(es.booking.times));
    for (const text of options) expect(ctx.measureText(text).width, `"${text}" in ${room} px`).to.be.at.most(room);
  });
});
