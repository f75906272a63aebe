// Stand-in for @docusaurus/Link in unit tests: a plain anchor to the target, as it renders
// without a router.
import type {ReactNode} from 'react';

export default function Link({to, children, ...rest}: {to: string; children?: ReactNode; className?: string}) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
