import {useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {CODE_CLASS} from '@site/src/plugins/code-html/css';
import styles from './styles.module.css';

export interface Props {
  /** Prism language name, e.g. python; text for plain text. */
  language: string;
  /** The block highlighted at build time (see src/plugins/code-html): Prism token spans. */
  html: string;
}

/** A code block highlighted at build time, with a copy button. No Prism runs in the browser. */
export default function CodeHtml({language, html}: Props): ReactNode {
  const code = useRef<HTMLElement>(null);
  return (
    // CODE_CLASS and theme-code-block: the token colours (src/plugins/code-html/css.ts) and the
    // search index's ignore list find the block by these global names.
    <div className={clsx(CODE_CLASS, 'theme-code-block', `language-${language}`, styles.block)}>
      <pre tabIndex={0} className={styles.pre}>
        <code ref={code} className={styles.code} dangerouslySetInnerHTML={{__html: html}} />
      </pre>
      <CopyButton code={code} />
    </div>
  );
}

function CopyButton({code}: {code: React.RefObject<HTMLElement | null>}): ReactNode {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const el = code.current;
    if (!el) return;
    try {
      await navigator.clipboard.writeText(el.textContent ?? '');
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard (a page opened over plain http) or no permission: select the code, so
      // that Ctrl+C or the system menu copies it.
      window.getSelection()?.selectAllChildren(el);
    }
  };
  const label = copied
    ? translate({id: 'theme.CodeBlock.copied', message: 'Copied'})
    : translate({id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'Copy code to clipboard'});
  return (
    <button type="button" className={styles.copy} aria-label={label} onClick={copy}>
      <span aria-hidden="true">{copied ? label : translate({id: 'theme.CodeBlock.copy', message: 'Copy'})}</span>
    </button>
  );
}
