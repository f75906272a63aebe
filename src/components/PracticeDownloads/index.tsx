import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {practiceDownloadPaths} from '@site/src/lesson/downloads';
import styles from './styles.module.css';

export interface Props {
  /** The 代码实践 page's source path, e.g. "@site/docs/01-transformer/practice/01-mini-transformer.mdx". */
  source: string;
}

/**
 * Links to the page's code as a Python file and as a notebook. The practice-downloads plugin
 * builds both from the very code blocks the practice runner executes, so they match the page.
 */
function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className={styles.icon}>
      <path d="M8 1v9m-4-4 4 4 4-4M2 14h12" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export default function PracticeDownloads({source}: Props) {
  const {withBaseUrl} = useBaseUrlUtils();
  const paths = practiceDownloadPaths(source);
  if (!paths) throw new Error(`PracticeDownloads: ${source} is not a 代码实践 page`);
  const file = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  return (
    <section className={styles.downloads} aria-label="下载本页代码">
      <a href={withBaseUrl(paths.py)} download={file(paths.py)}>
        <DownloadIcon />
        下载代码（.py）
      </a>
      <a href={withBaseUrl(paths.ipynb)} download={file(paths.ipynb)}>
        <DownloadIcon />
        下载 Notebook（.ipynb）
      </a>
      <p className={styles.note}>与本页的代码块相同：.py 用 python3 直接运行，.ipynb 在 Jupyter 中逐格运行。</p>
    </section>
  );
}
