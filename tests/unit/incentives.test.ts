import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { articleOf, FILLER } from './support/article';

// Sources and pages written here; the organisations are real entries of lib/knowledge/orgs.json.
const scaleSource = articleOf([FILLER, 'Frontier models keep getting better with scale, and our next frontier model will be larger still.'], {
  url: 'https://openai.com/index/bigger-models/',
  title: 'Why bigger models',
});

describe('vendor-incentive notes', () => {
  it('names the source’s author, what it sells and the claims that sell it, with citations', () => {
    const page = articleOf([FILLER, 'OpenAI argues that frontier models will keep winning as they scale.', 'Larger models, it says, beat smaller ones.']);
    const [note] = analyze(page, { source: scaleSource }).incentives;
    expect(note).toMatchObject({ org: 'OpenAI', role: 'author', topics: ['scale'] });
    expect(note!.note).toMatch(/^OpenAI sells /);
    expect(note!.citations.every((c) => c.url.startsWith('https://openai.com/'))).toBe(true);
    expect(note!.sentences.map((s) => s.text)).toContain('OpenAI argues that frontier models will keep winning as they scale.');
  });

  it('makes no note when the page argues nothing the author sells', () => {
    const page = articleOf([FILLER, 'The company opened a new office in Dublin this week.', 'It will hire two hundred people.']);
    expect(analyze(page, { source: scaleSource }).incentives).toEqual([]);
  });

  it('gives the incentive to the author on a blog platform, names the platform too, and says when the benchmark is self-run', () => {
    const source = articleOf(
      [FILLER, 'In our tests, our specialized model DharmaOCR reached a 2.1% error rate against 3.4% for a frontier API.', 'Fine-tuned small models are cheap to run.'],
      { url: 'https://huggingface.co/blog/Dharma-AI/some-post', title: 'Small wins' },
    );
    const page = articleOf([FILLER, 'Hugging Face argues that specialized models beat frontier models.', 'Teams should consider fine-tuned models.']);
    const notes = analyze(page, { source }).incentives;
    const author = notes.find((n) => n.role === 'author');
    expect(author?.org).toBe('Dharma AI');
    expect(author?.note).toContain('self-run benchmark');
    expect(notes.find((n) => n.role === 'platform')?.org).toBe('Hugging Face');
  });

  it('notes sponsored or affiliate pages', () => {
    const page = articleOf([FILLER, 'This post is sponsored by a cloud provider.', 'The new chips are fast.']);
    expect(analyze(page).incentives).toContainEqual(expect.objectContaining({ role: 'page-publisher', note: expect.stringContaining('sponsored') }));
  });

  it('adds the vendor-incentive component to the spin score only when there is a note', () => {
    const page = articleOf([FILLER, 'OpenAI argues that frontier models will keep winning as they scale.']);
    const with_ = analyze(page, { source: scaleSource }).spin.components.find((c) => c.id === 'vendor-incentive')!;
    expect(with_.value).toBe(1);
    const without = analyze(articleOf([FILLER, 'A new office opened in Dublin.']), { source: scaleSource }).spin.components.find((c) => c.id === 'vendor-incentive')!;
    expect(without.value).toBe(0);
  });
});
