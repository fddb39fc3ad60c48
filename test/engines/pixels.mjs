/**
 * `executeServerCommand('mn-pixels', { x, y, width, height })`: the colours a region of the test
 * page's viewport shows (CSS pixels, device pixel ratio 1), as the engine drew them: the lightest
 * and darkest relative luminance in it. For what only pixels tell, such as a radio button the
 * engine draws itself. Works with the puppeteer launchers (Chromium, Firefox) and WebDriver (WebKit).
 */
import { inflateSync } from 'node:zlib';

/** Decodes an 8-bit RGB or RGBA PNG into rows of pixels. */
function decode(png) {
  let i = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data = [];
  while (i < png.length) {
    const length = png.readUInt32BE(i);
    const type = png.toString('latin1', i + 4, i + 8);
    const chunk = png.subarray(i + 8, i + 8 + length);
    if (type === 'IHDR') [width, height, channels] = [chunk.readUInt32BE(0), chunk.readUInt32BE(4), chunk[9] === 2 ? 3 : 4];
    if (type === 'IDAT') data.push(chunk);
    i += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = [];
  let prev = Buffer.alloc(stride);
  for (let y = 0, k = 0; y < height; y++) {
    const filter = raw[k++];
    const row = Buffer.from(raw.subarray(k, (k += stride)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      row[x] = (row[x] + [0, a, b, (a + b) >> 1, paeth][filter]) & 255;
    }
    rows.push(row);
    prev = row;
  }
  return { width, height, channels, rows };
}

const luminance = (r, g, b) =>
  [r, g, b]
    .map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);

export const pixels = {
  name: 'mn-pixels',
  async executeCommand({ command, payload, session }) {
    if (command !== 'mn-pixels') return undefined;
    const launcher = session.browser;
    const shot = launcher.driver
      ? Buffer.from(await launcher.driver.takeScreenshot(), 'base64')
      : Buffer.from(await launcher.getPage(session.id).screenshot({ type: 'png' }));
    const { rows, channels } = decode(shot);
    const { x, y, width, height } = payload;
    let min = 1;
    let max = 0;
    for (let j = Math.round(y); j < Math.round(y + height); j++)
      for (let i = Math.round(x); i < Math.round(x + width); i++) {
        const o = i * channels;
        const l = luminance(rows[j][o], rows[j][o + 1], rows[j][o + 2]);
        [min, max] = [Math.min(min, l), Math.max(max, l)];
      }
    return { min, max };
  },
};
