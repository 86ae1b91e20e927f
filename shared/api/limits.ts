/**
 * Limits of the API that the renderer needs at start-up, apart from the contract so that reading
 * them does not load zod and build every schema (the renderer's first paint needs neither).
 */

/** Most ids one getInterviews call takes; a window that needs more refetches the whole list. */
export const MAX_IDS_PER_CALL = 1000
