import { reasonMessage, type ReasonId } from '../lib/flags/reasons';
import { say } from './say';

/** A flag reason in the reader's language. */
export const reasonWords = (id: ReasonId): string => say(reasonMessage(id));
