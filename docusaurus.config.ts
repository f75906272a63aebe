import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import courseCatalog from './src/plugins/course-catalog';
import glossary, {cardsFile} from './src/plugins/glossary';
import remarkGlossary from './src/plugins/glossary/remark';
import coursePdf from './src/plugins/course-pdf';
import remarkWidgetPrintNote from './src/plugins/widget-print-note';
import {labelCategories} from './src/plugins/sidebar-labels';
import rehypeKatexStrict from './src/plugins/rehype-katex-strict';
import rehypeKatexHtml from './src/plugins/rehype-katex-html';
import codeHtml from './src/plugins/code-html';
import rehypeCodeHtml from './src/plugins/code-html/rehype';
import rehypeMermaidSvg from './src/plugins/mermaid-svg';
import contentSecurityPolicy from './src/plugins/csp';
import offline from './src/plugins/offline';
import search from './src/plugins/search';
import katexAssets, {GENERATED_STATIC} from './src/plugins/katex-assets';
import practiceDownloads from './src/plugins/practice-downloads';
import {githubUrl, siteCoordinates} from './src/data/site';
import {channels} from './src/data/channels';
import {accessiblePrismTheme} from './src/theme-config/contrast';

const site = siteCoordinates(process.env);
const repoUrl = githubUrl(site.repo);

// Code is highlighted at build time (src/plugins/code-html), with prism-react-renderer's bundled
// languages (python, json, yaml, cpp, …) plus these. The browser runs no Prism at all.
const prismLanguages = ['bash', 'diff'];

// Diagrams are drawn at build time (src/plugins/mermaid-svg), once with each of these Mermaid
// themes; the page shows the one of its colour mode. Their renders are committed, kept in step
// with the diagrams of the pages under docs/.
const mermaidConfig = {light: {theme: 'neutral'}, dark: {theme: 'dark'}};
const mermaidRenders = {dir: 'src/plugins/mermaid-svg/rendered', pages: 'docs'};

const docs = {
  path: 'docs',
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  sidebarItemsGenerator: labelCategories,
  editUrl: `${repoUrl}/edit/${site.branch}/`,
  showLastUpdateTime: false,
  // One vocabulary of topics (docs/tags.yml); a tag it does not list fails the build.
  tags: 'tags.yml',
  onInlineTags: 'throw',
  // Marks each glossary term's first occurrence in a course page (src/plugins/glossary); places
  // the print-only line under each widget (src/plugins/widget-print-note).
  remarkPlugins: [remarkMath, remarkWidgetPrintNote, [remarkGlossary, {cardsFile: cardsFile(__dirname)}]],
  rehypePlugins: [
    [rehypeKatexStrict, {strict: 'error'}],
    rehypeKatexHtml,
    // Before code-html, which would otherwise take ```mermaid blocks for code.
    [rehypeMermaidSvg, {config: mermaidConfig, renders: mermaidRenders}],
    [rehypeCodeHtml, {languages: prismLanguages}],
  ],
} satisfies Preset.Options['docs'];

const navbar = {
  title: '大模型算法与数据',
  logo: {alt: 'AIInfra', src: 'img/logo.svg'},
  items: [
    {type: 'docSidebar', sidebarId: 'course', position: 'left', label: '课程'},
    {to: '/roadmap', label: '学习路线', position: 'left'},
    {to: '/docs/contributing', label: '贡献指南', position: 'left'},
    {to: '/glossary', label: '术语表', position: 'left'},
    {href: channels.bilibili, label: 'B 站', position: 'right'},
    {href: repoUrl, label: 'GitHub', position: 'right'},
  ],
} satisfies Preset.ThemeConfig['navbar'];

const footer = {
  style: 'dark',
  links: [
    {
      title: '课程',
      items: [
        {label: '课程目录', to: '/docs/transformer'},
        {label: '学习路线', to: '/roadmap'},
        {label: '术语表', to: '/glossary'},
        {label: '贡献指南', to: '/docs/contributing'},
      ],
    },
    {
      title: '视频',
      items: [
        {label: 'B 站 ZOMI 酱', href: channels.bilibili},
        {label: 'YouTube', href: channels.youtube},
      ],
    },
    {
      title: '源码',
      items: [
        {label: '本站源码', href: repoUrl},
        {label: 'AIInfra 课件仓库', href: channels.upstream},
      ],
    },
  ],
  copyright: `内容以 CC BY 4.0 协议发布，代码以 Apache-2.0 协议发布。`,
} satisfies Preset.ThemeConfig['footer'];

const config = {
  title: '大模型算法与数据',
  tagline: 'AIInfra 系列课程 · 从 Transformer 到 DeepSeek 的算法、架构与数据',
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  trailingSlash: false,
  organizationName: site.repo.split('/')[0],
  projectName: site.repo.split('/')[1],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  future: {v4: true, faster: true},

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans'],
    localeConfigs: {'zh-Hans': {htmlLang: 'zh-CN', label: '简体中文'}},
  },

  staticDirectories: ['static', GENERATED_STATIC],
  clientModules: ['./src/client/scroll-regions.ts', './src/client/prefetch-on-intent.ts'],

  presets: [
    [
      'classic',
      {
        docs,
        blog: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [courseCatalog, glossary, coursePdf, katexAssets, codeHtml, contentSecurityPolicy, practiceDownloads, search, offline],

  themeConfig: {
    navbar,
    footer,
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    prism: {
      theme: accessiblePrismTheme(prismThemes.github),
      darkTheme: accessiblePrismTheme(prismThemes.dracula),
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
