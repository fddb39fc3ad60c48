import { expect } from '@open-wc/testing';
import { fromJson, isObject, isText } from '../../src/domain/json-check.js';

describe('domain/json-check', () => {
  it('isObject: plain objects only', () => {
    const cases: Array<[unknown, boolean]> = [
      [{}, true],
      [{ a: 1 }, true],
      [null, false],
      [[], false],
      ['{}', false],
      [1, false],
      [undefined, false],
    ];
    for (const [v, ok] of cases) expect(isObject(v), JSON.stringify(v)).to.equal(ok);
  });

  it('isText: not blank, at most max characters', () => {
    const cases: Array<[unknown, number, boolean]> = [
      ['Rest', 10, true],
      ['  ', 10, false],
      ['', 10, false],
      ['x'.repeat(11), 10, false],
      ['x'.repeat(10), 10, true],
      [3, 10, false],
    ];
    for (const [v, max, ok] of cases) expect(isText(v, max), String(v)).to.equal(ok);
  });

  it('fromJson: parses text; anything else and broken text as it is', () => {
    expect(fromJson('{"a":1}')).to.deep.equal({ a: 1 });
    expect(fromJson('{"a":')).to.equal('{"a":');
    const o = { a: 1 };
    expect(fromJson(o)).to.equal(o);
    expect(fromJson(undefined)).to.equal(undefined);
  });
});
