// Records what a host page must never see: CSP violations and uncaught errors. No inline script needed.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
new ReportingObserver((reports) => reports.forEach((r) => window.__violations.push(`report ${JSON.stringify(r.body)}`)), {
  types: ['csp-violation'],
  buffered: true,
}).observe();
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
