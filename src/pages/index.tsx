import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ChapterCards from '@site/src/components/ChapterCards';
import PdfLink from '@site/src/components/PdfLink';
import SeriesMap from '@site/src/components/SeriesMap';
import ResumeReading from '@site/src/components/ResumeReading';
import StudyRecord from '@site/src/components/StudyRecord';
import OfflineSave from '@site/src/components/OfflineSave';
import ReleaseTimeline from '@site/src/widgets/release-timeline';
import {channels} from '@site/src/data/channels';
import {chapters} from '@site/src/lesson/catalogData';
import {COURSE_PDF} from '@site/src/lesson/pdf';
import styles from './index.module.css';

function Hero() {
  const {siteConfig} = useDocusaurusContext();
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          {siteConfig.title}
        </Heading>
        <p className={styles.tagline}>{siteConfig.tagline}</p>
        <p className={styles.lead}>
          一门讲清大模型“为什么这样设计”的中文课程：注意力为什么要除以 √d<sub>k</sub>，
          {'MoE 怎样让参数量与计算量脱钩，线性注意力和 Mamba 如何绕开平方代价，RLHF 与 DPO 怎样让模型对齐人的偏好，' +
            'DeepSeek 又在架构和训练工程上做了什么。每节课配有讲座视频、公式推导、可以手算的例子、交互组件和能在笔记本 CPU 上跑通的代码。'}
        </p>
        <ResumeReading />
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to={chapters[0]?.permalink ?? '/docs/transformer'}>
            从第一章开始
          </Link>
          <a className="button button--secondary button--lg" href={channels.bilibili}>
            B 站观看讲座
          </a>
          <PdfLink file={COURSE_PDF} className="button button--secondary button--lg">
            下载全书 PDF
          </PdfLink>
        </div>
      </div>
    </header>
  );
}

export default function Home() {
  return (
    <Layout description="大模型算法与数据：Transformer、MoE、新架构、向量数据库、数据工程、RLHF、DeepSeek 与新模型解读的中文课程。">
      <Hero />
      <main className="container">
        <section className={styles.section} aria-labelledby="chapters">
          <Heading as="h2" id="chapters">
            八个章节
          </Heading>
          <p>
            从模型结构到训练数据，再到对齐与最新的模型发布。章节之间有先后，但每章都可以单独阅读；每一课需要先读哪些课，见
            <Link to="/roadmap">学习路线</Link>。
          </p>
          <ChapterCards />
        </section>
        <section className={styles.section} aria-labelledby="study">
          <Heading as="h2" id="study">
            学习记录与离线阅读
          </Heading>
          <div className={styles.study}>
            <StudyRecord />
            <OfflineSave />
          </div>
        </section>
        <section className={styles.section} aria-labelledby="timeline">
          <Heading as="h2" id="timeline">
            课程里讲到的模型
          </Heading>
          <p>课程各节讨论过的模型发布，按时间排列；点任一条目可跳到讲它的那一节。这条时间线由每节课的元数据自动生成。</p>
          <ReleaseTimeline compact limit={8} />
        </section>
        <section className={styles.section} aria-labelledby="series">
          <Heading as="h2" id="series">
            在 AIInfra 系列中的位置
          </Heading>
          <p>
            本课程是 AIInfra 系列的第 06 部分。前面几部分讲大模型跑在什么样的系统上，这一部分讲系统上跑的是什么：模型的算法与喂给它的数据。
          </p>
          <SeriesMap />
        </section>
        <section className={styles.section} aria-labelledby="videos">
          <Heading as="h2" id="videos">
            讲座视频
          </Heading>
          <p>
            讲座由 ZOMI 酱录制，发布在 <a href={channels.bilibili}>B 站</a> 和 YouTube（
            <a href={channels.youtube}>播放列表</a>、<a href={channels.youtubeNew}>新上传</a>
            ）。课程页面里的播放器只在你点击播放后才连接视频网站；在那之前，页面不向任何其他网站发出请求。课件源文件在{' '}
            <a href={channels.upstream}>AIInfra 仓库</a>。
          </p>
        </section>
        <section className={styles.section} aria-labelledby="contribute">
          <Heading as="h2" id="contribute">
            一起把它写好
          </Heading>
          <p>
            发现错误？在任何页面选中有误的文字，点页面底部的“报告勘误”，页面地址和选中的文字会自动填进 GitHub issue；想直接修改，点“编辑此页”。详见{' '}
            <Link to="/docs/contributing">贡献指南</Link>。
          </p>
        </section>
      </main>
    </Layout>
  );
}
