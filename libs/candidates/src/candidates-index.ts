/**
 * The search index of matchable profiles (the uid adds the environment prefix): every write
 * names its profiles' ids to it through the outbox, and @ipl/match-index builds the documents.
 */
export const CANDIDATES_INDEX = 'candidates';
