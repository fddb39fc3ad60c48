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
      preparation: { 'stop-actives': { days: 5 } },
    });
    expect(problems).to.deep.equal([]);
    expect(item(rules, 'isotretinoin').window).to.deep.equal({ months: 12 });
    expect(item(rules, 'recent-procedure').windows).to.deep.include({ injectables: { weeks: 4 }, surgery: { months: 12 } });
    expect(item(rules, 'darker-skin')).to.deep.include({ level: 'consult', text: 'Is your skin type IV to VI?', why: 'Ask us about test patches.' });
    expect(item(rules, 'pregnancy').hidden).to.equal(true);
    expect(item(rules, 'gold-threads')).to.deep.equal({ id: 'gold-threads', level: 'decline', sources: [], text: 'Do you have gold threads in your face?' });
    expect(rules.items.at(-1)!.id).to.equal('gold-threads');
    expect(rules.preparation.find((s) => s.id === 'stop-actives')!.days).to.equal(5);
    // The defaults are untouched.
    expect(item(DEFAULT_RULES, 'isotretinoin').window).to.deep.equal({ months: 6 });
    expect(item(DEFAULT_RULES, 'recent-procedure').windows!.injectables).to.deep.equal({ weeks: 2 });
    // And the rules work: 12 months after 2026-05-21.
    const answers = Object.fromEntries(rules.items.map((i) => [i.id, i.kind === 'age' ? 30 : false]));
    Object.assign(answers, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21' });
    delete answers.pregnancy;
    const r = evaluateScreening(answers, { rules, now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' });
    expect(r).to.deep.include({ level: 'defer', earliestDate: '2027-05-21' });
    expect(evaluateScreening({ ...answers, 'gold-threads': true }, { rules, now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' }).level).to.equal('decline');
  });

  it('accepts JSON text', () => {
    const { rules, problems } = parseScreeningConfig('{"items":{"isotretinoin":{"window":{"months":12}}}}');
    expect(problems).to.deep.equal([]);
    expect(item(rules, 'isotretinoin').window).to.deep.equal({ months: 12 });
  });

  it('names the bad field and falls back to the defaults', () => {
    const cases: Array<[unknown, string, string]> = [
      ['{"items":', 'config', 'json'],
      [[], 'config', 'type'],
      [null, 'config', 'type'],
      [{ colours: {} }, 'colours', 'unknown'],
      [{ items: [] }, 'items', 'type'],
      [{ items: { isotretinoin: { level: 'sometimes' } } }, 'items.isotretinoin.level', 'value'],
      [{ items: { isotretinoin: { window: { months: -6 } } } }, 'items.isotretinoin.window.months', 'value'],
      [{ items: { isotretinoin: { window: { months: 1.5 } } } }, 'items.isotretinoin.window.months', 'value'],
      [{ items: { isotretinoin: { window: { fortnights: 2 } } } }, 'items.isotretinoin.window.fortnights', 'unknown'],
      [{ items: { isotretinoin: { window: 12 } } }, 'items.isotretinoin.window', 'type'],
      [{ items: { pregnancy: { window: { months: 9 } } } }, 'items.pregnancy.window', 'unknown'],
      [{ items: { 'recent-procedure': { windows: { tattoo: { weeks: 2 } } } } }, 'items.recent-procedure.windows.tattoo', 'unknown'],
      [{ items: { pregnancy: { hidden: 'yes' } } }, 'items.pregnancy.hidden', 'type'],
      [{ items: { pregnancy: { text: '' } } }, 'items.pregnancy.text', 'value'],
      [{ items: { pregnancy: 'defer' } }, 'items.pregnancy', 'type'],
      [{ items: { 'my-item': { text: 'Do you have X?' } } }, 'items.my-item.level', 'required'],
      [{ items: { 'my-item': { level: 'consult' } } }, 'items.my-item.text', 'required'],
      [{ items: { 'Bad Id!': { level: 'consult', text: 'X?' } } }, 'items.Bad Id!', 'value'],
      [{ preparation: { 'stop-actives': { days: 'seven' } } }, 'preparation.stop-actives.days', 'value'],
      [{ preparation: { 'stop-smoking': { days: 7 } } }, 'preparation.stop-smoking', 'unknown'],
    ];
    for (const [input, field, code] of cases) {
      const { rules, problems } = parseScreeningConfig(input);
      expect(problems[0], JSON.stringify(input)).to.deep.include({ field, code });
      expect(rules, JSON.stringify(input)).to.equal(DEFAULT_RULES);
    }
  });
});
