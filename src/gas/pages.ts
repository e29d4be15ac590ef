/**
 * The add-on's pages (the sidebar) by file name without ".html". Pushed with clasp, each page is
 * its own file beside Code.js, served by HtmlService.createHtmlOutputFromFile. The one-file
 * install, dist/Segmentasi.gs, has no other file: its build sets __PAGES__ to every page's text
 * by name, served by HtmlService.createHtmlOutput. The code that opens a page is the same.
 */

/** Set by the build: null for dist/Code.js, every dist/*.html page by name for dist/Segmentasi.gs. */
declare const __PAGES__: Readonly<Record<string, string>> | null;

/** The page's text when this build carries it, else null (the page is a pushed file). */
export function inlinePage(name: string): string | null {
  const pages = __PAGES__;
  return pages !== null && Object.prototype.hasOwnProperty.call(pages, name) ? pages[name] : null;
}
