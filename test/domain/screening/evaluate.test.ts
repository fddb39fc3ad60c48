import { expect } from '@open-wc/testing';
import { type Answers, evaluateScreening, fields, preparationPlan } from '../../../src/domain/screening/evaluate.js';
import { DEFAULT_RULES, type Rules } from '../../../src/domain/screening/items.js';
import { treatmentAccess } from '../../../src/domain/outcome.js';

const TZ = 'America/New_York';
/** Noon in New York on `date`. */
const at = (date: string) => new Date(`${date}T17:00:00Z`);
/** Every item answered no, aged 34: the clear baseline. */
const none = (): Answers => Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 34 : false]));
const run = (extra: Answers, today = '2026-11-21', rules?: Rules) =>
  evaluateScreening({ ...none(), ...extra }, { now: at(today), timezone: TZ, rules });

describe('domain/screening evaluate', () => {
  it('has every CLINICAL.md section 1 item, with its level and sources, in four themed groups', () => {
    // The grouped layout asks them by theme, so the default order follows the groups (ids are unchanged).
    const table: Array<[string, string, string, string]> = [
      ['age', 'consult', 'FDA', 'you'],
      ['pregnancy', 'defer', 'FDA SKINPEN SEEDS', 'you'],
      ['anticoagulants', 'consult', 'FDA SKINPEN', 'you'],
      ['isotretinoin', 'defer', 'FDA MAKER SEEDS', 'you'],
      ['cancer-treatment', 'consult', 'FDA', 'you'],
      ['immunosuppression', 'consult', 'FDA SEEDS', 'you'],
      ['bleeding-disorder', 'decline', 'FDA SKINPEN', 'health'],
      ['diabetes', 'consult', 'FDA SEEDS', 'health'],
      ['skin-condition', 'consult', 'FDA SKINPEN SEEDS', 'health'],
      ['scleroderma', 'consult', 'SKINPEN SEEDS', 'health'],
      ['keloid', 'consult', 'FDA SKINPEN SEEDS', 'health'],
      ['metal-allergy', 'decline', 'FDA SKINPEN', 'health'],
      ['anesthetic-allergy', 'consult', 'FDA CHU2021', 'health'],
      ['skin-infection', 'defer', 'FDA SKINPEN', 'skin'],
      ['wound-or-sunburn', 'defer', 'SKINPEN MAKER SEEDS', 'skin'],
      ['active-acne', 'defer', 'TRIAL MAKER SEEDS', 'skin'],
      ['cold-sore-now', 'defer', 'FDA', 'skin'],
      ['cold-sore-history', 'advice', 'FDA SEEDS', 'skin'],
      ['skin-cancer', 'decline', 'SKINPEN', 'skin'],
      ['lesions', 'consult', 'FDA', 'skin'],
      ['recent-scar', 'consult', 'SKINPEN', 'skin'],
      ['darker-skin', 'advice', 'FDA CHU2021 SEEDS', 'sun'],
      ['tan-or-sun', 'advice', 'FDA', 'sun'],
      ['recent-procedure', 'defer', 'SEEDS', 'sun'],
    ];
    expect(DEFAULT_RULES.items.map((i) => [i.id, i.level, i.sources.join(' '), i.group])).to.deep.equal(table);
  });

  it('is clear when every answer is no', () => {
    const r = run({});
    expect(r).to.deep.include({ level: 'clear', findings: [], missing: [], invalid: [] });
    expect(r.earliestDate).to.equal(undefined);
  });

  it('gives each plain yes/no item its level when answered yes (undated)', () => {
    for (const item of DEFAULT_RULES.items.filter((i) => !i.kind && i.id !== 'cold-sore-now')) {
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
        [{ id: 'isotretinoin', level: 'defer', until: '2027-03-21', since: '2026-09-21' }],
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
        { 'recent-procedure': true, 'recent-procedure.kinds': [kind], [`recent-procedure.${kind}`]: date },
        'defer',
        [{ id: 'recent-procedure', level: 'defer', until, since: date, code: kind }],
      ]);
    cases.push([
      'injectables 3 weeks ago',
      { 'recent-procedure': true, 'recent-procedure.kinds': ['injectables'], 'recent-procedure.injectables': '2026-10-31' },
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
      // Problems are named in the documented (several procedures) form, also for answers in the earlier one.
      ['procedure follow-ups missing', { 'recent-procedure': true }, ['recent-procedure.kinds'], []],
      ['no procedure chosen', { 'recent-procedure': true, 'recent-procedure.kinds': [] }, ['recent-procedure.kinds'], []],
      ['a date missing', { 'recent-procedure': true, 'recent-procedure.kinds': ['surgery'] }, ['recent-procedure.surgery'], []],
      [
        'unknown procedure (earlier form)',
        { 'recent-procedure': true, 'recent-procedure.kind': 'tattoo', 'recent-procedure.date': '2026-11-01' },
        [],
        [{ id: 'recent-procedure.kinds', code: 'value' }],
      ],
      [
        'kinds not a list',
        { 'recent-procedure': true, 'recent-procedure.kinds': 'surgery', 'recent-procedure.surgery': '2026-11-01' },
        [],
        [{ id: 'recent-procedure.kinds', code: 'value' }],
      ],
      [
        'procedure in the future (earlier form)',
        { 'recent-procedure': true, 'recent-procedure.kind': 'surgery', 'recent-procedure.date': '2026-12-01' },
        [],
        [{ id: 'recent-procedure.surgery', code: 'future' }],
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
    const proc = { 'recent-procedure': true, 'recent-procedure.kinds': ['surgery'], 'recent-procedure.surgery': '2026-06-01' }; // until 2027-06-01
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

  it("says what may be booked by outcome.ts's treatmentAccess rule for every mix of findings", () => {
    // Consult, undated and dated deferrals, decline, advice, and a procedure with no set window (consult, dated).
    const parts: Answers[] = [
      { anticoagulants: true },
      { pregnancy: true },
      { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-09-21' },
      {
        'recent-procedure': true,
        'recent-procedure.kinds': ['injectables', 'peel'],
        'recent-procedure.injectables': '2026-11-15',
        'recent-procedure.peel': '2026-11-15',
      },
      { 'metal-allergy': true },
      { 'cold-sore-history': true },
      { 'recent-procedure': true, 'recent-procedure.kinds': ['surgery'], 'recent-procedure.surgery': '2026-06-01' },
    ];
    const seen = new Set<string>();
    for (let mask = 0; mask < 1 << parts.length; mask++) {
      const r = run(Object.assign({}, ...parts.filter((_, i) => mask & (1 << i))));
      expect(r.treatment, `mix ${mask}`).to.equal(treatmentAccess(r.findings));
      seen.add(r.treatment!);
    }
    expect([...seen].sort()).to.deep.equal(['from', 'no', 'yes']);
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
    // The antiviral step only after a cold-sore finding (below); bleeding-supplements cites DRPEN too (CLINICAL.md).
    expect(preparationPlan('2026-12-10')).to.deep.equal([
      { id: 'avoid-sun', days: 14, sources: ['MAKER', 'SEEDS'], from: '2026-11-26' },
      { id: 'stop-actives', days: 7, sources: ['MAKER', 'SEEDS'], from: '2026-12-03' },
      { id: 'hair-removal', days: 7, sources: ['SEEDS'], from: '2026-12-03' },
      { id: 'bleeding-supplements', days: 3, sources: ['DRPEN', 'SEEDS'], from: '2026-12-07' },
      { id: 'self-tanner', days: 2, sources: ['MAKER'], from: '2026-12-08' },
      { id: 'report-changes', sources: ['SEEDS'] },
    ]);
    expect(preparationPlan('2027-03-01').find((s) => s.id === 'avoid-sun')!.from).to.equal('2027-02-15');
    expect(preparationPlan('2028-03-01').find((s) => s.id === 'self-tanner')!.from).to.equal('2028-02-28');
    expect(preparationPlan(undefined).every((s) => !('from' in s))).to.equal(true);
    const r = evaluateScreening(none(), { now: at('2026-11-21'), timezone: TZ, appointmentDate: '2026-12-10' });
    expect(r.preparation[0].from).to.equal('2026-11-26');
  });

  it('takes several recent procedures: each still waiting is a finding with its own date, the latest sets the earliest date; a light or medium peel or "other" goes to a clinician (CLINICAL.md section 1: SEEDS, windows INMODE)', () => {
    const proc = (dates: Record<string, string>): Answers => ({
      'recent-procedure': true,
      'recent-procedure.kinds': Object.keys(dates),
      ...Object.fromEntries(Object.entries(dates).map(([k, d]) => [`recent-procedure.${k}`, d])),
    });
    // procedures (kind → date) → level, treatment, earliestDate, findings as [level, code, until]
    const table: Array<[string, Answers, string, string, string | undefined, Array<[string, string, string?]>]> = [
      [
        'injectables 2 wk + laser 3 wk: both listed, each with its own end; the later end wins (a wait still applying is never hidden)',
        proc({ injectables: '2026-11-15', 'laser-nonablative': '2026-11-01' }),
        'defer',
        'from',
        '2026-11-29',
        [
          ['defer', 'injectables', '2026-11-29'],
          ['defer', 'laser-nonablative', '2026-11-22'],
        ],
      ],
      [
        'a long window counts from an older date: surgery 12 months',
        proc({ injectables: '2026-11-15', surgery: '2026-03-01' }),
        'defer',
        'from',
        '2027-03-01',
        [
          ['defer', 'injectables', '2026-11-29'],
          ['defer', 'surgery', '2027-03-01'],
        ],
      ],
      [
        'a window over beside one still waiting: only the one still waiting',
        proc({ radiofrequency: '2026-10-01', 'laser-ablative': '2026-10-01' }),
        'defer',
        'from',
        '2026-12-24',
        [['defer', 'laser-ablative', '2026-12-24']],
      ],
      ['every window over', proc({ injectables: '2026-10-01', radiofrequency: '2026-10-01' }), 'clear', 'yes', undefined, []],
      ['a light or medium peel: consult', proc({ peel: '2026-11-01' }), 'consult', 'no', undefined, [['consult', 'peel']]],
      ['another procedure, or not sure: consult', proc({ other: '2026-06-01' }), 'consult', 'no', undefined, [['consult', 'other']]],
      [
        'a dated window and "other": wait, and a clinician reviews first',
        proc({ 'deep-peel': '2026-10-01', other: '2026-10-01' }),
        'defer',
        'no',
        '2026-12-24',
        [
          ['defer', 'deep-peel', '2026-12-24'],
          ['consult', 'other'],
        ],
      ],
    ];
    for (const [name, answers, level, treatment, earliest, found] of table) {
      const r = run(answers);
      expect([r.level, r.treatment, r.earliestDate], name).to.deep.equal([level, treatment, earliest]);
      expect(
        r.findings.map((f) => [f.level, f.code, f.until].filter(Boolean)),
        name,
      ).to.deep.equal(found);
      expect(r.findings.every((f) => f.id === 'recent-procedure' && f.sources.join() === 'SEEDS' && f.since)).to.equal(true);
    }
  });

  it('still accepts the earlier single-procedure answers (kind and date), with the same outcome', () => {
    const cases: Array<[string, string]> = [
      ['injectables', '2026-11-10'],
      ['surgery', '2026-01-31'],
      ['laser-ablative', '2026-06-01'],
    ];
    for (const [kind, date] of cases) {
      const earlier = run({ 'recent-procedure': true, 'recent-procedure.kind': kind, 'recent-procedure.date': date });
      const now = run({ 'recent-procedure': true, 'recent-procedure.kinds': [kind], [`recent-procedure.${kind}`]: date });
      expect(earlier, kind).to.deep.equal(now);
    }
  });

  it('counts a cold sore now as a history of cold sores too, with the antiviral step (CLINICAL.md section 1: FDA)', () => {
    // cold-sore-now, cold-sore-history → findings, antiviral step in the plan
    const table: Array<[boolean, boolean, string[], boolean]> = [
      [false, false, [], false],
      [false, true, ['cold-sore-history'], true],
      [true, false, ['cold-sore-now', 'cold-sore-history'], true],
      [true, true, ['cold-sore-now', 'cold-sore-history'], true],
    ];
    for (const [now, history, found, antiviral] of table) {
      const r = run({ 'cold-sore-now': now, 'cold-sore-history': history });
      const name = `now ${now}, history ${history}`;
      expect(
        r.findings.map((f) => f.id),
        name,
      ).to.deep.equal(found);
      expect(r.findings.find((f) => f.id === 'cold-sore-history')?.sources, name).to.deep.equal(
        found.length ? ['FDA', 'SEEDS'] : undefined,
      );
      expect(
        r.preparation.some((s) => s.id === 'antiviral'),
        name,
      ).to.equal(antiviral);
    }
    expect(run({ 'cold-sore-history': true }).preparation[0]).to.deep.equal({
      id: 'antiviral',
      sources: ['FDA'],
      after: ['cold-sore-history', 'cold-sore-now'],
    });
    // A clinic that does not ask about the history still gets the step from a cold sore now.
    const rules = { ...DEFAULT_RULES, items: DEFAULT_RULES.items.map((i) => (i.id === 'cold-sore-history' ? { ...i, hidden: true } : i)) };
    const r = run({ 'cold-sore-now': true, 'cold-sore-history': undefined }, '2026-11-21', rules);
    expect([r.findings.map((f) => f.id), r.preparation[0].id]).to.deep.equal([['cold-sore-now'], 'antiviral']);
  });

  it('gives the 18 to 21 advice only for US clinics or an unknown country; under 18 is a consult everywhere (CLINICAL.md section 4: FDA)', () => {
    // age, region → finding
    const table: Array<[number, string | undefined, Array<[string, string]>]> = [
      [17, undefined, [['consult', 'under-18']]],
      [17, 'US', [['consult', 'under-18']]],
      [17, 'GB', [['consult', 'under-18']]],
      [20, undefined, [['advice', 'under-22']]],
      [20, 'US', [['advice', 'under-22']]],
      [20, 'GB', []],
      [20, 'DE', []],
      [22, undefined, []],
    ];
    for (const [age, region, found] of table) {
      const r = evaluateScreening({ ...none(), age }, { now: at('2026-11-21'), timezone: TZ, region });
      expect(
        r.findings.map((f) => [f.level, f.code]),
        `${age} in ${region}`,
      ).to.deep.equal(found);
    }
  });
});
