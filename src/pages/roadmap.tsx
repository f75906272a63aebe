import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Roadmap from '@site/src/components/Roadmap';
import PrerequisiteList from '@site/src/components/PrerequisiteList';
import {roadmap} from '@site/src/lesson/roadmapData';

/** /roadmap: the whole course's prerequisite graph, then the same relations as a list. */
export default function RoadmapPage() {
  return (
    <Layout title="学习路线" description="《大模型算法与数据》各节课之间的先修关系：每一课需要先读哪些课，又是哪些课的基础。">
      <main className="container margin-vert--lg">
        <Heading as="h1">学习路线</Heading>
        <p>
          {'下图每列是一章，每个框是一节课（虚线框是代码实践），箭头从先修的课指向需要它的课。点击一课，图中会标出它需要的全部课程和需要它的全部课程（包括间接的）。' +
            '用键盘时，按 Tab 进入图中，用方向键在课程之间移动，按 Enter 或空格选中，按 Esc 清除。图较宽时可以横向滚动；同样的关系也按章列在'}
          <a href="#list">下方的列表</a>里。
        </p>
        <Roadmap roadmap={roadmap} />
        <section aria-labelledby="list">
          <Heading as="h2" id="list">
            按章列出
          </Heading>
          <p>每一课的先修（读它之前要读的课）与后续（以它为基础的课），只列直接关系。</p>
          <PrerequisiteList roadmap={roadmap} />
        </section>
      </main>
    </Layout>
  );
}
