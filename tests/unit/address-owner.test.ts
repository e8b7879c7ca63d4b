import { describe, expect, it } from 'vitest';
import { whoIsBehind } from '../../lib/knowledge/address-owner';
import {
  findOrgByUrl,
  findPlatform,
  findPublisher,
  platformAuthor,
} from '../../lib/knowledge/registry';

describe('who is behind an address (looked up once per analysis)', () => {
  it('says what the registry says of the address, piece by piece', () => {
    for (const url of [
      'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
      'https://www.nvidia.com/en-us/news/cosmos/',
      'https://openai.com/index/sycophancy-in-gpt-4o/',
      'https://example.com/post',
      'not an address',
    ]) {
      const owner = whoIsBehind(url);
      expect(owner.publisher).toBe(findPublisher(url));
      expect(owner.platform).toBe(findPlatform(url));
      expect(owner.platformPost).toEqual(platformAuthor(url));
      expect(owner.org).toBe(findOrgByUrl(url));
    }
  });

  it('names a platform post’s author and the organisation behind it', () => {
    const owner = whoIsBehind('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale');
    expect(owner.platformPost?.authorSlug).toBe('Dharma-AI');
    expect(owner.org?.name).toBe('Dharma AI');
    expect(owner.domain).toBe('huggingface.co');
    expect(whoIsBehind('not an address').domain).toBe('');
  });
});
