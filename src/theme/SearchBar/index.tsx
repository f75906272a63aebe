// The navbar's search box. The classic theme has no search of its own (its SearchBar is a
// placeholder that renders nothing), so this supplies one instead of wrapping it: the site's box
// (src/components/SiteSearch), which fetches its engine only when the reader reaches for it.
import type {ReactNode} from 'react';
import SiteSearch from '@site/src/components/SiteSearch';

export default function SearchBar(): ReactNode {
  return <SiteSearch variant="navbar" />;
}
