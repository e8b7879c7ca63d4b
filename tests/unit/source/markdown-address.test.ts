import { describe, expect, it } from 'vitest';
import { isMarkdownPath, markdownAddress } from '../../../lib/source/markdown-address';

describe('markdownAddress', () => {
  it('a GitHub repository page reads its README at the default branch, and goes by the page', () => {
    expect(markdownAddress('https://github.com/deepseek-ai/DeepSeek-V3')).toEqual({
      raw: 'https://raw.githubusercontent.com/deepseek-ai/DeepSeek-V3/HEAD/README.md',
      page: 'https://github.com/deepseek-ai/DeepSeek-V3',
      title: 'DeepSeek-V3',
    });
    expect(
      markdownAddress('https://www.github.com/zephyr-labs/zephyr-7b.git/?tab=readme#intro')?.raw,
    ).toBe('https://raw.githubusercontent.com/zephyr-labs/zephyr-7b/HEAD/README.md');
  });

  it('a GitHub blob/…/*.md file reads that file; a tree/ folder its README', () => {
    expect(
      markdownAddress('https://github.com/zephyr-labs/zephyr-7b/blob/main/docs/EVAL.md#results'),
    ).toEqual({
      raw: 'https://raw.githubusercontent.com/zephyr-labs/zephyr-7b/main/docs/EVAL.md',
      page: 'https://github.com/zephyr-labs/zephyr-7b/blob/main/docs/EVAL.md',
      title: 'EVAL.md',
    });
    expect(markdownAddress('https://github.com/zephyr-labs/zephyr-7b/tree/v2/docs')?.raw).toBe(
      'https://raw.githubusercontent.com/zephyr-labs/zephyr-7b/v2/docs/README.md',
    );
  });

  it('other GitHub pages stay web pages: code files, issues, releases, accounts and GitHub’s own routes', () => {
    for (const url of [
      'https://github.com/zephyr-labs/zephyr-7b/blob/main/serve.py',
      'https://github.com/zephyr-labs/zephyr-7b/issues/12',
      'https://github.com/zephyr-labs/zephyr-7b/releases/tag/v1.0',
      'https://github.com/zephyr-labs',
      'https://github.com/features/copilot',
      'https://github.com/topics/llm',
      'https://gist.github.com/alice/abc123',
    ])
      expect(markdownAddress(url), url).toBeNull();
  });

  it('a Hugging Face model or dataset card reads its README.md on main', () => {
    expect(markdownAddress('https://huggingface.co/moonshotai/Kimi-K2-Instruct')).toEqual({
      raw: 'https://huggingface.co/moonshotai/Kimi-K2-Instruct/raw/main/README.md',
      page: 'https://huggingface.co/moonshotai/Kimi-K2-Instruct',
      title: 'Kimi-K2-Instruct',
    });
    expect(markdownAddress('https://hf.co/datasets/zephyr-labs/read-bench')).toEqual({
      raw: 'https://huggingface.co/datasets/zephyr-labs/read-bench/raw/main/README.md',
      page: 'https://huggingface.co/datasets/zephyr-labs/read-bench',
      title: 'read-bench',
    });
    expect(
      markdownAddress('https://huggingface.co/zephyr-labs/zephyr-7b/blob/main/EVAL.md')?.raw,
    ).toBe('https://huggingface.co/zephyr-labs/zephyr-7b/raw/main/EVAL.md');
  });

  it('other hub pages stay web pages: the blog, papers, docs, Spaces, file listings, organisations', () => {
    for (const url of [
      'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
      'https://huggingface.co/blog/some-official-post',
      'https://huggingface.co/papers/2501.00001',
      'https://huggingface.co/docs/transformers',
      'https://huggingface.co/spaces/zephyr-labs/demo',
      'https://huggingface.co/zephyr-labs/zephyr-7b/tree/main',
      'https://huggingface.co/zephyr-labs',
      'https://huggingface.co/datasets/zephyr-labs',
      'https://huggingface.co.evil.example/zephyr-labs/zephyr-7b',
      'not an address',
    ])
      expect(markdownAddress(url), url).toBeNull();
  });

  it('a Markdown address is one whose path ends in .md or .markdown', () => {
    expect(isMarkdownPath('https://raw.githubusercontent.com/a/b/main/README.md')).toBe(true);
    expect(isMarkdownPath('https://example.com/notes/launch.markdown?x=1')).toBe(true);
    expect(isMarkdownPath('https://example.com/readme.md.html')).toBe(false);
    expect(isMarkdownPath('https://example.com/?file=readme.md')).toBe(false);
  });
});
