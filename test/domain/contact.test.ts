import { expect } from '@open-wc/testing';
import vectors from '../../src/domain/contact-vectors.json' with { type: 'json' };
import { isEmail, parsePhone } from '../../src/domain/contact.js';

/** The shared vectors: the WordPress plugin's PHP runs the same file. */
describe('domain/contact: one email rule, one phone rule', () => {
  it('accepts and refuses the shared email vectors', () => {
    for (const v of vectors.email.valid) expect(isEmail(v), v).to.equal(true);
    for (const v of vectors.email.invalid) expect(isEmail(v), JSON.stringify(v)).to.equal(false);
  });

  it('dials the shared phone vectors, or refuses them', () => {
    for (const [v, href] of vectors.phone) expect(parsePhone(v as string)?.href ?? null, JSON.stringify(v)).to.equal(href);
  });

  it('has vectors for what the form and the plugin disagreed on', () => {
    expect(vectors.email.invalid).to.include('josé@example.com');
    expect(vectors.phone).to.deep.include(['+1 555 0100 ext. 2', 'tel:+15550100,2']);
  });
});
