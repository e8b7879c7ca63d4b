import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prepareAnalysis', () => {
  const Real = Intl.Segmenter;
  /** The segmenters made, by their arguments. */
  const made: unknown[][] = [];
  beforeEach(() => {
    vi.resetModules();
    made.length = 0;
    (Intl as { Segmenter: typeof Real }).Segmenter = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made.push(args);
      }
    };
  });
  afterEach(() => {
    (Intl as { Segmenter: typeof Real }).Segmenter = Real;
    vi.doUnmock('../../lib/analysis/analyze');
  });

  it('makes the sentence segmenter and evaluates the analysis modules, in a task of its own', async () => {
    let analysisEvaluated = false;
    vi.doMock('../../lib/analysis/analyze', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../lib/analysis/analyze')>();
      analysisEvaluated = true;
      return real;
    });
    // A fresh copy of the modules: no segmenter made yet.
    const { prepareAnalysis } = await import('../../entrypoints/background/lazy-modules');
    prepareAnalysis();
    expect(made).toEqual([]);
    expect(analysisEvaluated).toBe(false);
    await nextTask();
    expect(made).toEqual([['en', { granularity: 'sentence' }]]);
    await vi.waitFor(() => expect(analysisEvaluated).toBe(true), { timeout: 10_000 });
    // The page's own split then makes none.
    const { splitSentences } = await import('../../lib/extract/sentences');
    splitSentences('One. Two.', 'en');
    expect(made).toHaveLength(1);
  });
});

describe('openSidebar', () => {
  beforeEach(() => {
    vi.resetModules();
    fakeBrowser.reset();
  });
  afterEach(() => vi.doUnmock('../../entrypoints/background/lazy-modules'));

  it('prepares the analysis while the sidebar it injects reads its page', async () => {
    const order: string[] = [];
    vi.doMock('../../entrypoints/background/lazy-modules', () => ({
      prepareAnalysis: () => order.push('prepare'),
    }));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
      order.push('inject');
      await nextTask();
      order.push('injected');
      return [];
    });
    const { openSidebar } = await import('../../entrypoints/background/open-sidebar');
    await openSidebar(3);
    expect(order).toEqual(['inject', 'prepare', 'injected']);
  });
});
