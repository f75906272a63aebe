// The site's search box: in the navbar (variant "navbar", a list that opens under the box) and
// on the /search page (variant "page", the list in the page). The engine (src/search/engine.ts)
// is fetched only when the reader reaches for a box: pointer over it, touch, focus or Ctrl/⌘+K.
// Keyboard: ↑/↓ choose a result, Enter opens it, Escape closes the list (then clears the box).
import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadEngine} from '@site/src/search/engine';
import {excerptParts, type Hit} from '@site/src/search/rank';
import styles from './styles.module.css';

/** Said when the engine cannot load: offline without the saved index, or the dev server. */
const NEEDS_NETWORK = '离线时搜索不可用：搜索索引还没有保存到本机。联网后即可搜索；在首页保存全部课程后，离线也能搜索。';
const NO_INDEX_IN_DEV = '开发服务器（npm start）没有搜索索引：索引在构建时生成，运行 npm run build 和 npm run serve 后即可搜索。';
const FAILED = '搜索索引加载失败，请刷新页面再试。';

const LABEL = '搜索课程';

type Answer = {query: string; hits: Hit[]} | {query: string; error: string};

function failure(): string {
  if (process.env.NODE_ENV === 'development') return NO_INDEX_IN_DEV;
  return navigator.onLine ? FAILED : NEEDS_NETWORK;
}

function Excerpt({text}: {text: string}): ReactNode {
  return (
    <span className={styles.excerpt}>
      {excerptParts(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

interface Props {
  variant: 'navbar' | 'page';
  /** The page variant: the query of the page's address (?q=). */
  initialQuery?: string;
  /** The page variant: told each query, to keep it in the address. */
  onQuery?: (query: string) => void;
}

export default function SiteSearch({variant, initialQuery = '', onQuery}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const history = useHistory();
  const {pathname} = useLocation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(variant === 'page');
  const asked = useRef(0);
  // Each result shown costs its page's fragment (about 8 KB): the navbar shows few.
  const limit = variant === 'page' ? 20 : 5;

  const prepare = useCallback(() => {
    loadEngine(siteConfig.baseUrl).catch(() => {});
  }, [siteConfig.baseUrl]);

  const ask = useCallback(
    (q: string) => {
      const n = ++asked.current;
      if (!q.trim()) {
        setAnswer(undefined);
        return;
      }
      loadEngine(siteConfig.baseUrl)
        .then((engine) => engine.search(q.trim(), limit))
        .then(
          (hits) => n === asked.current && (setAnswer({query: q, hits}), setActive(0)),
          () => n === asked.current && setAnswer({query: q, error: failure()}),
        );
    },
    [siteConfig.baseUrl, limit],
  );

  useEffect(() => {
    if (initialQuery) ask(initialQuery);
    // Only the address's query, when the page opens.
  }, []);

  // Ctrl/⌘+K: to the navbar's box from anywhere on the page.
  useEffect(() => {
    if (variant !== 'navbar') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [variant]);

  // A result opened: the navbar's list closes.
  useEffect(() => {
    if (variant === 'navbar') setOpen(false);
  }, [pathname, variant]);

  const hits = answer && 'hits' in answer ? answer.hits : [];
  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    history.push(hit.href);
    if (variant === 'navbar') input.current?.blur();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) go(hits[active]);
    } else if (event.key === 'Escape') {
      // A search field's own Escape empties it; here the first Escape only closes the list.
      event.preventDefault();
      if (open && variant === 'navbar' && query) setOpen(false);
      else {
        setQuery('');
        ask('');
        onQuery?.('');
      }
    }
  };

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-hit-${i}`;
  const shown = open && Boolean(query.trim()) && answer !== undefined;
  const searchPage = `${siteConfig.baseUrl}search?q=${encodeURIComponent(query.trim())}`;

  return (
    <div
      className={clsx(variant === 'navbar' ? 'navbar__search' : styles.pageBox, styles.box)}
      role="search"
      onBlur={(e) => {
        if (variant === 'navbar' && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}>
      <input
        ref={input}
        type="search"
        className={clsx(variant === 'navbar' && 'navbar__search-input', styles.input)}
        placeholder="搜索"
        aria-label={LABEL}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits.length ? optionId(active) : undefined}
        aria-keyshortcuts={variant === 'navbar' ? 'Control+K Meta+K' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onPointerEnter={prepare}
        onTouchStart={prepare}
        onFocus={() => {
          prepare();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          ask(e.target.value);
          onQuery?.(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className={clsx(variant === 'navbar' ? styles.panel : styles.list, !shown && styles.hidden)} data-query={shown ? answer.query : undefined}>
        {shown && 'error' in answer && (
          <p role="status" className={styles.note}>
            {answer.error}
          </p>
        )}
        {shown && 'hits' in answer && hits.length === 0 && (
          <p role="status" className={styles.note}>
            没有找到与“{answer.query}”相关的内容。
          </p>
        )}
        <div id={listId} role="listbox" aria-label="搜索结果" className={styles.options}>
          {shown &&
            hits.map((hit, i) => (
              // A plain link, not Docusaurus's Link: that one prefetches the code of every page it
              // shows, about 80 KB for one list of results, which the first query then paid for.
              <a
                key={hit.href}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                href={hit.href}
                className={clsx(styles.hit, i === active && styles.active)}
                onClick={(event) => {
                  // Opened in this tab: moved to within the app, like any link of the site.
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  go(hit);
                }}
                onMouseMove={() => setActive(i)}>
                <span className={styles.title}>
                  {hit.title}
                  {hit.detail && <span className={styles.detail}>{hit.detail}</span>}
                </span>
                <Excerpt text={hit.excerpt} />
              </a>
            ))}
        </div>
        {shown && variant === 'navbar' && 'hits' in answer && hits.length > 0 && (
          <a
            className={styles.more}
            href={searchPage}
            tabIndex={-1}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              history.push(searchPage);
            }}>
            在搜索页查看全部结果
          </a>
        )}
      </div>
      <span className={styles.srOnly} role="status">
        {shown && 'hits' in answer ? `${hits.length} 条结果` : ''}
      </span>
    </div>
  );
}
