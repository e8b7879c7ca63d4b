/**
 * The figures a claim states: shares ("30%", "30 percent"), multiples ("3x", "3×", "threefold" is
 * words and left out, "3-fold", "3 times") and sums of money ("$40 million", "€2.5bn"). These are
 * the numbers a retelling inflates; counts, years and version numbers ("GPT-4", "Llama 3.1") are
 * left out, as they differ between two faithful sentences far more often than they are misquoted.
 */
export interface Figure {
  /** As written in the sentence. */
  text: string;
  value: number;
  unit: '%' | 'x' | '$' | '€' | '£';
  /** The precision as written: 1 for "30%", 0.1 for "29.6%", 100,000 for "$40.5 million". */
  step: number;
}

const FIGURE =
  /(?<![\p{L}\p{N}.,]|\p{L}-)(?:([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(billion|million|thousand|bn|m|k)\b)?|(\d[\d,]*(?:\.\d+)?)\s?(%|percent\b|per cent\b|x\b|×|-fold\b|times\b))/giu;

const MAGNITUDE: Record<string, number> = {
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

/**
 * A number as written ("1,200", "29.6"; "29,6" is a decimal comma, as in much of Europe) times its
 * magnitude, with the precision it is written to.
 */
function parseNumber(digits: string, magnitude = 1): { value: number; step: number } {
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(digits)
    ? digits.replace(/,/g, '')
    : digits.replace(',', '.');
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  return { value: Number(plain) * magnitude, step: magnitude / 10 ** decimals };
}

export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    if (m[1]) {
      out.push({
        text: m[0],
        unit: m[1] as Figure['unit'],
        ...parseNumber(m[2]!, MAGNITUDE[m[3]?.toLowerCase() ?? ''] ?? 1),
      });
    } else {
      const unit = /^(?:%|percent|per cent)$/iu.test(m[5]!) ? '%' : 'x';
      out.push({ text: m[0], unit, ...parseNumber(m[4]!) });
    }
  }
  return out.filter((f) => Number.isFinite(f.value));
}

/**
 * Whether a retelling's figure states the source's: the same unit and value, or the source's value
 * rounded as the retelling writes it ("30%" for "29.6%"; not "29.6%" for "30%").
 */
export function sameFigure(retold: Figure, source: Figure): boolean {
  return retold.unit === source.unit && roundsTo(retold, source.value);
}

/** Whether `value`, rounded as the retold figure is written, is that figure. */
function roundsTo(retold: Figure, value: number): boolean {
  const rounded = Math.round(value / retold.step) * retold.step;
  // Relative tolerance: steps such as 0.1 are not exact in binary.
  return Math.abs(rounded - retold.value) <= 1e-9 * Math.max(1, Math.abs(retold.value));
}

/**
 * Whether a retold share or multiple is worked out from two of the source's figures of one unit:
 * "error fell from 10% to 5%" retold as "a 50% drop", "5%" (points) or "2x fewer errors";
 * "$10 million to $30 million" as "3x" or "200% more".
 */
export function derivedFigure(retold: Figure, source: readonly Figure[]): boolean {
  for (const a of source) {
    for (const b of source) {
      if (a === b || a.unit !== b.unit || !a.value || !b.value) continue;
      const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
      const candidates =
        retold.unit === '%'
          ? [
              ((high - low) / high) * 100,
              ((high - low) / low) * 100,
              ...(a.unit === '%' ? [high - low] : []),
            ]
          : retold.unit === 'x'
            ? [high / low]
            : [];
      if (candidates.some((v) => roundsTo(retold, v))) return true;
    }
  }
  return false;
}
