import Layout from '@theme/Layout';
export default function Home(): JSX.Element {
  return <Layout title="首页"><main>home</main></Layout>;
}
