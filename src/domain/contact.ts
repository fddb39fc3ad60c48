/**
 * One rule for an email address and one for a phone number, the same for the clinic's own details
 * and for what a patient types, in the browser and on the server: `contact-vectors.json` holds the
 * cases every implementation (this one, the WordPress plugin's PHP) must agree on.
 */

/** A dialable number: what to show, and the `tel:` URL to dial. */
export interface Phone {
  display: string;
  href: string;
}

/**
 * An email address as HTML's `type=email` defines it (ASCII: a browser shows an international
 * domain but gives it in punycode), with a dot in the domain, a last label of two characters or
 * more, and 254 characters at most. A non-ASCII name before the @ (`josé@…`) is refused here as it
 * is by the browser and by most mail servers.
 */
export const isEmail = (value: string) =>
  value.length < 255 && /^[\w.!#$%&'*+/=?^`{|}~-]+@([a-z\d]([a-z\d-]*[a-z\d])?\.)+[a-z\d][a-z\d-]*[a-z\d]$/i.test(value);

/**
 * A dialable number: digits with an optional leading +, spaces, dots, dashes and brackets; `min`
 * (5) to 20 digits and 40 characters at most; optionally an extension (`ext. 2`, `x 2`), dialled
 * after a pause (`tel:+15550100,2`). Emergency numbers are shorter (`min` 2: 15 in France, 911).
 */
export function parsePhone(value: string, min = 5): Phone | undefined {
  const display = value.trim();
  const [, plus, number, ext] = /^(\+?)([\d\s().-]+?)(?:\s*(?:ext\.?|x)\s*(\d{1,6}))?$/i.exec(display) ?? [];
  const digits = number?.replace(/\D/g, '') ?? '';
  if (display.length > 40 || digits.length < min || digits.length > 20) return undefined;
  return { display, href: `tel:${plus}${digits}${ext ? `,${ext}` : ''}` };
}
