/**
 * Every domain code has a message in every shipped language (issue 15): English (and its en-GB
 * overlay) plus each pack of `widgets.json languages.packs`, checked on the pack's OWN texts (as the
 * pack file registers them), never on the catalogue merged over English, where a missing text would
 * silently read English. The code lists come from the domain at run time (its `as const` lists and
 * its default rules and protocol), so a code added there without words fails here.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import widgets from '../../src/widgets.json' with { type: 'json' };
import errorCodes from '../../src/domain/booking/error-codes.json' with { type: 'json' };
import { NOTICE_CODES } from '../../src/domain/clinic.js';
import { LEVELS, type Level } from '../../src/domain/outcome.js';
import { DEFAULT_PROTOCOL, RED_FLAGS, SOURCES } from '../../src/domain/aftercare/protocol.js';
import { buildAftercare } from '../../src/domain/aftercare/schedule.js';
import { AREAS, CONTACTS, TIMES } from '../../src/domain/booking/draft.js';
import { FIELD_CODES, REQUEST_CODES } from '../../src/domain/booking/payload.js';
import { CLOSED_CODES, DEFAULT_SERVICES, RULE_CODES, SPACING } from '../../src/domain/booking/rules.js';
import { type Answers, PROBLEMS, evaluateScreening } from '../../src/domain/screening/evaluate.js';
import { DEFAULT_RULES, SOURCE_CODES } from '../../src/domain/screening/items.js';
import { type Catalogue, messages } from '../../src/i18n/index.js';
import { registry } from '../../src/i18n/pack.js';
import type { FindingText } from '../../src/i18n/en/screening.js';

type Judged = Exclude<Level, 'clear'>;
/** A pack as it ships: typed a `Catalogue`, but read here as what it really holds, any part possibly missing. */
type Loose = { [K in keyof Catalogue]?: Partial<Catalogue[K]> };

const filled = (s: unknown): boolean => typeof s == 'string' && s.trim() != '';
/** A text, or a sentence function given sample values: filled either way. */
const worded = (t: unknown): boolean => filled(typeof t == 'function' ? (t as (...a: unknown[]) => unknown)('21 Nov 2026', 'x', 'y') : t);
const JUDGED = LEVELS.filter((l): l is Judged => l != 'clear');

/** The pack files register themselves (src/i18n/<lang>/pack.ts), exactly as `import 'mn-widgets/i18n/<lang>'` does. */
before(async () => {
  for (const lang of widgets.languages.packs) await import(`../../src/i18n/${lang}/pack.ts`);
});

/** English as the widgets read it, and each pack's own texts as registered. */
const LANGUAGES: Array<[string, () => Loose]> = [
  ['en', () => messages('en')],
  ['en-GB', () => messages('en-GB')],
  ...widgets.languages.packs.map((lang): [string, () => Loose] => [lang, () => registry().registered.get(lang) as Loose]),
];
const en = () => messages('en');

/**
 * Every finding the defaults can give, by the key the result screen looks up (`id`, or
 * `id.code` for a branch): every item answered yes, each branch in turn, under-18 and 18-21,
 * still taking and stopped isotretinoin, flaring or not, every kind of procedure.
 */
function findingKeys(): Map<string, string> {
  const procedure = DEFAULT_RULES.items.find((i) => i.kind == 'procedure')!;
  const kinds = [...Object.keys(procedure.windows!), ...procedure.others!];
  const yes: Answers = {
    ...Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 20 : true])),
    'isotretinoin.taking': false,
    'isotretinoin.stopped': '2026-09-01',
    'skin-condition.flaring': true,
    [`${procedure.id}.kinds`]: kinds,
    ...Object.fromEntries(kinds.map((k) => [`${procedure.id}.${k}`, '2026-11-15'])),
  };
  const variants = [yes, { ...yes, age: 16, 'isotretinoin.taking': true, 'skin-condition.flaring': false }];
  const keys = new Map<string, string>();
  for (const answers of variants)
    for (const f of evaluateScreening(answers, { now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' }).findings)
      keys.set(f.code ? `${f.id}.${f.code}` : f.id, f.id);
  return keys;
}

/**
 * A finding's three parts as the result screen builds them (mn-contraindication-check `finding()`),
 * at any level a clinic may give the item: what we understood; why (the finding's own reason, or
 * who says so and as what); the next step (the finding's own at that level, else the level's).
 */
function findingText(s: Partial<Catalogue['screening']>, key: string, id: string, level: Judged) {
  const all = (s.findings ?? {}) as Record<string, FindingText | undefined>;
  const m = { ...all[id], ...all[key] };
  const item = DEFAULT_RULES.items.find((i) => i.id == id)!;
  const who = s.who?.[item.sources[0] as (typeof SOURCE_CODES)[number]];
  return {
    said: m.said,
    why: m.why ?? (who != undefined && s.as?.[level] != undefined ? `${who} ${s.as[level]}.` : undefined),
    whyFrom: m.why != undefined ? 'own' : 'who',
    then: m.then?.[level] ?? s.then?.[level],
  };
}

describe('every domain code has a message in every shipped language', () => {
  it('reads the packs’ own texts: every shipped pack registered, none merged with English', () => {
    for (const lang of widgets.languages.packs) {
      const pack = registry().registered.get(lang) as Loose | undefined;
      expect(pack, lang).to.be.an('object');
      // Its own title, not English's: the pack is there, and is read alone.
      expect(pack!.aftercare?.title, lang).to.be.a('string').and.not.equal(en().aftercare.title);
    }
  });

  it('the domain’s lists agree with what the domain produces (a list cannot fall behind)', () => {
    // The booking server's codes: the shared file and the domain's lists.
    expect([...REQUEST_CODES]).to.have.members(Object.keys(errorCodes.request));
    expect([...FIELD_CODES]).to.have.members(Object.keys(errorCodes.field));
    // Every source a default rule, step, milestone or spacing names is a known source code.
    const used = [
      ...DEFAULT_RULES.items.flatMap((i) => i.sources),
      ...DEFAULT_RULES.preparation.flatMap((s) => s.sources),
      ...DEFAULT_PROTOCOL.phases.flatMap((p) => p.sources),
      ...Object.values(SOURCES).flat(),
      ...SPACING.sources,
    ];
    for (const code of used) expect(SOURCE_CODES, code).to.include(code);
    // The milestones the schedule gives: the protocol's and the next session.
    const plan = buildAftercare('2026-11-20T15:00', { timezone: 'UTC', now: new Date('2026-11-21T10:00:00Z') })!;
    expect(plan.milestones.map((m) => m.id)).to.have.members([...Object.keys(DEFAULT_PROTOCOL.milestones), 'next-session']);
    expect(plan.phases.map((p) => p.id)).to.deep.equal(DEFAULT_PROTOCOL.phases.map((p) => p.id));
    // The findings: 22 yes/no items, both ages, still taking isotretinoin, a flare, 8 kinds of procedure.
    expect(findingKeys().size).to.equal(22 + 2 + 2 + 8);
  });

  for (const [lang, texts] of LANGUAGES) {
    describe(lang, () => {
      it('findings: what we understood, why and the next step, at every level a clinic may give each item', () => {
        const s = texts().screening ?? {};
        const e = en().screening;
        const missing: string[] = [];
        for (const [key, id] of findingKeys())
          for (const level of JUDGED) {
            const t = findingText(s, key, id, level);
            const english = findingText(e, key, id, level);
            if (!filled(t.said)) missing.push(`${key}: said`);
            // Its own reason, or who says so and as what (never the generic sentence for a clinic's own question).
            if (!filled(t.why)) missing.push(`${key} at ${level}: why`);
            // English says no next step where the heading says it (a consultation): the pack may do likewise.
            if (filled(english.then) && !filled(t.then)) missing.push(`${key} at ${level}: then`);
          }
        if (!filled(s.own?.said)) missing.push('own: said');
        if (!filled(s.own?.why)) missing.push('own: why');
        if (!worded(s.earliest)) missing.push('earliest');
        expect(missing).to.deep.equal([]);
      });

      it('the result: a heading for every level, "as" and "then" for every judged level', () => {
        const s = texts().screening ?? {};
        const e = en().screening;
        for (const level of LEVELS) expect(filled(s.headline?.[level]), `headline.${level}`).to.equal(true);
        for (const level of JUDGED) {
          expect(filled(s.as?.[level]), `as.${level}`).to.equal(true);
          if (filled(e.then[level])) expect(filled(s.then?.[level]), `then.${level}`).to.equal(true);
          else expect(s.then?.[level], `then.${level}`).to.be.a('string');
        }
        expect(worded(s.from), 'from').to.equal(true);
      });

      it('sources: who says so, for every source code English names', () => {
        const who = texts().screening?.who ?? {};
        const named = SOURCE_CODES.filter((code) => filled(en().screening.who[code]));
        expect(named.length).to.be.greaterThan(0);
        for (const code of named) expect(filled(who[code]), `who.${code}`).to.equal(true);
        // Every first source of a default item without its own reason is named.
        for (const [key, id] of findingKeys())
          if (findingText(en().screening, key, id, 'consult').whyFrom == 'who') {
            const first = DEFAULT_RULES.items.find((i) => i.id == id)!.sources[0] as (typeof SOURCE_CODES)[number];
            expect(filled(who[first]), `${key}: who.${first}`).to.equal(true);
          }
      });

      it('questions, screens, kinds of procedure, answer problems and preparation steps', () => {
        const s = texts().screening ?? {};
        const procedure = DEFAULT_RULES.items.find((i) => i.kind == 'procedure')!;
        for (const item of DEFAULT_RULES.items) expect(filled(s.ask?.[item.id as keyof typeof s.ask]), `ask.${item.id}`).to.equal(true);
        for (const group of new Set(DEFAULT_RULES.items.map((i) => i.group!)))
          expect(filled(s.groups?.[group as keyof typeof s.groups]), `groups.${group}`).to.equal(true);
        for (const kind of [...Object.keys(procedure.windows!), ...procedure.others!])
          expect(filled(s.kinds?.[kind as keyof typeof s.kinds]), `kinds.${kind}`).to.equal(true);
        for (const label of Object.keys(en().screening.labels))
          expect(filled(s.labels?.[label as keyof typeof s.labels]), `labels.${label}`).to.equal(true);
        for (const problem of PROBLEMS) expect(filled(s.errors?.[problem]), `errors.${problem}`).to.equal(true);
        for (const step of DEFAULT_RULES.preparation)
          expect(filled(s.prep?.[step.id as keyof typeof s.prep]), `prep.${step.id}`).to.equal(true);
      });

      it('notices: a sentence for every notice code', () => {
        const c = texts().common ?? {};
        for (const code of NOTICE_CODES) expect(filled(c.problems?.[code]), `problems.${code}`).to.equal(true);
        expect(worded(c.notice), 'notice').to.equal(true);
      });

      it('booking: every issue code (the rules’, the closed offers’, a server’s field codes), every server request code, the default services', () => {
        const b = texts().booking ?? {};
        const e = en().booking;
        // A server's field code that English leaves without words of its own (`too-long`, `too-many`)
        // is said as `value` (mn-booking-form `#text`); every other code has its own words.
        const fields: readonly string[] = FIELD_CODES;
        const issues = (b.issues ?? {}) as Record<string, unknown>;
        for (const code of [...FIELD_CODES, ...CLOSED_CODES, ...RULE_CODES])
          expect(worded(Object.hasOwn(e.issues, code) ? issues[code] : fields.includes(code) && issues.value), `issues.${code}`).to.equal(
            true,
          );
        // A request code has its own entry; '' only where English too lets "Not sent" alone say it.
        for (const code of REQUEST_CODES) {
          expect(b.server, `server.${code}`).to.have.own.property(code).that.is.a('string');
          if (filled(e.server[code])) expect(filled(b.server![code]), `server.${code}`).to.equal(true);
        }
        expect(filled(b.failed), 'failed').to.equal(true);
        for (const area of AREAS) expect(filled(b.areaNames?.[area]), `areaNames.${area}`).to.equal(true);
        for (const contact of CONTACTS) expect(filled(b.contacts?.[contact]), `contacts.${contact}`).to.equal(true);
        for (const time of TIMES) expect(filled(b.times?.[time]), `times.${time}`).to.equal(true);
        // The default services, offered when a clinic lists none, by their ids.
        for (const { id } of DEFAULT_SERVICES)
          expect(filled(b.serviceNames?.[id as keyof typeof b.serviceNames]), `serviceNames.${id}`).to.equal(true);
      });

      it('aftercare: every phase (title, do, avoid, normal), every milestone, every red flag', () => {
        const a = texts().aftercare ?? {};
        const milestones = [...Object.keys(DEFAULT_PROTOCOL.milestones), 'next-session'];
        for (const { id } of DEFAULT_PROTOCOL.phases) {
          const phase = a.phases?.[id as keyof typeof a.phases];
          expect(filled(phase?.title), `phases.${id}.title`).to.equal(true);
          for (const part of ['do', 'avoid', 'normal'] as const) {
            const list = phase?.[part];
            expect(Array.isArray(list) && list.length > 0 && list.every(filled), `phases.${id}.${part}`).to.equal(true);
            // A "{milestone}" in a text is replaced by that milestone's date: it must be one the schedule gives.
            for (const [, ref] of (list ?? []).join(' ').matchAll(/\{(.+?)\}/g))
              expect(milestones, `phases.${id}.${part}: {${ref}}`).to.include(ref);
          }
        }
        for (const id of milestones) expect(filled(a.milestones?.[id as keyof typeof a.milestones]), `milestones.${id}`).to.equal(true);
        expect(a.redFlags?.length, 'one text per red flag').to.equal(RED_FLAGS.length);
        expect(a.redFlags!.every(filled), 'redFlags').to.equal(true);
        for (const part of ['do', 'avoid', 'normal', 'call'] as const)
          expect(filled(a.sections?.[part]), `sections.${part}`).to.equal(true);
      });
    });
  }
});
