// Wraps the Mermaid diagram to draw it only when it comes near the viewport. Mermaid's library
// and its layout work are the heaviest thing a lesson does in the browser (seconds of main
// thread on a mid-range phone); most diagrams sit below the fold, so a reader who never
// scrolls there never pays for them, and the page becomes usable sooner for everyone.
import {useEffect, useRef, useState} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/** How far ahead of the viewport a diagram starts drawing. */
const LOOKAHEAD = '600px 0px';

export default function MermaidWhenVisible(props: Props) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = placeholder.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      {rootMargin: LOOKAHEAD},
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // data-mermaid tells tests (and curious readers of the DOM) whether the diagram is drawn yet.
  return (
    <div ref={placeholder} data-mermaid={near ? 'near' : 'waiting'}>
      {near ? <Mermaid {...props} /> : <div className={styles.placeholder}>图示将在滚动到此处时绘制</div>}
    </div>
  );
}
