import { expect } from '@open-wc/testing';
import { buildPayload, fieldOfPath } from '../../../src/domain/booking/build.js';
import { DEFAULT_SERVICES, type BookingDraft } from '../../../src/domain/booking/rules.js';

const NOW = new Date('2026-11-21T20:00:00Z');
const draft: BookingDraft = {
  name: ' Ana Lima ',
  email: 'ana@example.com',
  phone: '',
  contact: 'email',
  service: 'microneedling',
  areas: ['face', 'neck'],
  firstVisit: false,
  lastSession: '2026-10-01',
  dates: [
    { date: '2026-11-30', timeOfDay: 'morning' },
    { date: '', timeOfDay: 'any' },
    { date: '2026-12-02', timeOfDay: 'evening' },
  ],
  message: '',
  consent: true,
};
const ctx = {
  id: '6b0c1e0e-0000-4000-8000-000000000001',
  now: NOW,
  services: DEFAULT_SERVICES,
  locale: 'en-US',
  timezone: 'America/New_York',
  fillMs: 12345.6,
  trap: '',
};

describe('domain/booking payload', () => {
  it('builds version 1 of the payload', () => {
    const p = buildPayload(draft, {
      ...ctx,
      level: 'consult',
      policyUrl: 'https://glow.example/privacy',
      policyVersion: '2026-01',
      url: 'https://glow.example/book?utm_source=news&utm_campaign=fall&name=x#top',
    });
    expect(p).to.deep.equal({
      version: 1,
      id: ctx.id,
      createdAt: '2026-11-21T20:00:00.000Z',
      contact: { name: 'Ana Lima', email: 'ana@example.com', preferred: 'email' },
      service: { id: 'microneedling', name: 'Microneedling', durationMinutes: 60 },
      areas: ['face', 'neck'],
      firstVisit: false,
      lastSession: '2026-10-01',
      preferences: [
        { date: '2026-11-30', timeOfDay: 'morning' },
        { date: '2026-12-02', timeOfDay: 'evening' },
      ],
      consent: { given: true, policyUrl: 'https://glow.example/privacy', policyVersion: '2026-01', at: '2026-11-21T20:00:00.000Z' },
      screening: { level: 'consult', review: true },
      locale: 'en-US',
      timezone: 'America/New_York',
      meta: { utm: { source: 'news', campaign: 'fall' }, page: 'https://glow.example/book', fillMs: 12346, trap: '' },
    });
  });

  it('sends an exact slot instead of preferences, and no screening when no check was done', () => {
    const p = buildPayload({ ...draft, firstVisit: true, slot: '2026-11-30T15:00:00Z' }, ctx);
    expect(p.preferences).to.deep.equal([]);
    expect(p.slot).to.deep.equal({ start: '2026-11-30T15:00:00.000Z', durationMinutes: 60 });
    expect(p).not.to.have.property('screening');
    expect(p).not.to.have.property('lastSession');
    expect(p.meta).to.deep.equal({ fillMs: 12346, trap: '' });
  });

  it('only ever carries the outcome level: findings are dropped', () => {
    const p = buildPayload(draft, { ...ctx, level: 'defer' });
    expect(p.screening).to.deep.equal({ level: 'defer' });
    expect(JSON.stringify(p)).not.to.match(/finding|isotretinoin|pregnan/i);
  });

  it('maps server error paths onto fields', () => {
    const cases: Array<[string, string]> = [
      ['contact.email', 'email'],
      ['contact.name', 'name'],
      ['contact.phone', 'phone'],
      ['service.id', 'service'],
      ['preferences.1.date', 'date1'],
      ['preferences', 'date0'],
      ['consent', 'consent'],
      ['lastSession', 'lastSession'],
      ['message', 'message'],
    ];
    for (const [path, field] of cases) expect(fieldOfPath(path), path).to.equal(field);
    // What the patient cannot edit belongs to no field: it never blocks a resend.
    for (const path of ['id', 'createdAt', 'meta.utm.content', 'meta.fillMs', 'consent.at', 'locale', 'screening.level', 'version'])
      expect(fieldOfPath(path), path).to.equal(undefined);
  });

  it('keeps the campaign parameters within what a server accepts: 10, of 100 characters each', () => {
    const utm = Array.from({ length: 12 }, (_, i) => `utm_k${i}=${'x'.repeat(500)}`).join('&');
    const p = buildPayload(draft, { ...ctx, url: `https://glow.example/book?${utm}` });
    expect(Object.keys(p.meta.utm!)).to.have.length(10);
    for (const v of Object.values(p.meta.utm!)) expect(v).to.have.length(100);
  });
});
