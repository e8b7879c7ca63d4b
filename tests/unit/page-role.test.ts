import { describe, expect, it } from 'vitest';
import { pageRole } from '../../lib/analysis/page-role';
import { whoIsBehind } from '../../lib/knowledge/address-owner';
import { articleOf, FILLER } from './support/article';

/** The role of a page at an address no registry knows, with the given JSON-LD type. */
function roleAt(url: string, type: string) {
  const page = articleOf([FILLER, 'The arm lifts twelve kilograms and ships in March.'], {
    url,
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}"}</script>`,
  });
  return pageRole(page, whoIsBehind(url)).role;
}

describe('pageRole: a company’s own post told by its address and its markup', () => {
  it('takes a blog post under a company path of an unknown site for the company’s blog', () => {
    expect(roleAt('https://acme-robotics.example/blog/our-new-arm', 'BlogPosting')).toBe(
      'company-blog',
    );
    expect(roleAt('https://acme-robotics.example/newsroom/arm-launch', 'Organization')).toBe(
      'company-blog',
    );
  });

  it('needs both: the path without the markup, or the markup elsewhere, says nothing', () => {
    expect(roleAt('https://acme-robotics.example/blog/our-new-arm', 'WebPage')).toBe('unknown');
    expect(roleAt('https://acme-robotics.example/stories/our-new-arm', 'BlogPosting')).toBe(
      'unknown',
    );
    // "blog" inside a longer path segment is not the company's blog.
    expect(roleAt('https://acme-robotics.example/weblogs/our-new-arm', 'BlogPosting')).toBe(
      'unknown',
    );
  });
});
