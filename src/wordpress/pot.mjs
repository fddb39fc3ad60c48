/**
 * The plugin's translation template (languages/mn-widgets.pot), made at build time from the PHP
 * and editor JS sources, the block.json files and the plugin header: what wp-cli's `i18n
 * make-pot` would find, without wp-cli. It also enforces two WordPress Coding Standards rules
 * (WordPress.WP.I18n): every call names the text domain `mn-widgets`, and every string with a
 * placeholder has a `translators:` comment just above it. A breach fails the build.
 */

const CALLS = {
  __: ['msgid', 'domain'],
  _e: ['msgid', 'domain'],
  esc_html__: ['msgid', 'domain'],
  esc_html_e: ['msgid', 'domain'],
  esc_attr__: ['msgid', 'domain'],
  esc_attr_e: ['msgid', 'domain'],
  _x: ['msgid', 'msgctxt', 'domain'],
  _ex: ['msgid', 'msgctxt', 'domain'],
  esc_html_x: ['msgid', 'msgctxt', 'domain'],
  esc_attr_x: ['msgid', 'msgctxt', 'domain'],
  _n: ['msgid', 'msgid_plural', null, 'domain'],
  _nx: ['msgid', 'msgid_plural', null, 'msgctxt', 'domain'],
};

/** A string literal at `i` ('…' or "…"): [value, end] or null. PHP and JS escapes alike enough for our sources. */
function literal(src, i) {
  const q = src[i];
  if (q !== "'" && q !== '"') return null;
  let out = '';
  for (let j = i + 1; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') {
      const n = src[++j];
      if (q === "'" && n !== "'" && n !== '\\') out += '\\' + n;
      else out += { n: '\n', t: '\t' }[n] ?? n;
    } else if (ch === q) return [out, j + 1];
    else out += ch;
  }
  return null;
}

/** The arguments of a call starting after its "(": literal strings, or null for anything else. */
function args(src, i) {
  const out = [];
  for (;;) {
    while (/\s/.test(src[i])) i++;
    const lit = literal(src, i);
    let value = null;
    if (lit) [value, i] = lit;
    // Skip to the next top-level comma or the closing parenthesis.
    let depth = 0;
    for (; i < src.length; i++) {
      const ch = src[i];
      if (ch === "'" || ch === '"') {
        const l = literal(src, i);
        if (l) {
          i = l[1] - 1;
          continue;
        }
      }
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
    }
    out.push(value);
    if (src[i] !== ',') return out;
    i++;
  }
}

/**
 * @param {Array<{path: string, text: string}>} files PHP and JS sources, paths relative to the plugin.
 * @param {Array<{path: string, json: object}>} blocks block.json files.
 * @param {{name: string, description: string, uri: string, author: string, authorUri: string, version: string}} header
 */
export function makePot(files, blocks, header) {
  const entries = new Map();
  const problems = [];
  const add = (e, ref, comment) => {
    const key = `${e.msgctxt ?? ''}\u0004${e.msgid}`;
    const have = entries.get(key) ?? { ...e, refs: [], comments: new Set() };
    have.refs.push(ref);
    if (comment) have.comments.add(comment);
    entries.set(key, have);
  };
  add({ msgid: header.name, comment: 'Plugin Name of the plugin' }, '', 'Plugin Name of the plugin');
  add({ msgid: header.uri }, '', 'Plugin URI of the plugin');
  add({ msgid: header.description }, '', 'Description of the plugin');
  add({ msgid: header.author }, '', 'Author of the plugin');
  add({ msgid: header.authorUri }, '', 'Author URI of the plugin');
  for (const { path, text } of files) {
    const re = /(?<![\w$>:.])(__|_e|_x|_ex|_n|_nx|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x)\s*\(/g;
    for (let m; (m = re.exec(text));) {
      const line = text.slice(0, m.index).split('\n').length;
      const got = args(text, m.index + m[0].length);
      const e = {};
      CALLS[m[1]].forEach((k, n) => k && (e[k] = got[n]));
      const where = `${path}:${line}`;
      if (typeof e.msgid !== 'string') {
        problems.push(`${where}: ${m[1]}() needs a literal string`);
        continue;
      }
      if (e.domain !== 'mn-widgets') problems.push(`${where}: ${m[1]}('${e.msgid.slice(0, 40)}…') must name the text domain 'mn-widgets'`);
      // translators: a comment on one of the three lines above the call, or on its own line.
      const before = text
        .split('\n')
        .slice(Math.max(0, line - 4), line)
        .join('\n');
      const at = before.lastIndexOf('translators:');
      const comment =
        at < 0
          ? ''
          : before
              .slice(at)
              .split(/\*\/|\n/)[0]
              .trim();
      if (/%(\d\$)?[sdf]/.test(e.msgid) && !comment)
        problems.push(`${where}: '${e.msgid.slice(0, 50)}' has a placeholder but no translators: comment`);
      add(e, where, comment);
    }
  }
  for (const { path, json } of blocks) {
    add({ msgctxt: 'block title', msgid: json.title }, path, '');
    if (json.description) add({ msgctxt: 'block description', msgid: json.description }, path, '');
    for (const k of json.keywords ?? []) add({ msgctxt: 'block keyword', msgid: k }, path, '');
  }
  if (problems.length) throw new Error(`Translation problems (WordPress.WP.I18n):\n  ${problems.join('\n  ')}`);
  const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
  const out = [
    '# Translation template for MN Widgets. Made by src/wordpress/pot.mjs at build time: do not edit.',
    '# This file is distributed under the same license as the MN Widgets plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: MN Widgets ${header.version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Generator: src/wordpress/pot.mjs\\n"',
    '"X-Domain: mn-widgets\\n"',
    '',
  ];
  for (const e of entries.values()) {
    for (const c of e.comments) out.push(`#. ${c.replace(/\n/g, ' ')}`);
    const refs = e.refs.filter(Boolean);
    if (refs.length) out.push(`#: ${refs.join(' ')}`);
    if (/%(\d\$)?[sdf]/.test(e.msgid)) out.push('#, php-format');
    if (e.msgctxt) out.push(`msgctxt ${q(e.msgctxt)}`);
    out.push(`msgid ${q(e.msgid)}`);
    if (e.msgid_plural) out.push(`msgid_plural ${q(e.msgid_plural)}`, 'msgstr[0] ""', 'msgstr[1] ""');
    else out.push('msgstr ""');
    out.push('');
  }
  return { text: out.join('\n'), count: entries.size };
}
