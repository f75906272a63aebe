// Wraps the default "编辑此页" link to add "报告勘误" beside it on every doc page.
import EditThisPage from '@theme-original/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ErrataLink from '@site/src/components/Errata';
import styles from './styles.module.css';

type Props = WrapperProps<typeof EditThisPageType>;

export default function EditThisPageWrapper(props: Props) {
  const {metadata} = useDoc();
  return (
    <div className={styles.links}>
      <EditThisPage {...props} />
      <ErrataLink
        pageTitle={metadata.title}
        permalink={metadata.permalink}
        sourcePath={metadata.source.replace(/^@site\//, '')}
      />
    </div>
  );
}
