import {useRef, type MouseEvent} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {errataIssueUrl} from './errataUrl';
import styles from './styles.module.css';

export interface Props {
  pageTitle: string;
  /** Source path relative to the repository root. */
  sourcePath: string;
  /** The page's path on the site (with the base URL), e.g. "/docs/transformer/attention". */
  permalink: string;
}

/** Text selected inside the page's article, if any. */
function articleSelection(): string {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed) return '';
  const article = document.querySelector('article');
  const node = sel.anchorNode;
  return article && node && article.contains(node) ? sel.toString() : '';
}

/**
 * "报告勘误": opens the errata issue form with the page and the reader's selection filled in.
 * The selection is read on pointer-down, before the press on the link collapses it.
 */
export default function ErrataLink({pageTitle, sourcePath, permalink}: Props) {
  const {siteConfig} = useDocusaurusContext();
  const repo = `${siteConfig.organizationName}/${siteConfig.projectName}`;
  const pressed = useRef('');

  const href = (selection: string) =>
    errataIssueUrl({
      repo,
      pageTitle,
      pageUrl: siteConfig.url + permalink,
      sourcePath,
      selection,
    });

  // The address is final only at click time, when the selection is known.
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = href(pressed.current || articleSelection());
    pressed.current = '';
  };

  return (
    <a
      className={styles.errata}
      href={href('')}
      onPointerDown={() => (pressed.current = articleSelection())}
      onClick={onClick}
      target="_blank"
      rel="noopener noreferrer">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8zm9 3a1 1 0 1 1-2 0 1 1 0 0 1 2 0zm-.25-6.25a.75.75 0 0 0-1.5 0v3.5a.75.75 0 0 0 1.5 0z"
        />
      </svg>
      报告勘误
      <span className={styles.hint}>（可先选中有误的文字）</span>
    </a>
  );
}
