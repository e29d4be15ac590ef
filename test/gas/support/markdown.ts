/** Links and headings of the documentation's Markdown pages, read as GitHub renders them. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** The page without fenced code blocks and HTML comments: links there are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '').replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * A heading's anchor as GitHub makes it (github-slugger): inline code marks dropped, lower case,
 * every character but letters, digits, "_", "-" and spaces removed, spaces made "-".
 */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a page's headings; a repeated heading gets -1, -2, ... as on GitHub. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, text] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  return result;
}

/**
 * Every relative link or picture of `file` (a path from `root`) whose file or heading does not
 * exist, as "file: target (why)". Web links are left to the web.
 */
export function brokenLinks(
  root: string,
  file: string,
  markdown = readFileSync(join(root, file), 'utf8'),
): string[] {
  const problems: string[] = [];
  for (const [, target] of prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#');
    const resolved = normalize(join(dirname(file), path));
    if (path && !existsSync(join(root, resolved))) {
      problems.push(`${file}: ${target} (no such file)`);
      continue;
    }
    const page = path ? readFileSync(join(root, resolved), 'utf8') : markdown;
    if (anchor !== undefined && !anchors(page).has(anchor))
      problems.push(`${file}: ${target} (no such heading)`);
  }
  return problems;
}
