/** What the booking form's sending uses (the element sends: see its `#submit`). */

/**
 * Where a request stands: being filled in (`idle`), `sending`, `sent`, `failed` (retry, phone,
 * email), kept `offline` and `online` again (Try again), or prepared as an email (`mail`). Nothing
 * locks: each state but `sent` leads back to `idle` or to a new send.
 */
export type SendState = 'idle' | 'sending' | 'sent' | 'failed' | 'offline' | 'online' | 'mail';

/**
 * A version 4 UUID: the one a blob URL ends with (the File API makes it with "generate a random UUID",
 * the algorithm of `crypto.randomUUID`, which exists in secure contexts only: a clinic site on plain
 * http has blob URLs). The URL is revoked at once; it points to an empty blob.
 */
export const uuid = (u = URL.createObjectURL(new Blob())) => (URL.revokeObjectURL(u), u.slice(-36));
