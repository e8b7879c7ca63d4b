import { describe, it, expect } from 'vitest';
import { getDomain } from 'tldts';
import orgsFile from '../../lib/knowledge/orgs.json';
import platformsFile from '../../lib/knowledge/platforms.json';
import publishersFile from '../../lib/knowledge/publishers.json';
import topicsFile from '../../lib/knowledge/topics.json';
import {
  checkedNote,
  findOrgByDomain,
  findOrgById,
  findOrgByName,
  findOrgByUrl,
  findPlatform,
  findPlatformByName,
  findPublisher,
  findTopic,
  modelsMadeBy,
  hostIsWithin,
  findPublisherByName,
  isModelName,
  nameKey,
  ORG_KINDS,
  orgForPlatformAuthor,
  orgs,
  platformAuthor,
  platforms,
  PUBLISHER_ROLES,
  publishers,
  registrableDomain,
  topicTermsIn,
  topics,
  type Org,
} from '../../lib/knowledge/registry';

const CHECKED_NOTE =
  "compiled 2026-11-22 from the maintainers' knowledge without network access; citations name where each fact is stated and must be re-checked before a release";
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST = /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]{2,}$/;
/** Hosts that publish for every org (papers, model cards, code), accepted as citation hosts. */
const SHARED_CITATION_HOSTS = ['arxiv.org', 'huggingface.co', 'github.com'];

const unique = (xs: string[]) => new Set(xs).size === xs.length;
const duplicates = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
const isHttps = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};
/** Hosts where an org's own statements live: its domains, its parent's, and its platform paths. */
function ownHosts(org: Org): string[] {
  const parent = org.parent ? findOrgById(org.parent) : null;
  return [
    ...org.domains,
    ...(parent?.domains ?? []),
    ...org.platformPaths.map((p) => p.split('/')[0]!),
    ...SHARED_CITATION_HOSTS,
  ];
}
/** Android, the Google subsidiary's own developer site, is Google's too. */
const plausibleCitation = (org: Org, url: string) => {
  const host = new URL(url).hostname;
  return (
    ownHosts(org).some((h) => hostIsWithin(host, h)) ||
    (org.id === 'google' && hostIsWithin(host, 'android.com'))
  );
};

describe('knowledge files: schema', () => {
  it('are versioned, and the cited files carry the checked-date note', () => {
    for (const file of [orgsFile, topicsFile, publishersFile, platformsFile])
      expect(file.version).toBe(1);
    expect(orgsFile.checkedNote).toBe(CHECKED_NOTE);
    expect(publishersFile.checkedNote).toBe(CHECKED_NOTE);
    expect(platformsFile.checkedNote).toBe(CHECKED_NOTE);
    expect(checkedNote).toBe(CHECKED_NOTE);
    for (const file of [orgsFile, topicsFile, publishersFile, platformsFile])
      expect(file.provenance.length).toBeGreaterThan(40);
  });

  it('ids are unique kebab-case in every file', () => {
    for (const ids of [
      orgs.map((o) => o.id),
      topics.map((t) => t.id),
      platforms.map((p) => p.id),
    ]) {
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) expect(id).toMatch(KEBAB);
    }
  });

  it('has at least 45 organisations, of every kind asked for, including Dharma AI as the brief describes it', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(45);
    for (const kind of [
      'ai-lab',
      'cloud',
      'chips',
      'model-hub',
      'ml-tooling',
      'enterprise-ai',
      'data-platform',
      'consultancy',
      'analyst',
      'specialized-models',
    ]) {
      expect(
        orgs.some((o) => o.kind === kind),
        kind,
      ).toBe(true);
    }
    const dharma = findOrgById('dharma-ai')!;
    expect(dharma.kind).toBe('specialized-models');
    expect(dharma.domains).toEqual([]);
    expect(dharma.platformPaths).toEqual([
      'huggingface.co/Dharma-AI',
      'huggingface.co/blog/Dharma-AI',
    ]);
    expect(dharma.citations?.map((c) => c.url)).toEqual([
      'https://huggingface.co/Dharma-AI',
      'https://arxiv.org/abs/2604.14314',
    ]);
    expect(dharma.topics.find((t) => t.id === 'specialization')?.stance).toBe('promotes');
    expect(findOrgById('nvidia')!.topics.find((t) => t.id === 'compute-chips')?.stance).toBe(
      'promotes',
    );
  });

  it.each(orgs.map((o) => [o.id, o] as const))(
    'org %s is complete, cited, and never claims a check date',
    (_id, org) => {
      expect(org.name.trim()).toBe(org.name);
      expect(ORG_KINDS).toContain(org.kind);
      expect(Array.isArray(org.aliases)).toBe(true);
      if (org.parent) expect(findOrgById(org.parent), org.parent).not.toBeNull();
      for (const d of org.domains) {
        expect(d).toMatch(HOST);
        expect(d.startsWith('www.')).toBe(false);
        expect(getDomain(d), d).not.toBeNull();
      }
      for (const p of org.platformPaths)
        expect(p).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(?:\/[\w.-]+)*$/i);
      expect(org.products.length).toBeGreaterThanOrEqual(1);
      for (const p of org.products) {
        expect(p.name.length).toBeGreaterThan(1);
        expect(p.revenue.length).toBeGreaterThan(3);
        expect(isHttps(p.citation), p.citation).toBe(true);
        expect(plausibleCitation(org, p.citation), `${org.id}: ${p.citation}`).toBe(true);
        expect(p.checked).toBeNull();
      }
      expect(org.topics.length).toBeGreaterThanOrEqual(1);
      expect(unique(org.topics.map((t) => t.id))).toBe(true);
      for (const t of org.topics) {
        expect(findTopic(t.id), t.id).not.toBeNull();
        expect(['promotes', 'opposes']).toContain(t.stance);
        expect(t.why).toMatch(/^\p{Lu}.*\.$/u);
        expect(isHttps(t.citation), t.citation).toBe(true);
        expect(plausibleCitation(org, t.citation), `${org.id}: ${t.citation}`).toBe(true);
        expect(t.checked).toBeNull();
      }
      if (org.models) {
        expect(org.models.names.length).toBeGreaterThanOrEqual(1);
        expect(isHttps(org.models.citation), org.models.citation).toBe(true);
        expect(plausibleCitation(org, org.models.citation), org.models.citation).toBe(true);
        expect(org.models.checked).toBeNull();
      }
      for (const c of org.citations ?? []) {
        expect(isHttps(c.url)).toBe(true);
        expect(c.checked).toBeNull();
      }
    },
  );

  it('names the model families an organisation and its units make', () => {
    expect(modelsMadeBy('Anthropic')).toEqual(['Claude']);
    expect(modelsMadeBy('Google')).toContain('Gemini');
    expect(modelsMadeBy('DeepMind')).toContain('Gemini');
    expect(modelsMadeBy('Unknown Labs')).toEqual([]);
    // No family is listed twice, nor is one an organisation's name.
    const all = orgs.flatMap((o) => o.models?.names ?? []);
    expect(duplicates(all.map(nameKey))).toEqual([]);
    for (const n of all) expect(findOrgByName(n), n).toBeNull();
  });

  it('tells a model’s name (a known family and a version) from a person’s or a company’s', () => {
    for (const n of ['GPT-5', 'GPT-4o', 'Llama 3.1 405B', 'Claude 3.5 Sonnet', 'Qwen3', 'Phi-4'])
      expect(isModelName(n), n).toBe(true);
    expect(isModelName('Stable Diffusion 3.5')).toBe(true);
    // A maker the registry knows and a version.
    for (const n of ['DeepSeek R1', 'DeepSeek-V3', 'Microsoft 365'])
      expect(isModelName(n), n).toBe(true);
    for (const n of ['Google DeepMind', 'Hugging Face']) expect(isModelName(n), n).toBe(false);
    // The family alone, a family's word before a name, a word the family begins, no family.
    for (const n of ['Claude', 'Claude Shannon', 'Phillips 66', 'Acme 2', 'Gemini Ultra'])
      expect(isModelName(n), n).toBe(false);
  });

  it('finds a publisher by its name, as the registry writes it', () => {
    expect(findPublisherByName('The Verge')?.domain).toBe('theverge.com');
    expect(findPublisherByName('the  verge')?.name).toBe('The Verge');
    expect(findPublisherByName('The Acme Times')).toBeNull();
  });

  it('no two organisations share a domain, a name or an alias, and no alias is a platform name', () => {
    expect(duplicates(orgs.flatMap((o) => o.domains))).toEqual([]);
    const owner = new Map<string, string>();
    for (const o of orgs) {
      for (const n of [o.name, o.id, ...o.aliases]) {
        const key = nameKey(n);
        expect(key, n).not.toBe('');
        const prev = owner.get(key);
        expect(prev === undefined || prev === o.id, `${n}: ${prev} and ${o.id}`).toBe(true);
        owner.set(key, o.id);
      }
    }
    for (const p of platforms)
      for (const n of [p.name, ...p.aliases]) expect(owner.has(nameKey(n)), n).toBe(false);
  });

  it('topics: the required ids, described, with specific lowercase terms that belong to one topic only', () => {
    const required = [
      'specialization',
      'scale',
      'open-weights',
      'closed-models',
      'compute-chips',
      'inference-cost',
      'agents',
      'safety-regulation',
      'data',
      'enterprise-adoption',
      'fine-tuning',
      'benchmarks-evaluation',
      'on-device-edge',
      'ai-productivity',
      'jobs-automation',
    ];
    for (const id of required) expect(findTopic(id), id).not.toBeNull();
    for (const t of topics) {
      expect(t.label.length).toBeGreaterThan(2);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.provenance.length).toBeGreaterThan(20);
      expect(t.terms.length).toBeGreaterThanOrEqual(5);
      for (const term of t.terms) {
        expect(term).toBe(term.toLowerCase().trim());
        expect(term.length).toBeGreaterThanOrEqual(3);
      }
      expect(duplicates(t.terms)).toEqual([]);
    }
    expect(duplicates(topics.flatMap((t) => t.terms))).toEqual([]);
  });

  it('publishers: valid roles, unique domains, known orgs, primary where first-hand', () => {
    expect(duplicates(publishers.map((p) => p.domain))).toEqual([]);
    for (const p of publishers) {
      expect(PUBLISHER_ROLES).toContain(p.role);
      expect(typeof p.primary).toBe('boolean');
      const host = p.domain.split('/')[0]!;
      expect(host).toMatch(HOST);
      expect(host.startsWith('www.')).toBe(false);
      if (p.org) expect(findOrgById(p.org), p.org).not.toBeNull();
      if (p.role === 'company-blog') {
        expect(p.primary, p.domain).toBe(true);
        expect(findOrgById(p.org ?? '')?.domains, p.domain).toContain(p.domain);
      }
      if (p.role === 'research-paper') expect(p.primary, p.domain).toBe(true);
      if (p.role === 'news-outlet' || p.role === 'aggregator' || p.role === 'social-post')
        expect(p.primary, p.domain).toBe(false);
      for (const feed of p.feeds ?? []) {
        expect(isHttps(feed), feed).toBe(true);
        // A feed lives on the publisher's own registrable domain (the BBC serves its feeds from bbci.co.uk).
        const feedSite = getDomain(feed);
        expect(
          feedSite === getDomain(`https://${host}/`) ||
            (host === 'bbc.co.uk' && feedSite === 'bbci.co.uk'),
          feed,
        ).toBe(true);
      }
    }
  });

  it('every org domain is a primary company-blog publisher of that org', () => {
    for (const o of orgs) {
      for (const d of o.domains) {
        const p = publishers.find((x) => x.domain === d);
        expect(p, d).toMatchObject({ role: 'company-blog', primary: true, org: o.id });
      }
    }
  });

  it('covers the research archives, outlets, aggregators and social sites asked for', () => {
    const role = (d: string) => publishers.find((p) => p.domain === d)?.role;
    for (const d of [
      'arxiv.org',
      'doi.org',
      'openreview.net',
      'aclanthology.org',
      'proceedings.neurips.cc',
      'nature.com',
      'science.org',
      'biorxiv.org',
    ]) {
      expect(role(d), d).toBe('research-paper');
    }
    for (const d of [
      'theverge.com',
      'techcrunch.com',
      'wired.com',
      'arstechnica.com',
      'reuters.com',
      'bloomberg.com',
      'nytimes.com',
      'theguardian.com',
      'bbc.co.uk',
      'ft.com',
      'venturebeat.com',
      'technologyreview.com',
      'zdnet.com',
      'theinformation.com',
      'axios.com',
      'cnbc.com',
    ]) {
      expect(role(d), d).toBe('news-outlet');
    }
    for (const d of [
      'news.ycombinator.com',
      'techmeme.com',
      'theneurondaily.com',
      'therundown.ai',
      'tldr.tech',
      'lastweekin.ai',
      'paperswithcode.com',
    ]) {
      expect(role(d), d).toBe('aggregator');
    }
    for (const d of [
      'x.com',
      'twitter.com',
      'linkedin.com/posts',
      'reddit.com',
      'threads.net',
      'bsky.app',
      'mastodon.social',
      'youtube.com',
    ]) {
      expect(role(d), d).toBe('social-post');
    }
  });

  it('platforms: hosts, rules and owners are well formed', () => {
    for (const p of platforms) {
      expect(p.hosts.length).toBeGreaterThanOrEqual(1);
      for (const h of p.hosts) expect(h).toMatch(HOST);
      if (p.platformOrg) expect(findOrgById(p.platformOrg), p.platformOrg).not.toBeNull();
      expect(p.authorRules.length).toBeGreaterThanOrEqual(1);
      for (const r of p.authorRules) {
        expect(['path', 'subdomain', 'byline']).toContain(r.from);
        if (r.from === 'path') {
          expect(r.pathPrefix.startsWith('/')).toBe(true);
          expect(r.authorSegment).toBeGreaterThanOrEqual(0);
          expect(r.minSegments).toBeGreaterThan(r.authorSegment);
        }
      }
    }
    // One host may carry several platforms, each under its own path prefix.
    expect(
      duplicates(platforms.flatMap((p) => p.hosts.map((h) => `${h}${p.pathPrefix ?? '/'}`))),
    ).toEqual([]);
    expect(findPlatform('https://huggingface.co/blog/x')?.platformOrg).toBe('hugging-face');
  });
});

describe('findPublisher', () => {
  const name = (url: string) => findPublisher(url)?.name ?? null;

  it('matches hosts, www., subdomains, case and a trailing dot', () => {
    expect(findPublisher('https://openai.com/index/some-post/')).toMatchObject({
      org: 'openai',
      role: 'company-blog',
      primary: true,
    });
    expect(name('https://www.openai.com/')).toBe('OpenAI');
    expect(name('https://OPENAI.COM./news')).toBe('OpenAI');
    expect(name('openai.com/news')).toBe('OpenAI');
    expect(findPublisher('https://blogs.nvidia.com/blog/some-post/')).toMatchObject({
      name: 'NVIDIA Blog',
      org: 'nvidia',
    });
    expect(findPublisher('https://developer.nvidia.com/blog/x')?.org).toBe('nvidia');
    expect(findPublisher('https://export.arxiv.org/abs/2604.14314')).toMatchObject({
      name: 'arXiv',
      role: 'research-paper',
      primary: true,
    });
    expect(name('https://www.bbc.co.uk/news/technology-1')).toBe('BBC');
    expect(findPublisher('https://cloud.google.com/blog/products/ai')?.org).toBe('google-cloud');
    expect(findPublisher('https://deepmind.google/discover/blog/x')?.org).toBe('google-deepmind');
  });

  it('is path-aware, and the longest entry wins', () => {
    expect(findPublisher('https://www.linkedin.com/posts/alice_ai-activity-1')?.role).toBe(
      'social-post',
    );
    expect(findPublisher('https://www.linkedin.com/pulse/why-ai-alice')).toBeNull();
    expect(findPublisher('https://www.linkedin.com/postscript')).toBeNull();
    expect(findPublisher('https://huggingface.co/papers/2604.14314')).toMatchObject({
      role: 'aggregator',
      primary: false,
    });
    expect(findPublisher('https://huggingface.co/blog/some-post')).toMatchObject({
      role: 'company-blog',
      org: 'hugging-face',
    });
    expect(findPublisher('https://www.deeplearning.ai/the-batch/issue-1/')?.role).toBe(
      'aggregator',
    );
    expect(findPublisher('https://www.deeplearning.ai/courses/')).toBeNull();
  });

  it('returns null for unknown hosts, look-alikes and non-web addresses', () => {
    for (const url of [
      'https://unknown.example/post',
      'https://openai.com.evil.example/news',
      'https://notopenai.com/',
      'https://openai.co/',
      'https://www.google.com/search?q=ai',
      'http://localhost:3000/',
      'https://192.168.0.1/',
      'mailto:press@openai.com',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(findPublisher(url), url).toBeNull();
    }
    expect(findPublisher('https://news.google.com/articles/x')?.role).toBe('aggregator');
  });
});

describe('organisations by domain, name and address', () => {
  it('findOrgByDomain: the most specific own domain, never a look-alike', () => {
    expect(findOrgByDomain('https://deepmind.google/x')?.id).toBe('google-deepmind');
    expect(findOrgByDomain('https://research.google/blog/x')?.id).toBe('google');
    expect(findOrgByDomain('https://aws.amazon.com/blogs/machine-learning/x')?.id).toBe('amazon');
    expect(findOrgByDomain('https://www.amazon.com/dp/x')).toBeNull();
    expect(findOrgByDomain('https://nvidianews.nvidia.com/news/x')?.id).toBe('nvidia');
    expect(findOrgByDomain('https://anthropic.com.evil.example/')).toBeNull();
    expect(findOrgByDomain('https://evilanthropic.com/')).toBeNull();
    expect(findOrgByDomain('https://x.com/openai')).toBeNull();
    expect(findOrgByDomain('https://x.ai/news')?.id).toBe('xai');
    expect(findOrgByDomain('nonsense')).toBeNull();
  });

  it('findOrgByName: case, spacing, slugs, aliases and corporate suffixes', () => {
    for (const [n, id] of [
      ['Hugging Face', 'hugging-face'],
      ['huggingface', 'hugging-face'],
      ['HF', 'hugging-face'],
      ['hugging-face', 'hugging-face'],
      ['Dharma AI', 'dharma-ai'],
      ['Dharma-AI', 'dharma-ai'],
      ['dharma_ai', 'dharma-ai'],
      ['DHARMA AI', 'dharma-ai'],
      ['AWS', 'amazon'],
      ['Amazon Web Services', 'amazon'],
      ['NVIDIA Corporation', 'nvidia'],
      ['Nvidia', 'nvidia'],
      ['OpenAI Inc.', 'openai'],
      ["OpenAI's", 'openai'],
      ['DeepMind', 'google-deepmind'],
      ['Google', 'google'],
      ['Weights and Biases', 'weights-biases'],
      ['W&B', 'weights-biases'],
      ['The Boston Consulting Group', 'bcg'],
      ['Mistral', 'mistral'],
    ] as const) {
      expect(findOrgByName(n)?.id, n).toBe(id);
    }
    for (const n of ['Hugging Face Blog', 'Unknown Labs', '', '   ', '---', 'The'])
      expect(findOrgByName(n), n).toBeNull();
  });

  it('a platform name is the platform, not its owner', () => {
    expect(findPlatformByName('Hugging Face Blog')?.id).toBe('huggingface-blog');
    expect(findPlatformByName('Medium')?.id).toBe('medium');
    expect(findPlatformByName('Hugging Face')).toBeNull();
  });

  it('findOrgByUrl: the author on a platform, else the owner of the site', () => {
    expect(
      findOrgByUrl('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale')?.id,
    ).toBe('dharma-ai');
    expect(findOrgByUrl('https://huggingface.co/Dharma-AI')?.id).toBe('dharma-ai');
    expect(findOrgByUrl('https://huggingface.co/meta-llama/Llama-3.1-8B')?.id).toBe('meta');
    expect(findOrgByUrl('https://huggingface.co/blog/some-official-post')?.id).toBe('hugging-face');
    expect(findOrgByUrl('https://huggingface.co/blog/an-unknown-user/post')).toBeNull();
    expect(findOrgByUrl('https://qwenlm.github.io/blog/qwen3/')?.id).toBe('alibaba-cloud');
    expect(findOrgByUrl('https://www.linkedin.com/pulse/why-ai-alice')).toBeNull();
    expect(findOrgByUrl('https://openai.com/index/x')?.id).toBe('openai');
    expect(findOrgByUrl('https://unknown.example/')).toBeNull();
  });
});

describe('platformAuthor', () => {
  const author = (url: string) => {
    const a = platformAuthor(url);
    return a ? `${a.platform.id}:${a.authorSlug}` : null;
  };

  it('reads the author of a Hugging Face community article; the platform’s own posts have none', () => {
    expect(author('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale')).toBe(
      'huggingface-blog:Dharma-AI',
    );
    expect(author('https://huggingface.co/blog/Dharma-AI/why-specialization-is-inevitable/')).toBe(
      'huggingface-blog:Dharma-AI',
    );
    expect(author('https://hf.co/blog/Dharma-AI/specialization-beats-scale')).toBe(
      'huggingface-blog:Dharma-AI',
    );
    expect(
      author('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale?utm=x#limits'),
    ).toBe('huggingface-blog:Dharma-AI');
    expect(author('https://huggingface.co/blog/some-official-post')).toBeNull();
    expect(author('https://huggingface.co/blog/zh/some-official-post')).toBeNull();
    expect(author('https://huggingface.co/blog')).toBeNull();
    expect(author('https://huggingface.co/blog/community')).toBeNull();
    expect(author('https://huggingface.co/Dharma-AI')).toBeNull();
    expect(author('https://huggingface.co/models')).toBeNull();
  });

  it('Medium: /@user, user.medium.com and publications; not its own routes', () => {
    expect(author('https://medium.com/@alice/why-small-models-win-1a2b3c')).toBe('medium:alice');
    expect(author('https://alice.medium.com/why-small-models-win-1a2b3c')).toBe('medium:alice');
    expect(author('https://medium.com/towards-data-science/why-small-models-win-1a2b3c')).toBe(
      'medium:towards-data-science',
    );
    expect(author('https://medium.com/@alice')).toBeNull();
    expect(author('https://medium.com/m/signin?redirect=x')).toBeNull();
    expect(author('https://medium.com/tag/ai')).toBeNull();
    expect(author('https://medium.com/p/1a2b3c')).toBeNull();
    expect(author('https://www.medium.com/')).toBeNull();
  });

  it('Substack, dev.to, GitHub Pages, Hashnode, WordPress.com, Blogger', () => {
    expect(author('https://simonw.substack.com/p/some-post')).toBe('substack:simonw');
    expect(author('https://substack.com/@alice/p-123456')).toBe('substack:alice');
    expect(author('https://substack.com/home/post/p-123456')).toBeNull();
    expect(author('https://www.substack.com/')).toBeNull();
    expect(author('https://dev.to/alice/why-small-models-win-4k2j')).toBe('dev-to:alice');
    expect(author('https://dev.to/t/ai')).toBeNull();
    expect(author('https://dev.to/alice')).toBeNull();
    expect(author('https://qwenlm.github.io/blog/qwen3/')).toBe('github-pages:qwenlm');
    expect(author('https://github.io/')).toBeNull();
    expect(author('https://github.io/alice/repo')).toBeNull();
    expect(author('https://alice.hashnode.dev/why-small-models-win')).toBe('hashnode:alice');
    expect(author('https://alice.wordpress.com/2026/01/02/post/')).toBe('wordpress-com:alice');
    expect(author('https://alice.blogspot.com/2026/01/post.html')).toBe('blogspot:alice');
    expect(author('https://alice.blogspot.co.uk/2026/01/post.html')).toBe('blogspot:alice');
  });

  it('GitHub repositories and their raw files are published by the account in the path; GitHub’s own routes name nobody', () => {
    expect(author('https://github.com/alice/repo')).toBe('github:alice');
    expect(author('https://github.com/deepseek-ai/DeepSeek-V3/blob/main/README.md')).toBe(
      'github:deepseek-ai',
    );
    expect(author('https://raw.githubusercontent.com/deepseek-ai/DeepSeek-V3/HEAD/README.md')).toBe(
      'github:deepseek-ai',
    );
    expect(author('https://github.com/alice')).toBeNull();
    expect(author('https://github.com/features/copilot')).toBeNull();
    expect(author('https://github.com/topics/llm')).toBeNull();
    expect(author('https://gist.github.com/alice/abc123')).toBeNull();
    expect(findOrgByUrl('https://github.com/deepseek-ai/DeepSeek-V3')?.id).toBe('deepseek');
    expect(findOrgByUrl('https://github.com/an-unknown-lab/model')).toBeNull();
  });

  it('Hugging Face Hub: models, datasets and Spaces by the organisation in the path, beside the blog on the same host', () => {
    expect(author('https://huggingface.co/moonshotai/Kimi-K2-Instruct')).toBe(
      'huggingface-hub:moonshotai',
    );
    expect(author('https://huggingface.co/datasets/allenai/c4')).toBe('huggingface-hub:allenai');
    expect(author('https://huggingface.co/spaces/alice/demo')).toBe('huggingface-hub:alice');
    expect(author('https://hf.co/deepseek-ai/DeepSeek-V3')).toBe('huggingface-hub:deepseek-ai');
    expect(author('https://huggingface.co/docs/transformers')).toBeNull();
    expect(author('https://huggingface.co/papers/2501.00001')).toBeNull();
    expect(author('https://huggingface.co/datasets/allenai')).toBeNull();
    // The blog's longer prefix wins on the shared host.
    expect(author('https://huggingface.co/blog/Dharma-AI/specialization-beats-scale')).toBe(
      'huggingface-blog:Dharma-AI',
    );
    expect(findPlatform('https://huggingface.co/blog/some-official-post')?.id).toBe(
      'huggingface-blog',
    );
    expect(findPlatform('https://huggingface.co/deepseek-ai/DeepSeek-V3')?.platformOrg).toBe(
      'hugging-face',
    );
    expect(findOrgByUrl('https://huggingface.co/deepseek-ai/DeepSeek-V3')?.id).toBe('deepseek');
    expect(findOrgByUrl('https://huggingface.co/papers/2501.00001')?.id).toBe('hugging-face');
  });

  it('LinkedIn articles name the author only in the byline: a platform, but no slug', () => {
    expect(
      author('https://www.linkedin.com/pulse/why-small-models-win-alice-smith-abc1f'),
    ).toBeNull();
    expect(
      findPlatform('https://www.linkedin.com/pulse/why-small-models-win-alice-smith-abc1f')?.id,
    ).toBe('linkedin-pulse');
    expect(findPlatform('https://www.linkedin.com/in/alice')).toBeNull();
  });

  it('never reads an author from a look-alike host', () => {
    expect(author('https://medium.com.evil.example/@alice/post')).toBeNull();
    expect(author('https://evilmedium.com/@alice/post')).toBeNull();
    expect(author('https://huggingface.co.evil.example/blog/Dharma-AI/post')).toBeNull();
    expect(author('https://alice.substack.com.evil.example/p/post')).toBeNull();
    expect(author('not a url')).toBeNull();
  });
});

describe('orgForPlatformAuthor', () => {
  it('maps slugs through platformPaths, then names and aliases', () => {
    expect(orgForPlatformAuthor('Dharma-AI')?.id).toBe('dharma-ai');
    expect(orgForPlatformAuthor('dharma-ai')?.id).toBe('dharma-ai');
    expect(orgForPlatformAuthor('meta-llama')?.id).toBe('meta');
    expect(orgForPlatformAuthor('mistralai')?.id).toBe('mistral');
    expect(orgForPlatformAuthor('qwenlm')?.id).toBe('alibaba-cloud');
    expect(orgForPlatformAuthor('some-random-user')).toBeNull();
  });

  it('scopes platform paths to the platform when one is given', () => {
    const hfBlog = platforms.find((p) => p.id === 'huggingface-blog')!;
    const pages = platforms.find((p) => p.id === 'github-pages')!;
    expect(orgForPlatformAuthor('Dharma-AI', hfBlog)?.id).toBe('dharma-ai');
    expect(orgForPlatformAuthor('qwenlm', pages)?.id).toBe('alibaba-cloud');
    expect(orgForPlatformAuthor('qwenlm', hfBlog)).toBeNull();
  });
});

describe('registrableDomain and hostIsWithin', () => {
  it('treat private suffixes as sites and refuse look-alikes', () => {
    expect(registrableDomain('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(registrableDomain('https://alice.github.io/x')).toBe('alice.github.io');
    expect(hostIsWithin('www.blogs.nvidia.com', 'nvidia.com')).toBe(true);
    expect(hostIsWithin('nvidia.com.evil.example', 'nvidia.com')).toBe(false);
    expect(hostIsWithin('mynvidia.com', 'nvidia.com')).toBe(false);
  });
});

describe('topic terms', () => {
  const ids = (text: string) => [...new Set(topicTermsIn(text).map((h) => h.topic))].sort();

  it.each(topics.flatMap((t) => t.examples.map((e) => [t.id, e] as const)))(
    '%s fires on its example: %s',
    (id, example) => {
      expect(ids(example)).toContain(id);
    },
  );

  it('finds the topics of an AI-news sentence with offsets', () => {
    const text =
      'Specialized models beat frontier models at a fraction of the inference cost, the vendor said.';
    const hits = topicTermsIn(text);
    expect(ids(text)).toEqual(['inference-cost', 'scale', 'specialization']);
    for (const h of hits) expect(text.slice(h.start, h.end).toLowerCase()).toBe(h.term);
  });

  it('reads the longest term where one topic’s term lies inside another’s', () => {
    // "frontier models" (scale) inside "proprietary frontier models" (closed models): one pass
    // over the text takes the longer term, as each topic's own pass always did within its terms.
    const text = 'They compared it with proprietary frontier models from three labs.';
    expect(topicTermsIn(text).map((h) => [h.topic, h.term])).toEqual([
      ['closed-models', 'proprietary frontier models'],
    ]);
    expect(ids('Frontier models keep growing.')).toEqual(['scale']);
  });

  it.each([
    'The quarterback signed with the Jets as a free agent after the coach spent the offseason fine-tuning the defense.',
    'Tiger Woods climbed the leaderboard on the final day, and the benchmark for a top-ten finish was four under par.',
    'Heavy rain and strong winds are expected across the region on Tuesday, with temperatures falling to 4 degrees overnight.',
    'Forecasters said the storm could scale up quickly, and a band of snow will reach the coast by Friday.',
    'The benchmark 10-year Treasury yield rose after the central bank held interest rates steady.',
    'The city council approved the procurement of forty electric buses, and the deployment begins in March.',
    'Open house this Sunday: tour the model home and meet our real estate agents.',
    'The copilot took control of the plane after the captain fell ill, and the assistant manager called the airline.',
    'The carmaker will focus on smaller models and larger trucks, and its open models lineup gets new colours.',
    'Fashion week opened in Milan with small models walking the runway in specialized designs.',
    'The particle accelerator restarts in spring, while the startup accelerator opens applications in May.',
    'Police said the jailbreak happened shortly after midnight and the data showed no injuries.',
    'The distillery launched a new whisky after years of distillation experiments.',
    'Researchers observed tool use in crows and published the training of young birds.',
    'The candidate will run locally for a council seat after completing a specialization in cardiology.',
    'The union warned that the plant closure puts 400 jobs at risk, and the mayor promised retraining.',
    'The printer’s cost per page is low, and the model railway exhibition opens on Saturday.',
    'The film flops at the box office despite strong reviews and a large budget.',
  ])('does not fire on ordinary news: %s', (sentence) => {
    expect(topicTermsIn(sentence)).toEqual([]);
  });
});
