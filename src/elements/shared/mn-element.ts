import { ContextConsumer } from '@lit/context';
import { type CSSResultGroup, LitElement, type PropertyDeclarations, type PropertyValues, html } from 'lit';
import { clinicContext } from '../../context/clinic.js';
import {
  type ClinicConfig,
  type ClinicValues,
  type NoticeCode,
  type Phone,
  parseClinic,
  parseHttpUrl,
  parseLocale,
  resolveClinic,
} from '../../domain/clinic.js';
import { toText } from '../../domain/json-check.js';
import { type Catalogue, chooseLanguage, chosenLanguage, displayLocale, messages } from '../../i18n/index.js';
import { dateIn, localTimeZone } from '../../domain/time.js';
import { baseStyles } from '../../styles/base.js';
import { type NoticeController, noticeController } from './notices.js';

/** An http(s) URL, resolved against the page, or undefined (`javascript:` and the like are refused). */
export const httpUrl = (value: string) => {
  const url = parseHttpUrl(value, document.baseURI);
  return /^url/.test(url) ? undefined : url;
};

/**
 * A dialable number as a `tel:` link, left to right and isolated (`dir`) whatever the text around
 * it: beside a Hebrew or Arabic clinic name, or on a right-to-left page, "+972 3 555 0100" would
 * otherwise show as "0100 555 3 972+", which a patient dialling by hand would read wrong.
 */
export const tel = (p: Phone) => html`<a dir="ltr" href=${p.href}>${p.display}</a>`;

/** `clinicName` → `clinic-name`: a property's attribute, and the key of its notice. */
const kebab = (name: string) => name.replace(/[A-Z]/g, '-$&').toLowerCase();

/**
 * Lit's `finalize`, with each declared property's attribute in kebab-case (`clinicName`:
 * `clinic-name`) unless the declaration names one (`attribute: false`, or another name): so
 * `static properties` need not spell each attribute (the manifest's build applies the same rule,
 * src/build/cem.config.mjs).
 * @internal
 */
export function finalize(this: typeof LitElement) {
  for (const [name, options] of Object.entries(this.properties) as Array<[string, { attribute?: unknown }]>)
    options.attribute ??= kebab(name);
  // Lit's own (protected: this function is each class's static finalize).
  (LitElement as unknown as { finalize(): void }).finalize.call(this);
}

/**
 * Parses an element's clinic properties (names from its static `properties`: the attribute, which
 * keys the notice, is the name in kebab-case, as finalize declares it; the clinic field is the name,
 * less a `clinic` prefix) into clinic values: a notice for each bad one, and `--mn-color-accent` set
 * (or cleared) from `accent`.
 */
export const parseClinicAttributes = (el: HTMLElement, notices: NoticeController, props: string[]) => {
  const values: ClinicValues = {};
  const env = { baseUrl: document.baseURI, isColor: (value: string) => CSS.supports('color', value) };
  for (const prop of props) {
    const {
      values: v,
      notices: [notice],
    } = parseClinic({ [prop.replace(/^clinic(.)/, (_, c: string) => c.toLowerCase())]: el[prop as keyof HTMLElement] }, env);
    Object.assign(values, v);
    notices.set(kebab(prop), notice?.code, notice?.value);
  }
  // No value (null) removes the property.
  el.style.setProperty('--mn-color-accent', values.accent ?? null);
  return values;
};

/**
 * The page's language for `el`: the nearest `lang` attribute (read as the `lang` property, which
 * reflects it on an HTML element; none at all is undefined, which `parseLocale` refuses as it does
 * any other bad tag), else the browser's.
 */
export const pageLocale = (el: Element): string =>
  parseLocale((el.closest('[lang]') as HTMLElement | null)?.lang as string) ?? parseLocale(navigator.language) ?? 'en';

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
  static override styles: CSSResultGroup = [baseStyles];
  /** @internal Attributes in kebab-case. */
  static override finalize = finalize;

  // Static declarations, not decorators: smaller in the paste-in script. Lit gives them to every
  // subclass, whose own list adds its properties (typed as declarations, so it need not repeat these).
  // The first seven are the clinic's fields a widget may override (see willUpdate).
  static override properties: PropertyDeclarations = {
    locale: {},
    timezone: {},
    theme: {},
    accent: {},
    clinicName: {},
    clinicPhone: {},
    clinicEmail: {},
    headingLevel: {},
    clinicId: { attribute: 'clinic' },
  };

  protected readonly notices = noticeController(this);

  /** The clinic's values, if any: its `value` (the context consumer draws again when they change). */
  #clinic = new ContextConsumer(this, { context: clinicContext, subscribe: true });

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
  /** The level of the widget's top headings, 1 to 4 (default 3, under a page's `h2`); its other headings follow. */
  declare headingLevel?: string;
  /**
   * For a widget outside any `<mn-clinic>` (each snippet in its own block): the `id` of the page's
   * `<mn-clinic>` to use, wherever it is on the page. Default: the only `<mn-clinic>` on the page.
   * A setup notice says when it names none, or when the page has several and none is named.
   * Several widgets with one `clinic` also pair a booking form with its safety check.
   */
  declare clinicId?: string;

  constructor() {
    super();
    this.addEventListener('input', this as unknown as EventListenerObject);
    this.addEventListener('focusout', this as unknown as EventListenerObject);
  }

  /**
   * Marks each date field that is empty (nothing typed, not even part of a date): WebKit fills an
   * empty one with the device's today in grey, which is not the clinic's today, so the base
   * stylesheet hides that while the field is not being edited. (The element is its own listener
   * for `input` and `focusout`: the DOM calls a listener object's `handleEvent`.)
   */
  protected handleEvent() {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('[type=date]'))
      input.toggleAttribute('data-empty', !input.value && !input.validity.badInput);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.handleEvent();
    // No selector (undefined) matches no element.
    this.renderRoot.querySelector<HTMLElement>(this.focusTo!)?.focus();
    this.focusTo = undefined;
  }

  /** What takes the focus once the next render is on the page (a selector in the shadow root). */
  declare protected focusTo?: string;

  /** The resolved clinic configuration (context, then this element's attributes, then defaults). */
  protected clinic!: ClinicConfig;
  /** Messages in the resolved locale. */
  protected t!: Catalogue;
  /** The level of the top headings (`role="heading"`, so that any level needs no other markup). */
  protected hl!: number;

  /**
   * While the page is still being parsed, the first render waits for what it needs: the widget's
   * inline JSON and its clinic apply at once, with no flash of defaults or of setup notices. Inside
   * a `<mn-clinic>` that is the widget's own end tag: before each frame the browser paints while it
   * parses (a slow network), a widget the parser has passed (it, or an ancestor, has a next sibling)
   * draws, so nothing under it moves later. Elsewhere the clinic may be printed further down (in a
   * footer): the whole page. (Only a first render can meet a page still loading: any update comes
   * after this wait, and a parsed page does not go back to loading: document.open() would, but it
   * replaces the page, widgets and all.)
   */
  protected override async scheduleUpdate() {
    if (document.readyState == 'loading')
      await new Promise((parsed) => {
        document.addEventListener('DOMContentLoaded', parsed);
        const frame = () => {
          // A node after this one, or after an ancestor (a walk up the tree from the widget, not an alias for `this`).
          // eslint-disable-next-line @typescript-eslint/no-this-alias
          let n: Node | null = this;
          while (n && !n.nextSibling) n = n.parentNode;
          if (document.readyState == 'loading') (n ? parsed : requestAnimationFrame)(frame);
        };
        if (this.closest('mn-clinic')) requestAnimationFrame(frame);
      });
    super.scheduleUpdate();
  }

  // Typed as Lit's (subclasses pass `changed` on), implemented without the parameter it never reads.
  protected override willUpdate(changed: PropertyValues): void;
  protected override willUpdate(): void {
    // The clinic, resolved for every render (its context, then the widget's overrides: the first
    // seven properties, `clinicName` overriding its `name`, then the defaults); then the language the
    // patient chose among the clinic's, else the configured one; and English in the locale's region
    // when the page lacks its texts (a pack may come later).
    const c = (this.clinic = resolveClinic(
      [this.#clinic.value, parseClinicAttributes(this, this.notices, Object.keys(MnElement.properties).slice(0, 7))],
      {
        locale: pageLocale(this),
        timezone: localTimeZone(),
      },
    ));
    // None chosen (undefined) is in no list of languages (parsed tags, all text).
    const chosen = chosenLanguage() as string;
    c.locale = displayLocale(
      c.languages?.includes(chosen) ? (c.region && !chosen.includes('-') ? `${chosen}-${c.region}` : chosen) : c.locale,
    );
    this.t = messages(c.locale);
    // The clinic's accent, under the page's --mn-color-accent (inherited from an <mn-clinic> around the
    // widget, or set by CSS): so a clinic named by `clinic="id"`, elsewhere on the page, colours it too.
    this.style.setProperty('--_c', c.accent ?? null);
    // Clinics on the page, none of them this widget's (a mistyped id, or several and no id): said,
    // as nothing else would say why its phone, email and hours are missing.
    this.notices.set('clinic', !this.#clinic.value && document.querySelector('mn-clinic') && 'clinic', this.clinicId);
    this.hl = this.parseAttr('headingLevel', (v) => (/^[1-4]$/.test(v) ? +v : undefined)) ?? 3;
  }

  /**
   * The one parser of the subclass's own attributes and properties. A property may be of any type
   * a framework passes: numbers, booleans and Dates are read as their text (a Date as its instant,
   * or for a `date` as the calendar date it shows), objects and arrays are bad values. Empty means
   * unset (undefined). A bad value records a notice (and one console warning) and yields `bad`:
   * undefined, so the caller uses its default, or the conservative value for a safety setting.
   * `prop` names the property, whose value is read (unless `raw` gives another: undefined reads
   * the property) and whose kebab-case attribute keys the notice.
   */
  protected parseAttr<T>(
    prop: string,
    parse: (value: string) => T | undefined,
    code: NoticeCode = 'value',
    raw: unknown = this[prop as keyof this],
    bad?: T,
  ): T | undefined {
    // The value as attribute text (toText); a Date for a calendar date as the date it shows where it
    // was made (a date picker's local midnight).
    const text = raw instanceof Date && code == 'date' && +raw ? dateIn(raw, localTimeZone()) : toText(raw);
    const given = text === null || text;
    // Unset ('' or undefined) is no notice; no text (null) or a bad one is.
    const value = text && parse(text);
    this.notices.set(kebab(prop), given && value == null ? code : undefined, raw);
    return given ? ((value as T | null) ?? bad) : undefined;
  }

  /**
   * An on/off setting, as HTML reads a boolean attribute (present is on) and a property takes a
   * boolean. Since Vue and Svelte write `false` as the text "false", that text (or "0", or an
   * object) gives the `safe` value and a notice naming the property to use instead.
   */
  protected flag(prop: string, safe: boolean): boolean {
    const raw: unknown = this[prop as keyof this];
    return this.parseAttr(prop, (v) => !/^(false|0)$/i.test(v) || undefined, 'safe', raw === false ? null : raw, safe) ?? raw === '';
  }

  /** The widget's content. Errors thrown here show the fallback instead of a blank element. */
  protected abstract renderBody(): unknown;

  protected override render() {
    let body: unknown;
    const clinic = this.clinic;
    const { locale, languages, theme, email } = clinic;
    try {
      body = this.renderBody();
    } catch (error) {
      console.warn(`<${this.localName}> could not render; showing the fallback.`, error);
      body = html`<p role="alert">${this.t.common.fallback} ${clinic.phone && html`${this.t.common.callUs} ${tel(clinic.phone)}`} ${
        email && html`${this.t.common.emailUs} <a href="mailto:${email}">${email}</a>`
      }</p>`;
    }
    // A language shows when the page has its texts (else the console hints at its pack, once); its name in itself.
    const offered = languages?.filter((l) => displayLocale(l) == l);
    const lang = (l: string) => l.split('-')[0];
    // The direction of the language shown, whatever the page's: English on a right-to-left page
    // would end "How old are you?" with its question mark on the left.
    return html`<div part="base" class="root ${theme}" lang=${locale} dir=${/^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr'}>${
      offered?.[1] &&
      html`<label class="lang" part="language">${this.t.common.language} <select @change=${(e: Event) => chooseLanguage((e.target as HTMLSelectElement).value)}>${offered.map(
        (l) => {
          const name = new Intl.DisplayNames(l, { type: 'language' }).of(lang(l))!;
          return html`<option value=${l} lang=${l} ?selected=${lang(l) == lang(locale)}>${name[0].toLocaleUpperCase(l) + name.slice(1)}</option>`;
        },
      )}</select></label>`
    }${this.notices.render(this.t)}${body}</div>`;
  }
}
