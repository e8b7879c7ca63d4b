/**
 * Finds a quote from the article text in the live page, across element boundaries, ignoring
 * differences in whitespace (the article text collapses it). Returns the text-node pieces that
 * make up the first match, or null.
 */

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'UNSPUN-SIDEBAR']);

/** Whitespace-collapsed text of the page with, for each character, where it came from. */
function indexText(root: Node): {
  text: string;
  nodes: Text[];
  offsets: Int32Array;
  nodeIndex: Int32Array;
} {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  let text = '';
  const offsets: number[] = [];
  const nodeIndex: number[] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    const n = nodes.push(node) - 1;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]!);
      if (isSpace && lastWasSpace) continue;
      text += isSpace ? ' ' : value[i];
      offsets.push(i);
      nodeIndex.push(n);
      lastWasSpace = isSpace;
    }
    if (!lastWasSpace) {
      // Block boundaries between text nodes read as a space, as in the article text.
      text += ' ';
      offsets.push(value.length);
      nodeIndex.push(n);
      lastWasSpace = true;
    }
  }
  return { text, nodes, offsets: Int32Array.from(offsets), nodeIndex: Int32Array.from(nodeIndex) };
}

/** The pieces of text nodes holding `quote` in `root`, or null when it cannot be found. */
export function findTextInPage(root: Node, quote: string): TextPiece[] | null {
  const needle = quote.replace(/\s+/g, ' ').trim();
  if (!needle) return null;
  const { text, nodes, offsets, nodeIndex } = indexText(root);
  let at = text.indexOf(needle);
  let length = needle.length;
  if (at < 0) {
    // The page changed a little, or a link or footnote split the sentence: try its opening words.
    const head = needle.slice(0, Math.min(needle.length, 80));
    at = text.indexOf(head);
    length = head.length;
  }
  if (at < 0) return null;
  const pieces: TextPiece[] = [];
  for (let i = at; i < at + length; i++) {
    const node = nodes[nodeIndex[i]!]!;
    const offset = offsets[i]!;
    const last = pieces[pieces.length - 1];
    if (offset >= node.data.length) continue; // a synthetic space between nodes
    // Within one node, a piece also spans the whitespace the index collapsed.
    if (last && last.node === node) last.end = Math.max(last.end, offset + 1);
    else pieces.push({ node, start: offset, end: offset + 1 });
  }
  return pieces.length ? pieces : null;
}
