import { expect } from '@open-wc/testing';
import { type Answers, evaluateScreening, fields, preparationPlan } from '../../../src/domain/screening/evaluate.js';
import { DEFAULT_RULES, type Rules } from '../../../src/domain/screening/items.js';

const TZ = 'America/New_York';
/** Noon in New York on `date`. */
const at = (date: string) => new Date(`${date}T17:00:00Z`);
/** Every item answered no, aged 34: the clear baseline. */
const none = (): Answers => Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 34 : false]));
const run = (extra: Answers, today = '2026-11-21', rules?: Rules) =>
  evaluateScreening({ ...none(), ...extra }, { now: at(today), timezone: TZ, rules });

describe('domain/screening evaluate', () => {
  it('has every CLINICAL.md section 1 item, with its level and sources', () => {
    const table: Array<[string, string, string]> = [
      ['pregnancy', 'defer', 'FDA SKINPEN SEEDS'],
      ['bleeding-disorder', 'decline', 'FDA SKINPEN'],
      ['anticoagulants', 'consult', 'FDA SKINPEN'],
      ['isotretinoin', 'defer', 'FDA MAKER SEEDS'],
      ['skin-infection', 'defer', 'FDA SKINPEN'],
      ['cold-sore-now', 'defer', 'FDA'],
      ['cold-sore-history', 'advice', 'FDA SEEDS'],
      ['wound-or-sunburn', 'defer', 'SKINPEN MAKER SEEDS'],
      ['skin-cancer', 'decline', 'SKINPEN'],
      ['cancer-treatment', 'consult', 'FDA'],
      ['immunosuppression', 'consult', 'FDA SEEDS'],
      ['diabetes', 'consult', 'FDA SEEDS'],
      ['skin-condition', 'consult', 'FDA SKINPEN SEEDS'],
      ['scleroderma', 'consult', 'SKINPEN SEEDS'],
      ['active-acne', 'defer', 'TRIAL MAKER SEEDS'],
      ['keloid', 'consult', 'FDA SKINPEN SEEDS'],
      ['lesions', 'consult', 'FDA'],
      ['metal-allergy', 'decline', 'FDA SKINPEN'],
      ['anesthetic-allergy', 'consult', 'FDA CHU2021'],
      ['darker-skin', 'advice', 'FDA CHU2021 SEEDS'],
      ['tan-or-sun', 'advice', 'FDA'],
      ['recent-scar', 'consult', 'SKINPEN'],
      ['age', 'consult', 'FDA'],
      ['recent-procedure', 'defer', 'SEEDS'],
    ];
    expect(DEFAULT_RULES.items.map((i) => [i.id, i.level, i.sources.join(' ')])).to.deep.equal(table);
  });

  it('is clear when every answer is no', () => {
    const r = run({});
    expect(r).to.deep.include({ level: 'clear', findings: [], missing: [], invalid: [] });
    expect(r.earliestDate).to.equal(undefined);
  });

  it('gives each plain yes/no item its level when answered yes (undated)', () => {
    for (const item of DEFAULT_RULES.items.filter((i) => !i.kind)) {
      const r = run({ [item.id]: true });
      expect(r.level, item.id).to.equal(item.level);
      expect(r.findings, item.id).to.deep.equal([{ id: item.id, level: item.level, sources: item.sources }]);
      expect(r.earliestDate, item.id).to.equal(undefined);
    }
  });

  it('follows every follow-up branch', () => {
    const cases: Array<[string, Answers, string, object[]]> = [
      [
        'isotretinoin taking',
        { isotretinoin: true, 'isotretinoin.taking': true },
        'defer',
        [{ id: 'isotretinoin', level: 'defer', code: 'taking' }],
      ],
      [
        'isotretinoin stopped 2 months ago',
        { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-09-21' },
        'defer',
        [{ id: 'isotretinoin', level: 'defer', until: '2027-03-21' }],
      ],
      [
        'isotretinoin stopped 7 months ago',
        { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-04-20' },
        'clear',
        [],
      ],
      [
        'skin condition, calm',
        { 'skin-condition': true, 'skin-condition.flaring': false },
        'consult',
        [{ id: 'skin-condition', level: 'consult' }],
      ],
      [
        'skin condition, flaring',
        { 'skin-condition': true, 'skin-condition.flaring': true },
        'defer',
        [{ id: 'skin-condition', level: 'defer', code: 'flaring' }],
      ],
      ['age 17', { age: 17 }, 'consult', [{ id: 'age', level: 'consult', code: 'under-18' }]],
      ['age 18', { age: 18 }, 'advice', [{ id: 'age', level: 'advice', code: 'under-22' }]],
      ['age 21', { age: 21 }, 'advice', [{ id: 'age', level: 'advice', code: 'under-22' }]],
      ['age 22', { age: 22 }, 'clear', []],
    ];
    const procedures: Array<[string, string, string]> = [
      ['injectables', '2026-11-10', '2026-11-24'],
      ['laser-nonablative', '2026-11-10', '2026-12-01'],
      ['radiofrequency', '2026-11-10', '2026-12-01'],
      ['laser-ablative', '2026-11-10', '2027-02-02'],
      ['deep-peel', '2026-11-10', '2027-02-02'],
      ['surgery', '2026-01-31', '2027-01-31'],
    ];
    for (const [kind, date, until] of procedures)
      cases.push([
        `procedure ${kind}`,
        { 'recent-procedure': true, 'recent-procedure.kind': kind, 'recent-procedure.date': date },
        'defer',
        [{ id: 'recent-procedure', level: 'defer', until, code: kind }],
      ]);
    cases.push([
      'injectables 3 weeks ago',
      { 'recent-procedure': true, 'recent-procedure.kind': 'injectables', 'recent-procedure.date': '2026-10-31' },
      'clear',
      [],
    ]);
    for (const [name, answers, level, findings] of cases) {
      const r = run(answers);
      expect(r.level, name).to.equal(level);
      expect(
        r.findings.map(({ sources: _, ...f }) => f),
        name,
      ).to.deep.equal(findings);
    }
  });

  it('ends a window on a date: deferred the day before, clear on the day (isotretinoin, CLINICAL.md section 1)', () => {
    const iso = (stopped: string) => ({ isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': stopped });
    const cases: Array<[string, string, string, string | undefined]> = [
      // stopped, today, level, earliestDate
      ['2026-05-21', '2026-11-20', 'defer', '2026-11-21'],
      ['2026-05-21', '2026-11-21', 'clear', undefined],
      // month end clamps: 08-31 + 6 months = 02-28
      ['2026-08-31', '2027-02-27', 'defer', '2027-02-28'],
      ['2026-08-31', '2027-02-28', 'clear', undefined],
      // leap year: 2027-08-31 + 6 months = 2028-02-29
      ['2027-08-31', '2028-02-28', 'defer', '2028-02-29'],
      ['2027-08-31', '2028-02-29', 'clear', undefined],
      // stopped on a leap day
      ['2028-02-29', '2028-08-28', 'defer', '2028-08-29'],
      ['2028-02-29', '2028-08-29', 'clear', undefined],
      // stopped today
      ['2026-11-21', '2026-11-21', 'defer', '2027-05-21'],
    ];
    for (const [stopped, today, level, earliest] of cases) {
      const r = run(iso(stopped), today);
      expect([r.level, r.earliestDate], `${stopped} on ${today}`).to.deep.equal([level, earliest]);
    }
  });

  it('ends a procedure window on a date (injectables: 2 weeks)', () => {
    const proc = { 'recent-procedure': true, 'recent-procedure.kind': 'injectables', 'recent-procedure.date': '2026-11-07' };
    expect(run(proc, '2026-11-20').earliestDate).to.equal('2026-11-21');
    expect(run(proc, '2026-11-21').level).to.equal('clear');
  });

  it('takes "today" in the clinic’s timezone, not the browser’s', () => {
    const answers = { ...none(), isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21' };
    // 03:30 UTC on 2026-11-21: still the 20th in New York, already the 21st in London and Tokyo.
    const now = new Date('2026-11-21T03:30:00Z');
    expect(evaluateScreening(answers, { now, timezone: 'America/New_York' }).level).to.equal('defer');
    expect(evaluateScreening(answers, { now, timezone: 'Europe/London' }).level).to.equal('clear');
    expect(evaluateScreening(answers, { now, timezone: 'Asia/Tokyo' }).level).to.equal('clear');
    // Without a timezone: the browser's.
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(evaluateScreening(answers, { now }).level).to.equal(evaluateScreening(answers, { now, timezone: browser }).level);
    // A stop date that is "tomorrow" in New York but today in Tokyo.
    const stoppedTokyoToday = { ...answers, 'isotretinoin.stopped': '2026-11-21' };
    expect(evaluateScreening(stoppedTokyoToday, { now, timezone: 'America/New_York' }).invalid).to.deep.equal([
      { id: 'isotretinoin.stopped', code: 'future' },
    ]);
    expect(evaluateScreening(stoppedTokyoToday, { now, timezone: 'Asia/Tokyo' }).level).to.equal('defer');
  });

  it('is incomplete, never clear, while a required answer is missing or unusable', () => {
    const cases: Array<[string, Answers, string[], object[]]> = [
      ['no answers at all', {}, DEFAULT_RULES.items.map((i) => i.id), []],
      ['pregnancy unanswered', { pregnancy: undefined }, ['pregnancy'], []],
      ['isotretinoin follow-up missing', { isotretinoin: true }, ['isotretinoin.taking'], []],
      ['isotretinoin stop date missing', { isotretinoin: true, 'isotretinoin.taking': false }, ['isotretinoin.stopped'], []],
      [
        'stop date in the future',
        { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-11-22' },
        [],
        [{ id: 'isotretinoin.stopped', code: 'future' }],
      ],
      [
        'impossible stop date',
        { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-02-30' },
        [],
        [{ id: 'isotretinoin.stopped', code: 'date' }],
      ],
      ['flaring missing', { 'skin-condition': true }, ['skin-condition.flaring'], []],
      ['procedure follow-ups missing', { 'recent-procedure': true }, ['recent-procedure.kind', 'recent-procedure.date'], []],
      [
        'unknown procedure',
        { 'recent-procedure': true, 'recent-procedure.kind': 'tattoo', 'recent-procedure.date': '2026-11-01' },
        [],
        [{ id: 'recent-procedure.kind', code: 'value' }],
      ],
      [
        'procedure in the future',
        { 'recent-procedure': true, 'recent-procedure.kind': 'surgery', 'recent-procedure.date': '2026-12-01' },
        [],
        [{ id: 'recent-procedure.date', code: 'future' }],
      ],
      ['age as text', { age: '34' }, [], [{ id: 'age', code: 'value' }]],
      ['age negative', { age: -1 }, [], [{ id: 'age', code: 'value' }]],
      ['yes as a string', { diabetes: 'yes' }, [], [{ id: 'diabetes', code: 'value' }]],
      ['empty date', { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '' }, ['isotretinoin.stopped'], []],
    ];
    for (const [name, answers, missing, invalid] of cases) {
      const r = name === 'no answers at all' ? evaluateScreening({}, { now: at('2026-11-21'), timezone: TZ }) : run(answers);
      expect(r.level, name).to.equal('incomplete');
      expect(r.missing, name).to.deep.equal(missing);
      expect(r.invalid, name).to.deep.equal(invalid);
    }
    // A serious finding does not hide a missing answer.
    expect(run({ 'bleeding-disorder': true, pregnancy: undefined }).level).to.equal('incomplete');
  });

  it('does not ask a follow-up the answer did not open', () => {
    const iso = DEFAULT_RULES.items.find((i) => i.id === 'isotretinoin')!;
    expect(fields(iso, { isotretinoin: false }).map((f) => f.id)).to.deep.equal(['isotretinoin']);
    expect(fields(iso, { isotretinoin: true, 'isotretinoin.taking': true }).map((f) => f.id)).to.deep.equal([
      'isotretinoin',
      'isotretinoin.taking',
    ]);
    // A stale follow-up answer from before the patient changed their mind is ignored.
    expect(run({ isotretinoin: false, 'isotretinoin.taking': true }).level).to.equal('clear');
  });

  it('combines several findings: the most serious wins; earliestDate is the latest, and only when every deferral is dated', () => {
    const iso = { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-09-21' }; // until 2027-03-21
    const proc = { 'recent-procedure': true, 'recent-procedure.kind': 'surgery', 'recent-procedure.date': '2026-06-01' }; // until 2027-06-01
    const cases: Array<[string, Answers, string, string | undefined, number]> = [
      ['advice + consult', { 'cold-sore-history': true, diabetes: true }, 'consult', undefined, 2],
      ['two dated deferrals', { ...iso, ...proc }, 'defer', '2027-06-01', 2],
      // CLINICAL.md section 1: any deferral "until resolved" leaves the outcome without a date.
      ['dated + undated deferral', { ...iso, 'active-acne': true }, 'defer', undefined, 2],
      ['dated deferral + pregnancy', { ...iso, pregnancy: true }, 'defer', undefined, 2],
      ['dated deferral + still taking isotretinoin', { ...proc, isotretinoin: true, 'isotretinoin.taking': true }, 'defer', undefined, 2],
      ['deferral + consult', { ...iso, keloid: true }, 'defer', '2027-03-21', 2],
      ['deferral + decline', { ...iso, 'metal-allergy': true }, 'decline', undefined, 2],
      ['everything', Object.fromEntries(DEFAULT_RULES.items.filter((i) => !i.kind).map((i) => [i.id, true])), 'decline', undefined, 20],
    ];
    for (const [name, answers, level, earliest, count] of cases) {
      const r = run(answers);
      expect([r.level, r.earliestDate, r.findings.length], name).to.deep.equal([level, earliest, count]);
    }
  });

  it('says what may be booked, following the most restrictive finding (CLINICAL.md section 1, "What each outcome lets the patient book")', () => {
    const iso = { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-09-21' }; // dated: FDA, MAKER
    // findings → microneedling online: yes, from the earliest date, or no (consultation only)
    const table: Array<[string, Answers, string]> = [
      ['none', {}, 'yes'],
      ['advice only (cold-sore-history: FDA)', { 'cold-sore-history': true }, 'yes'],
      ['a consult finding (anticoagulants: FDA, SKINPEN)', { anticoagulants: true }, 'no'],
      ['dated deferrals only, besides advice', { ...iso, 'tan-or-sun': true }, 'from'],
      ['an undated deferral (pregnancy: FDA, SKINPEN, SEEDS)', { pregnancy: true }, 'no'],
      ['dated + undated deferral', { ...iso, 'active-acne': true }, 'no'],
      ['a decline finding (metal-allergy: FDA, SKINPEN)', { 'metal-allergy': true }, 'no'],
      ['blood thinners + isotretinoin stopped 2 months ago (the reference example)', { ...iso, anticoagulants: true }, 'no'],
    ];
    for (const [name, answers, treatment] of table) expect(run(answers).treatment, name).to.equal(treatment);
    expect(evaluateScreening({}, { now: at('2026-11-21'), timezone: TZ }).treatment, 'incomplete').to.equal(undefined);
  });

  it('uses the rules it is given (a 12-month isotretinoin window, a hidden item)', () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      items: DEFAULT_RULES.items.map((i) =>
        i.id === 'isotretinoin' ? { ...i, window: { months: 12 } } : i.id === 'pregnancy' ? { ...i, hidden: true } : i,
      ),
    };
    const answers = { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21', pregnancy: undefined };
    expect(run(answers, '2026-11-21', rules)).to.deep.include({ level: 'defer', earliestDate: '2027-05-21' });
  });

  it('dates the preparation plan (CLINICAL.md preparation table)', () => {
    expect(preparationPlan('2026-12-10')).to.deep.equal([
      { id: 'avoid-sun', days: 14, sources: ['MAKER', 'SEEDS'], from: '2026-11-26' },
      { id: 'stop-actives', days: 7, sources: ['MAKER', 'SEEDS'], from: '2026-12-03' },
      { id: 'hair-removal', days: 7, sources: ['SEEDS'], from: '2026-12-03' },
      { id: 'bleeding-supplements', days: 3, sources: ['SEEDS'], from: '2026-12-07' },
      { id: 'self-tanner', days: 2, sources: ['MAKER'], from: '2026-12-08' },
      { id: 'report-changes', sources: ['SEEDS'] },
    ]);
    expect(preparationPlan('2027-03-01').find((s) => s.id === 'avoid-sun')!.from).to.equal('2027-02-15');
    expect(preparationPlan('2028-03-01').find((s) => s.id === 'self-tanner')!.from).to.equal('2028-02-28');
    expect(preparationPlan(undefined).every((s) => !('from' in s))).to.equal(true);
    const r = evaluateScreening(none(), { now: at('2026-11-21'), timezone: TZ, appointmentDate: '2026-12-10' });
    expect(r.preparation[0].from).to.equal('2026-11-26');
  });
});
