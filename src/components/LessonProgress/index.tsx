import {useEffect, useRef} from 'react';
import clsx from 'clsx';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {lessonId, placeOf} from '@site/src/lesson/place';
import {isRead, markRead, setLast, unmarkRead} from '@site/src/progress/record';
import {updateProgress, useProgress} from '@site/src/progress/store';
import {headingAbove, type HeadingBox} from './reading';
import styles from './styles.module.css';

/** How long scrolling has to pause before the place is written down. */
const SETTLE_MS = 400;

/** A heading's own text, without the theme's “#” link (and cut short for display). */
function headingText(el: HTMLElement): string {
  const parts = [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('hash-link')));
  return parts
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

function headingBoxes(): HeadingBox[] {
  return [...document.querySelectorAll<HTMLElement>('article .markdown :is(h2, h3)[id]')].map((el) => ({
    id: el.id,
    text: headingText(el),
    top: el.getBoundingClientRect().top,
  }));
}

/** Keeps the reader's place in lesson `id`: the lesson on arrival, the heading as they scroll. */
function useTrackPlace(id: string) {
  useEffect(() => {
    // Coming back to the same lesson keeps the heading until the reader scrolls.
    updateProgress((p) => (p.last?.id === id ? p : setLast(p, {id, at: Date.now()})));
    let timer: number | undefined;
    const record = () => {
      timer = undefined;
      const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
      const h = headingAbove(headingBoxes(), navbar + window.innerHeight * 0.2);
      updateProgress((p) => setLast(p, {id, at: Date.now(), ...(h ? {heading: h.id, headingText: h.text} : {})}));
    };
    const onScroll = () => {
      if (timer === undefined) timer = window.setTimeout(record, SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, {passive: true});
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, [id]);
}

/**
 * The end of a lesson or practice page: reaching it marks the page read, and a toggle marks or
 * unmarks it by hand. Progress stays in this browser (src/progress/store.ts).
 */
function LessonEnd({id}: {id: string}) {
  const progress = useProgress();
  const read = progress !== null && isRead(progress, id);
  const end = useRef<HTMLDivElement>(null);
  // A reader who unmarks the page is not overruled by scrolling past its end again.
  const unmarked = useRef(false);
  useTrackPlace(id);

  useEffect(() => {
    const el = end.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !unmarked.current) updateProgress((p) => markRead(p, id, Date.now()));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [id]);

  const toggle = () => {
    if (read) unmarked.current = true;
    updateProgress((p) => (read ? unmarkRead(p, id) : markRead(p, id, Date.now())));
  };

  return (
    <div ref={end} className={clsx(styles.end, 'screen-only')} data-lesson-id={id}>
      <button type="button" className={clsx('button button--sm', read ? 'button--primary' : 'button--outline button--primary')} aria-pressed={read} onClick={toggle}>
        <span aria-hidden="true" className={styles.mark}>
          {read ? '✓' : '○'}
        </span>
        标记为已读
      </button>
      <span className={styles.note}>
        {read ? '本节已记为已读，再按一次可取消。' : '读到这里会自动记为已读。'}学习进度只保存在这个浏览器里。
      </span>
    </div>
  );
}

/** LessonEnd on lesson and practice pages; nothing on other docs. */
export default function LessonProgress() {
  const {metadata} = useDoc();
  const id = lessonId(placeOf(metadata.source));
  return id ? <LessonEnd id={id} /> : null;
}
