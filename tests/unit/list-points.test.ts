import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { claimKinds, type SentenceKind } from '../../lib/analysis/claim-kind';
import { isSpecific } from '../../lib/analysis/kinds/specific';
import type { Article } from '../../lib/extract/article';
import { blockLines } from '../../lib/extract/block-text';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { splitArticle } from '../../lib/extract/sentences';
import { articleOf, FILLER } from './support/article';

// A list's points (lib/analysis/kinds/list-items.ts): a point needs no stop to be a claim, and it
// takes from the line before its list what it is about, or that it is the page's own links.

/** An Article from the body's HTML, as extraction makes it from a page. */
function pageOf(body: string, title = 'A story for the test'): Article {
  const url = 'https://news.example/story';
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${FILLER}</p>${body}</article></body></html>`;
  return splitArticle(extractArticle(parseHtmlDocument(html, url), { url }));
}
/** The kind of each sentence of a page, by its text. */
function kindsOf(page: Article): Map<string, SentenceKind> {
  const kinds = claimKinds(page);
  return new Map(page.sentences.map((s, i) => [s.text, kinds[i]!]));
}
const list = (...points: string[]) => `<ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul>`;

describe('where the list items are', () => {
  it('marks the lines of <li> elements, nested ones and paragraphs inside them too, and no others', () => {
    const { text, items } = blockLines(
      parseHtmlDocument(
        '<html><body><p>Lead in:</p><ul><li>One point</li><li><p>Two</p><p>Three</p></li><li>Four<ul><li>Five</li></ul></li></ul><p>After</p></body></html>',
        'https://x.example/',
      ).body,
    );
    expect(text).toBe('Lead in:\nOne point\nTwo\nThree\nFour\nFive\nAfter');
    expect(items.map((at) => text.slice(at).split('\n')[0])).toEqual([
      'One point',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
  });

  it('does not take a list of links for points: contents, navigation, related stories', () => {
    const { text, items } = blockLines(
      parseHtmlDocument(
        '<html><body><ul><li><a href="/a">How we trained a small model on one GPU</a></li><li><a href="/b">Home</a> · <a href="/c">About</a></li><li><a href="/m">The model</a> runs on one laptop</li></ul></body></html>',
        'https://x.example/',
      ).body,
    );
    expect(items.map((at) => text.slice(at).split('\n')[0])).toEqual([
      'The model runs on one laptop',
    ]);
  });

  it('gives the Article their offsets in its text, past the headline it puts first', () => {
    const page = pageOf(
      list('Native tool use for every agent', 'A context window of a million tokens'),
    );
    expect(page.listItems?.map((at) => page.text.slice(at).split('\n')[0])).toEqual([
      'Native tool use for every agent',
      'A context window of a million tokens',
    ]);
    expect(
      pageOf('<p>No list on this page at all, only a paragraph of text.</p>').listItems,
    ).toBeUndefined();
  });
});

describe('a list’s point', () => {
  it('needs no stop to be a claim, where the same line in a paragraph is a heading', () => {
    const asPoint = kindsOf(
      pageOf(`<p>What the new model does:</p>${list('Native tool use for every agent')}`),
    );
    expect(asPoint.get('Native tool use for every agent')?.kind).toBe('claim');
    const asLine = kindsOf(pageOf('<p>Native tool use for every agent</p>'));
    expect(asLine.get('Native tool use for every agent')?.kind).toBe('furniture');
    // A paragraph that opens with a bullet is a point too; a dash credits a quotation.
    const bulleted = kindsOf(pageOf('<p>Features:</p><p>• Native tool use for every agent</p>'));
    expect(bulleted.get('• Native tool use for every agent')?.kind).toBe('claim');
    const credit = kindsOf(pageOf('<p>– Jensen Huang, chief executive</p>'));
    expect(credit.get('– Jensen Huang, chief executive')?.kind).toBe('furniture');
  });

  it('that is a caption’s credit is furniture, though it has no stop', () => {
    const kinds = kindsOf(
      pageOf(`<p>Photos from the launch</p>${list('CreditMaria Okafor for The Model Desk')}`),
    );
    expect(kinds.get('CreditMaria Okafor for The Model Desk')?.kind).toBe('furniture');
  });

  it('of one or two words is a label, as a heading is', () => {
    const kinds = kindsOf(pageOf(`<p>Sections</p>${list('Pricing', 'Object permanence')}`));
    expect(kinds.get('Pricing')?.kind).toBe('furniture');
    expect(kinds.get('Object permanence')?.kind).toBe('furniture');
  });

  it('under a navigation label, a newsletter or a page note is the page’s own, not a claim', () => {
    for (const lead of [
      'More from the engineering blog',
      'Related articles',
      'Related:',
      'Subscribe to get:',
    ]) {
      const kinds = kindsOf(
        pageOf(
          `<p>${lead}</p>${list('How we trained a small model on one GPU', 'Ten lessons from a year of agents')}`,
        ),
      );
      expect(kinds.get('How we trained a small model on one GPU')?.kind, lead).toBe('furniture');
    }
    // A signpost's points are the story: "Here are the highlights:" leads into claims.
    const story = kindsOf(
      pageOf(
        `<p>Here are the three things to know:</p>${list('The model runs on a single laptop')}`,
      ),
    );
    expect(story.get('The model runs on a single laptop')?.kind).toBe('claim');
  });

  it('under the writer’s assessment is commentary', () => {
    for (const lead of [
      'What got left out',
      'Missing evidence',
      'Why it matters',
      '⚠️ The bottom line',
      'Pros',
      'Winners',
      'Who benefits',
    ]) {
      const kinds = kindsOf(
        pageOf(
          `<p>${lead}</p>${list('No comparison with the largest open models', 'Cheaper inference for small teams')}`,
        ),
      );
      expect(kinds.get('No comparison with the largest open models')?.kind, lead).toBe(
        'commentary',
      );
    }
    const kinds = kindsOf(
      pageOf(`<p>Limitations</p>${list('No comparison with the largest open models')}`),
    );
    expect(kinds.get('No comparison with the largest open models')?.kind).toBe('claim');
  });

  it('names what its lead-in names: a product heading, a summary of the story', () => {
    const general = 'Real-time inference and action planning';
    const under = (lead: string, before = '') =>
      kindsOf(pageOf(`${before}<p>${lead}</p>${list(general)}`)).get(general)!;
    expect(under('What the models can do:').specific).toBe(false);
    expect(under('What Nemotron models can do:').specific).toBe(true);
    expect(under('Orion 2 features').specific).toBe(true);
    // A digest's summary restates the story: its points are held to the source.
    expect(under('Key takeaways').specific).toBe(true);
    expect(under('⚡ TL;DR').specific).toBe(true);
    expect(under('The News in Brief').specific).toBe(true);
    // In a title-case heading a capital is the style's, unless the page writes the word as a name.
    expect(under('Things Worth Knowing Today').specific).toBe(false);
    expect(under('Orion Series Models').specific).toBe(false);
    expect(
      under(
        'Orion Series Models',
        '<p>The lab released its Orion models to researchers this week.</p>',
      ).specific,
    ).toBe(true);
    expect(under('GR00T Series Models').specific).toBe(true);
    expect(under('DeepSeek Series Models').specific).toBe(true);
  });

  it('the lead-in is the line before the whole list, however long it is', () => {
    const kinds = kindsOf(
      pageOf(
        `<p>Related articles</p>${list('How we trained a small model on one GPU', 'Ten lessons from a year of agents', 'Why evaluation sets leak into training data')}`,
      ),
    );
    expect(kinds.get('Why evaluation sets leak into training data')?.kind).toBe('furniture');
  });
});

describe('a name in particular', () => {
  it('is no bullet’s or label’s first word', () => {
    expect(isSpecific('• Comprehensive world understanding and environmental mapping')).toBe(false);
    expect(isSpecific('Plan actions: Step-by-step sequences to reach goals')).toBe(false);
    expect(isSpecific('Sizes: Super and Nano, both open')).toBe(true);
    expect(isSpecific('- The trend is driven by practical needs')).toBe(false);
    expect(isSpecific('- The Nano model runs on consumer hardware')).toBe(true);
  });

  it('is a first word in a name’s form, which no sentence start gives a common word', () => {
    expect(isSpecific('NVIDIA sourced the data from its own facilities.')).toBe(true);
    expect(isSpecific('OpenAI released the weights to everyone.')).toBe(true);
    expect(isSpecific('DeepSeek trained it for less than its rivals.')).toBe(true);
    expect(isSpecific('Key facts: DeepSeek trained it for less.')).toBe(true);
    // A capital that any word takes at the start, a label, a common acronym, a shouted word.
    expect(isSpecific('Nano runs on consumer hardware.')).toBe(false);
    expect(isSpecific('UPDATE: the model is out for everyone.')).toBe(false);
    expect(isSpecific('AI is everywhere in the office now.')).toBe(false);
    expect(isSpecific('BREAKING news about small models today.')).toBe(false);
  });
});

describe('the comparison judges a list’s points', () => {
  const source = articleOf([
    'Orion 2 is an open vision language model that reads charts and scanned forms.',
    'It is released under the Apache 2.0 license, with weights on the model hub.',
    'We evaluated it on three document benchmarks, where it matched models twice its size.',
  ]);

  it('a point its source never makes is not in the source; one it makes is supported; a related link is not judged', () => {
    const page = articleOf([FILLER], {
      title: 'Orion 2 reads your charts',
      links: `<p>Orion 2 features</p>${list(
        'Reads charts and scanned forms',
        'Human-level dexterity control for humanoid robots',
      )}<p>More from the blog</p>${list('How we built a search engine for robots')}`,
    });
    const report = analyze(page, { source });
    const status = (start: string) => report.claims.find((c) => c.text.startsWith(start))?.status;
    expect(status('Reads charts')).toBe('supported');
    expect(status('Human-level dexterity')).toBe('unsupported');
    expect(status('How we built')).toBeUndefined();
  });
});
