// Wraps the app's root to add the 有新版本 prompt (src/components/UpdatePrompt) to every page.
import type {ReactNode} from 'react';
import Root from '@theme-original/Root';
import type RootType from '@theme/Root';
import type {WrapperProps} from '@docusaurus/types';
import UpdatePrompt from '@site/src/components/UpdatePrompt';

type Props = WrapperProps<typeof RootType>;

export default function RootWrapper(props: Props): ReactNode {
  return (
    <>
      <Root {...props} />
      <UpdatePrompt />
    </>
  );
}
