// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SpanButton } from '../../../components/SpanButton';

const shown = (text: string) => {
  const root = document.createElement('div');
  render(<SpanButton span={{ text, start: 0, end: text.length }} onShow={() => {}} />, root);
  return root.querySelector('[data-testid="span"]')!.textContent;
};

describe('SpanButton', () => {
  it('puts a sentence in quotation marks', () => {
    expect(shown('The model runs on a laptop.')).toBe('“The model runs on a laptop.”');
    // One that opens or closes on a quotation is still the page's sentence.
    expect(shown('“It is here,” Huang said.')).toBe('““It is here,” Huang said.”');
  });
  it('leaves a sentence that is one quotation in its own marks, not two pairs', () => {
    expect(shown('“The ChatGPT moment for robotics is here.”')).toBe(
      '“The ChatGPT moment for robotics is here.”',
    );
    expect(shown('"Specialized models are inevitable."')).toBe(
      '"Specialized models are inevitable."',
    );
    // Two quotations with words between are not one.
    expect(shown('“Yes,” she said, “it is.”')).toBe('““Yes,” she said, “it is.””');
  });
});
