/**
 * docs/marketplace/ is ready for the Marketplace SDK: every picture has the pixel size Google's
 * Store Listing asks for (read from the PNG header), the listing texts keep Google's length limits
 * and one name, the privacy page names every scope the add-on asks for, and every link in the
 * folder and in docs/privasi.html and docs/ketentuan.html leads to a file of the repository or to
 * a google.com page (https only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { appId } from '../../src/core/i18n/appId';
import { repoRoot } from '../gas/fakes/loadBundle';

const ROOT = repoRoot();
const FOLDER = join(ROOT, 'docs', 'marketplace');
const PAGES = [join(ROOT, 'docs', 'privasi.html'), join(ROOT, 'docs', 'ketentuan.html')];
const TEXTS = [
  ...readdirSync(FOLDER)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(FOLDER, f)),
  ...PAGES,
];
const read = (file: string) => readFileSync(file, 'utf8');

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Link targets: Markdown [text](target) and <https://...>, HTML href="..." and src="...". */
function links(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/<(https?:\/\/[^>\s]+)>/g)) found.push(m[1]);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)) found.push(m[1]);
  return found;
}

/** Why a link is not allowed, or null: a file that exists, or an https page on google.com. */
function linkProblem(from: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    const url = new URL(target);
    if (url.protocol !== 'https:') return `${target}: only https links`;
    const host = url.hostname;
    return host === 'google.com' || host.endsWith('.google.com') ? null : `${target}: not a google.com page`;
  }
  const path = target.split('#')[0];
  if (path === '') return null;
  return existsSync(resolve(dirname(from), path)) ? null : `${target}: no such file`;
}

/** The sections of a listing file: "## Heading" -> its text. */
function sections(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of read(file).split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out[heading.trim()] = body.join('\n').trim();
  }
  return out;
}

describe('docs/marketplace pictures', () => {
  it.each([
    ['icon-128.png', 128, 128],
    ['icon-32.png', 32, 32],
    ['banner-220x140.png', 220, 140],
  ])('%s is %i x %i pixels', (file, width, height) => {
    expect(pngSize(join(FOLDER, file))).toEqual({ width, height });
  });

  it('has three to five screenshots, each 1280 x 800 pixels', () => {
    const shots = readdirSync(FOLDER).filter((f) => /^screenshot-.*\.png$/.test(f));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots)
      expect([shot, pngSize(join(FOLDER, shot))]).toEqual([shot, { width: 1280, height: 800 }]);
  });

  it('holds no other picture', () => {
    const pictures = readdirSync(FOLDER).filter((f) => f.endsWith('.png'));
    const known = (f: string) =>
      ['icon-128.png', 'icon-32.png', 'banner-220x140.png'].includes(f) || f.startsWith('screenshot-');
    expect(pictures.filter((f) => !known(f))).toEqual([]);
  });
});

describe('the listing texts', () => {
  const listings = {
    'listing-id.md': ['Nama aplikasi', 'Deskripsi singkat', 'Deskripsi lengkap'],
    'listing-en.md': ['Application name', 'Short description', 'Detailed description'],
  };

  it.each(Object.entries(listings))(
    '%s: one name of at most 50 characters, without "Google"',
    (file, [name]) => {
      const text = sections(join(FOLDER, file));
      // The name on the OAuth consent screen, the listing's in both languages, and the add-on's own title.
      expect(text[name]).toBe('Segmentasi Pelanggan');
      expect(text[name]).toBe(appId.dialogs.sidebarTitle);
      expect(text[name].length).toBeLessThanOrEqual(50);
      expect(text[name]).not.toMatch(/google/i);
    },
  );

  it.each(Object.entries(listings))(
    '%s: a short description of at most 200 characters, a detailed one under 16,000',
    (file, [, short, long]) => {
      const text = sections(join(FOLDER, file));
      expect(text[short].length).toBeGreaterThan(50);
      expect(text[short].length).toBeLessThanOrEqual(200);
      expect(text[short]).not.toContain('\n');
      expect(text[long].length).toBeGreaterThan(500);
      expect(text[long].length).toBeLessThan(16000);
    },
  );
});

describe('the privacy and terms pages', () => {
  const privacy = read(PAGES[0]);

  it('says the data stays in the spreadsheet and nothing is sent anywhere', () => {
    expect(privacy).toContain('Data Anda tetap di spreadsheet Anda.');
    expect(privacy).toContain('Tidak ada data yang dikirim ke mana pun');
  });

  it("names every scope of appsscript.json, and the daily trigger's, with what it is for", () => {
    const manifest = JSON.parse(read(join(ROOT, 'appsscript.json'))) as { oauthScopes: string[] };
    const scopes = new Set([...manifest.oauthScopes, 'https://www.googleapis.com/auth/script.scriptapp']);
    for (const scope of scopes)
      expect(privacy).toMatch(new RegExp(`<li>\\s*<code>${scope.replace(/\./g, '\\.')}</code>:\\s*\\S`));
    expect(privacy).toMatch(
      /script\.scriptapp<\/code>: membuat pemicu harian bila Anda\s+menyalakan Perbarui otomatis/,
    );
  });

  it.each(PAGES.map((p) => [p.slice(ROOT.length + 1), p]))(
    '%s is an Indonesian page with a title',
    (_, page) => {
      expect(read(page)).toMatch(/<html lang="id">/);
      expect(read(page)).toMatch(/<title>[^<]+<\/title>/);
    },
  );
});

describe('links', () => {
  it.each(TEXTS.map((t) => [t.slice(ROOT.length + 1), t]))('every link in %s resolves', (_, file) => {
    const found = links(read(file));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((target) => linkProblem(file, target)).filter((p) => p !== null)).toEqual([]);
  });

  it('the check itself refuses a missing file, plain http and a page outside google.com', () => {
    const from = join(FOLDER, 'README.md');
    expect(linkProblem(from, 'tidak-ada.png')).toMatch(/no such file/);
    expect(linkProblem(from, 'http://developers.google.com/x')).toMatch(/only https/);
    expect(linkProblem(from, 'https://example.com/')).toMatch(/not a google\.com page/);
    expect(linkProblem(from, 'https://google.com.example.net/')).toMatch(/not a google\.com page/);
    expect(linkProblem(from, 'https://developers.google.com/apps-script')).toBeNull();
    expect(links('[a](b.md) <https://support.google.com/x> <a href="c.html">')).toEqual([
      'b.md',
      'https://support.google.com/x',
      'c.html',
    ]);
  });

  it("README of docs/marketplace cites Google's pages for each step", () => {
    const text = read(join(FOLDER, 'README.md'));
    for (const page of [
      'https://developers.google.com/apps-script/guides/cloud-platform-projects',
      'https://developers.google.com/workspace/marketplace/configure-oauth-consent-screen',
      'https://developers.google.com/workspace/marketplace/sdk',
      'https://developers.google.com/workspace/marketplace/create-listing',
      'https://developers.google.com/workspace/add-ons/how-tos/publish-add-on-overview',
      'https://developers.google.com/workspace/add-ons/how-tos/update-published-add-on',
      'https://developers.google.com/apps-script/reference/properties/properties-service',
    ])
      expect(links(text)).toContain(page);
  });
});
