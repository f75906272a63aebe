import type {ReactNode} from 'react';
import styles from './styles.module.css';

export interface Props {
  /** The diagram drawn with the light theme at build time (see src/plugins/mermaid-svg): an <svg>. */
  light: string;
  /** The same diagram drawn with the dark theme. */
  dark: string;
}

/**
 * A Mermaid diagram drawn at build time, in both colour modes; CSS shows the one that matches
 * the page's data-theme, so switching modes needs no script and nothing is drawn in the browser.
 */
export default function MermaidSvg({light, dark}: Props): ReactNode {
  return (
    <div className={styles.diagram}>
      {/* data-mermaid-svg names the variant for the browser tests and for the search index,
          which takes the words of the light one (src/plugins/search/diagram-words.ts). */}
      <div className={styles.light} data-mermaid-svg="light" dangerouslySetInnerHTML={{__html: light}} />
      <div className={styles.dark} data-mermaid-svg="dark" dangerouslySetInnerHTML={{__html: dark}} />
    </div>
  );
}
