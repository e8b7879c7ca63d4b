import type { OutboundLink } from './article';
import { webUrl } from './page-meta';

const MAX_LINKS = 500;
const MAX_CONTEXT = 300;
const CONTEXT_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'SECTION',
  'ASIDE',
  'FOOTER',
  'DIV',
]);

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Text of the nearest block around a link, so "Source: <a>…</a>" keeps its "Source:". `blocks`
 * keeps each block's text once read: the links of a page share their blocks, and a block can be
 * the whole article (reading it again for each link was most of the time spent on links).
 */
function contextOf(anchor: Element, blocks: Map<Element, string>): string {
  let el: Element | null = anchor.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    if (CONTEXT_TAGS.has(el.tagName.toUpperCase())) {
      let text = blocks.get(el);
      if (text === undefined) blocks.set(el, (text = collapse(el.textContent)));
      if (text.length > collapse(anchor.textContent).length) return text.slice(0, MAX_CONTEXT);
    }
  }
  return '';
}

/**
 * Collects the page's web links (http/https only; `javascript:`, `data:` and the like are dropped),
 * with their text and surroundings. Links to the page itself (same address, fragments) are skipped.
 * `articleHrefs` marks the ones that sit in the extracted article body.
 */
export function collectLinks(
  doc: Document,
  pageUrl: string,
  articleHrefs: Set<string>,
): OutboundLink[] {
  const links: OutboundLink[] = [];
  const seen = new Set<string>();
  const blocks = new Map<Element, string>();
  const self = pageUrl.split('#')[0];
  for (const anchor of Array.from(doc.querySelectorAll('a[href]'))) {
    if (links.length >= MAX_LINKS) break;
    const href = webUrl(anchor.getAttribute('href'), pageUrl);
    if (!href || href.split('#')[0] === self) continue;
    const text =
      collapse(anchor.textContent) ||
      collapse(anchor.getAttribute('aria-label')) ||
      collapse(anchor.getAttribute('title'));
    const key = `${href}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({
      href,
      text: text.slice(0, MAX_CONTEXT),
      context: contextOf(anchor, blocks),
      rel: anchor.getAttribute('rel'),
      inArticle: articleHrefs.has(href),
    });
  }
  return links;
}
