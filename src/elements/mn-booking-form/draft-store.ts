import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One booking form's draft in `sessionStorage` (this tab only): the kept fields (`KEPT`: contact
 * details and preferences, never health information) and the id of a request that was on its way
 * when the page was left. Each form on a page has its own, keyed by the page's path and the form's
 * `id`, else its `name`, else its place among the page's booking forms. Nothing is stored for a
 * visit alone: only once the patient changed what the form began with, or sent it. Blocked storage
 * (private mode, a sandbox) only means nothing survives a reload.
 */
export class DraftStore implements ReactiveController {
  private key = '';
  /** The kept fields as the form began. */
  private first?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const { id, localName } = this.host;
    this.key = `mn-booking:${location.pathname}#${id || this.host.getAttribute('name') || [...document.querySelectorAll(localName)].indexOf(this.host)}`;
  }

  /** What was kept for this form (check it with `keptOf`), and `pending`, the id of a request on its way. */
  read(): { pending?: string } | undefined {
    try {
      return JSON.parse(sessionStorage.getItem(this.key)!) ?? undefined;
    } catch {
      return undefined; // blocked or unreadable: a fresh start
    }
  }

  /** Keeps the draft's kept fields (as JSON) and the pending request's id. */
  write(kept: string, pending?: string): void {
    // A form taken off the page (an update may still run) writes nothing over another's draft.
    if (this.host.isConnected && (kept != (this.first ??= kept) || pending)) this.save(JSON.stringify({ ...JSON.parse(kept), pending }));
  }

  /** Forgets the draft (sent, or the page's form was reset). */
  clear(): void {
    this.first = undefined;
    this.save();
  }

  private save(json?: string): void {
    try {
      if (json) sessionStorage.setItem(this.key, json);
      else sessionStorage.removeItem(this.key);
    } catch {
      // Storage blocked: the draft just does not survive a reload.
    }
  }
}
