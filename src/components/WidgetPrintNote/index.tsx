import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * The print-only line under an interactive widget (placed by src/plugins/widget-print-note):
 * paper shows the widget as it starts, the page's address is where it can be used.
 */
export default function WidgetPrintNote() {
  const {siteConfig} = useDocusaurusContext();
  const url = siteConfig.url + useLocation().pathname;
  return (
    <p className="print-only print-note">
      上面是交互组件的初始状态；在网页上可以改动输入、查看结果：<a href={url}>{url}</a>
    </p>
  );
}
