import {useRef, type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {CARD_CLASS, GLOSSARY_PATH} from '@site/src/glossary/anchors';
import {closeCard, closeSoon, isOpen, keepOpen, openCard, openOnFocus, openSoon} from './card';
import styles from './styles.module.css';

export interface Props {
  /** The glossary entry's id (its anchor on the glossary page). */
  id: string;
  zh: string;
  en: string;
  definition: string;
  /** Title of the lesson that teaches the term. */
  lesson: string;
  /** That lesson's permalink with the heading's anchor. */
  href: string;
  /** The term as the page writes it. */
  children: ReactNode;
}

const hovering = (e: PointerEvent) => e.pointerType !== 'touch';

/**
 * A glossary term in a lesson, marked at build time (src/plugins/glossary/remark.ts): a link to
 * its glossary entry that shows a card with the definition on hover, focus or a first tap.
 * Without JavaScript it is just the link; screen readers hear the card as its description.
 */
export default function GlossaryTerm({id, zh, en, definition, lesson, href, children}: Props) {
  const glossary = useBaseUrl(GLOSSARY_PATH);
  // The kind of pointer that pressed the term, until its click: a tap opens the card first.
  const pressed = useRef<string | undefined>(undefined);
  const cardId = `glossary-card-${id}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const tapped = pressed.current === 'touch';
    pressed.current = undefined;
    if (tapped && !isOpen(e.currentTarget) && openCard(e.currentTarget)) e.preventDefault();
  };
  const onFocus = (e: FocusEvent<HTMLAnchorElement>) => {
    // Focus that comes from a press is the click's business.
    if (!pressed.current) openOnFocus(e.currentTarget);
  };
  const onBlur = (e: FocusEvent<HTMLSpanElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) closeCard();
  };
  return (
    <span data-glossary-term="" onBlur={onBlur}>
      <a
        href={`${glossary}#${id}`}
        className={styles.link}
        aria-describedby={cardId}
        onPointerDown={(e) => (pressed.current = e.pointerType)}
        onPointerEnter={(e) => hovering(e) && openSoon(e.currentTarget)}
        onPointerLeave={(e) => hovering(e) && closeSoon()}
        onFocus={onFocus}
        onClick={onClick}>
        {children}
      </a>
      <span
        id={cardId}
        // The plain class keeps the cards out of the search index (see docusaurus.config.ts).
        className={clsx(CARD_CLASS, styles.card)}
        popover="manual"
        onPointerEnter={(e) => hovering(e) && keepOpen()}
        onPointerLeave={(e) => hovering(e) && closeSoon()}>
        <span className={styles.names}>
          {zh}
          {en !== zh && <span lang="en">{en}</span>}
        </span>
        <span className={styles.definition}>{definition}</span>
        <span className={styles.where}>
          在《<Link to={href}>{lesson}</Link>》中讲解
        </span>
      </span>
    </span>
  );
}
