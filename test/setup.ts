/**
 * Loaded before every test file. A failing assertion about a DOM element (or a function) would
 * otherwise hang the run for two minutes with no message: the test runner sends the error's
 * `actual` and `expected` to Node with structuredClone, which cannot clone them
 * (modernweb-dev/web#2967). They are replaced by a description; the message is unchanged.
 */
// chai itself, not @open-wc/testing: that would load before mocha and miss registering fixture cleanup.
import { Assertion } from '@esm-bundle/chai';

const describe = (value: unknown): unknown => {
  try {
    structuredClone(value);
    return value;
  } catch {
    return value instanceof Element ? value.outerHTML.slice(0, 300) : value instanceof Node ? value.nodeName : String(value);
  }
};

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const e = error as { actual?: unknown; expected?: unknown };
    e.actual = describe(e.actual);
    e.expected = describe(e.expected);
    throw error;
  }
};
