// Wraps the local search bar so that its code (lunr with its Chinese tokenizer, mark.js, the
// worker bridge and the bar itself) leaves the main bundle that every page runs before it
// becomes interactive. Pages show a stand-in that looks the same; the real bar is fetched as
// soon as the reader reaches for it (pointer over it, touch, focus, or Ctrl/⌘+K), and at once
// when the page was opened from a search result, whose terms the real bar highlights.
import {lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
// The real bar's stylesheet and shortcut helpers: small, and free of the search engine.
import barStyles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {getKeymapHints, matchesKeymap, parseKeymap} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import {isKeptOffline} from '@site/src/offline/client';
import {useOnline} from '@site/src/offline/online';
import {moveFocus, typeInto} from './handOver';
import styles from './styles.module.css';

/** Said instead of the bar when it cannot work: offline, without the saved search index. */
const NEEDS_NETWORK = '离线时搜索不可用：搜索索引还没有保存到本机。联网后即可搜索；在首页保存全部课程后，离线也能搜索。';

function SearchUnavailable(): ReactNode {
  return (
    <p role="status" className={styles.unavailable}>
      {NEEDS_NETWORK}
    </p>
  );
}

// Should the bar's code fail to load (offline, not yet saved), the page says so and goes on.
const SearchBar = lazy(() => import('@theme-original/SearchBar').catch(() => ({default: SearchUnavailable})));

/** The plugin's default shortcut (docusaurus.config.ts does not change it). */
const SHORTCUT = 'mod+k';
/** The query parameter a search result link adds for the terms to highlight. */
const HIGHLIGHT_PARAM = '_highlight';

interface StandInProps {
  inputRef: React.RefObject<HTMLInputElement | null>;
  onWanted: (focus: boolean) => void;
}

function StandIn({inputRef, onWanted}: StandInProps): ReactNode {
  const isBrowser = useIsBrowser();
  const label = translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
  return (
    <div className={`navbar__search ${barStyles.searchBarContainer}`} dir="ltr">
      <svg aria-hidden="true" className={barStyles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${barStyles.searchInput}`}
        onPointerEnter={() => onWanted(false)}
        onTouchStart={() => onWanted(false)}
        onFocus={() => onWanted(true)}
      />
      {isBrowser && (
        <div className={barStyles.searchHintContainer}>
          {getKeymapHints(SHORTCUT, isMacPlatform()).map((hint) => (
            <kbd key={hint} className={barStyles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}

interface ArrivalProps {
  children: ReactNode;
  /** Before the real bar's first paint: the stand-in is still there to take focus from. */
  onArrive: () => void;
  /** After the real bar's own mount effects, which reset its text. */
  onSettled: () => void;
}

function Arrival({children, onArrive, onSettled}: ArrivalProps): ReactNode {
  // Once, when the real bar first mounts.
  useLayoutEffect(onArrive, []);
  // Children's effects run first, so this timer is queued after the one in which the real bar
  // clears its box (it fills the box with the terms of ?_highlight=, or empties it).
  useEffect(() => {
    const timer = setTimeout(onSettled);
    return () => clearTimeout(timer);
  }, []);
  return children;
}

export default function SearchBarOnDemand(): ReactNode {
  const {search} = useLocation();
  const online = useOnline();
  const [wanted, setWanted] = useState(false);
  // Online, or offline with the index saved: the real bar can search. Stays true once it loaded.
  const [usable, setUsable] = useState<boolean | undefined>();
  const [arrived, setArrived] = useState(false);
  const focusOnArrival = useRef(false);
  const standInInput = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);

  const want = useCallback((focus: boolean) => {
    focusOnArrival.current ||= focus;
    setWanted(true);
  }, []);

  useEffect(() => {
    if (new URLSearchParams(search).has(HIGHLIGHT_PARAM)) want(false);
  }, [search, want]);

  useEffect(() => {
    if (wanted) return undefined;
    const keymap = parseKeymap(SHORTCUT);
    const onKey = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      want(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [wanted, want]);

  useEffect(() => {
    if (!wanted || usable) return undefined;
    if (online) {
      setUsable(true);
      return undefined;
    }
    let current = true;
    void isKeptOffline('search-index.json').then((kept) => current && setUsable(kept));
    return () => {
      current = false;
    };
  }, [wanted, online, usable]);

  const typed = useRef('');
  const realInput = () =>
    [...(container.current?.querySelectorAll<HTMLInputElement>('input.navbar__search-input') ?? [])].find(
      (el) => el !== standInInput.current,
    ) ?? null;
  const onArrive = () => {
    typed.current = standInInput.current?.value ?? '';
    moveFocus(standInInput.current, realInput(), focusOnArrival.current);
    setArrived(true);
  };
  const onSettled = () => typeInto(realInput(), typed.current);

  // The stand-in stays until the real bar is in the page, so the reader's focus and typing
  // are never dropped.
  return (
    <div ref={container} className={styles.slot}>
      {!arrived && <StandIn inputRef={standInInput} onWanted={want} />}
      {wanted && usable === false && <SearchUnavailable />}
      {wanted && usable && (
        <Suspense fallback={null}>
          <Arrival onArrive={onArrive} onSettled={onSettled}>
            <SearchBar />
          </Arrival>
        </Suspense>
      )}
    </div>
  );
}
