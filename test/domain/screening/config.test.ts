import { expect } from '@open-wc/testing';
import { parseScreeningConfig } from '../../../src/domain/screening/config.js';
import { evaluateScreening } from '../../../src/domain/screening/evaluate.js';
import { DEFAULT_RULES } from '../../../src/domain/screening/items.js';

const item = (rules: typeof DEFAULT_RULES, id: string) => rules.items.find((i) => i.id === id)!;

describe('domain/screening config', () => {
  it('changes levels and windows, rewords and hides items, adds the clinic’s own', () => {
    const { rules, problems } = parseScreeningConfig({
      items: {
        isotretinoin: { window: { months: 12 } },
        'recent-procedure': { windows: { injectables: { weeks: 4 } } },
        'darker-skin': { level: 'consult', text: 'Is your skin type IV to VI?', why: 'Ask us about test patches.' },
        pregnancy: { hidden: true },
        'skin-condition': { flaring: 'decline' },
        age: { young: 'consult' },
        'gold-threads': { text: 'Do you have gold threads in your face?', level: 'decline' },
      },
    });
    expect(problems).to.deep.equal([]);
    expect(item(rules, 'isotretinoin').window).to.deep.equal({ months: 12 });
    expect(item(rules, 'recent-procedure').windows).to.deep.include({ injectables: { weeks: 4 }, surgery: { months: 12 } });
    expect(item(rules, 'darker-skin')).to.deep.include({
      level: 'consult',
      text: 'Is your skin type IV to VI?',
      why: 'Ask us about test patches.',
    });
    expect(item(rules, 'pregnancy').hidden).to.equal(true);
    expect(item(rules, 'gold-threads')).to.deep.equal({
      id: 'gold-threads',
      level: 'decline',
      sources: [],
      text: 'Do you have gold threads in your face?',
    });
    expect(rules.items.at(-1)!.id).to.equal('gold-threads');
    // The defaults are untouched.
    expect(item(DEFAULT_RULES, 'isotretinoin').window).to.deep.equal({ months: 6 });
    expect(item(DEFAULT_RULES, 'recent-procedure').windows!.injectables).to.deep.equal({ weeks: 2 });
    // And the rules work: 12 months after 2026-05-21.
    const answers = Object.fromEntries(rules.items.map((i) => [i.id, i.kind === 'age' ? 30 : false]));
    Object.assign(answers, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21' });
    delete answers.pregnancy;
    const r = evaluateScreening(answers, { rules, now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' });
    expect(r).to.deep.include({ level: 'defer', earliestDate: '2027-05-21' });
    expect(
      evaluateScreening({ ...answers, 'gold-threads': true }, { rules, now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' }).level,
    ).to.equal('decline');
  });

  it('accepts JSON text', () => {
    const { rules, problems } = parseScreeningConfig('{"items":{"isotretinoin":{"window":{"months":12}}}}');
    expect(problems).to.deep.equal([]);
    expect(item(rules, 'isotretinoin').window).to.deep.equal({ months: 12 });
  });

  it('names the bad field and falls back to the defaults', () => {
    const cases: Array<[unknown, string]> = [
      ['{"items":', 'config'],
      [[], 'config'],
      [null, 'config'],
      [{ colours: {} }, 'colours'],
      [{ items: [] }, 'items'],
      [{ items: { isotretinoin: { level: 'sometimes' } } }, 'items.isotretinoin.level'],
      [{ items: { isotretinoin: { window: { months: -6 } } } }, 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: { months: 1.5 } } } }, 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: { fortnights: 2 } } } }, 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: { constructor: 2 } } } }, 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: { valueOf: 0 } } } }, 'items.isotretinoin.window'],
      [JSON.parse('{"items":{"isotretinoin":{"window":{"__proto__":0}}}}'), 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: {} } } }, 'items.isotretinoin.window'],
      [{ items: { isotretinoin: { window: 12 } } }, 'items.isotretinoin.window'],
      [{ items: { pregnancy: { window: { months: 9 } } } }, 'items.pregnancy.window'],
      [{ items: { pregnancy: { flaring: 'defer' } } }, 'items.pregnancy.flaring'],
      [{ items: { 'recent-procedure': { windows: { tattoo: { weeks: 2 } } } } }, 'items.recent-procedure.windows'],
      [{ items: { 'recent-procedure': { windows: { toString: { weeks: 2 } } } } }, 'items.recent-procedure.windows'],
      [{ items: { pregnancy: { hidden: 'yes' } } }, 'items.pregnancy.hidden'],
      [{ items: { pregnancy: { text: ' ' } } }, 'items.pregnancy.text'],
      [{ items: { pregnancy: { toString: 'x' } } }, 'items.pregnancy.toString'],
      [JSON.parse('{"items":{"pregnancy":{"__proto__":{"level":"clear"}}}}'), 'items.pregnancy.__proto__'],
      [{ items: { pregnancy: 'defer' } }, 'items.pregnancy'],
      [{ items: { 'my-item': { text: 'Do you have X?' } } }, 'items.my-item'],
      [{ items: { 'my-item': { level: 'consult' } } }, 'items.my-item'],
      [{ items: { 'Bad Id!': { level: 'consult', text: 'X?' } } }, 'items.Bad Id!'],
      // Every question hidden: nothing would be asked, so nobody could be screened.
      [{ items: Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, { hidden: true }])) }, 'items'],
    ];
    for (const [input, field] of cases) {
      const { rules, problems } = parseScreeningConfig(input);
      expect(problems[0]?.field, JSON.stringify(input)).to.equal(field);
      expect(rules, JSON.stringify(input)).to.equal(DEFAULT_RULES);
    }
    expect(parseScreeningConfig({ items: { isotretinoin: { level: 'x' } } }).problems).to.deep.equal([
      { field: 'items.isotretinoin.level', value: 'x' },
    ]);
    expect(item(DEFAULT_RULES, 'pregnancy').level).to.equal('defer');
  });
});
