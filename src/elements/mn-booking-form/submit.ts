/** What the booking form's sending uses (the element sends: see its `#submit`). */

/**
 * Where a request stands: being filled in (`idle`), `sending`, `sent`, `failed` (retry, phone,
 * email), kept `offline` and `online` again (send now), or prepared as an email (`mail`). Nothing
 * locks: each state but `sent` leads back to `idle` or to a new send.
 */
export type SendState = 'idle' | 'sending' | 'sent' | 'failed' | 'offline' | 'online' | 'mail';

/** A version 4 UUID. `crypto.randomUUID` exists in secure contexts only; a clinic site on plain http has `getRandomValues`. */
export const uuid = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );
