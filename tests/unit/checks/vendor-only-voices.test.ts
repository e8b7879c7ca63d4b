import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';
import { said } from '../support/said';

const flag = (paragraphs: string[]) =>
  analyze(articleOf([FILLER, ...paragraphs])).flags.find((f) => f.id === 'vendor-only-voices');

describe('vendor-only-voices', () => {
  it('flags a page that only relays the vendor', () => {
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses.',
      'The company says demand is growing fast.',
    ]);
    expect(said(f?.messages.title)).toContain('Acme Robotics');
  });

  it('names each credited organisation once, however many sentences credit it', () => {
    // Credited as the author of the claims and as the blog they appeared on.
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses.',
      'Orbit Labs argues the same about delivery drones, as first posted on the Acme Robotics blog.',
    ]);
    expect(said(f?.messages.detail)).toContain('what Acme Robotics and Orbit Labs say');
  });

  it('names whom the page credits as saying it, not where it appeared', () => {
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses, as first posted on the Vireo blog.',
      'The company says demand is growing fast.',
    ]);
    expect(said(f?.messages.title)).toBe('Only Acme Robotics is heard');
    expect(said(f?.messages.detail)).not.toContain('Vireo');
  });

  it('with only a place named, names the source’s author: a platform carries a post, it does not say it', () => {
    const page = articleOf([
      FILLER,
      'Source: Hugging Face Blog',
      'Humanoid robots will staff every warehouse by 2030, and demand is growing fast.',
    ]);
    const source = articleOf(
      [FILLER, 'Humanoid robots could staff many warehouses within a decade, in our view.'],
      { url: 'https://huggingface.co/blog/lumen-labs/warehouse-robots', title: 'Warehouse robots' },
    );
    const titleOf = (report: ReturnType<typeof analyze>) =>
      said(report.flags.find((f) => f.id === 'vendor-only-voices')?.messages.title);
    expect(titleOf(analyze(page, { sources: [source] }))).toBe('Only Lumen Labs is heard');
    // Without the source, the place is all the page names.
    expect(titleOf(analyze(page))).toBe('Only Hugging Face is heard');
    // One who speaks for the source's author is its voice, not another.
    const quoting = articleOf([
      FILLER,
      'Source: Hugging Face Blog',
      '“Demand is growing fast,” said Maria Okafor, chief executive of Lumen Labs.',
    ]);
    expect(titleOf(analyze(quoting, { sources: [source] }))).toBe('Only Lumen Labs is heard');
  });

  it('names no one when the page names only a person as where it appeared', () => {
    expect(
      flag(['Humanoid robots will staff every warehouse, as first posted on the Dr Li Wei blog.']),
    ).toBeUndefined();
  });

  it('does not flag a company’s own post for speaking for the company', () => {
    const sentences = [
      FILLER,
      'OpenAI says its new model answers questions about long contracts.',
      'Hugging Face says the weights will be on its hub next week.',
    ];
    const flagAt = (url: string) =>
      analyze(articleOf(sentences, { url })).flags.find((f) => f.id === 'vendor-only-voices');
    expect(flagAt('https://openai.com/index/contracts/')).toBeUndefined();
    expect(flagAt('https://news.example/story')).toBeDefined();
  });

  it('does not flag a page with an independent voice', () => {
    expect(
      flag([
        'Acme Robotics argues that humanoid robots will staff warehouses.',
        'Jane Doe, a robotics researcher who was not involved, said the claim is premature.',
      ]),
    ).toBeUndefined();
  });

  it('hears a voice named after its quotation ("…, said Jane Doe"), as news pages write it', () => {
    expect(
      flag([
        'Acme Robotics argues that humanoid robots will staff warehouses.',
        '“The robots still drop one box in ten,” said Maria Okafor, who runs a parcel depot in Leeds.',
      ]),
    ).toBeUndefined();
  });

  it('counts one who speaks for the credited company as the company', () => {
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses.',
      '“Demand is growing fast,” said Maria Okafor, chief executive of Acme Robotics.',
    ]);
    expect(said(f?.messages.title)).toContain('Acme Robotics');
  });

  it('counts one named with the credited company’s possessive as the company', () => {
    const f = flag([
      'Acme Robotics argues that humanoid robots will staff warehouses.',
      '“Demand is growing fast,” said Maria Okafor, Acme Robotics’s chief executive.',
    ]);
    expect(said(f?.messages.title)).toContain('Acme Robotics');
  });

  it('does not flag a page that credits no one', () => {
    expect(flag(['Humanoid robots were shown at a trade fair this week.'])).toBeUndefined();
  });
});
