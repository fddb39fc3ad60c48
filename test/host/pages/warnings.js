// Records the console warnings a host page gets (the hint naming a missing pack), still printing them.
window.__warnings = [];
const warn = console.warn;
console.warn = (...args) => (window.__warnings.push(args.map(String).join(' ')), warn.apply(console, args));
