/**
 * Languages on a page (issue 15): a locale whose texts are missing speaks English in the locale's
 * region with one console hint; a pack registered later (or queued before the library) is taken up
 * and the widgets draw again; a clinic offering several languages gives every widget a switch.
 * Uses languages no pack ships (Dutch, Italian), so the shipped packs' own tests stay independent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { messages } from '../../src/i18n/index.js';
import { registerPack, registry } from '../../src/i18n/pack.js';
import type { MnAftercareTimeline } from '../../src/elements/mn-aftercare-timeline/mn-aftercare-timeline.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
const settle = async (...els: Lit[]) => {
  for (let i = 0; i < 3; i++) for (const el of els) await el.updateComplete;
};

describe('languages on a page', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('a locale without its texts: English in the locale region (English dates, Dutch conventions), lang="en-NL"', async () => {
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline locale="nl-NL" timezone="Europe/Amsterdam" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>`,
    );
    expect(root(el).lang).to.equal('en-NL');
    const text = root(el).textContent!;
    expect(text).to.contain('Your aftercare');
    // English month names in the Dutch order (day month), never Dutch words inside English sentences.
    expect(text).to.match(/20 Nov/);
    expect(text).not.to.match(/\bnov\.|vrijdag|zaterdag/i);
  });

  it('a pack registered after the widgets drew: they draw again in it, lang names the language', async () => {
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline locale="it-IT" timezone="Europe/Rome" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>`,
    );
    expect(root(el).lang).to.equal('en-IT');
    registerPack('it', { aftercare: { title: 'Dopo il trattamento' } });
    await settle(el);
    expect(root(el).lang).to.equal('it-IT');
    expect(el.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Dopo il trattamento');
  });

  it('a pack that came before the library waits in the queue, which the library empties on load', () => {
    // The queue the packs write to when no copy of the library is on the page yet.
    const r = { registered: new Map(), version: 0, queue: [['sv', { common: { callUs: 'Ring oss:' } }]] } as ReturnType<typeof registry>;
    // What i18n/index.ts does when it loads: install its addMessages and take the queued packs.
    const taken: unknown[] = [];
    r.add ??= ((language: string, texts: unknown) => taken.push([language, texts])) as never;
    for (const [language, texts] of r.queue!.splice(0)) r.add!(language, texts as never);
    expect(taken).to.deep.equal([['sv', { common: { callUs: 'Ring oss:' } }]]);
    // And on this page the library installed itself: a pack registers at once.
    expect(typeof registry().add).to.equal('function');
    registerPack('sv', { common: { callUs: 'Ring oss:' } });
    expect(messages('sv-SE').common.callUs).to.equal('Ring oss:');
  });
});
