import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface Props {
  /** The PDF's path in the built site, from src/lesson/pdf.ts (e.g. "pdf/ch01-transformer.pdf"). */
  file: string;
  children: ReactNode;
  /** Classes for the link, e.g. Infima's button classes; a small outlined link by default. */
  className?: string;
}

/**
 * A link to one of the course's PDFs, which `npm run pdf` prints from the built site. A plain
 * <a>, not the router's Link: the file is not a page of the single-page app. Not printed.
 */
export default function PdfLink({file, children, className}: Props) {
  return (
    <a href={useBaseUrl(`/${file}`)} type="application/pdf" className={clsx(className ?? styles.link, 'screen-only')}>
      {children}
    </a>
  );
}
