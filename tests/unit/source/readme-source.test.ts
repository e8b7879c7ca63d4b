import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract';
import { markdownToHtml } from '../../../lib/extract/markdown';
import { parseHtmlDocument } from '../../../lib/extract/parse-html';
import { sourceAuthor, sourceHost } from '../../../lib/source/attribution';
import { english } from '../../../lib/words/english';

// READMEs and model cards written here; DeepSeek and Meta are entries of lib/knowledge/orgs.json.
const README = `# Model-7B\n\nThis repository holds a small language model written for the test, trained on two trillion tokens of public text.\n\n## Evaluation\n\nIt was evaluated on four reading benchmarks and two arithmetic benchmarks this spring.\n`;
const readme = (url: string) =>
  extractArticle(parseHtmlDocument(markdownToHtml(README), url), { url });

describe('the author of a README or a model card', () => {
  it('is the organisation that owns the repository, not GitHub', () => {
    const source = readme('https://github.com/deepseek-ai/Model-7B');
    expect(sourceAuthor(source)?.name).toBe('DeepSeek');
    expect(sourceHost(source).platform).toBe(true);
  });

  it('is the hub organisation of a model or dataset card, not Hugging Face', () => {
    expect(sourceAuthor(readme('https://huggingface.co/meta-llama/Model-7B'))?.name).toBe('Meta');
    expect(
      sourceAuthor(readme('https://huggingface.co/datasets/deepseek-ai/reading-set'))?.name,
    ).toBe('DeepSeek');
  });

  it('is the account’s name, prettified, when the registry does not know it', () => {
    const author = sourceAuthor(readme('https://github.com/zephyr-labs/Model-7B'))!;
    expect(author.name).toBe('Zephyr Labs');
    expect(author.messages.evidence.map(english).join(' ')).toContain('zephyr-labs');
    expect(sourceAuthor(readme('https://huggingface.co/zephyr-labs/Model-7B'))?.name).toBe(
      'Zephyr Labs',
    );
  });
});
