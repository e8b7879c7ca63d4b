import { findTextInPage, type TextPiece } from './find-text';

/** Highlights are wrapped in our own element so page CSS aimed at <mark> or spans can't hide them. */
export const HIGHLIGHT_TAG = 'unspun-highlight';

const HIGHLIGHT_STYLE: Record<string, string> = {
  background: '#ffe066',
  color: '#1a1a1a',
  'border-radius': '2px',
  'box-shadow': '0 0 0 2px #ffe066',
  display: 'inline',
};

/** Page highlights that can all be removed again, leaving the page's text as it was. */
export class PageHighlighter {
  private readonly wrappers: HTMLElement[] = [];

  constructor(private readonly doc: Document) {}

  /** Highlights the quote and scrolls to it; returns false when it is not in the page. */
  show(quote: string): boolean {
    this.clear();
    const pieces = findTextInPage(this.doc.body ?? this.doc.documentElement, quote);
    if (!pieces) return false;
    // Wrap from the last piece back, so earlier offsets stay valid while splitting nodes.
    for (const piece of [...pieces].reverse()) this.wrap(piece);
    this.wrappers[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  private wrap({ node, start, end }: TextPiece): void {
    if (!node.parentNode) return;
    const range = this.doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const wrapper = this.doc.createElement(HIGHLIGHT_TAG);
    for (const [name, value] of Object.entries(HIGHLIGHT_STYLE)) wrapper.style.setProperty(name, value, 'important');
    try {
      range.surroundContents(wrapper);
      this.wrappers.unshift(wrapper);
    } catch {
      // A range across a partially selected element cannot be wrapped; skip that piece.
    }
  }

  /** Removes every highlight and rejoins the text nodes it split. */
  clear(): void {
    for (const wrapper of this.wrappers.splice(0)) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
      parent.normalize();
    }
  }
}
