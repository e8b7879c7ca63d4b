/**
 * Why a reader flags a summary as misleading. The ids are stored in flags and exports; the labels
 * are what the sidebar and the flags page show. Chosen from the failures DESIGN.md describes:
 * stronger wording than the source, dropped caveats, added claims, an unnamed vendor interest, and
 * AI-written text presented as reporting.
 */
export const REASONS = [
  { id: 'exaggerates-source', label: 'Exaggerates the source' },
  { id: 'omits-caveats', label: 'Leaves out caveats' },
  { id: 'claims-not-in-source', label: 'Claims not in the source' },
  { id: 'hides-vendor-interest', label: 'Hides a vendor’s interest' },
  { id: 'undisclosed-ai', label: 'Undisclosed AI authorship' },
  { id: 'other', label: 'Other' },
] as const;

export type ReasonId = (typeof REASONS)[number]['id'];

const IDS = new Set<string>(REASONS.map((r) => r.id));
export const isReason = (value: unknown): value is ReasonId => typeof value === 'string' && IDS.has(value);
export const reasonLabel = (id: ReasonId): string => REASONS.find((r) => r.id === id)!.label;
