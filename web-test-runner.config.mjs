import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './test/scripts/chromium.mjs';
import { bookingEndpoint } from './test/server/booking-endpoint.mjs';
import { hostPages } from './test/host/host-pages.mjs';
import { pixels } from './test/engines/pixels.mjs';

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast-style forced
 * colours, which the launcher's own emulate-media command cannot set; and
 * `executeServerCommand('emulate-timezone', { id })`: the browser's time zone (an empty id: the
 * launch default, UTC), as a patient's phone in another zone than the clinic's; and
 * `executeServerCommand('a11y-tree', { selector })`: the whole accessibility tree under an element,
 * shadow roots included (what a screen reader reads; not only the "interesting" nodes).
 */
const cdpSessions = new Map();
const forcedColors = {
  name: 'mn-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command === 'a11y-tree') {
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    }
    if (command !== 'emulate-forced-colors' && command !== 'emulate-timezone') return undefined;
    // The CDP session stays open: emulation ends when its session detaches.
    if (!cdpSessions.has(session.id)) cdpSessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
    const cdp = cdpSessions.get(session.id);
    if (command === 'emulate-timezone') await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.id ?? '' });
    else
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};

/** Real Chromium (Debian's), headless; flags keep it quiet on a closed network. */
export default {
  files: ['test/**/*.test.ts'],
  // test/setup.ts first: failing assertions about elements report instead of hanging the run.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/test/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: true,
  middleware: [bookingEndpoint, hostPages],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // target 'auto': TypeScript is compiled, but JavaScript reaches modern Chromium untouched, so the
  // built paste-in scripts and the host pages' scripts are tested byte for byte (a fixed target
  // re-printed them, adding "use strict" and dropping comments).
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }), forcedColors, pixels],
  browsers: [
    chromeLauncher({
      // Several test pages run at once: each is told it has focus, so none is paused as a background tab.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        // The browser's zone is UTC on every machine: tests that show a clinic's time in another zone say so.
        env: { ...process.env, TZ: 'UTC' },
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // A plain-http origin that is not potentially trustworthy (localhost and 127.0.0.0/8 are): not a secure context.
          '--host-resolver-rules=MAP mn-http.test 127.0.0.1',
        ],
      },
    }),
  ],
};
