/**
 * What a screen reader is told: every announcement of an element's live regions (`role="status"`,
 * `role="alert"`, `aria-live`), recorded by a MutationObserver on its shadow root. A region is
 * counted each time its text changes to something not empty, and when it is inserted already
 * filled (an alert is read then). Focus moves are not in it: a focused heading speaks for itself.
 */
export interface Listener {
  /** The announcements so far, in order. */
  said: string[];
  stop(): void;
}

const LIVE = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';

export function listen(el: Element): Listener {
  const root = el.shadowRoot!;
  const said: string[] = [];
  const last = new WeakMap<Element, string>();
  const read = () => {
    for (const region of root.querySelectorAll(LIVE)) {
      // Any change of the text is read (the same words with a no-break space added too).
      const text = region.textContent!;
      if (text.trim() && last.get(region) !== text) said.push(text.replace(/\s+/g, ' ').trim());
      last.set(region, text);
    }
  };
  read();
  said.length = 0;
  const observer = new MutationObserver(read);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

/** Lets the observer's callback run (it is queued after the DOM change). */
export const settle = () => new Promise((r) => setTimeout(r));

/** A node of the accessibility tree (`executeServerCommand('a11y-tree', { selector })`). */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  checked?: boolean | 'mixed';
  invalid?: string;
  children?: AxNode[];
}

/** Every node of the tree, depth first. */
export const axNodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(axNodes)];
