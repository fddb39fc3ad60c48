// Records what a host page must never see: CSP violations and uncaught errors. No inline script needed.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
// Not in every engine.
if (window.ReportingObserver)
  new ReportingObserver((reports) => reports.forEach((r) => window.__violations.push(`report ${JSON.stringify(r.body)}`)), {
    types: ['csp-violation'],
    buffered: true,
  }).observe();
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
// Layout shifts (not in every engine): content that moved after it was painted.
window.__shifts = [];
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
    type: 'layout-shift',
    buffered: true,
  });
// Each shadow root's text as first drawn (a widget's first render), by the host element's id or tag.
window.__first = {};
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  new MutationObserver((_, observer) => {
    observer.disconnect();
    window.__first[this.id || this.localName] = root.textContent.replace(/\s+/g, ' ');
  }).observe(root, { childList: true, subtree: true, characterData: true });
  return root;
};
