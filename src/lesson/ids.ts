/**
 * Video id formats. Kept apart from the schema so that browser code (the player) can use them
 * without pulling the schema library into the page bundle.
 */

/** Bilibili video ids: "BV" followed by ten base-58 characters. */
export const BVID = /^BV[0-9A-Za-z]{10}$/;
/** YouTube video ids: eleven URL-safe base-64 characters. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
