import {createElement} from 'react';

export interface Props {
  /** The element KaTeX rendered the formula as (a span). */
  tag: string;
  className: string;
  /** KaTeX's markup for the formula, rendered at build time. */
  html: string;
}

/** A formula rendered at build time (see src/plugins/rehype-katex-html). */
export default function KatexHtml({tag, className, html}: Props) {
  return createElement(tag, {className, dangerouslySetInnerHTML: {__html: html}});
}
