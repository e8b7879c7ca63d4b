import { describe, expect, it } from 'vitest';
import { discoverSources } from '../../lib/source/discover';
import { articleOf, FILLER } from './support/article';
import { english } from '../../lib/words/english';

const discover = (paragraphs: string[], options = {}) =>
  discoverSources(articleOf([FILLER, ...paragraphs], options));

describe('discoverSources', () => {
  it('ranks a link that says it is the original first, with its reasons', () => {
    const d = discover(['A lab says its model reads invoices well.'], {
      links:
        '<p><a href="https://lab.example/blog/invoices">Read the original post</a> · <a href="https://other.example/x">Another story</a></p>',
    });
    expect(d.candidates[0]).toMatchObject({ url: 'https://lab.example/blog/invoices' });
    expect(d.candidates[0]!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(d.candidates[0]!.messages.reasons.map(english).join(' ')).toContain(
      'Read the original post',
    );
  });

  it('takes a link to a lab’s model card or README for a candidate, followed on a model hub', () => {
    for (const words of ['model card', 'README']) {
      const anywhere = discover([`The ${words} lists a 128k context window for the model.`], {
        links: `<p>See the <a href="https://lab.example/acme/small-model">${words}</a>.</p>`,
      });
      expect(anywhere.candidates[0], words).toMatchObject({
        url: 'https://lab.example/acme/small-model',
      });
      expect(anywhere.candidates[0]!.confidence, words).toBeGreaterThanOrEqual(0.4);
      // On a model hub the registry knows, what the sidebar follows on its own (0.6).
      const hub = discover([`The ${words} lists a 128k context window for the model.`], {
        links: `<p>See the <a href="https://huggingface.co/acme/small-model">${words}</a>.</p>`,
      });
      expect(hub.candidates[0]!.confidence, words).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('takes JSON-LD isBasedOn and a canonical address on another site', () => {
    const ld = discover(['Some text.'], {
      head: '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://arxiv.org/abs/2601.00001"}</script>',
    });
    expect(ld.candidates[0]?.url).toBe('https://arxiv.org/abs/2601.00001');
    const canonical = discover(['Some text.'], {
      head: '<link rel="canonical" href="https://original.example/story">',
    });
    expect(canonical.candidates[0]).toMatchObject({ url: 'https://original.example/story' });
    expect(canonical.candidates[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('never offers share buttons, same-site links or "open source" as a source', () => {
    const d = discover(['The project is open source.'], {
      links:
        '<p><a href="https://twitter.com/intent/tweet?url=x">Share on X</a> <a href="https://news.example/other">Original reporting</a> <a href="https://github.example/repo">open source</a></p>',
    });
    expect(d.candidates.filter((c) => c.confidence >= 0.6)).toEqual([]);
  });

  it('takes no share link for a candidate, whatever its words', () => {
    const d = discover(['The lab released its model on Monday.'], {
      links:
        '<p><a href="https://reddit.com/submit?url=https%3A%2F%2Fnews.example%2Fstory">Reddit</a> <a href="https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fnews.example%2Fstory">Hacker News</a> <a href="https://api.whatsapp.com/send?text=story">WhatsApp</a> <a href="https://lab.example/blog/model">The lab’s announcement</a></p>',
    });
    expect(d.candidates.map((c) => c.url)).toEqual(['https://lab.example/blog/model']);
  });

  it('takes no sign-in, subscribe, privacy or source-code link for a candidate at all', () => {
    const d = discover(['The lab released its model on Monday.'], {
      links:
        '<p><a href="https://lab.example/login">Sign in</a> <a href="https://letters.example/weekly">Subscribe to the weekly letter</a> <a href="https://lab.example/legal">Privacy</a> <a href="https://code.example/lab/model">Source code</a> <a href="https://lab.example/blog/model">The lab’s announcement</a></p>',
    });
    expect(d.candidates.map((c) => c.url)).toEqual(['https://lab.example/blog/model']);
  });

  it('recognises a company’s own post as the source itself', () => {
    expect(
      discover(['We are releasing a model today.'], {
        url: 'https://huggingface.co/blog/acme/new-model',
      }).selfIsSource,
    ).toBe(true);
    expect(
      discover(['A model was released today.'], { url: 'https://news.example/a' }).selfIsSource,
    ).toBe(false);
  });

  it('reports an organisation credited but not linked', () => {
    const d = discover(['Mistral AI argues that small models are enough.']);
    expect(d.named).toEqual([expect.objectContaining({ name: 'Mistral AI', linked: false })]);
  });

  it('counts a link to the site of an organisation the page credits, and says it is linked', () => {
    // No cue words in the link and no known publisher: only the credit and its site count.
    const d = discover(['According to Zephyrine Labs, small models are enough.'], {
      links: '<p><a href="https://zephyrine-labs.example/news/small">the announcement</a></p>',
    });
    expect(d.named).toEqual([expect.objectContaining({ name: 'Zephyrine Labs', linked: true })]);
    expect(d.candidates).toEqual([
      expect.objectContaining({ url: 'https://zephyrine-labs.example/news/small' }),
    ]);
    expect(d.candidates[0]!.messages.reasons.map(english).join(' ')).toContain('Zephyrine Labs');
  });

  it('lists the feeds of what the page credits, named for the reader', () => {
    // Hugging Face the company: its blog platform's feed carries the community posts.
    expect(discover(['Hugging Face argues that small models are enough.']).feeds).toEqual([
      { url: 'https://huggingface.co/blog/feed.xml', name: 'Hugging Face blog' },
    ]);
    expect(discover(['A small bakery argues that bread is enough.']).feeds).toEqual([]);
  });
});
