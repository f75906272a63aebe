/** Anchors of the glossary page's own sections; no dependencies, so any page can link to them. */

/** Prefix of the chapter sections' anchors, which entry ids must not use. */
export const CHAPTER_ANCHOR_PREFIX = 'chapter-';

/** The anchor of a chapter's section on the glossary page ("chapter-01-transformer"). */
export const chapterAnchor = (folder: string) => `${CHAPTER_ANCHOR_PREFIX}${folder}`;

/** Class of every term card on a page, outside CSS modules: the search index leaves cards out. */
export const CARD_CLASS = 'glossary-card';

/** The glossary page's path under the base URL. */
export const GLOSSARY_PATH = '/glossary';
