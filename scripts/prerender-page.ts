// Putting a prerendered interview into the built index.html. Pure string work, unit-tested.
import type { Interview } from '../src/interview/generated/interview';
import type { Prerendered } from '../src/prerender';

export interface PrerenderModule {
  prerender: (interview: Interview) => Prerendered;
  validate: (document: unknown) => { ok: true; interview: Interview } | { ok: false; problems: string[] };
}

/** The JSON inside a <script type="application/json">: nothing in it may end the element or open a comment. */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What Vite's build manifest says of one chunk (the parts read here). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The chunks the entry loads at start, beyond its own static imports (which Vite already preloads):
 * main.tsx imports React DOM, the strings and the app one after another, each evaluated in a task of
 * its own, so each, with what it imports, is listed for the browser to fetch at once.
 */
export function startChunks(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry === true);
  if (entry === undefined) throw new Error('The build manifest has no entry chunk');
  const preloaded = new Set<string>([entry.file]);
  for (const name of entry.imports ?? []) preloaded.add(manifest[name]?.file ?? name);
  const found: string[] = [];
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (chunk === undefined || preloaded.has(chunk.file)) return;
    preloaded.add(chunk.file);
    found.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const name of entry.dynamicImports ?? []) visit(name);
  return found;
}

interface PageOptions {
  /** The pre-paint script, relative to dist/. */
  prepaint: string;
  /** Chunks to preload besides the entry's own imports (startChunks), relative to dist/. */
  preload?: readonly string[];
  /** How many folders below dist/ the page is: its relative links climb that many. */
  depth: number;
}

export function assemblePage(
  template: string,
  ssr: PrerenderModule,
  document: unknown,
  options: PageOptions,
): string {
  const checked = ssr.validate(document);
  if (!checked.ok) throw new Error(`Cannot prerender an invalid interview:\n${checked.problems.join('\n')}`);
  const { html, title } = ssr.prerender(checked.interview);
  const up = '../'.repeat(options.depth);
  let page = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace('<div id="root"></div>', () => {
      const data = `<script type="application/json" id="interview-data">${embeddedJson(checked.interview)}</script>`;
      return `<div id="root">${html}</div>\n    ${data}`;
    });
  // The head holds only what the first paint needs: the blocking pre-paint script (the preferences are
  // on <html> before anything is drawn) and the stylesheet. No tag names the app's code, so the
  // browser fetches none of it on its own: the pre-paint script asks for it once the page is on screen
  // (src/services/start-app.ts), from its data-start: the entry, then every chunk it loads at start,
  // Vite's preloads and main.tsx's steps, so they still come at once rather than one after another.
  // (Before, the scripts shared a slow line with the stylesheet: Lighthouse's slow 4G put the first
  // paint at 1.5 s against the static page's 0.76 s; and 20 preloads in <head> were compiled on the
  // main thread before the first paint, LCP ×1.3–1.4 the floor's at CPU 4×.)
  const stylesheets = page.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
  const vitePreloads = page.match(/\s*<link rel="modulepreload"[^>]*>/g) ?? [];
  const entries = page.match(/\s*<script type="module"[^>]*><\/script>/g) ?? [];
  for (const tag of [...stylesheets, ...vitePreloads, ...entries]) page = page.replace(tag, '');
  const address = (tag: string, attribute: string) =>
    new RegExp(`${attribute}="([^"]+)"`).exec(tag)?.[1] ?? '';
  const start = new Set([
    ...entries.map((tag) => address(tag, 'src')),
    ...vitePreloads.map((tag) => address(tag, 'href')),
    ...(options.preload ?? []).map((file) => `./${file}`),
  ]);
  const startAttribute = start.size > 0 ? ` data-start="${escapeText([...start].join(' '))}"` : '';
  const head = [
    `<script src="./${options.prepaint}"${startAttribute}></script>`,
    ...stylesheets.map((tag) => tag.trim()),
  ];
  page = page.replace(/(\s*)(<link rel="icon")/, (_, space: string, icon: string) =>
    [...head, icon].map((tag) => space + tag).join(''),
  );
  if (options.depth > 0)
    page = page
      .replace(/(src|href)="\.\//g, `$1="./${up}`)
      .replace(
        /data-start="([^"]*)"/,
        (_, list: string) => `data-start="${list.replace(/(^| )\.\//g, `$1./${up}`)}"`,
      );
  return page;
}

/** Interviews in data/ besides the built-in one, each to its own page (/<id>/). */
export function otherInterviews(
  data: URL,
  names: readonly string[],
  read: (url: URL, encoding: 'utf8') => string,
): { id: string; document: unknown }[] {
  return names
    .filter(
      (name) => name.endsWith('.json') && name !== 'sound-of-metal.json' && !name.endsWith('.schema.json'),
    )
    .map((name) => {
      const document = JSON.parse(read(new URL(name, data), 'utf8')) as { id?: unknown };
      return { id: typeof document.id === 'string' ? document.id : name.replace(/\.json$/, ''), document };
    });
}
