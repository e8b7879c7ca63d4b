import { english } from '../words/english';
import { msg, type Message } from '../words/message';

/**
 * Why a reader flags a summary as misleading. The ids are stored in flags and exports; the labels
 * (messages of locales/en.json) are what the sidebar, the flags page and the CSV export show.
 * Chosen from the failures DESIGN.md describes:
 * stronger wording than the source, dropped caveats, added claims, an unnamed vendor interest, and
 * AI-written text presented as reporting.
 */
export const REASONS = [
  { id: 'exaggerates-source', label: msg('reasons.exaggeratesSource') },
  { id: 'omits-caveats', label: msg('reasons.omitsCaveats') },
  { id: 'claims-not-in-source', label: msg('reasons.claimsNotInSource') },
  { id: 'hides-vendor-interest', label: msg('reasons.hidesVendorInterest') },
  { id: 'undisclosed-ai', label: msg('reasons.undisclosedAi') },
  { id: 'other', label: msg('reasons.other') },
] as const satisfies readonly { id: string; label: Message }[];

export type ReasonId = (typeof REASONS)[number]['id'];

const IDS = new Set<string>(REASONS.map((r) => r.id));
export const isReason = (value: unknown): value is ReasonId =>
  typeof value === 'string' && IDS.has(value);
/** A reason's label as a Message. */
export const reasonMessage = (id: ReasonId): Message => REASONS.find((r) => r.id === id)!.label;
/** A reason's label in English (the CSV export). */
export const reasonLabel = (id: ReasonId): string => english(reasonMessage(id));
