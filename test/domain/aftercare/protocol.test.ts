import { expect } from '@open-wc/testing';
import { DEFAULT_PROTOCOL, RED_FLAGS, SOURCES, offsetHours, parseProtocol } from '../../../src/domain/aftercare/protocol.js';

const KNOWN = ['FDA', 'SKINPEN', 'TRIAL', 'MAKER', 'CHU2021', 'ABLON2018', 'DALWIG2020', 'STRIAE2018', 'SEEDS'];

describe('domain/aftercare/protocol', () => {
  it('carries every phase, milestone and red flag of CLINICAL.md sections 2 and 3 with known sources', () => {
    expect(DEFAULT_PROTOCOL.phases.map((p) => `${p.id} ${p.end}`)).to.deep.equal([
      'first-day 24h',
      'day-two 48h',
      'day-three 72h',
      'peeling 5d',
      'first-week 7d',
      'weeks-2-4 28d',
      'months-1-3 90d',
      'months-3-6 180d',
    ]);
    expect(DEFAULT_PROTOCOL.milestones).to.deep.equal({
      'makeup-ok': '24h',
      'sunscreen-ok': '24h',
      'exercise-ok': '72h',
      'actives-ok': '5d',
      'routine-ok': '7d',
      'tanning-ok': '14d',
    });
    expect(DEFAULT_PROTOCOL.nextSession).to.deep.equal([28, 42]);
    // CLINICAL.md section 2 lists nine: pain that gets worse is its own red flag.
    expect(RED_FLAGS).to.have.length(9);
    const all = [...DEFAULT_PROTOCOL.phases.map((p) => p.sources), ...Object.values(SOURCES)];
    for (const list of all) {
      expect(list.length).to.be.above(0);
      for (const code of list) expect(KNOWN, code).to.include(code);
    }
    for (const id of [...Object.keys(DEFAULT_PROTOCOL.milestones), 'next-session', 'red-flags']) expect(SOURCES[id], id).to.exist;
  });

  it('reads offsets', () => {
    const cases: Array<[unknown, number | undefined]> = [
      ['24h', 24],
      ['5d', 120],
      ['0h', 0],
      ['1.5h', undefined],
      ['5 d', undefined],
      ['d', undefined],
      [5, undefined],
      ['99999d', undefined],
    ];
    for (const [v, h] of cases) expect(offsetHours(v), String(v)).to.equal(h);
  });

  it('accepts a clinic’s own phases, texts and windows, merged over the defaults', () => {
    const p = parseProtocol(
      JSON.stringify({
        phases: [
          { id: 'first-day', end: '24h' },
          { id: 'calm', end: '10d', title: 'Calming down', do: ['Moisturise'], avoid: ['Sun'], normal: ['Dryness'], sources: ['MAKER'] },
        ],
        milestones: { 'exercise-ok': '48h' },
        nextSession: [21, 35],
        redFlags: ['Fever'],
      }),
    );
    expect(p).to.not.have.property('field');
    if ('field' in p) return;
    expect(p.phases.map((x) => [x.id, x.end, x.sources])).to.deep.equal([
      ['first-day', '24h', []],
      ['calm', '10d', ['MAKER']],
    ]);
    expect(p.phases[1].do).to.deep.equal(['Moisturise']);
    expect(p.milestones['exercise-ok']).to.equal('48h');
    expect(p.milestones['makeup-ok']).to.equal('24h');
    expect(p.nextSession).to.deep.equal([21, 35]);
    expect(p.redFlags).to.deep.equal(['Fever']);
    expect(DEFAULT_PROTOCOL.milestones['exercise-ok']).to.equal('72h');
    expect(parseProtocol({})).to.deep.equal(DEFAULT_PROTOCOL);
  });

  const bad: Array<[unknown, string]> = [
    ['{not json', 'JSON'],
    ['[1]', 'JSON'],
    [null, 'JSON'],
    [{ phase: [] }, 'phase'],
    [{ phases: [] }, 'phases'],
    [{ phases: 'x' }, 'phases'],
    [{ phases: [{ id: 'a', end: '24h' }, 'x'] }, 'phases[1]'],
    [{ phases: [{ id: 'A B', end: '24h' }] }, 'phases[0].id'],
    [
      {
        phases: [
          { id: 'a', end: '24h' },
          { id: 'a', end: '48h' },
        ],
      },
      'phases[1].id',
    ],
    [{ phases: [{ id: 'a', end: '2 days' }] }, 'phases[0].end'],
    [{ phases: [{ id: 'a', end: '0h' }] }, 'phases[0].end'],
    [
      {
        phases: [
          { id: 'a', end: '3d' },
          { id: 'b', end: '48h' },
        ],
      },
      'phases[1].end',
    ],
    [{ phases: [{ id: 'a', end: '24h', title: '' }] }, 'phases[0].title'],
    [{ phases: [{ id: 'a', end: '24h', do: 'rest' }] }, 'phases[0].do'],
    [{ phases: [{ id: 'a', end: '24h', avoid: [1] }] }, 'phases[0].avoid'],
    [{ phases: [{ id: 'a', end: '24h', colour: 'red' }] }, 'phases[0].colour'],
    [{ milestones: { 'makeup-ok': 'soon' } }, 'milestones.makeup-ok'],
    [{ milestones: { party: '24h' } }, 'milestones.party'],
    [{ milestones: [] }, 'milestones'],
    [{ nextSession: [10, 20] }, 'nextSession'],
    [{ nextSession: [30, 20] }, 'nextSession'],
    [{ nextSession: [28] }, 'nextSession'],
    [{ nextSession: [28, 42, 56] }, 'nextSession'],
    [{ nextSession: [28.5, 42] }, 'nextSession'],
    [{ redFlags: [] }, 'redFlags'],
    [{ redFlags: ['x'.repeat(301)] }, 'redFlags'],
  ];
  it('reports the value found at the bad field', () => {
    expect(parseProtocol({ phases: [{ id: 'a', end: '2 days' }] })).to.deep.equal({ field: 'phases[0].end', value: '2 days' });
    expect(parseProtocol({ milestones: { party: '24h' } })).to.deep.equal({ field: 'milestones.party', value: '24h' });
    expect(parseProtocol('{x')).to.deep.equal({ field: 'JSON', value: '{x' });
  });

  for (const [input, field] of bad) {
    it(`refuses ${JSON.stringify(input).slice(0, 60)}, naming ${field}`, () => {
      expect(parseProtocol(input)).to.have.property('field', field);
    });
  }
});
