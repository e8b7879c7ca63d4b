import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { articleOf, FILLER } from './support/article';

// A press release and its companion post, written here, and a page that restates both.
const release = articleOf(
  [
    FILLER,
    'The new robotics model reasons about video in fractions of a second, the company said.',
    'The edge version is coming soon and is not yet available.',
  ],
  {
    url: 'https://robots.example/news/model-launch',
    title: 'Robots Inc launches a robotics model',
  },
);
const post = articleOf(
  [
    FILLER,
    'Developers can fine-tune the model for a particular robot, camera layout or warehouse task.',
    'It was trained on billions of samples of video, sound and robot actions.',
  ],
  {
    url: 'https://robots.example/blog/how-the-model-thinks',
    title: 'How the model thinks before it acts',
  },
);
const page = articleOf([
  FILLER,
  'The model reasons about video in fractions of a second.',
  'Developers can fine-tune it for a particular robot or warehouse task.',
  'It was built for warehouse robots with help from Acme Robotics in Berlin.',
]);

describe('a page compared with several sources', () => {
  const report = analyze(page, { sources: [release, post] });
  const claim = (start: string) => report.claims.find((c) => c.text.startsWith(start))!;

  it('lists every source read, the first as the source', () => {
    expect(report.sources?.map((s) => s.url)).toEqual([release.url, post.url]);
    expect(report.source?.url).toBe(release.url);
  });

  it('matches each claim against all of them, and says which backs it, linking to that one', () => {
    expect([claim('The model reasons').status, claim('The model reasons').match?.source]).toEqual([
      'supported',
      0,
    ]);
    expect(claim('The model reasons').match?.fragmentUrl).toMatch(
      /^https:\/\/robots\.example\/news\/model-launch#:~:text=/,
    );
    expect([claim('Developers can').status, claim('Developers can').match?.source]).toEqual([
      'supported',
      1,
    ]);
    expect(claim('Developers can').match?.fragmentUrl).toMatch(
      /^https:\/\/robots\.example\/blog\/how-the-model-thinks#:~:text=/,
    );
    // Names that neither source mentions: not in the sources, however alike the words.
    expect([claim('It was built').status, claim('It was built').match?.unmentioned]).toEqual([
      'unsupported',
      ['Acme Robotics', 'Berlin'],
    ]);
  });

  it('lists what each source said that the page left out, linking to that source', () => {
    const edge = report.omissions?.find((o) => o.text.startsWith('The edge version'));
    expect(edge?.kind).toBe('limit');
    expect(edge?.source).toBe(0);
    expect(edge?.fragmentUrl).toMatch(/^https:\/\/robots\.example\/news\/model-launch#/);
  });

  it('compares with one source as before, without source indexes', () => {
    const one = analyze(page, { source: release });
    expect(one.sources).toBeUndefined();
    expect(one.claims.some((c) => c.match?.source !== undefined)).toBe(false);
    expect(one.claims.find((c) => c.text.startsWith('Developers can'))?.status).not.toBe(
      'supported',
    );
  });
});
