import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { jsonSource } from '../../src/elements/shared/json-source.js';
import type { NoticeController } from '../../src/elements/shared/notices.js';

/** A host element with an optional inline script child, and notices recorded in a map. */
function setup(inline?: string, srcFirst?: boolean) {
  const host = Object.assign(document.createElement('div'), {
    requestUpdate: sinon.spy(),
    addController() {},
    removeController() {},
    updateComplete: Promise.resolve(true),
  });
  if (inline !== undefined) host.innerHTML = `<script type="application/json">${inline}</script>`;
  const notices = new Map<string, string>();
  const fake = {
    // As the real controller shows a value: text as it is, anything else as JSON.
    set: (attr: string, code?: string, value: unknown = '') =>
      code ? notices.set(attr, `${code}:${typeof value == 'string' ? value : JSON.stringify(value)}`) : notices.delete(attr),
    clear: (prefix = '') => [...notices.keys()].filter((k) => k.startsWith(prefix)).forEach((k) => notices.delete(k)),
  } as unknown as NoticeController;
  const source = jsonSource(host, fake, 'config', srcFirst);
  const seen: unknown[] = [];
  // The source reads the host's property (config) and its URL attribute's property (configSrc).
  const read = (value?: unknown, src?: string, problems: Array<{ field: string; value?: unknown }> = []) => {
    Object.assign(host, { config: value, configSrc: src });
    source.read((json) => (seen.push(json), problems));
  };
  return { host, notices, source, seen, read };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('jsonSource (shared JSON loading)', () => {
  afterEach(() => sinon.restore());

  it('takes the property, else the inline script, else the URL; {} when there is none', async () => {
    const fetch = sinon.stub(window, 'fetch').resolves(new Response('{"from":"url"}'));
    const a = setup('{"from":"inline"}');
    a.read({ from: 'property' }, '/c.json');
    a.read(undefined, '/c.json');
    expect(a.seen).to.deep.equal([{ from: 'property' }, '{"from":"inline"}']);
    expect(fetch.called).to.equal(false);
    const b = setup();
    b.read();
    b.read(undefined, '/c.json');
    expect(b.source.loading).to.equal(true);
    expect(String(fetch.firstCall.args[0])).to.equal(new URL('/c.json', document.baseURI).href);
    expect((fetch.firstCall.args[1] as RequestInit).signal, 'a timeout').to.be.instanceOf(AbortSignal);
    await settle();
    expect(b.host.requestUpdate.calledOnce).to.equal(true);
    b.read(undefined, '/c.json');
    expect(b.source.loading).to.equal(false);
    expect(b.seen).to.deep.equal([{}, {}, { from: 'url' }]);
    expect(fetch.calledOnce, 'fetched once per URL').to.equal(true);
  });

  it('with srcFirst the URL wins over the inline script, which applies meanwhile', async () => {
    sinon.stub(window, 'fetch').resolves(new Response('{"from":"url"}'));
    const { seen, read } = setup('{"from":"inline"}', true);
    read(undefined, '/c.json');
    await settle();
    read(undefined, '/c.json');
    expect(seen).to.deep.equal(['{"from":"inline"}', { from: 'url' }]);
  });

  it('ignores a superseded answer', async () => {
    let first!: (r: Response) => void;
    const fetch = sinon.stub(window, 'fetch');
    fetch.onFirstCall().returns(new Promise((r) => (first = r)));
    fetch.onSecondCall().resolves(new Response('{"n":2}'));
    const { seen, read } = setup();
    read(undefined, '/one.json');
    read(undefined, '/two.json');
    await settle();
    first(new Response('{"n":1}'));
    await settle();
    read(undefined, '/two.json');
    expect(seen.at(-1)).to.deep.equal({ n: 2 });
  });

  it('reads an inline script added later (a script in <head> upgrades the element before its children exist)', () => {
    const a = setup();
    a.read();
    a.host.innerHTML = '<script type="application/json">{"late":true}</script>';
    a.read();
    expect(a.seen).to.deep.equal([{}, '{"late":true}']);
  });

  it('notices: a bad URL, an unreachable one, and each problem by field; none once fixed', async () => {
    const fetch = sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const a = setup();
    a.read(undefined, 'javascript:alert(1)');
    expect(fetch.called).to.equal(false);
    expect(Object.fromEntries(a.notices)).to.deep.equal({ 'config-src': 'url-scheme:javascript:alert(1)' });
    a.read(undefined, '/gone.json');
    await settle();
    a.read(undefined, '/gone.json');
    expect(a.source.failed).to.equal(true);
    expect(Object.fromEntries(a.notices)).to.deep.equal({ 'config-src': 'value:/gone.json' });
    const b = setup();
    b.read({}, undefined, [
      { field: 'config', value: '{ "items": ' },
      { field: 'items.x.level', value: ['x'] },
    ]);
    expect(Object.fromEntries(b.notices)).to.deep.equal({ config: 'value:{ "items": ', 'config items.x.level': 'value:["x"]' });
    b.read({});
    expect(b.notices.size).to.equal(0);
  });
});
