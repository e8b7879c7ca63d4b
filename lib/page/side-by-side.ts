/**
 * Side-by-side layout (as Hypothesis does it): the page is narrowed by a right margin on <html>
 * so the sidebar sits beside the article instead of over it. The page's own style attribute is
 * remembered and put back verbatim on restore.
 */

/** Below this many px left for the page, narrowing would crush it: the sidebar overlays instead. */
const MIN_PAGE_WIDTH = 640;

export interface PageLayout {
  /** 'beside' when the page was narrowed, 'overlay' when the sidebar covers its right edge. */
  readonly mode: 'beside' | 'overlay';
  /** Changes the reserved width (after a resize or collapse). */
  resize(width: number): void;
  /** Puts the page back exactly as it was. */
  restore(): void;
}

export function placeBeside(doc: Document, width: number): PageLayout {
  const html = doc.documentElement;
  const original = html.getAttribute('style');
  const viewportWidth = () => doc.defaultView?.innerWidth ?? 0;
  let mode: PageLayout['mode'] = 'overlay';
  const layout: PageLayout = {
    get mode() {
      return mode;
    },
    resize(w) {
      mode = viewportWidth() - w >= MIN_PAGE_WIDTH ? 'beside' : 'overlay';
      if (mode === 'beside') {
        html.style.setProperty('margin-right', `${w}px`, 'important');
        html.style.setProperty('max-width', `calc(100% - ${w}px)`, 'important');
      } else {
        html.style.removeProperty('margin-right');
        html.style.removeProperty('max-width');
      }
    },
    restore() {
      // Chromium writes the CSSOM's changes into the attribute lazily, and a removal before that
      // write leaves it pending: a later read then brings back style="". Reading it first writes
      // it (seen in e2e once nothing else read the attribute between opening and closing).
      html.getAttribute('style');
      if (original === null) html.removeAttribute('style');
      else html.setAttribute('style', original);
    },
  };
  layout.resize(width);
  return layout;
}
