import { Readability } from '@mozilla/readability';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';

const CSS = `:host { position: fixed !important; top: 0; right: 0; width: 400px; height: 100vh; z-index: 2147483647;
  background: #fff; color: #111; font: 16px system-ui, sans-serif; }
.count { font-size: 48px; font-weight: 700; padding: 16px; }`;

/** The word count of the page's article, as Readability reads it (over a clone: it mutates). */
function wordCount(): number {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed?.textContent?.split(/\s+/).filter(Boolean).length ?? 0;
}

function Count({ words }: { words: number | null }) {
  return words === null ? (
    <p>Reading…</p>
  ) : (
    <p class="count" data-testid="word-count">
      {words}
    </p>
  );
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'bench-baseline',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: CSS,
      onMount: (container) => {
        render(<Count words={null} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    render(<Count words={wordCount()} />, ui.uiContainer);
  },
});
