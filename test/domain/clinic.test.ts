import { expect } from '@open-wc/testing';
import { type ClinicInput, parseClinic, parseHttpUrl, parseLocale, resolveClinic } from '../../src/domain/clinic.js';
import { parsePhone } from '../../src/domain/contact.js';

const isColor = (v: string) => /^#[0-9a-f]{3,8}$/i.test(v) || /^[a-z]+$/i.test(v);
const env = { baseUrl: 'https://clinic.example/book/', isColor };

describe('domain/clinic', () => {
  it('accepts a complete, valid clinic', () => {
    const { values, notices } = parseClinic(
      {
        name: 'Glow Skin Studio',
        phone: '+1 555 0100',
        email: 'hello@glow.example',
        website: 'https://glow.example',
        address: '1 Main St, Springfield',
        locale: 'en-US',
        timezone: 'America/New_York',
        accent: '#7a4cc2',
        endpoint: '/api/bookings',
        privacyUrl: 'https://glow.example/privacy',
        hours: 'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        theme: 'dark',
      },
      env,
    );
    expect(notices).to.deep.equal([]);
    expect(values.phone).to.deep.equal({ display: '+1 555 0100', href: 'tel:+15550100' });
    expect(values.endpoint).to.equal('https://clinic.example/api/bookings');
    expect(values.hours?.[1]).to.deep.equal([[540, 1080]]);
    expect(values.hours?.[0]).to.deep.equal([]);
    expect(values.theme).to.equal('dark');
  });

  it('turns each bad value into a notice code and leaves it out', () => {
    const long = 'x'.repeat(5000);
    const cases: Array<[keyof ClinicInput, string, string]> = [
      ['phone', 'call us!', 'phone'],
      ['phone', '12', 'phone'],
      ['phone', '<img src=x onerror=alert(1)>', 'phone'],
      ['phone', long, 'phone'],
      ['email', 'not-an-email', 'email'],
      ['email', 'a@b.c<script>', 'email'],
      ['website', 'javascript:alert(1)', 'url-scheme'],
      ['website', 'JAVASCRIPT:alert(1)', 'url-scheme'],
      ['endpoint', 'data:text/html,<b>x</b>', 'url-scheme'],
      ['privacyUrl', 'ftp://glow.example/privacy', 'url-scheme'],
      ['website', 'http://[bad', 'url'],
      ['website', long, 'url'],
      ['accent', 'not a colour!', 'value'],
      ['accent', 'red; background: url(x)', 'value'],
      ['timezone', 'Mars/Olympus', 'timezone'],
      ['locale', 'xx-!!', 'locale'],
      ['locale', long, 'locale'],
      ['hours', 'whenever', 'hours'],
      ['hours', 'Mo-Fr 18:00-09:00', 'hours'],
      ['hours', '{"mo": 9}', 'hours'],
      ['theme', 'purple', 'value'],
    ];
    for (const [field, value, code] of cases) {
      const { values, notices } = parseClinic({ [field]: value }, env);
      expect(notices, `${field}=${value.slice(0, 30)}`).to.deep.equal([{ field, code, value }]);
      expect(values[field], field).to.equal(undefined);
    }
  });

  it('shortens over-long text with a notice, and keeps HTML as plain text', () => {
    const { values, notices } = parseClinic({ name: 'A'.repeat(300), address: '<b>1 Main St</b>' });
    expect(values.name).to.have.length(200);
    expect(notices.map((n) => n.code)).to.deep.equal(['too-long']);
    expect(values.address).to.equal('<b>1 Main St</b>');
  });

  it('takes locales Intl has data for, canonicalised, and refuses the rest', () => {
    const cases: Array<[string, string | undefined]> = [
      ['en-US', 'en-US'],
      ['en-us', 'en-US'],
      [' de ', 'de'],
      ['fr-CA', 'fr-CA'],
      ['ar-EG', 'ar-EG'],
      ['ja-JP-u-ca-japanese', 'ja-JP-u-ca-japanese'],
      ['en-XX', 'en-XX'],
      ['xx', undefined],
      ['tlh', undefined],
      ['xx-!!', undefined],
      ['', undefined],
      ['<b>en</b>', undefined],
    ];
    for (const [value, locale] of cases) expect(parseLocale(value), value).to.equal(locale);
  });

  it('skips absent and empty values silently', () => {
    expect(parseClinic({ name: '', phone: '   ', email: null, website: undefined })).to.deep.equal({ values: {}, notices: [] });
  });

  it('reads opening hours only in the compact syntax (JSON is refused with a notice)', () => {
    const { values, notices } = parseClinic({ hours: '{"mo": "09:00-12:00"}' });
    expect(values.hours).to.equal(undefined);
    expect(notices.map((n) => n.code)).to.deep.equal(['hours']);
    expect(parseClinic({ hours: 'Mo 09:00-12:00; We 09:00-12:00,13:00-17:00; Su closed' }).values.hours?.[3]).to.deep.equal([
      [540, 720],
      [780, 1020],
    ]);
  });

  it('layers values over defaults, later layers winning', () => {
    const clinic = resolveClinic([{ name: 'Glow', locale: 'en-GB' }, { locale: 'fr-FR' }, undefined], { locale: 'en-US', timezone: 'UTC' });
    expect(clinic).to.deep.equal({ name: 'Glow', locale: 'fr-FR', timezone: 'UTC', theme: 'light', region: 'FR' });
  });

  it('takes the clinic’s country from region, else from the locale it configured, never from the defaults (CLINICAL.md section 4)', () => {
    const defaults = { locale: 'en-US', timezone: 'UTC' };
    // layers (clinic, widget) → region
    const table: Array<[string, ClinicInput[], string | undefined]> = [
      ['region alone', [{ region: 'gb' }], 'GB'],
      ['region wins over the locale', [{ region: 'GB', locale: 'en-US' }], 'GB'],
      ['the clinic’s locale', [{ locale: 'en-GB' }], 'GB'],
      ['a widget’s locale over the clinic’s', [{ locale: 'en-GB' }, { locale: 'en-US' }], 'US'],
      ['a script subtag before the region', [{ locale: 'zh-Hant-TW' }], 'TW'],
      ['a locale without a region: unknown', [{ locale: 'en' }], undefined],
      ['nothing configured: unknown (the page’s or browser’s locale is not the clinic’s country)', [], undefined],
    ];
    for (const [name, layers, region] of table) {
      const parsed = layers.map((l) => parseClinic(l).values);
      expect(resolveClinic(parsed, defaults).region, name).to.equal(region);
    }
    expect(parseClinic({ region: 'USA' }).notices).to.deep.equal([{ field: 'region', code: 'region', value: 'USA' }]);
  });

  it('reads the emergency number (two digits allowed) and the after-hours phone as dialable numbers (CLINICAL.md section 2)', () => {
    const { values, notices } = parseClinic({ emergencyNumber: '15', afterHoursPhone: '+44 20 7946 0999' });
    expect(values).to.deep.equal({
      emergencyNumber: { display: '15', href: 'tel:15' },
      afterHoursPhone: { display: '+44 20 7946 0999', href: 'tel:+442079460999' },
    });
    expect(notices).to.deep.equal([]);
    expect(parseClinic({ emergencyNumber: 'call 911', afterHoursPhone: '15' }).notices).to.deep.equal([
      { field: 'emergencyNumber', code: 'phone', value: 'call 911' },
      { field: 'afterHoursPhone', code: 'phone', value: '15' },
    ]);
  });

  it('parses phones and URLs on their own', () => {
    expect(parsePhone('(555) 010-0100')?.href).to.equal('tel:5550100100');
    expect(parsePhone('+44 20 7946 0000')?.href).to.equal('tel:+442079460000');
    // Extensions are dialled after a pause; the number is shown as written.
    const extensions: Array<[string, string | undefined]> = [
      ['+1 555 0100 ext. 2', 'tel:+15550100,2'],
      ['+1 555 0100 Ext 204', 'tel:+15550100,204'],
      ['+1 555 0100 x2', 'tel:+15550100,2'],
      ['555-0100 x 12', 'tel:5550100,12'],
      ['+1 555 0100 ext.', undefined],
      ['+1 555 0100 ext. 2 ext. 3', undefined],
      ['ext. 2', undefined],
      ['+1 555 0100 extension two', undefined],
      ['+1 555 0100 x1234567', undefined],
    ];
    for (const [value, href] of extensions) expect(parsePhone(value)?.href, value).to.equal(href);
    expect(parsePhone('+1 555 0100 ext. 2')?.display).to.equal('+1 555 0100 ext. 2');
    expect(parseHttpUrl('https://a.example/x?y=1')).to.equal('https://a.example/x?y=1');
    expect(parseHttpUrl('vbscript:msgbox')).to.equal('url-scheme');
    expect(parseHttpUrl('/relative')).to.equal('url');
  });
});
