#!/usr/bin/env node
/**
 * Builds dist/ for clasp (exactly the files Apps Script runs) and build/cli.js for Node.
 * - dist/Code.js: src/gas/main.ts bundled as an IIFE held in one global, followed by one
 *   top-level wrapper per export with the export's JSDoc copied from the TypeScript source
 *   (TypeScript compiler API), so Apps Script sees exactly the entry points and Sheets
 *   autocompletes the formulas. Helpers never become globals.
 * - dist/appsscript.json: the manifest.
 * - dist/sidebar-id.html, dist/sidebar-en.html: the sidebar page (src/sidebar/) once per language,
 *   its TypeScript bundled and inlined with its CSS into one file (no CDN, no outside font or
 *   script), carrying only that language's words; the server serves the user's one with
 *   HtmlService.createHtmlOutputFromFile.
 * - dist/Segmentasi.gs: the whole add-on in one file for an owner to paste into Extensions › Apps
 *   Script: the same bundle and wrappers as Code.js, with every dist/*.html page carried as text by
 *   name (src/gas/pages.ts), under the @OnlyCurrentDoc annotation so that, without our manifest,
 *   Apps Script asks only for this spreadsheet. clasp never pushes it (.claspignore).
 * - dist/toko-contoh.xlsx: the sample shop of samples/ as a workbook (scripts/sampleWorkbook.mjs).
 * - build/cli.js: the Node command line. It stays out of dist/: clasp pushes every .js under its
 *   rootDir into the one Apps Script global scope, where `require`/`module` break every formula.
 * Fails loudly when an export has no JSDoc, a formula lacks @customfunction, or the globals of the
 * built file differ from the exports.
 */
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { writeSampleWorkbook } from './sampleWorkbook.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --addon: the Marketplace build, whose menu goes under Extensions; --out DIR: another dist folder.
const ADDON = args.includes('--addon');
const outIndex = args.indexOf('--out');
const dist = outIndex >= 0 ? join(process.cwd(), args[outIndex + 1]) : join(root, 'dist');
const cliDir = join(root, 'build');
/** The V8 flag the command line's launcher line gives node (see buildCli). */
const CLI_NODE_FLAGS = '--max-semi-space-size=2';
const ENTRY = join(root, 'src/gas/main.ts');
const GLOBAL = 'SegmentasiPelanggan';
const FORMULA_NAME = /^[A-Z][A-Z0-9_]*$/;

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Exported functions of the entry file with their JSDoc and parameter names. */
export function readEntryPoints(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const entries = [];
  for (const node of source.statements) {
    const exported = ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(node) || !node.name) {
      fail(
        `${file}: only exported function declarations belong in the entry file (found ${ts.SyntaxKind[node.kind]})`,
      );
    }
    const comments = ts.getLeadingCommentRanges(text, node.pos) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    const name = node.name.text;
    if (!jsdoc) fail(`export ${name} has no JSDoc comment`);
    const isFormula = FORMULA_NAME.test(name);
    if (isFormula && !/@customfunction\b/.test(jsdoc)) fail(`formula ${name} lacks the @customfunction tag`);
    if (!isFormula && /@customfunction\b/.test(jsdoc))
      fail(`${name} is not an UPPER_CASE formula name but has @customfunction`);
    if (name.endsWith('_')) fail(`${name} ends with "_" and would be private in Apps Script`);
    entries.push({ name, jsdoc, params: node.parameters.map((p) => p.name.getText(source)), isFormula });
  }
  if (entries.length === 0) fail(`${file} exports no function`);
  return entries;
}

function wrapper({ name, jsdoc, params }) {
  const args = params.join(', ');
  return `${jsdoc}\nfunction ${name}(${args}) {\n  return ${GLOBAL}.${name}(${args});\n}\n`;
}

/** Top-level function declarations of the built file, read back with the compiler API. */
function topLevelFunctions(code) {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  return source.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text);
}

/** The bundle of src/gas/main.ts with one wrapper per export, checked; `pages` as in src/gas/pages.ts. */
async function appsScriptCode(entries, header, pages) {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    define: { __ADDON__: String(ADDON), __PAGES__: JSON.stringify(pages) },
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const code = header + bundle + '\n' + entries.map(wrapper).join('\n');

  const names = entries.map((e) => e.name).sort();
  const declared = topLevelFunctions(code).sort();
  if (JSON.stringify(declared) !== JSON.stringify(names)) {
    fail(`top-level functions ${declared.join(', ')} differ from the exports ${names.join(', ')}`);
  }
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const exported = Object.keys(vm.runInContext(GLOBAL, context)).sort();
  if (JSON.stringify(exported) !== JSON.stringify(names)) {
    fail(`the bundle exports ${exported.join(', ')} but the wrappers are ${names.join(', ')}`);
  }
  return code;
}

const GENERATED = '(generated by scripts/build.mjs; do not edit)';

async function buildAppsScript() {
  const entries = readEntryPoints(ENTRY);
  const header = `// Segmentasi Pelanggan — dibangun otomatis dari src/ ${GENERATED}.\n`;
  writeFileSync(join(dist, 'Code.js'), await appsScriptCode(entries, header, null));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return entries;
}

/** Every page of dist/ by file name without ".html", as createHtmlOutputFromFile names them. */
function distPages() {
  const pages = {};
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    pages[file.slice(0, -'.html'.length)] = readFileSync(join(dist, file), 'utf8');
  }
  if (Object.keys(pages).length === 0) fail('no page in dist/ to carry in Segmentasi.gs');
  return pages;
}

/** dist/Segmentasi.gs: Code.js and every page in one file to paste; its first line is the annotation. */
async function buildOneFile(entries) {
  const pages = distPages();
  const header =
    '/** @OnlyCurrentDoc */\n' +
    '// Segmentasi Pelanggan, satu file: di spreadsheet Anda buka Ekstensi › Apps Script, ganti seluruh\n' +
    '// isi Code.gs dengan file ini, klik Simpan, lalu muat ulang spreadsheet. Menu "Segmentasi" muncul.\n' +
    `// Dibangun otomatis dari src/ ${GENERATED}.\n`;
  const code = await appsScriptCode(entries, header, pages);
  writeFileSync(join(dist, 'Segmentasi.gs'), code);
  return { bytes: Buffer.byteLength(code), pages: Object.keys(pages) };
}

/** The page's languages: one HTML per language, picked by the server from the user's locale. */
const PAGE_LOCALES = ['id', 'en'];
/** The panel's words of each language (src/core/i18n), by the name each file exports. */
const PANEL_WORDS = { id: 'sidebarId', en: 'sidebarEn' };
const I18N = join(root, 'src/core/i18n');
/**
 * Catalogue files a page must not carry: the whole catalogues (the server's and the command
 * line's) and the reading report's words for the sheet's table.
 */
const WHOLE_CATALOGUES = [
  'index.ts',
  'id.ts',
  'en.ts',
  'appId.ts',
  'appEn.ts',
  'readingSheetId.ts',
  'readingSheetEn.ts',
].map((f) => join(I18N, f));

/** The registry of panel words (src/core/i18n/panelCatalogues.ts) holding one language only. */
function oneLanguage(locale) {
  const words = join(I18N, `${PANEL_WORDS[locale]}.ts`);
  return {
    name: `panel-words-${locale}`,
    setup(b) {
      b.onResolve({ filter: /\/panelCatalogues$/ }, () => ({
        path: 'panelCatalogues',
        namespace: 'panel-words',
      }));
      b.onLoad({ filter: /.*/, namespace: 'panel-words' }, () => ({
        contents:
          `import { ${PANEL_WORDS[locale]} as words } from ${JSON.stringify(words)};\n` +
          'export const PANEL_CATALOGUES = { id: words, en: words };\n',
        resolveDir: I18N,
        loader: 'ts',
      }));
    },
  };
}

/** The panel's words of a language, read from the catalogue for the page's static text ("Memuat…"). */
async function panelWords(locale) {
  const result = await build({
    stdin: {
      contents: `export { ${PANEL_WORDS[locale]} as words } from './${PANEL_WORDS[locale]}';`,
      resolveDir: I18N,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).words;
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** One HTML file per language: the page template with its stylesheet and its bundled script inlined. */
async function buildSidebar(locale) {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    plugins: [oneLanguage(locale)],
    logLevel: 'warning',
  });
  const file = `sidebar-${locale}.html`;
  const carried = Object.values(result.metafile.outputs)[0].inputs;
  const others = PAGE_LOCALES.filter((l) => l !== locale).map((l) => join(I18N, `${PANEL_WORDS[l]}.ts`));
  for (const path of [...WHOLE_CATALOGUES, ...others]) {
    const name = path.slice(root.length + 1);
    if ((carried[name]?.bytesInOutput ?? 0) > 0)
      fail(`dist/${file} must carry only its own words (found ${name})`);
  }
  // "</script" inside the code would end the inline script early; "<\/script" means the same in JS.
  const script = result.outputFiles[0].text.trim().replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(join(root, 'src/sidebar/style.css'), 'utf8').trim();
  if (/<\/style/i.test(style)) fail('src/sidebar/style.css must not contain </style');
  const template = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8');
  for (const mark of ['/* STYLE */', '/* SCRIPT */', '%LANG%', '%LOADING%'])
    if (!template.includes(mark)) fail(`src/sidebar/index.html lacks the ${mark} placeholder`);
  const words = await panelWords(locale);
  const html = template
    .replace('%LANG%', locale)
    .replace('%LOADING%', () => escapeHtml(words.loading))
    .replace('/* STYLE */', () => style)
    .replace('/* SCRIPT */', () => script);
  const outside = html.match(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  if (outside) fail(`dist/${file} must load nothing from outside (found ${outside[0]})`);
  writeFileSync(join(dist, file), html);
  return `dist/${file} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, ${Buffer.byteLength(html)} bytes)`;
}

async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(cliDir, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As npx and npm's bin links run it: V8's young generation kept at two 2 MB semi-spaces on
    // every thread (16 MB by default) takes some 50 MB off the peak on a million rows, at the same
    // speed (README, "Baris perintah dibanding pandas"). `env -S` splits the line into arguments;
    // npm's Windows shims read the flag from it too.
    banner: { js: `#!/usr/bin/env -S node ${CLI_NODE_FLAGS}` },
    logLevel: 'warning',
  });
  chmodSync(join(cliDir, 'cli.js'), 0o755);
}

// A fresh dist/ each time, so a stale file from an older build is never pushed.
if (outIndex < 0) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const pages = [];
for (const locale of PAGE_LOCALES) pages.push(await buildSidebar(locale));
const entries = await buildAppsScript();
const oneFile = await buildOneFile(entries);
const workbook = await writeSampleWorkbook(join(root, 'samples'), join(dist, 'toko-contoh.xlsx'));
await buildCli();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `build${ADDON ? ' (add-on)' : ''}: dist/Code.js (${entries.map((e) => e.name).join(', ')}), dist/appsscript.json, ` +
    `${pages.join(', ')}, ` +
    `dist/Segmentasi.gs (${kb(oneFile.bytes)}, ${oneFile.bytes} bytes, pages ${oneFile.pages.join(', ')}), ` +
    `dist/toko-contoh.xlsx (${workbook.sheets.join(', ')}), build/cli.js`,
);
