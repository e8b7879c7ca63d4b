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
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: { node: NodeLike; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return lines.join('\n');
}
