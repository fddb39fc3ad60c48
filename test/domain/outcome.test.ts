import { expect } from '@open-wc/testing';
import { bookable, treatmentAccess } from '../../src/domain/outcome.js';

describe('domain/outcome', () => {
  it('treatmentAccess follows the most restrictive finding (CLINICAL.md section 1)', () => {
    const table: Array<[string, Parameters<typeof treatmentAccess>[0], string]> = [
      ['no findings', [], 'yes'],
      ['advice', [{ level: 'advice' }], 'yes'],
      ['consult', [{ level: 'consult' }], 'no'],
      ['dated deferral', [{ level: 'defer', until: '2027-01-01' }], 'from'],
      ['undated deferral', [{ level: 'defer' }], 'no'],
      ['dated deferral + consult', [{ level: 'defer', until: '2027-01-01' }, { level: 'consult' }], 'no'],
      ['decline', [{ level: 'decline' }], 'no'],
    ];
    for (const [name, findings, want] of table) expect(treatmentAccess(findings), name).to.equal(want);
  });

  it('bookable: the outcome own answer, else what its level alone allows', () => {
    expect(bookable({ level: 'defer', earliestDate: '2027-01-01', treatment: 'no' })).to.equal('no');
    expect(bookable({ level: 'clear' })).to.equal('yes');
    expect(bookable({ level: 'advice' })).to.equal('yes');
    expect(bookable({ level: 'consult' })).to.equal('no');
    expect(bookable({ level: 'defer', earliestDate: '2027-01-01' })).to.equal('from');
    expect(bookable({ level: 'defer' })).to.equal('no');
    expect(bookable({ level: 'decline' })).to.equal('no');
  });
});
