import { describe, expect, it } from 'vitest';
import {
  companionsOf,
  hasConfidentSource,
  sourcesToRead,
  sourceToFollow,
} from '../../../lib/source/follow-source';

const at = (url: string, confidence: number) => ({ url, confidence });

describe('which source to follow (the sidebar and the command line alike)', () => {
  it('follows the best candidate only from 0.6 on', () => {
    expect(
      sourceToFollow([at('https://a.example/', 0.6), at('https://b.example/', 0.5)])?.url,
    ).toBe('https://a.example/');
    expect(sourceToFollow([at('https://a.example/', 0.59)])).toBeUndefined();
    expect(sourceToFollow([])).toBeUndefined();
    expect(hasConfidentSource([at('https://a.example/', 0.59)])).toBe(false);
    expect(hasConfidentSource([at('https://a.example/', 0.2), at('https://b.example/', 0.8)])).toBe(
      true,
    );
  });

  it('reads at most two confident companions beside the one followed', () => {
    const candidates = [
      at('https://a.example/', 0.9),
      at('https://b.example/', 0.8),
      at('https://c.example/', 0.3),
      at('https://d.example/', 0.7),
      at('https://e.example/', 0.6),
    ];
    expect(companionsOf(candidates, 'https://a.example/').map((c) => c.url)).toEqual([
      'https://b.example/',
      'https://d.example/',
    ]);
    expect(companionsOf(candidates, 'https://b.example/').map((c) => c.url)).toEqual([
      'https://a.example/',
      'https://d.example/',
    ]);
  });

  it('reads the source followed first, then its companions; nothing when none is confident', () => {
    const candidates = [
      at('https://a.example/', 0.9),
      at('https://b.example/', 0.3),
      at('https://c.example/', 0.7),
    ];
    expect(sourcesToRead(candidates)).toEqual(['https://a.example/', 'https://c.example/']);
    expect(sourcesToRead([at('https://a.example/', 0.59)])).toEqual([]);
    expect(sourcesToRead([])).toEqual([]);
  });
});
