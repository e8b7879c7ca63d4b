/**
 * Turns a DOM subtree into plain text with one line per block (paragraph, heading, list item),
 * so sentence splitting never runs across a heading into a paragraph.
 */

/** Elements that start a new line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Minimal node shape shared by browser DOM and linkedom, so this runs in both. */
interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Plain text of `root`: whitespace collapsed inside a block, one block per line, no empty lines. */
export function blockText(root: NodeLike): string {
  return blockLines(root).text;
}

/** A subtree's text (as blockText) and where its list items' lines start in it. */
export interface BlockLines {
  text: string;
  /**
   * Offsets in `text` of the lines that are list items' (inside an `LI`): a list item without a
   * stop is a point of a list, not a heading (claim-kind.ts), which its missing stop alone cannot
   * tell. Not a line that is all links' text: a list of links is the page's contents, its
   * navigation or its related stories, not points it makes.
   */
  items: number[];
}

/** Plain text of `root`, one block per line, and which of its lines are list items'. */
export function blockLines(root: NodeLike): BlockLines {
  const lines: string[] = [];
  const items: number[] = [];
  let length = 0;
  let current = '';
  /** How many `LI` and `A` elements are open: the text flushed while one is belongs to it. */
  let openItems = 0;
  let openLinks = 0;
  /** Whether the current line has text outside any link. */
  let unlinked = false;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) {
      if (openItems && unlinked) items.push(length);
      lines.push(line);
      length += line.length + 1;
    }
    current = '';
    unlinked = false;
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: { node: NodeLike; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += value;
      // Marks between links ("Home · About") are no text of the line's own.
      if (!openLinks && /[\p{L}\p{N}]/u.test(value)) unlinked = true;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      if (tag === 'LI') openItems--;
      else if (tag === 'A') openLinks--;
      continue;
    }
    if (block) flush();
    if (tag === 'LI') openItems++;
    else if (tag === 'A') openLinks++;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return { text: lines.join('\n'), items };
}
