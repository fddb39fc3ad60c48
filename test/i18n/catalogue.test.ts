import { expect } from '@open-wc/testing';
import '../../src/define.js';
import widgets from '../../src/widgets.json' with { type: 'json' };
// The notice codes from their one list: `NoticeCode` is derived from it.
import { NOTICE_CODES } from '../../src/domain/clinic.js';
import { DEFAULT_PROTOCOL, type MilestoneId, type PhaseId } from '../../src/domain/aftercare/protocol.js';
import { type Catalogue, addMessages, lookup, messages, plural } from '../../src/i18n/index.js';
import { common } from '../../src/i18n/en/common.js';

const PHASES: PhaseId[] = ['first-day', 'day-two', 'day-three', 'peeling', 'first-week', 'weeks-2-4', 'months-1-3', 'months-3-6'];
const MILESTONES: MilestoneId[] = ['makeup-ok', 'sunscreen-ok', 'exercise-ok', 'actives-ok', 'routine-ok', 'tanning-ok', 'next-session'];
const filled = (s: unknown) => typeof s == 'string' && s.trim() != '';

describe('message catalogue', () => {
  it('lists every domain code of the shared and aftercare texts (notices, phases, milestones)', () => {
    expect(PHASES).to.deep.equal(DEFAULT_PROTOCOL.phases.map((p) => p.id));
    expect(MILESTONES).to.deep.equal([...Object.keys(DEFAULT_PROTOCOL.milestones), 'next-session']);
  });

  for (const lang of [widgets.languages.builtIn, ...widgets.languages.packs, 'en-GB'])
    it(`has a text for every notice, phase and milestone code in ${lang}`, () => {
      const t = messages(lang);
      for (const code of NOTICE_CODES) expect(filled(t.common.problems[code]), code).to.equal(true);
      expect(filled(t.common.notice('x', 'y', 'z')), 'notice').to.equal(true);
      for (const id of PHASES) {
        const phase = t.aftercare.phases[id];
        expect(filled(phase.title), id).to.equal(true);
        for (const list of [phase.do, phase.avoid, phase.normal]) expect(list.length && list.every(filled), id).to.equal(true);
      }
      for (const id of MILESTONES) expect(filled(t.aftercare.milestones[id]), id).to.equal(true);
      expect(t.aftercare.redFlags.length && t.aftercare.redFlags.every(filled), 'redFlags').to.equal(true);
    });

  it('merges a translation into English: objects key by key, lists and functions whole', () => {
    addMessages('zz', {
      aftercare: { redFlags: ['Only this'], phases: { 'day-two': { do: ['One thing'] } }, call: (c) => `Ring ${c}:` },
    });
    addMessages('zz', { aftercare: { phases: { 'day-two': { title: 'Zweiter Tag' } } } });
    const { aftercare: t } = messages('zz');
    // A list stays a list (a merge used to turn it into an object: { 0: … }).
    expect(t.redFlags).to.deep.equal(['Only this']);
    expect(Array.isArray(t.phases['day-two'].do)).to.equal(true);
    expect(t.phases['day-two']).to.deep.equal({ ...messages('en').aftercare.phases['day-two'], title: 'Zweiter Tag', do: ['One thing'] });
    expect(t.call('Glow')).to.equal('Ring Glow:');
    expect(t.title).to.equal('Your aftercare');
    // A region overlays its language; other regions of it get the language alone.
    addMessages('zz-AA', { aftercare: { title: 'Regional' } });
    expect(messages('zz-AA').aftercare.title).to.equal('Regional');
    expect(messages('zz-AA').aftercare.redFlags).to.deep.equal(['Only this']);
    expect(messages('zz-BB').aftercare.title).to.equal('Your aftercare');
  });

  it('types a language pack as a complete catalogue: a missing text does not compile', () => {
    // @ts-expect-error: a pack without a sentence for each notice code is not a catalogue's `common`
    const lacking: Catalogue['common'] = { ...common, problems: { phone: 'n’est pas un numéro' } };
    // @ts-expect-error: nor one whose phases are a positional list
    const tuple: Partial<Catalogue['aftercare']> = { phases: { 'first-day': ['Premier jour', 'a|b', 'c', 'd'] } };
    expect([lacking, tuple]).to.have.length(2);
  });

  it('counts through the language’s plural rules', () => {
    const fields = plural('en', { one: 'Please check # field.', other: 'Please check # fields.' });
    expect([0, 1, 2].map(fields)).to.deep.equal(['Please check 0 fields.', 'Please check 1 field.', 'Please check 2 fields.']);
    // Polish: 2-4 are "few", 5 and up "many"; a category not given reads `other`.
    const pl = plural('pl', { one: '# pole', few: '# pola', many: '# pól', other: '# pola' });
    expect([1, 2, 5, 22, 1.5].map(pl)).to.deep.equal(['1 pole', '2 pola', '5 pól', '22 pola', '1.5 pola']);
    expect(plural('fr', { other: '# champs' })(1)).to.equal('1 champs');
  });

  it('looks a code up only among the table’s own keys', () => {
    const { phases } = messages('en').aftercare;
    expect(lookup(phases, 'peeling')?.title).to.equal('Days 4–5');
    for (const code of ['constructor', 'toString', '__proto__', 'clinic-own']) expect(lookup(phases, code), code).to.equal(undefined);
  });
});
