import { english } from '../../../lib/words/english';
import type { Message } from '../../../lib/words/message';

/** A Message in English, or undefined when there is none (a flag or note not found). */
export const said = (message: Message | undefined): string | undefined =>
  message && english(message);
