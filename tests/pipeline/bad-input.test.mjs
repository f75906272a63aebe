// Malformed content fed through the real pipeline: a scratch copy of the site with bad pages is
// built (or checked, or run) exactly as `npm test` does, and must fail with a message that names
// each bad file. Mistakes that the same stage reports together share one scratch build, each
// in its own page: the course metadata check lists every problem it finds, and the bundler
// every page that does not compile. A build takes about ten seconds here, so the cases are
// grouped into six builds instead of one each.
import {after, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawn} from 'node:child_process';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERS = path.join('src', 'plugins', 'mermaid-svg', 'rendered');
const scratch = [];

const GOOD_LESSON = {
  title: 'Attention 注意力机制',
  description: '缩放点积注意力、掩码、多头与 KV cache。',
  bilibili: 'BV11AMHzuEet',
  papers: '\n  - title: Attention Is All You Need\n    url: https://arxiv.org/abs/1706.03762',
};

function lesson({body = '正文。', ...fields} = {}) {
  const fm = {...GOOD_LESSON, ...fields};
  const yaml = Object.entries(fm)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? v : ` ${v}`}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

/**
 * A copy of the site whose docs are just the given files, and whose glossary is just the given
 * entries (the course glossary points at lessons the copy does not have); returns its folder.
 */
function siteWith(files, glossary = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
  scratch.push(dir);
  for (const name of ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'src', 'scripts', 'static', 'i18n']) {
    // Not the committed diagram renders: the scratch pages have none of those diagrams.
    fs.cpSync(path.join(ROOT, name), path.join(dir, name), {recursive: true, filter: (from) => !from.endsWith(RENDERS)});
  }
  fs.writeFileSync(
    path.join(dir, 'src/data/glossary/index.ts'),
    `export const glossarySources = [{file: 'src/data/glossary/01-transformer.ts', entries: ${JSON.stringify(glossary)}}];\n`,
  );
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const docs = {
    // Navbar, footer and home page link here.
    'docs/contributing.mdx': fs.readFileSync(path.join(ROOT, 'docs/contributing.mdx'), 'utf8'),
    'docs/tags.yml': fs.readFileSync(path.join(ROOT, 'docs/tags.yml'), 'utf8'),
    'docs/01-transformer/index.mdx':
      "---\ntitle: Transformer 架构\nsummary: 注意力与位置编码\ndescription: 本章讲 Transformer 的结构。\n---\n\nimport LessonTable from '@site/src/components/LessonTable';\n\n<LessonTable />\n",
    ...files,
  };
  for (const [file, text] of Object.entries(docs)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Runs a command in the scratch site; resolves to its exit status and everything it printed. */
function run(dir, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {cwd: dir, env: {...process.env, FORCE_COLOR: '0', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}});
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (status) => resolve({status, output}));
  });
}

// Docusaurus's own entry, not `npx docusaurus`, whose start-up costs half a second a build. No
// persistent cache: a scratch site's path is new each run, so its cache could never be read.
const build = (dir) => run(dir, 'node', [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build']);

function assertFails(result, ...patterns) {
  assert.notEqual(result.status, 0, 'expected failure, got success');
  for (const p of patterns) assert.match(result.output, p);
}

after(() => {
  for (const dir of scratch) fs.rmSync(dir, {recursive: true, force: true});
});

/** A lesson at `file` whose outline title and video are right, apart from `fields`. */
const LESSONS = {
  '01-transformer-basics': {title: 'Transformer 基础结构', bilibili: 'BV1rt421476q'},
  '02-tokenizer': {title: '大模型 Tokenizer 算法', bilibili: 'BV16pTJz9EV4'},
  '03-embedding': {title: '大模型 Embedding 算法', bilibili: 'BV1SSTgzLEzf'},
  '04-attention': {},
  '05-attention-variants': {title: 'Attention 变种算法', bilibili: 'BV1GzMUz8Eav'},
};
const page = (name, fields) => ({[`docs/01-transformer/${name}.mdx`]: lesson({...LESSONS[name], ...fields})});

/** Builds a scratch site with `files` once, however many cases read the outcome. */
function sharedBuild(files) {
  let outcome;
  return () => (outcome ??= build(siteWith(files)));
}

// Four mistakes in four lessons' front matter, reported by one build.
const metadataBuild = sharedBuild({
  ...page('04-attention', {vidoe: 'BV11AMHzuEet'}),
  ...page('01-transformer-basics', {bilibili: 'BV1rt421'}),
  ...page('02-tokenizer', {bilibili: 'BV1GzMUz8Eav'}),
  ...page('03-embedding', {slides: 'https://example.org/attention.pdf'}),
});

// Five pages that do not compile, each for its own reason, reported by one build. Line 12 of
// the Mermaid page: the front matter's eight lines, a blank line, the text and a blank line.
const compileBuild = sharedBuild({
  ...page('04-attention', {body: '![结构图](./img/missing.svg)'}),
  ...page('01-transformer-basics', {body: '$$\n\\softmax(x)\n$$'}),
  ...page('02-tokenizer', {body: '```pyhton\nprint(1)\n```'}),
  ...page('03-embedding', {body: '```python {2-4}\nprint(1)\n```'}),
  ...page('05-attention-variants', {body: '正文。\n\n```mermaid\nflowchart LR\n  A -->\n```'}),
});

// A good lesson (its tags from docs/tags.yml) whose one fault is a link to a heading it lacks.
const anchorBuild = sharedBuild({
  'docs/01-transformer/04-attention.mdx': lesson({tags: '[attention, kv-cache]', body: '## 掩码\n\n见[多头](#多头注意力)。'}),
});

// Two builds at a time: a scratch build keeps about one core busy.
describe('bad input fails loudly and names the file', {concurrency: 2}, () => {
  // Docusaurus checks links and anchors last, after every page is rendered and every plugin's
  // postBuild has run: failing there and only for its one broken anchor, the scratch site has
  // built in full, which makes this the control for every other case.
  it('control: the scratch site builds in full, its one broken anchor the only fault', async () => {
    const result = await anchorBuild();
    assertFails(result, /Error: Docusaurus found broken anchors!/);
    assert.equal(result.output.match(/-> linking to/g)?.length, 1, result.output.slice(-2000));
    assert.doesNotMatch(result.output, /[Bb]roken link/);
  });

  it('an unknown front-matter field fails the build', async () => {
    assertFails(await metadataBuild(), /docs\/01-transformer\/04-attention\.mdx: 未知字段 “vidoe”/);
  });

  it('a malformed video id fails the build', async () => {
    assertFails(await metadataBuild(), /docs\/01-transformer\/01-transformer-basics\.mdx: bilibili: 不是 B 站视频号/);
  });

  // The scratch site sits in a temporary folder with nothing beside it, as a fork's clone does:
  // the outline it is checked against is the repository's own (src/data/course-outline.ts).
  it('a video id that is not the course outline’s fails the build', async () => {
    assertFails(await metadataBuild(), /docs\/01-transformer\/02-tokenizer\.mdx: bilibili: 应为大纲中的 BV16pTJz9EV4，实际为 BV1GzMUz8Eav/);
  });

  it('a slide link that is not the course outline’s fails the build', async () => {
    assertFails(await metadataBuild(), /docs\/01-transformer\/03-embedding\.mdx: slides: 大纲中本节没有课件/);
  });

  it('a tag that docs/tags.yml does not define fails the build', async () => {
    const r = await build(siteWith({'docs/01-transformer/04-attention.mdx': lesson({tags: '[attention, kv-cash]'})}));
    assertFails(r, /04-attention\.mdx/, /kv-cash/);
  });

  it('a cycle of prerequisites fails the build, naming the file, the field and the cycle', async () => {
    const r = await build(
      siteWith({
        'docs/01-transformer/04-attention.mdx': lesson({prerequisites: '[01-transformer/05-attention-variants]'}),
        'docs/01-transformer/05-attention-variants.mdx': lesson({
          title: 'Attention 变种算法',
          bilibili: 'BV1GzMUz8Eav',
          prerequisites: '[01-transformer/04-attention]',
        }),
      }),
    );
    assertFails(
      r,
      /docs\/01-transformer\/04-attention\.mdx: prerequisites\.0: 先修关系成环：01-transformer\/04-attention → 01-transformer\/05-attention-variants → 01-transformer\/04-attention/,
    );
  });

  it('a broken anchor fails the build', async () => {
    assertFails(await anchorBuild(), /[Bb]roken anchor/, /docs\/transformer\/attention/, /#(多头注意力|%E5%A4%9A%E5%A4%B4)/);
  });

  // Its own build: the glossary is checked beside the course metadata, once all content is
  // loaded, and a build reports only the first of those to fail (so it cannot join
  // metadataBuild); compiling, where compileBuild's mistakes show, comes only after both.
  it('a glossary entry whose heading its lesson does not have fails the build, naming the file and the entry', async () => {
    const entry = {
      id: 'mha',
      zh: '多头注意力',
      en: 'Multi-Head Attention',
      definition: '把模型维度切成若干个头，各自做注意力后再合并。',
      lesson: '01-transformer/04-attention',
      heading: '多头',
    };
    const r = await build(siteWith(page('04-attention', {body: '## 多头注意力\n\n多头注意力把维度切成若干个头。'}), [entry]));
    assertFails(r, /src\/data\/glossary\/01-transformer\.ts: mha: heading: 《Attention 注意力机制》（docs\/01-transformer\/04-attention\.mdx）中没有标题“多头”/);
  });

  it('a missing image fails the build', async () => {
    assertFails(await compileBuild(), /04-attention\.mdx/, /missing\.svg/);
  });

  it('a formula KaTeX cannot render fails the build', async () => {
    assertFails(await compileBuild(), /KaTeX 无法渲染/, /01-transformer-basics\.mdx/, /\\softmax/);
  });

  it('a code block in a language the site cannot highlight fails the build', async () => {
    assertFails(await compileBuild(), /02-tokenizer\.mdx/, /代码块的语言“pyhton”/);
  });

  it('a code block asking for highlighted lines, which build-time highlighting does not draw, fails the build', async () => {
    assertFails(await compileBuild(), /03-embedding\.mdx/, /代码块的“\{2-4\}”不受支持/);
  });

  it('a diagram Mermaid cannot draw fails the build, naming the file and the line', async () => {
    assertFails(await compileBuild(), /Mermaid 无法渲染 1 张图/, /docs\/01-transformer\/05-attention-variants\.mdx:12: Parse error/);
  });

  // `npm run check` on the one page a contributor changed: its prerequisites name lessons that
  // are not being checked, which must be found in the rest of the course, not reported missing.
  it('the quick check of one page finds its prerequisites among the pages it does not check', async () => {
    const dir = siteWith({
      ...page('04-attention'),
      ...page('05-attention-variants', {prerequisites: '\n  - 01-transformer/04-attention'}),
    });
    const r = await run(dir, 'node', ['scripts/check-pages.mjs', 'docs/01-transformer/05-attention-variants.mdx']);
    assert.equal(r.status, 0, r.output.slice(-2000));
  });

  it('a prerequisite that names no lesson fails the quick check, naming the file and the field', async () => {
    const dir = siteWith({
      ...page('04-attention'),
      ...page('05-attention-variants', {prerequisites: '\n  - 01-transformer/04-atention'}),
    });
    const r = await run(dir, 'node', ['scripts/check-pages.mjs', 'docs/01-transformer/05-attention-variants.mdx']);
    assertFails(r, /docs\/01-transformer\/05-attention-variants\.mdx: prerequisites\.0: 没有这一课：01-transformer\/04-atention/);
  });

  it('a page the quick check is asked for that does not exist is reported by name, not as a stack trace', async () => {
    const r = await run(ROOT, 'node', ['scripts/check-pages.mjs', 'docs/01-transformer/04-atention.mdx']);
    assertFails(r, /^docs\/01-transformer\/04-atention\.mdx: 没有这个文件或文件夹$/m);
    assert.doesNotMatch(r.output, /^\s+at /m, 'a stack trace');
  });

  it('a practice page whose code raises fails the practice run', async () => {
    const dir = siteWith({
      'docs/01-transformer/practice/01-mini-transformer.mdx':
        '---\ntitle: 搭建迷你 Transformer\ndescription: 一个会出错的代码实践页面。\n---\n\n```python\nimport torch\nprint(torch.zeros(2, 3) @ torch.zeros(2, 3))\n```\n\n```text output\n```\n',
    });
    const r = await run(dir, 'node', [path.join(ROOT, 'scripts/run-practice.mjs'), 'docs']);
    assertFails(r, /FAIL\s+docs\/01-transformer\/practice\/01-mini-transformer\.mdx/, /RuntimeError: mat1 and mat2 shapes cannot be multiplied/);
  });
});
