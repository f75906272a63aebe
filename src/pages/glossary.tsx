import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import GlossaryList from '@site/src/components/GlossaryList';

/** /glossary: the course glossary (src/data/glossary), checked and resolved at build time. */
export default function GlossaryPage() {
  return (
    <Layout title="术语表" description="大模型算法与数据课程的术语表：中英文名称、缩写、定义，以及讲解每个术语的小节。">
      <main className="container margin-vert--lg">
        <Heading as="h1">术语表</Heading>
        <GlossaryList />
      </main>
    </Layout>
  );
}
