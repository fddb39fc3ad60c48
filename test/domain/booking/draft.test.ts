import { expect } from '@open-wc/testing';
import { type PrefillKey, newDraft, prefillValue, reduceDraft } from '../../../src/domain/booking/draft.js';
import { DEFAULT_SERVICES } from '../../../src/domain/booking/rules.js';

const TODAY = '2026-11-21';

describe('domain/booking draft', () => {
  it('checks prefill values: those that validate fill their fields, trimmed; the others are dropped', () => {
    const cases: Array<[PrefillKey, string, string | undefined]> = [
      ['name', ' Ana Lima ', 'Ana Lima'],
      ['email', 'ana@example.com', 'ana@example.com'],
      ['phone', '+1 555 0100 ext. 2', '+1 555 0100 ext. 2'],
      ['email', 'URGENT call +1 900 555 0199', undefined],
      ['phone', 'call now', undefined],
      ['service', 'microneedling', 'microneedling'],
      ['service', 'botox', undefined],
      ['last-session', '2026-11-21', '2026-11-21'],
      ['last-session', '2026-11-22', undefined],
      ['last-session', '2026-02-30', undefined],
      ['name', 'x'.repeat(101), undefined],
      ['name', '  ', undefined],
      ['email', '  ', undefined],
    ];
    for (const [key, given, value] of cases) expect(prefillValue(key, given, DEFAULT_SERVICES, TODAY), `${key}: ${given}`).to.equal(value);
  });

  it('starts empty for a service, with the last session when there was one', () => {
    const d = newDraft('consultation', '2026-10-01');
    expect(d).to.deep.equal({
      name: '',
      email: '',
      phone: '',
      contact: 'email',
      service: 'consultation',
      areas: [],
      firstVisit: false,
      lastSession: '2026-10-01',
      dates: [
        { date: '', timeOfDay: 'any' },
        { date: '', timeOfDay: 'any' },
        { date: '', timeOfDay: 'any' },
      ],
      message: '',
      consent: false,
    });
  });

  it('reduces input events: text, checkboxes, the areas as a set, the date rows', () => {
    let d = newDraft(DEFAULT_SERVICES[0].id);
    d = reduceDraft(d, 'name', 'Ana');
    d = reduceDraft(d, 'consent', 'true', true);
    d = reduceDraft(d, 'areas', 'face', true);
    d = reduceDraft(d, 'areas', 'neck', true);
    d = reduceDraft(d, 'areas', 'neck', true); // input and change of one click
    d = reduceDraft(d, 'areas', 'face', false);
    d = reduceDraft(d, 'date1', '2026-12-01');
    d = reduceDraft(d, 'time1', 'evening');
    expect([d.name, d.consent, d.areas, d.dates[1]]).to.deep.equal(['Ana', true, ['neck'], { date: '2026-12-01', timeOfDay: 'evening' }]);
  });
});
