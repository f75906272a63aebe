import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * The print-only line under an interactive widget (placed by src/plugins/widget-print-note):
 * paper shows the widget as it starts, the page's address is where it can be used. A <div>, for
 * the reason VideoPlayer's printed addresses are: a print-only <p> whose end tag the minifier
 * drops takes the next paragraph out of the search index with it.
 */
export default function WidgetPrintNote() {
  const {siteConfig} = useDocusaurusContext();
  const url = siteConfig.url + useLocation().pathname;
  return (
    <div className={clsx('print-only', 'print-note', styles.note)}>
      上面是交互组件的初始状态；在网页上可以改动输入、查看结果：<a href={url}>{url}</a>
    </div>
  );
}
