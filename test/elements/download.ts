import { expect } from '@open-wc/testing';
import sinon from 'sinon';

/**
 * Runs `act` (a click, a key press) and returns the file a widget offered: the anchor it clicks is
 * intercepted, so nothing is saved. Exactly one file; its name, media type and text.
 */
export async function offered(act: () => unknown): Promise<{ name: string; type: string; text: string }> {
  const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
  try {
    await act();
    expect(click.calledOnce, 'one file offered').to.equal(true);
    const a = click.firstCall.thisValue as HTMLAnchorElement;
    const [, type, data] = /^data:([^,;]*)[^,]*,(.*)$/s.exec(a.href)!;
    return { name: a.download, type, text: decodeURIComponent(data) };
  } finally {
    click.restore();
  }
}
