import { Marked, type Tokens } from 'marked';

/**
 * Markdown (a README, a model card) as an inert HTML document, for the usual extraction: its
 * headings, lists, paragraphs and tables become the same elements a web page would have, so
 * sentences, links and tables come out as they do for any page. Pure string work (no DOM), so it
 * runs in a service worker and in Node.
 *
 * Fetched Markdown is untrusted, and READMEs carry raw HTML (logos, badges, and often their
 * benchmark tables as `<table>`): the rendered HTML is rebuilt tag by tag from an allow-list of
 * structural elements without their attributes (but a link's web address and a cell's span), so
 * no script, style, image, frame, form or event handler survives, and every `<` that is not one of
 * those rebuilt tags is escaped.
 */
export function markdownToHtml(markdown: string, options: { title?: string } = {}): string {
  const body = withoutFrontMatter(markdown);
  const tokens = renderer.lexer(body);
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
  const headingText = heading
    ? plainText(sanitizeHtml(renderer.parseInline(heading.text) as string))
    : '';
  const title = headingText || escapeText(options.title ?? '');
  const html = sanitizeHtml(renderer.parser(tokens));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${html}</article></body></html>`;
}

/**
 * The Markdown without its YAML front matter: a model card's licence, tags and settings
 * (`---` … `---` at the very start) are data for the hub, not the card's text.
 */
export function withoutFrontMatter(markdown: string): string {
  return markdown.replace(
    /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/,
    '',
  );
}

const renderer = new Marked({
  gfm: true,
  renderer: {
    // Commands and configuration files are not what a restatement restates, and their numbers
    // (ports, flags, sizes) would be read as the source's figures.
    code: () => '',
    image: () => '',
  },
});

/** Elements kept (without attributes but those in KEPT_ATTRIBUTES): structure and text only. */
const KEPT_TAGS = new Set(
  'a abbr b blockquote br caption code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead tr u ul'.split(
    ' ',
  ),
);
/** Elements dropped with everything inside them: code, styles, embedded documents, forms. */
const DROPPED_WITH_CONTENT = new Set(
  'script style template textarea title noscript noembed noframes iframe frame frameset object embed applet svg math select option button form head xmp plaintext canvas audio video'.split(
    ' ',
  ),
);
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[\s/](?:[^>"']|"[^"]*"|'[^']*')*)?)>|<![^>]*>|<\?[^>]*>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Text between tags: its entities kept, any `<` or `>` escaped so it can open no tag. */
const escapeText = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) =>
  value
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** A link target worth keeping: a web address, a relative path or a fragment, never a script. */
function safeHref(value: string): string | null {
  const href = value.replace(/&amp;/g, '&').trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i
    .exec(href.replace(/[\p{Cc}\s]/gu, ''))?.[1]
    ?.toLowerCase();
  return !scheme || scheme === 'http' || scheme === 'https' ? href : null;
}

function keptAttributes(tag: string, raw: string): string {
  const allowed = KEPT_ATTRIBUTES[tag];
  if (!allowed) return '';
  let out = '';
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (!allowed.includes(name) || out.includes(` ${name}=`)) continue;
    if (name === 'href') {
      const href = safeHref(value);
      if (href !== null) out += ` href="${escapeAttribute(href)}"`;
    } else if (/^\d{1,3}$/.test(value.trim())) out += ` ${name}="${value.trim()}"`;
  }
  return out;
}

/**
 * HTML rebuilt from an allow-list: kept elements re-emitted with only their kept attributes,
 * other tags dropped (their text kept), dropped-with-content elements removed to their end tag
 * (or to the end, as a browser would read an unclosed script), comments and declarations removed.
 */
export function sanitizeHtml(html: string): string {
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    out += escapeText(html.slice(at, m.index));
    at = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = at;
      const found = end.exec(html);
      at = found ? end.lastIndex : html.length;
      TAG.lastIndex = at;
      continue;
    }
    if (!KEPT_TAGS.has(name)) continue;
    out += closing ? `</${name}>` : `<${name}${keptAttributes(name, m[3] ?? '')}>`;
  }
  return out + escapeText(html.slice(at));
}

/** The text of a bit of HTML, tags removed and `<` escaped, for the title element. */
const plainText = (html: string) =>
  escapeText(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
