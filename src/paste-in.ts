/**
 * The paste-in script, `mn-widgets.js` (classic) and `mn-widgets.mjs` (ES module): every element
 * registered, and `window.MnWidgets` with the whole API and the element classes.
 */
export * from './define.js';
export * from './index.js';
