import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from '../../web-test-runner.config.mjs';

/**
 * The other engines (npm run test:engines, from test/engines/run.mjs): Firefox ESR over WebDriver
 * BiDi with puppeteer-core, and WebKitGTK (the engine family of Safari) through WebKitWebDriver,
 * which run.mjs starts under Xvfb on WEBKIT_PORT. The host-page matrix and each widget's main
 * flow; the same server, middleware and plugins as the Chromium run.
 */
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // A download would open the downloads panel and take the focus from the page.
    extraPrefsFirefox: { 'browser.download.alwaysOpenPanel': false },
  },
});

const webkit = webdriverLauncher({
  automationProtocol: 'webdriver',
  hostname: '127.0.0.1',
  port: Number(process.env.WEBKIT_PORT),
  capabilities: {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks WebDriver classic only: no BiDi session.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  },
});

export default {
  ...base,
  files: ['test/engines/*.test.ts', 'test/host/host-pages.test.ts'],
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  // The host-page matrix (with its fuzz of every attribute and property) takes minutes in these
  // engines, more on a busy machine: the runner's default of 2 minutes per file is too short.
  testsFinishTimeout: 900_000,
  browsers: [firefox, webkit].filter((b, i) => (process.env.ENGINES ?? 'firefox,webkit').split(',').includes(['firefox', 'webkit'][i])),
};
