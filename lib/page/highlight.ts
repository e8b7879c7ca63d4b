import { findTextInPage, type TextPiece } from './find-text';

/** Highlights are wrapped in our own element so page CSS aimed at <mark> or spans can't hide them. */
export const HIGHLIGHT_TAG = 'unspun-highlight';

/** The passage the reader asked to see: yellow, as a highlighter pen. */
const SHOWN_STYLE: Record<string, string> = {
  background: '#ffe066',
  color: '#1a1a1a',
  'border-radius': '2px',
  'box-shadow': '0 0 0 2px #ffe066',
  display: 'inline',
};

/** Passages the reader flagged: a quieter orange with an underline, so both can be told apart. */
export const FLAGGED_STYLE: Record<string, string> = {
  background: '#ffe3c2',
  color: '#1a1a1a',
  'text-decoration': 'underline #c2410c 2px',
  'text-underline-offset': '3px',
  display: 'inline',
};

/** Page highlights that can all be removed again, leaving the page's text as it was. */
export class PageHighlighter {
  private readonly wrappers: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly style: Record<string, string> = SHOWN_STYLE,
    /** Set on each wrapper, so tests and styles can tell kinds of highlight apart. */
    private readonly kind = 'shown',
  ) {}

  /** Highlights the quote alone and scrolls to it; returns false when it is not in the page. */
  show(quote: string): boolean {
    this.clear();
    const first = this.add(quote);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return first !== null;
  }

  /** Highlights the quote besides those already shown; returns its first wrapper, or null. */
  add(quote: string): HTMLElement | null {
    const pieces = findTextInPage(this.doc.body ?? this.doc.documentElement, quote);
    if (!pieces) return null;
    const added: HTMLElement[] = [];
    // Wrap from the last piece back, so earlier offsets stay valid while splitting nodes.
    for (const piece of [...pieces].reverse()) {
      const wrapper = this.wrap(piece);
      if (wrapper) added.unshift(wrapper);
    }
    return added[0] ?? null;
  }

  private wrap({ node, start, end }: TextPiece): HTMLElement | null {
    if (!node.parentNode) return null;
    const range = this.doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const wrapper = this.doc.createElement(HIGHLIGHT_TAG);
    wrapper.setAttribute('data-kind', this.kind);
    for (const [name, value] of Object.entries(this.style))
      wrapper.style.setProperty(name, value, 'important');
    try {
      range.surroundContents(wrapper);
      this.wrappers.push(wrapper);
      return wrapper;
    } catch {
      // A range across a partially selected element cannot be wrapped; skip that piece.
      return null;
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
