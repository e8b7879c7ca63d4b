import limits from '../knowledge/lexicons/limits.json';

/**
 * A text denying a reading of its own result: "The implication is not that frontier models are
 * inferior", "The conclusion the theorem points toward is not that generality is bad", "What we
 * show is not that scale no longer matters". A disclaimer (Hyland 1998), as "does not claim" is.
 * A bare "not that" is none: "not that big", "It's not that many people", "Not that it matters"
 * (limits.json says where this comes from).
 */
export const DENIED_READING = new RegExp(
  String.raw`(?:\b(?:${limits.entries.readings.join('|')})\b[^.;:!?]{0,60}?|\bwhat\s+(?:we|the\s+\p{L}+|this\s+\p{L}+|it)\s+(?:shows?|showed|claims?|claimed|argues?|argued|means?|meant|suggests?|suggested|finds?|found|says?|said)\s+)\b(?:(?:is|was|are|were)\s+not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+that\b`,
  'iu',
);
