import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { feedsForNames } from '../../lib/knowledge/registry';
import { matchFeedItems, parseFeed } from '../../lib/source/feeds';
import { loadCases } from '../../scripts/lib/fixture-internet.mjs';
import { articleOf } from './support/article';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';

const root = path.resolve(__dirname, '../..');
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const hfFeed = parseFeed(xml(readFileSync(path.join(root, 'seeds/feeds/huggingface-blog.xml'), 'utf8')), 'https://huggingface.co/blog/feed.xml');

describe('publisher feeds', () => {
  it('knows the feed behind a credited name: Hugging Face’s blog lists community articles', () => {
    expect(feedsForNames(['Hugging Face']).map((f) => f.url)).toEqual(['https://huggingface.co/blog/feed.xml']);
    expect(feedsForNames(['Hugging Face Blog']).map((f) => f.url)).toEqual(['https://huggingface.co/blog/feed.xml']);
    expect(feedsForNames(['NVIDIA']).map((f) => f.url)).toEqual(['https://blogs.nvidia.com/feed/']);
    expect(feedsForNames(['A Small Bakery'])).toEqual([]);
  });

  it('reads RSS items: titles, addresses, dates and summary text without markup', () => {
    expect(hfFeed).toHaveLength(5);
    expect(hfFeed[3]).toMatchObject({ title: expect.stringContaining('Specialization Beats Scale'), url: 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale', published: '2026-05-22T00:00:00.000Z' });
    expect(hfFeed[3]!.text).toMatch(/^Most AI procurement decisions/);
    expect(hfFeed[3]!.text).not.toContain('<p>');
  });

  it('reads Atom entries too', () => {
    const atom = parseFeed(
      xml(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Chips &amp; scale</title><link rel="alternate" href="/posts/chips"/><updated>2026-03-01T10:00:00Z</updated><summary>Our new chip trains models faster.</summary></entry></feed>`),
      'https://chips.example/feed.atom',
    );
    expect(atom).toEqual([{ title: 'Chips & scale', url: 'https://chips.example/posts/chips', published: '2026-03-01T10:00:00.000Z', text: 'Our new chip trains models faster.' }]);
  });

  it('finds seed 001’s source in the feed, and rejects the impostor that only shares its title', () => {
    const seed = loadCases().find((c: { id: string }) => c.id === '001')!;
    const page = extractArticle(parseHtmlDocument(readFileSync(path.join(root, 'seeds', seed.fixture), 'utf8'), seed.url), { url: seed.url });
    const matches = matchFeedItems(page, hfFeed, 'Hugging Face blog');
    expect(matches[0]!.url).toBe('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale');
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(matches[0]!.reasons[0]).toBe('listed in the Hugging Face blog feed');
    expect(matches.map((m) => m.url)).not.toContain('https://huggingface.co/blog/some-kitchen/specialization-beats-scale');
  });

  it('matches nothing for a page on another subject, even one with a similar title', () => {
    const page = articleOf(
      [
        'Specialization beats scale in the kitchen too, the chef told us on Tuesday.',
        'She replaced one large oven with several small ones and now bakes bread and pastry at the right heat.',
        'Her energy bill went down and the croissants are better, she says.',
      ],
      { title: 'Specialization beats scale: a chef’s view' },
    );
    expect(matchFeedItems(page, hfFeed, 'Hugging Face blog').map((m) => m.url)).not.toContain('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale');
  });

  it('does not take one shared title word for an agreeing title, on a page whose words cover most of the summary', () => {
    // A page with a broad vocabulary holds most of any short summary's words (here about 70%, as the
    // real case did); with one title word in common ("new") that once made a match (Readability's
    // Wikipedia "New Zealand" page and a surveillance-law story, 0.52).
    const item = { title: 'Media fight new surveillance laws', url: 'https://paper.example/law', published: null, text: 'The government wants new surveillance laws that store the metadata of every phone call for two years. Media groups say the laws threaten press freedom.' };
    const broad = articleOf(
      [
        'The country has a parliament, a government, police, media and laws like any other.',
        'Its history, economy, culture and sport fill many pages: every department, phone calls, press freedom, the metadata of its archives, surveillance of its coasts, two years of records.',
        'The new flag was not adopted.',
      ],
      { url: 'https://encyclopedia.example/country', title: 'New Country' },
    );
    expect(matchFeedItems(broad, [item], 'all')).toEqual([]);
    // The same summary under a title that does agree is found.
    const story = articleOf(item.text.split('. ').map((s) => s.replace(/\.?$/, '.')), { url: 'https://digest.example/law', title: 'New surveillance laws anger the media' });
    expect(matchFeedItems(story, [item], 'all').map((m) => m.url)).toEqual(['https://paper.example/law']);
  });
});
