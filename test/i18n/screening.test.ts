import { expect } from '@open-wc/testing';
import { LEVELS } from '../../src/domain/outcome.js';
import { type Answers, evaluateScreening } from '../../src/domain/screening/evaluate.js';
import { DEFAULT_RULES } from '../../src/domain/screening/items.js';
import { screening, screeningGB } from '../../src/i18n/en/screening.js';

/** Every default item answered yes, each branch in turn (the procedures: every kind), as a US clinic sees it. */
function everyFinding() {
  const kinds = [...Object.keys(DEFAULT_RULES.items.at(-1)!.windows!), ...DEFAULT_RULES.items.at(-1)!.others!];
  const yes: Answers = {
    ...Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 20 : true])),
    'isotretinoin.taking': false,
    'isotretinoin.stopped': '2026-09-01',
    'skin-condition.flaring': true,
    'recent-procedure.kinds': kinds,
    ...Object.fromEntries(kinds.map((k) => [`recent-procedure.${k}`, '2026-11-15'])),
  };
  const variants = [yes, { ...yes, age: 16, 'isotretinoin.taking': true, 'skin-condition.flaring': false }];
  return variants.flatMap((answers) => evaluateScreening(answers, { now: new Date('2026-11-21T17:00:00Z'), timezone: 'UTC' }).findings);
}

describe('the safety check’s English texts', () => {
  it('say every finding the defaults can give: what we understood, and a reason', () => {
    const found = everyFinding();
    const all: Record<string, { said?: string; why?: string } | undefined> = screening.findings;
    const keys = new Set(found.map((f) => (f.code ? `${f.id}.${f.code}` : f.id)));
    // The 22 yes/no items, both ages, still taking isotretinoin, a flare, and the 8 kinds of procedure.
    expect(keys.size).to.equal(22 + 2 + 2 + 8);
    for (const key of keys) {
      const [id] = key.split('.');
      expect(all[key]?.said ?? all[id]?.said, `${key}: said`).to.be.a('string');
      const who = screening.who[DEFAULT_RULES.items.find((i) => i.id == id)!.sources[0] as 'FDA'];
      expect(all[key]?.why ?? all[id]?.why ?? who, `${key}: why`).to.be.a('string');
    }
  });

  it('have a word for every level, problem, kind, step and screen', () => {
    const levels = LEVELS.filter((l) => l != 'clear');
    expect(Object.keys(screening.headline)).to.have.members([...LEVELS]);
    expect(Object.keys(screening.as)).to.have.members(levels);
    expect(Object.keys(screening.then)).to.have.members(levels);
    expect(Object.keys(screening.errors)).to.have.members(['missing', 'date', 'future', 'value']);
    const procedure = DEFAULT_RULES.items.find((i) => i.kind == 'procedure')!;
    expect(Object.keys(screening.kinds)).to.have.members([...Object.keys(procedure.windows!), ...procedure.others!]);
    expect(Object.keys(screening.prep)).to.have.members(DEFAULT_RULES.preparation.map((s) => s.id));
    expect(Object.keys(screening.groups)).to.have.members([...new Set(DEFAULT_RULES.items.map((i) => i.group))]);
    expect(Object.keys(screening.ask)).to.have.members(DEFAULT_RULES.items.map((i) => i.id));
  });

  it('keep British words to the findings and questions that have them', () => {
    for (const key of Object.keys(screeningGB.findings)) expect(screening.findings).to.have.property(key);
    for (const key of Object.keys(screeningGB.ask)) expect(screening.ask).to.have.property(key);
  });
});
