import { describe, expect, it } from 'vitest';
import { sourceAuthor } from '../../../lib/source/attribution';
import { articleOf, FILLER } from '../support/article';
import { english } from '../../../lib/words/english';

// Sources written here; NVIDIA, OpenAI and Dharma AI are real entries of lib/knowledge/orgs.json.
const BODY = [
  FILLER,
  'Today the company released a new robotics model for warehouse work and factory safety systems.',
];
const byline = (text: string) => `<p class="byline">${text}</p>`;

describe('sourceAuthor', () => {
  it('takes no date for an author: a newsroom page whose byline holds only its date is by the site’s organisation', () => {
    const source = articleOf([byline('June 1, 2026'), ...BODY], {
      url: 'https://nvidianews.nvidia.com/news/a-robot-model',
      title: 'A robot model',
    });
    expect(source.byline).toBe('June 1, 2026');
    const author = sourceAuthor(source)!;
    expect(author.name).toBe('NVIDIA');
    expect(author.messages.evidence.map(english).join(' ')).not.toContain('2026');
  });

  it('puts the organisation whose own site it is before a byline the registry does not know (a team, a list of handles)', () => {
    const team = articleOf([byline('The Wayfinder team'), ...BODY], {
      url: 'https://deepmind.google/discover/blog/wayfinder/',
      title: 'Wayfinder',
    });
    expect(sourceAuthor(team)?.name).toBe('Google DeepMind');
    // Hugging Face's own post (two path segments, no organisation in it), signed by its staff's handles.
    const own = articleOf([byline('jdoe, asmith, kbrown'), ...BODY], {
      url: 'https://huggingface.co/blog/robot-policies',
      title: 'Robot policies',
    });
    expect(sourceAuthor(own)?.name).toBe('Hugging Face');
    // A byline the registry knows still names the organisation first.
    const known = articleOf([byline('NVIDIA'), ...BODY], {
      url: 'https://robots.example/news/warehouse',
      title: 'Warehouse',
    });
    expect(sourceAuthor(known)?.name).toBe('NVIDIA');
  });

  it.each(['Press Release', 'Newsroom', 'Share', '9:00 AM PT', 'SANTA CLARA, Calif.'])(
    'takes no author from a byline that reads “%s”',
    (text) => {
      const source = articleOf([byline(text), ...BODY], {
        url: 'https://openai.com/index/a-robot-model/',
        title: 'A robot model',
      });
      expect(sourceAuthor(source)?.name).toBe('OpenAI');
    },
  );

  it('takes the organisation from structured data before the people of the byline, and keeps the people as evidence', () => {
    const source = articleOf([byline('By Priya Raman and Jon Bell'), ...BODY], {
      url: 'https://zephyr-labs.example/blog/robots',
      title: 'Robots',
      head: '<script type="application/ld+json">{"@type":"BlogPosting","author":[{"@type":"Person","name":"Priya Raman"}],"publisher":{"@type":"Organization","name":"Zephyr Labs"}}</script>',
    });
    const author = sourceAuthor(source)!;
    expect(author.name).toBe('Zephyr Labs');
    expect(author.messages.evidence.map(english)[0]).toBe('the site is published by Zephyr Labs');
    expect(author.messages.evidence.map(english)).toContain(
      'the byline reads “Priya Raman and Jon Bell”',
    );
  });

  it('takes an organisation named by the byline', () => {
    const source = articleOf([byline('By Zephyr Labs'), ...BODY], {
      url: 'https://blog.zephyr.example/robots',
      title: 'Robots',
    });
    expect(sourceAuthor(source)?.name).toBe('Zephyr Labs');
  });

  it('takes the people of the byline when nothing names an organisation', () => {
    const source = articleOf([byline('Priya Raman'), ...BODY], {
      url: 'https://priya.example/robots',
      title: 'Robots',
    });
    expect(sourceAuthor(source)?.name).toBe('Priya Raman');
  });

  it('takes the organisation of a platform path, not the platform, whatever the byline says', () => {
    const source = articleOf([byline('Priya Raman, Jon Bell'), ...BODY], {
      url: 'https://huggingface.co/blog/Dharma-AI/robots',
      title: 'Robots',
    });
    expect(sourceAuthor(source)?.name).toBe('Dharma AI');
  });
});
