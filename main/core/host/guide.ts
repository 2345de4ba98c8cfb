/**
 * The user guide as a page: `docs/guide.md` (English) or `docs/guide.ko.md` (Korean) rendered
 * to HTML. Both hosts serve it at `/guide/`, so images the guide links relative to `docs/`
 * load from `/guide/<path>`; the page runs no script.
 */
import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { marked } from 'marked';
import type { Prefs } from '../../../shared/contract.js';
import { GapboardError } from '../project/errors.js';
import { PACKAGE_ROOT } from '../app/paths.js';
import { serveStatic } from './static-files.js';

/** Where the guide and its images are: the repository's (or the installed app's) docs folder. */
export const DOCS_DIR = path.join(PACKAGE_ROOT, 'docs');

const GUIDE_FILES: Record<Prefs['language'], string> = { en: 'guide.md', ko: 'guide.ko.md' };

/** The guide's language from a `lang` query value: Korean when asked for, else English. */
export function guideLanguage(value: string | null): Prefs['language'] {
  return value === 'ko' ? 'ko' : 'en';
}

const STYLE = `
body { margin: 0; background: #f6f7f9; color: #1d2330;
  font: 15px/1.65 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 32px 24px 64px; background: #fff; }
img { max-width: 100%; height: auto; border: 1px solid #e3e6eb; border-radius: 6px; }
code { background: #eef0f3; border-radius: 4px; padding: 1px 5px; }
pre code { display: block; padding: 12px; overflow-x: auto; }
table { border-collapse: collapse; } th, td { border: 1px solid #e3e6eb; padding: 4px 8px; }
a { color: #1d4ed8; }`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The guide in `language` as a whole HTML document. */
export async function guidePage(language: Prefs['language'], docsDir: string = DOCS_DIR): Promise<string> {
  const file = path.join(docsDir, GUIDE_FILES[language]);
  let markdown: string;
  try {
    markdown = await fs.readFile(file, 'utf8');
  } catch {
    throw new GapboardError('NOT_FOUND', `The user guide is missing (${file}).`);
  }
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Gapboard';
  const body = await marked.parse(markdown, { gfm: true });
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main data-testid="user-guide">
${body}
</main>
</body>
</html>
`;
}

/** Only the guide's pictures are served from the docs folder, not its other files. */
export const GUIDE_IMAGE = /\.(png|jpe?g|webp|svg|gif)$/i;

/**
 * Answers `/guide/…` in the browser host: the page itself at `/guide/` (`?lang=ko` for
 * Korean), its images below it. True when the request was the guide's.
 */
export async function serveGuide(
  res: http.ServerResponse,
  url: URL,
  pathname: string,
  docsDir: string,
  csp: string,
): Promise<boolean> {
  if (pathname === '/guide') {
    res.writeHead(302, { location: `/guide/${url.search}` }).end();
    return true;
  }
  if (!pathname.startsWith('/guide/')) return false;
  const rest = pathname.slice('/guide/'.length);
  if (rest === '') {
    let html: string;
    try {
      html = await guidePage(guideLanguage(url.searchParams.get('lang')), docsDir);
    } catch (err) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end((err as Error).message);
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(html);
    return true;
  }
  if (!GUIDE_IMAGE.test(rest)) {
    res.writeHead(404).end('Not found');
    return true;
  }
  await serveStatic(res, docsDir, rest, { fallback: false });
  return true;
}
