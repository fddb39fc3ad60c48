import { expect } from '@open-wc/testing';
import { readJson } from '../../src/elements/shared/json-source.js';
import type { NoticeController } from '../../src/elements/shared/notices.js';

/** A host element with an optional inline script child, and notices recorded in a map. */
function setup(inline?: string) {
  const host = document.createElement('div');
  if (inline !== undefined) host.innerHTML = `<script type="application/json">${inline}</script>`;
  const notices = new Map<string, string>();
  const fake = {
    // As the real controller shows a value: text as it is, anything else as JSON.
    set: (attr: string, code?: string, value: unknown = '') =>
      code ? notices.set(attr, `${code}:${typeof value == 'string' ? value : JSON.stringify(value)}`) : notices.delete(attr),
    clear: (prefix = '') => [...notices.keys()].filter((k) => k.startsWith(prefix)).forEach((k) => notices.delete(k)),
  } as unknown as NoticeController;
  const seen: unknown[] = [];
  const read = (value?: unknown, problems: Array<{ field: string; value?: unknown }> = []) =>
    readJson(host, fake, 'config', value, (json) => (seen.push(json), problems));
  return { host, notices, seen, read };
}

describe('readJson (shared JSON reading)', () => {
  it('takes the property, else the inline script; {} when there is none', () => {
    const a = setup('{"from":"inline"}');
    a.read({ from: 'property' });
    a.read();
    expect(a.seen).to.deep.equal([{ from: 'property' }, '{"from":"inline"}']);
    const b = setup();
    b.read();
    expect(b.seen).to.deep.equal([{}]);
  });

  it('reads an inline script added later (a script in <head> upgrades the element before its children exist)', () => {
    const a = setup();
    a.read();
    a.host.innerHTML = '<script type="application/json">{"late":true}</script>';
    a.read();
    expect(a.seen).to.deep.equal([{}, '{"late":true}']);
  });

  it('a notice for each problem, by field; none once fixed', () => {
    const b = setup();
    b.read({}, [
      { field: 'config', value: '{ "items": ' },
      { field: 'items.x.level', value: ['x'] },
    ]);
    expect(Object.fromEntries(b.notices)).to.deep.equal({ config: 'value:{ "items": ', 'config items.x.level': 'value:["x"]' });
    b.read({});
    expect(b.notices.size).to.equal(0);
  });
});
