import {useCallback, useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory} from '@docusaurus/router';
import SiteSearch from '@site/src/components/SiteSearch';

/** /search?q=…: the same search as the navbar's box, with more results, in the page. */
export default function SearchPage() {
  const history = useHistory();
  // The built page has no query; the address's is read once the page runs, and the box is
  // mounted again with it (reading it while rendering would not match the built HTML).
  const [initial, setInitial] = useState<string | undefined>();
  useEffect(() => setInitial(new URLSearchParams(window.location.search).get('q') ?? ''), []);
  // The address keeps the query, so a search can be bookmarked or shared.
  const keep = useCallback(
    (q: string) => history.replace({pathname: window.location.pathname, search: q ? `?q=${encodeURIComponent(q)}` : ''}),
    [history],
  );
  return (
    <Layout title="搜索" description="搜索《大模型算法与数据》的课程、代码实践和术语表。">
      <main className="container margin-vert--lg">
        <Heading as="h1">搜索</Heading>
        <p>输入术语（中文、英文或缩写都可以，如 容量因子、capacity factor、GQA）或任意词语。命名术语时，讲解它的那节课排在最前。</p>
        <SiteSearch key={initial === undefined ? 'built' : 'running'} variant="page" initialQuery={initial ?? ''} onQuery={keep} />
      </main>
    </Layout>
  );
}
