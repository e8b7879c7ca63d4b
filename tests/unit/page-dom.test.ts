// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findTextInPage } from '../../lib/page/find-text';
import { HIGHLIGHT_TAG, PageHighlighter } from '../../lib/page/highlight';
import { placeBeside } from '../../lib/page/side-by-side';

beforeEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = `
    <article>
      <h1>Small models win</h1>
      <p>Specialized models <a href="/x">consistently</a> outperform
         general ones.   They are also cheaper.</p>
      <p>Nothing else here.</p>
      <script>var notText = "Specialized models";</script>
    </article>`;
  Element.prototype.scrollIntoView = () => {};
});

describe('findTextInPage', () => {
  it('finds a quote across elements and collapsed whitespace', () => {
    const pieces = findTextInPage(
      document.body,
      'Specialized models consistently outperform general ones.',
    );
    expect(pieces).not.toBeNull();
    // One piece per text node: before the link, the link, after it (collapsed space included).
    expect(pieces!.map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      'Specialized models ',
      'consistently',
      'outperform\n         general ones.',
    ]);
  });

  it('returns null for text that is not on the page, and ignores script text', () => {
    expect(findTextInPage(document.body, 'Large models win')).toBeNull();
    const pieces = findTextInPage(document.body, 'Specialized models');
    expect(pieces![0]!.node.parentElement!.tagName).toBe('P');
  });
});

describe('PageHighlighter', () => {
  it('highlights a passage and removes every trace again', () => {
    const before = document.body.innerHTML;
    const highlighter = new PageHighlighter(document);
    expect(highlighter.show('They are also cheaper.')).toBe(true);
    const marks = document.querySelectorAll(HIGHLIGHT_TAG);
    expect(marks.length).toBe(1);
    expect(marks[0]!.textContent).toBe('They are also cheaper.');
    highlighter.clear();
    expect(document.querySelectorAll(HIGHLIGHT_TAG).length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('says so when the passage is gone', () => {
    expect(new PageHighlighter(document).show('A sentence the page never had.')).toBe(false);
  });
});

describe('placeBeside', () => {
  it('narrows a wide page and restores its style attribute verbatim', () => {
    window.innerWidth = 1280;
    document.documentElement.setAttribute('style', 'background: red;');
    const layout = placeBeside(document, 400);
    expect(layout.mode).toBe('beside');
    expect(document.documentElement.style.marginRight).toBe('400px');
    layout.restore();
    expect(document.documentElement.getAttribute('style')).toBe('background: red;');
  });

  it('overlays on a narrow page and leaves it untouched', () => {
    window.innerWidth = 800;
    const layout = placeBeside(document, 400);
    expect(layout.mode).toBe('overlay');
    expect(document.documentElement.style.marginRight).toBe('');
    layout.restore();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });
});
