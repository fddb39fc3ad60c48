// The second yardstick: the trivial Lit element showing one date formatted with `Intl`, so it pays
// what every widget that shows a date pays once per page: ICU's start-up on the first formatter.
import { LitElement, css, html } from 'lit';

class BenchBaselineIntl extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  override render() {
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'America/New_York' }).format(new Date());
    return html`<p>Baseline element, ${date}</p>`;
  }
}
customElements.define('bench-baseline-intl', BenchBaselineIntl);
