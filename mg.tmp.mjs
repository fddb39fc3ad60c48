import ts from 'typescript';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const program = ts.createProgram(['src/paste-in.ts'], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, experimentalDecorators: true, resolveJsonModule: true });
const names = new Set();
const LIT = new Set(['render', 'willUpdate', 'updated', 'firstUpdated', 'update', 'shouldUpdate', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'createRenderRoot', 'getUpdateComplete', 'scheduleUpdate', 'performUpdate', 'requestUpdate', 'hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated', 'styles', 'properties', 'formAssociatedCallback', 'formResetCallback', 'formDisabledCallback', 'formStateRestoreCallback']);
for (const sf of program.getSourceFiles()) {
  if (!sf.fileName.includes('/src/')) continue;
  const visit = (n) => {
    if ((ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) && n.name && ts.isIdentifier(n.name)) {
      const mods = ts.getCombinedModifierFlags(n);
      if (mods & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) && !LIT.has(n.name.text)) names.add(n.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
// names that are also DOM or builtin properties
const code = readFileSync('dist/mn-widgets.js', 'utf8');
const unsafe = [...names].filter((n) => n.length < 3 || ['value','values','status','label','input','set','error','change','open','show','list','items','json','url','page','day','at','key','done','store','submit','finish','back','stage','group','found','timer','lines','events','draft','question','fixed','opt','msg','err','ics','download','again','ask','picked','issues','server','trap','today','plan','rules','policy','slots','answers','shown','invalid','problem','outcome','clinic','notices','booking','d','t','internals','written','started','advance','entered','final','choice','undo','say','warned','asked','payload','submitted','appt','mailto'].includes(n));
const safe = [...names].filter((n) => !unsafe.includes(n));
console.log('safe', safe.join(' '));
const re = new RegExp(`^(${safe.join('|')})$`);
const r = transformSync(code, { minify: true, mangleProps: re, charset: 'ascii' });
console.log(gzipSync(code, { level: 9 }).length, '->', gzipSync(r.code, { level: 9 }).length);
const r2 = transformSync(code, { minify: true, charset: 'ascii' });
console.log('esbuild alone', gzipSync(r2.code, { level: 9 }).length);
