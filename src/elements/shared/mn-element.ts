import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { clinicContext } from '../../context/clinic.js';
import { type ClinicConfig, type ClinicValues, parseClinic, parseHttpUrl, parseLocale, resolveClinic } from '../../domain/clinic.js';
import { type Catalogue, messages, textLanguage } from '../../i18n/index.js';
import { localTimeZone } from '../../domain/time.js';
import { baseStyles } from '../../styles/base.js';
import { NoticeController } from './notices.js';

/** The widget attributes that override the clinic: attribute, property, clinic field. */
const OVERRIDES = [
  ['locale', 'locale', 'locale'],
  ['timezone', 'timezone', 'timezone'],
  ['theme', 'theme', 'theme'],
  ['accent', 'accent', 'accent'],
  ['clinic-name', 'clinicName', 'name'],
  ['clinic-phone', 'clinicPhone', 'phone'],
  ['clinic-email', 'clinicEmail', 'email'],
] as const;

/** An http(s) URL, resolved against the page, or undefined (`javascript:` and the like are refused). */
export const httpUrl = (value: string) => {
  const url = parseHttpUrl(value, document.baseURI);
  return /^http/.test(url) ? url : undefined;
};

/** Whether `value` is a CSS colour, asked of the browser. */
export const isColor = (value: string) => CSS.supports('color', value);

/** Sets (or clears) `--mn-color-accent` on `el` from a parsed `accent` attribute. */
export function setAccent(el: HTMLElement, accent?: string): void {
  if (accent) el.style.setProperty('--mn-color-accent', accent);
  else el.style.removeProperty('--mn-color-accent');
}

/** The page's language for `el`: the nearest `lang` attribute, else the browser's. */
export function pageLocale(el: Element): string {
  return parseLocale(el.closest('[lang]')?.getAttribute('lang') ?? '') ?? parseLocale(navigator.language) ?? 'en';
}

/**
 * What every widget shares: the clinic from `<mn-clinic>` (or none), overridden by the widget's own
 * attributes; setup notices; the message catalogue for the locale; theming; and a fallback when
 * rendering fails. Subclasses implement `renderBody()`.
 *
 * @cssproperty --mn-color-accent - Brand colour: buttons, links, focus rings, progress (the `accent` attribute sets it).
 * @cssproperty --mn-color-text - Text colour.
 * @cssproperty --mn-color-muted - Secondary text.
 * @cssproperty --mn-color-surface - Background.
 * @cssproperty --mn-color-surface-alt - Panels and notices.
 * @cssproperty --mn-color-border - Input and card borders.
 * @cssproperty --mn-color-danger - Errors and the most serious outcomes.
 * @cssproperty --mn-color-success - Success messages and clear outcomes.
 * @cssproperty --mn-color-warning - Warnings and outcomes to wait or talk first.
 * @cssproperty --mn-radius - Corner radius.
 * @cssproperty --mn-space - Padding unit.
 * @cssproperty --mn-font - Font shorthand (default: inherited from the page).
 */
export abstract class MnElement extends LitElement {
  static override styles = [baseStyles];

  // Static declarations, not decorators: smaller in the paste-in script.
  static override properties = {
    locale: {},
    timezone: {},
    theme: {},
    accent: {},
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    clinicEmail: { attribute: 'clinic-email' },
    clinicValues: { attribute: false },
  };

  protected readonly notices = new NoticeController(this);

  /** The values of the enclosing `<mn-clinic>`, if any. */
  declare protected clinicValues?: ClinicValues;

  /** Language for this widget (BCP 47), overriding the clinic's and the page's. */
  declare locale?: string;
  /** IANA time zone for this widget, overriding the clinic's and the browser's. */
  declare timezone?: string;
  /** `light` (default), `dark`, or `auto` (follows the system setting). */
  declare theme?: string;
  /** Brand colour (any CSS colour), overriding the clinic's; same as `--mn-color-accent`. */
  declare accent?: string;
  /** Clinic name, when the widget is used without `<mn-clinic>`. */
  declare clinicName?: string;
  /** Clinic phone, when the widget is used without `<mn-clinic>`. */
  declare clinicPhone?: string;
  /** Clinic email, when the widget is used without `<mn-clinic>`. */
  declare clinicEmail?: string;

  constructor() {
    super();
    new ContextConsumer(this, { context: clinicContext, subscribe: true, callback: (v) => (this.clinicValues = v) });
  }

  /** The resolved clinic configuration (context, then this element's attributes, then defaults). */
  protected clinic!: ClinicConfig;
  /** Messages in the resolved locale. */
  protected t!: Catalogue;

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.clinic || changed.has('clinicValues') || OVERRIDES.some(([, prop]) => changed.has(prop))) this.resolveClinic();
  }

  private resolveClinic(): void {
    const input = Object.fromEntries(OVERRIDES.map(([, prop, field]) => [field, this[prop]]));
    const { values, notices } = parseClinic(input, { baseUrl: document.baseURI, isColor });
    for (const [attr, , field] of OVERRIDES) {
      const notice = notices.find((n) => n.field === field);
      this.notices.set(attr, notice?.code, notice?.value);
    }
    const defaults = { locale: pageLocale(this), timezone: localTimeZone() };
    this.clinic = resolveClinic([this.clinicValues, values], defaults);
    this.t = messages(this.clinic.locale);
    setAccent(this, values.accent);
  }

  /**
   * Parses one of the subclass's own attributes: empty means unset; a bad value records a notice
   * (and one console warning) and yields undefined, so the caller uses its default.
   */
  protected parseAttr<T>(
    attr: string,
    raw: string | null | undefined,
    parse: (value: string) => T | undefined,
    code = 'value',
  ): T | undefined {
    if (raw == null || raw.trim() === '') {
      this.notices.set(attr);
      return undefined;
    }
    const value = parse(raw.trim());
    this.notices.set(attr, value === undefined ? code : undefined, raw);
    return value;
  }

  /** The widget's content. Errors thrown here show the fallback instead of a blank element. */
  protected abstract renderBody(): unknown;

  protected renderFallback() {
    const { phone, email } = this.clinic;
    return html`<p role="alert">
      ${this.t.common.fallback}
      ${phone ? html`${this.t.common.callUs} <a href=${phone.href}>${phone.display}</a>` : nothing}
      ${email ? html`${this.t.common.emailUs} <a href=${`mailto:${email}`}>${email}</a>` : nothing}
    </p>`;
  }

  protected override render() {
    let body: unknown;
    try {
      body = this.renderBody();
    } catch (error) {
      console.warn(`<${this.localName}> could not render; showing the fallback.`, error);
      body = this.renderFallback();
    }
    return html`<div part="base" class="root ${this.clinic.theme}" lang=${textLanguage(this.clinic.locale)}>
      ${this.notices.render(this.t)}${body}
    </div>`;
  }
}
