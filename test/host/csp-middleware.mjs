/**
 * Serves the strict-CSP host page with the policy a careful clinic site would send:
 * no inline scripts or styles, no eval, nothing from other origins.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

export function hostPageCsp(ctx, next) {
  if (ctx.path === '/test/host/pages/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  return next();
}
