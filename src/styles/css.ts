import { type CSSResult, unsafeCSS } from 'lit';

/**
 * Our style sheets' tag: a static sheet (the type allows no interpolation) as the CSSResult Lit's
 * css tag makes, without that tag's checks of interpolated values and their messages (about 150 B
 * of the script). The build's minifier (minify-literals) minifies every template whose tag is
 * named css, in a file that does not call unsafeCSS (so this one has no sheet).
 * @internal
 */
export const css = (sheet: TemplateStringsArray): CSSResult => unsafeCSS(sheet[0]);
