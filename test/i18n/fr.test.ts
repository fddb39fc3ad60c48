import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { aftercare } from '../../src/i18n/en/aftercare.js';
import { booking } from '../../src/i18n/en/booking.js';
import { common } from '../../src/i18n/en/common.js';
import { screening } from '../../src/i18n/en/screening.js';
import { formatDate, formatDateTime, formatTime, formatWindow } from '../../src/i18n/format.js';
import { type Catalogue, addMessages, messages, textLanguage } from '../../src/i18n/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { mailtoLink } from '../../src/domain/booking/summary.js';
import { DEFAULT_RULES } from '../../src/domain/screening/items.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';

const english: Catalogue = { common, screening, aftercare, booking };

type Leaf = string | string[] | ((...args: never[]) => string);
/** Every leaf of a catalogue by its path (`screening/findings/pregnancy/said`: keys hold dots): a string, a list or a function. */
function leaves(o: unknown, path = ''): Array<[string, Leaf]> {
  if (typeof o == 'string' || typeof o == 'function' || Array.isArray(o)) return [[path, o as Leaf]];
  return Object.entries(o as object).flatMap(([k, v]) => leaves(v, path ? `${path}/${k}` : k));
}
const at = (o: unknown, path: string): unknown =>
  path
    .split('/')
    .reduce<unknown>((x, k) => (x && typeof x == 'object' && Object.hasOwn(x, k) ? (x as Record<string, unknown>)[k] : undefined), o);

/** Words by plural category: English fills what English needs, French what French needs (`one`, `other`). */
const PLURALS = ['screening/summary', 'screening/prepDays'];
const isPlural = (path: string) => PLURALS.some((p) => path.startsWith(`${p}/`));

/** Functions of a count; every other function takes dates, times or names, already formatted. */
const COUNTS = ['screening/progress', 'booking/minutes', 'booking/date', 'booking/fix'];
const NUMBERS = [0, 1, 2, 5, 21];
const DATE = formatDate('2026-11-21', 'fr-FR');
const DAY = formatDate('2027-01-02', 'fr-FR', 'day', true);
const DATE_TIME = formatDateTime(new Date('2026-11-21T14:00:00Z'), 'fr-FR', 'Europe/Paris');
const TIME = formatTime(new Date('2026-11-21T17:00:00Z'), 'fr-FR', 'Europe/Paris');
/** Sample arguments for each function: every call is checked. */
function samples(path: string, arity: number): unknown[][] {
  if (COUNTS.includes(path)) return NUMBERS.map((n) => (arity == 2 ? [n, 24] : [n]));
  if (path == 'common/notice')
    return [
      ['phone', 'abc', fr.common.problems.phone],
      ['endpoint', '', fr.common.problems.endpoint],
    ];
  if (path == 'aftercare/countdown') return [[fr.aftercare.milestones['makeup-ok'], 'demain', DATE_TIME]];
  if (path == 'aftercare/call') return [['Clinique Lumière']];
  if (path == 'screening/when') return Object.values(fr.screening.kinds).map((k) => [k]);
  if (path == 'screening/prepTitle') return [[DATE], ['']];
  if (/aftercare\/(closing|asked)$/.test(path)) return [[TIME]];
  if (/aftercare\/(treated|closed)$/.test(path)) return [[DATE_TIME]];
  return [[DATE, DAY].slice(0, arity || 1), [DAY, DATE].slice(0, arity || 1)];
}
/** A function's outputs for its samples, in French and in English (the same arguments, French words where a name is passed). */
const outputs = (path: string, f: Leaf, en: Leaf) => {
  const call = (g: Leaf, args: unknown[]) => (g as (...a: unknown[]) => string)(...args);
  return samples(path, (f as () => string).length).map((args) => [args, call(f, args), call(en, args)] as const);
};

/** Proper names, codes and formats that read the same in both languages: none is a whole text today. */
/** Leaves French writes as English does: the service names ("Consultation", "Microneedling" are the French words too). */
const SAME: string[] = ['booking/serviceNames/consultation', 'booking/serviceNames/microneedling'];

/** What a French text may hold of English: product names, codes, examples of what to type. */
const ENGLISH_WORDS =
  /\b(the|your|you|and|with|please|not|is|are|of|to|for|when|call|book|clinic|treatment|appointment|session|us|we|our|my|email|from|only|yes|after|before|days?|this|that|it|have|be|will|may|can|which)\b/i;
// An element's name (`<mn-clinic>`) is code, as the hours' syntax and the themes are.
const ALLOWED_ENGLISH = [/Mo-Fr 09:00-18:00; Sa 10:00-14:00/, /\b(light|dark|auto)\b/, /https?:\/\/|http\(s\)/, /<mn-[a-z-]+>/g];

const strings = (l: Leaf, path: string): string[] =>
  typeof l == 'string' ? [l] : Array.isArray(l) ? l : outputs(path, l, l).map(([, out]) => out);
/** `%` and `{milestone}` placeholders of a text, in order. */
const holes = (s: string) => s.match(/%|\{[a-z-]+\}/g) ?? [];

describe('the French language pack', () => {
  const en = leaves(english);
  const ours = new Map(leaves(fr));

  it('is complete: every English text has a French one of the same kind, and no other', () => {
    expect(en.length).to.be.greaterThan(250);
    for (const [path, e] of en) {
      if (isPlural(path)) continue;
      const f = ours.get(path);
      expect(typeof f, path).to.equal(typeof e);
      expect(Array.isArray(f), path).to.equal(Array.isArray(e));
      if (Array.isArray(e)) expect((f as string[]).length, path).to.equal(e.length);
      // Empty where English is empty on purpose (a heading or `failed` says it), filled everywhere else.
      if (typeof e == 'string') expect((f as string).trim() == '', path).to.equal(e == '');
      if (Array.isArray(f))
        expect(
          f.every((s) => s.trim()),
          path,
        ).to.equal(true);
      if (typeof e == 'function') expect((f as () => string).length, `${path}: parameters`).to.equal(e.length);
    }
    const known = new Set(en.map(([p]) => p));
    for (const path of ours.keys()) expect(known.has(path) || isPlural(path), `${path}: not an English text`).to.equal(true);
  });

  it('fills the plural categories French uses (one: 0 and 1; other)', () => {
    // `many` is for millions ("1 000 000 de jours"): no count here comes near, and a missing category reads `other`.
    const needed: string[] = new Intl.PluralRules('fr').resolvedOptions().pluralCategories.filter((c) => c != 'many');
    for (const path of PLURALS) {
      const forms = at(fr, path) as Record<string, string>;
      for (const c of needed) expect(forms[c], `${path}/${c}`).to.be.a('string').and.not.equal('');
      expect(forms.other, path).to.match(/%/);
      expect(
        Object.keys(forms).every((c) => needed.includes(c)),
        path,
      ).to.equal(true);
    }
    expect([0, 1].map((n) => new Intl.PluralRules('fr').select(n))).to.deep.equal(['one', 'one']);
  });

  it('leaves no text in English', () => {
    for (const [path, e] of en) {
      const f = ours.get(path)!;
      if (SAME.includes(path) || e === '') continue;
      if (typeof e == 'string') expect(f, path).to.not.equal(e);
      else if (Array.isArray(e)) e.forEach((s, i) => expect((f as string[])[i], `${path}/${i}`).to.not.equal(s));
      else if (!isPlural(path))
        for (const [args, out, eng] of outputs(path, f, e)) expect(out, `${path}(${args.join(', ')})`).to.not.equal(eng);
    }
    for (const path of PLURALS)
      expect(Object.values(at(fr, path) as object)).to.not.include.members(Object.values(at(english, path) as object));
    for (const [path, l] of ours)
      for (const s of strings(l, path)) {
        const rest = ALLOWED_ENGLISH.reduce((x, re) => x.replace(re, ''), s);
        expect(rest, `${path}: ${s}`).to.not.match(ENGLISH_WORDS);
      }
  });

  it('keeps every placeholder: each % and {milestone} of English, and every argument in a function’s sentence', () => {
    for (const [path, e] of en) {
      const f = ours.get(path)!;
      if (typeof e == 'string') expect(holes(f as string), path).to.deep.equal(holes(e));
      if (Array.isArray(e)) e.forEach((s, i) => expect(holes((f as string[])[i]), `${path}/${i}`).to.deep.equal(holes(s)));
      if (typeof e == 'function')
        for (const [args, out] of outputs(path, f, e)) {
          expect(out.trim(), `${path}(${args.join(', ')})`).to.not.equal('');
          // Every value given is said (an empty date adds nothing).
          for (const a of args) if (a !== '' && !(path == 'common/notice' && a === '')) expect(out, `${path}: ${a}`).to.include(String(a));
        }
    }
    for (const id of ['FDA', 'SKINPEN'] as const) expect(fr.screening.who[id], id).to.be.a('string');
  });

  it('counts and words functions right for 0, 1, 2, 5 and 21', () => {
    expect(NUMBERS.map(fr.booking.fix)).to.deep.equal([
      'Veuillez vérifier 0 champ.',
      'Veuillez vérifier 1 champ.',
      'Veuillez vérifier 2 champs.',
      'Veuillez vérifier 5 champs.',
      'Veuillez vérifier 21 champs.',
    ]);
    expect([1, 2, 3].map(fr.booking.date)).to.deep.equal(['1er choix', '2e choix', '3e choix']);
    expect(fr.booking.minutes(45)).to.equal('45\u00a0min');
    expect(fr.screening.progress(3, 4)).to.equal('Étape 3 sur 4');
    expect(fr.aftercare.call('Clinique Lumière')).to.equal('Appelez Clinique Lumière\u00a0:');
    expect(fr.common.callUs).to.equal('Appelez-nous\u00a0:');
    expect(fr.screening.prepTitle('')).to.equal('Avant votre rendez-vous');
    expect(fr.screening.prepTitle(DATE)).to.equal(`Avant votre rendez-vous du ${DATE}`);
    expect(fr.common.notice('endpoint', '', fr.common.problems.endpoint)).to.match(/le paramètre endpoint n’est pas défini/);
    // A waiting time as Intl writes it fits the sentence that holds it.
    expect(fr.screening.findings.isotretinoin.why!.replace('%', formatWindow({ months: 6 }, 'fr-FR'))).to.match(
      /la clinique attend 6\smois\.$/,
    );
  });

  it('follows French typography: no-break spaces before : ; ? ! and inside « », the typographic apostrophe', () => {
    for (const [path, l] of ours)
      for (const s of strings(l, path)) {
        const text = s.replace(/https?:\/\/|Mo-Fr [^»]*|\d:\d|HH:MM/g, '');
        expect(text, `${path}: ${s}`).to.not.match(/[^\u00a0]:|[^\u202f][;?!]|«[^\u00a0]|[^\u00a0]»|'|[“”]/);
      }
  });

  it('says who the FDA is: the US health authority', () => {
    const fda = leaves(fr.screening)
      .flatMap(([path, l]) => strings(l, path))
      .filter((s) => /FDA/.test(s));
    expect(fda.length).to.be.greaterThan(4);
    for (const s of fda) expect(s, s).to.match(/autorité sanitaire américaine \(FDA\)|États-Unis/);
  });

  it('never words a red flag like drug use', () => {
    const all = leaves(fr.aftercare).flatMap(([path, l]) => strings(l, path));
    for (const s of all) expect(s, s).to.not.match(/traces? de piqûre|piqûres|shoot|drogue/i);
  });

  // The clinical review (/work/reviews/fr.md), finding 1: "un trouble de la coagulation ou des
  // saignements" reads as "a clotting disorder, or bleeding", so any bleeding led to a decline.
  it('asks about a bleeding disorder, never about bleeding alone (the question, the finding, the decline)', () => {
    const { ask, findings } = fr.screening;
    const said = [ask['bleeding-disorder'], findings['bleeding-disorder'].said!, findings['bleeding-disorder'].then!.decline!];
    for (const s of said) expect(s, s).to.not.match(/ou (des|de) saignements?\b/);
    // Both halves are a disorder: a clotting one, or a disease that makes one bleed easily.
    for (const s of said.slice(0, 2))
      expect(s, s)
        .to.match(/trouble de la coagulation/)
        .and.match(/maladie qui vous fait saigner facilement/);
    expect(said[2]).to.match(/^Nous ne proposons pas le microneedling /);
  });

  // Findings 2, 4 and 12: what is normal says pinpoint bleeding in plain words; an outbreak is of
  // cold sores (plural); the flare's follow-up names the condition instead of "elle".
  it('words what is normal, the red flags and the flare follow-up plainly', () => {
    expect(fr.aftercare.phases['first-day'].normal[1]).to.match(/^Petits points de saignement\b/);
    expect(fr.aftercare.redFlags[3]).to.match(/^Une poussée de boutons de fièvre\b/);
    expect(fr.screening.labels['skin-condition.flaring']).to.match(/^Cette maladie est-elle en poussée\b/);
  });

  // Finding 3: at 375 px each preferred date is a row (date | time of day); a label that wraps puts
  // the select a line below the date box in every row.
  it('keeps each preferred-date row aligned at 375 px: the time-of-day label fits beside the date’s', async () => {
    addMessages('fr', fr);
    const clinic = await fixture<MnClinic>(
      html`<mn-clinic locale="fr-FR" timezone="Europe/Paris" style="display:block;width:375px;font:16px/1.5 system-ui,sans-serif"
        ><mn-booking-form endpoint="/api/bookings"></mn-booking-form
      ></mn-clinic>`,
    );
    const form = clinic.querySelector('mn-booking-form')!;
    await form.updateComplete;
    const root = form.shadowRoot!;
    const [date, time] = ['#date0', '#time0'].map((s) => root.querySelector<HTMLElement>(s)!.getBoundingClientRect());
    // Side by side (else the check says nothing), and level.
    expect(time.left, 'two columns').to.be.greaterThan(date.right - 1);
    expect(Math.abs(time.top - date.top), `${root.querySelector('label[for="time0"]')!.textContent}`).to.be.below(4);
  });

  it('puts a no-break space before the colons the widgets write between a label and what follows (review fr, finding 6)', async () => {
    addMessages('fr', fr);
    const clinic = await fixture<MnClinic>(
      html`<mn-clinic locale="fr-FR" timezone="Europe/Paris"
        ><mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline
        ><mn-contraindication-check></mn-contraindication-check
      ></mn-clinic>`,
    );
    const timeline = clinic.querySelector('mn-aftercare-timeline')!;
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('.sum strong')!.textContent).to.equal(
      `${fr.aftercare.here}\u00a0: ${fr.aftercare.phases['first-day'].title}.`,
    );
    // The review: a follow-up's label before its answer, and each Change button's hidden question.
    type Steps = {
      answers: Record<string, unknown>;
      pages: unknown[];
      goTo(n: number, stage: string): void;
      updateComplete: Promise<unknown>;
    };
    const check = clinic.querySelector('mn-contraindication-check') as unknown as Steps & Element;
    // Every question answered (no, and an age), as the patient would before the review.
    const none = Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind == 'age' ? 34 : false]));
    check.answers = { ...none, isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-01-10' };
    check.goTo(check.pages.length - 1, 'review');
    await check.updateComplete;
    const said = [...check.shadowRoot!.querySelectorAll('dd .muted, .change .sr-only')].map((e) => e.textContent!);
    expect(said.filter((t) => t.includes(':')).length, said.join(' | ')).to.be.above(2);
    for (const t of said) expect(t, t).to.not.match(/[^\u00a0]:/);
    // The email fallback's lines.
    const { href } = mailtoLink('a@b.example', 'Demande', [['Nom et prénom', 'Marie']], fr.common.colon);
    expect(decodeURIComponent(href.split('body=')[1])).to.equal('Nom et prénom\u00a0: Marie');
  });

  it('is what messages() gives for fr-* locales once added', () => {
    addMessages('fr', fr);
    for (const locale of ['fr-FR', 'fr-CA', 'FR-be']) {
      const t = messages(locale);
      for (const [path, l] of ours) expect(at(t, path), `${locale}: ${path}`).to.equal(l);
      expect(textLanguage(locale)).to.equal(locale);
    }
    // Other languages stay English.
    expect(messages('de-DE').screening.book).to.equal(screening.book);
  });
});
