#!/usr/bin/env node
/**
 * Builds dist/ for clasp (exactly the files Apps Script runs) and build/cli.js for Node.
 * - dist/Code.js: src/gas/main.ts bundled as an IIFE held in one global, followed by one
 *   top-level wrapper per export with the export's JSDoc copied from the TypeScript source
 *   (TypeScript compiler API), so Apps Script sees exactly the entry points and Sheets
 *   autocompletes the formulas. Helpers never become globals.
 * - dist/appsscript.json: the manifest.
 * - dist/sidebar.html: the sidebar page (src/sidebar/), its TypeScript bundled and inlined with its
 *   CSS into one file (no CDN, no outside font or script), served by HtmlService.createHtmlOutputFromFile.
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

/** One HTML file: the page template with its stylesheet and its bundled script inlined. */
async function buildSidebar() {
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
    logLevel: 'warning',
  });
  // "</script" inside the code would end the inline script early; "<\/script" means the same in JS.
  const script = result.outputFiles[0].text.trim().replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(join(root, 'src/sidebar/style.css'), 'utf8').trim();
  if (/<\/style/i.test(style)) fail('src/sidebar/style.css must not contain </style');
  const template = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8');
  if (!template.includes('/* STYLE */') || !template.includes('/* SCRIPT */'))
    fail('src/sidebar/index.html lacks the /* STYLE */ or /* SCRIPT */ placeholder');
  const html = template.replace('/* STYLE */', () => style).replace('/* SCRIPT */', () => script);
  const outside = html.match(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  if (outside) fail(`dist/sidebar.html must load nothing from outside (found ${outside[0]})`);
  writeFileSync(join(dist, 'sidebar.html'), html);
  return Buffer.byteLength(html);
}

async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(cliDir, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  chmodSync(join(cliDir, 'cli.js'), 0o755);
}

// A fresh dist/ each time, so a stale file from an older build is never pushed.
if (outIndex < 0) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const sidebarBytes = await buildSidebar();
const entries = await buildAppsScript();
const oneFile = await buildOneFile(entries);
const workbook = await writeSampleWorkbook(join(root, 'samples'), join(dist, 'toko-contoh.xlsx'));
await buildCli();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `build${ADDON ? ' (add-on)' : ''}: dist/Code.js (${entries.map((e) => e.name).join(', ')}), dist/appsscript.json, ` +
    `dist/sidebar.html (${kb(sidebarBytes)}, ${sidebarBytes} bytes inlined), ` +
    `dist/Segmentasi.gs (${kb(oneFile.bytes)}, ${oneFile.bytes} bytes, pages ${oneFile.pages.join(', ')}), ` +
    `dist/toko-contoh.xlsx (${workbook.sheets.join(', ')}), build/cli.js`,
);
