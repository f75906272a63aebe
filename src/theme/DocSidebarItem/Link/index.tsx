// Wraps the sidebar's link to mark the lessons this reader has read: a check for the eye, and a
// hidden（已读）after the label for screen readers. The lesson's id comes with the sidebar item
// (src/plugins/sidebar-labels.ts); the mark appears after hydration, as progress lives in the
// reader's browser.
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {useProgress} from '@site/src/progress/store';
import {isRead} from '@site/src/progress/record';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

export default function DocSidebarItemLinkWrapper(props: Props) {
  const progress = useProgress();
  const id = props.item.customProps?.lessonId;
  if (!progress || typeof id !== 'string' || !isRead(progress, id)) return <Link {...props} />;
  // The theme prints the label inside its own span; a node in its place carries the mark.
  const label = (
    <>
      {props.item.label}
      <span className={styles.check} aria-hidden="true">
        ✓
      </span>
      <span className={styles.visuallyHidden}>（已读）</span>
    </>
  ) as unknown as string;
  return <Link {...props} item={{...props.item, label}} />;
}
