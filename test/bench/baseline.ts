// The benchmark's yardstick: one trivial Lit element, built the same way as the widgets.
import { LitElement, css, html } from 'lit';

class BenchBaseline extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  override render() {
    return html`<p>Baseline element</p>`;
  }
}
customElements.define('bench-baseline', BenchBaseline);
