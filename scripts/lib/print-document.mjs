// The one HTML document a course PDF is printed from (scripts/pdf.mjs): a cover and contents,
// then each page's article as the built site rendered it, each starting on a new sheet. The
// articles are sewn together here, in Node, so this is plain string work that unit tests reach:
// ids are made unique per article (and ASCII, for the PDF's link targets), links to a page of
// the same PDF jump inside it, every other link of the site points at the public site.
import * as cheerio from 'cheerio';

/** Attributes that name other elements by id (labels, ARIA relations, table headers). */
const ID_REFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

export const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/** The articles of a PDF in order: each chapter's overview, then its lessons and 代码实践. */
export function sectionsOf(spec) {
  return spec.chapters.flatMap((chapter) => [
    {path: chapter.path, title: chapter.title, chapter, overview: true},
    ...chapter.pages.map((p) => ({path: p.path, title: p.title, chapter, overview: false})),
  ]);
}

/**
 * Rewrites one article (the HTML of the page's `.markdown` element) for the print document.
 * `anchor` is the article's id in the document; `ids` maps its page-local ids to document ids.
 */
function rewriteArticle(html, {anchor, ids, shift, resolveLink, title}) {
  const $ = cheerio.load(html, null, false);
  const outsideSvg = (el) => $(el).closest('svg').length === 0;
  $('svg')
    .filter((_, el) => $(el).parent().closest('svg').length === 0)
    .each((_, el) => {
      $(el).replaceWith(scopeSvg($.html(el), `${anchor}-`));
    });
  $('.hash-link').remove();
  $('details').attr('open', '');
  $('img[loading]').removeAttr('loading');
  $('[id]')
    .filter((_, el) => outsideSvg(el))
    .each((_, el) => {
      $(el).attr('id', ids.get($(el).attr('id')));
    });
  for (const attr of ID_REFS) {
    $(`[${attr}]`)
      .filter((_, el) => outsideSvg(el))
      .each((_, el) => {
        const value = $(el).attr(attr);
        $(el).attr(attr, value.split(/\s+/).map((id) => ids.get(id) ?? id).join(' '));
      });
  }
  $('a[href]')
    .filter((_, el) => outsideSvg(el))
    .each((_, el) => {
      $(el).attr('href', resolveLink($(el).attr('href')));
      $(el).removeAttr('target');
    });
  // The page's title opens its sheet and is its bookmark; in the course PDF the chapter is the
  // top level, so a lesson's headings go one level down.
  const h1 = $('header h1').first();
  h1.addClass('print-title');
  if (title !== undefined) h1.text(title);
  if (shift) {
    $('h1, h2, h3, h4, h5')
      .filter((_, el) => outsideSvg(el))
      .each((_, el) => {
        const level = Number(el.tagName.slice(1));
        $(el).addClass(`print-h${level}`);
        el.tagName = `h${level + shift}`;
      });
  }
  return `<section class="print-page" id="${anchor}">${$.html()}</section>`;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A diagram's SVG with its ids prefixed. A diagram scopes its styles, markers and labels by ids
 * that are unique on its page but not across pages (a build-time diagram is "mermaid-0-light" on
 * every page that has one), so sewn together they would collide.
 */
export function scopeSvg(svg, prefix) {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).sort((a, b) => b.length - a.length);
  let out = svg;
  for (const id of ids) {
    const e = escapeRegExp(id);
    out = out
      // References: url(#id), href="#id", and #id in the SVG's own <style>.
      .replace(new RegExp(`#${e}(?![\\w-])`, 'g'), `#${prefix}${id}`)
      .replace(new RegExp(`(\\sid=")${e}"`, 'g'), `$1${prefix}${id}"`)
      .replace(new RegExp(`(\\saria-(?:labelledby|describedby)="[^"]*?)(?<![\\w-])${e}(?![\\w-])`, 'g'), `$1${prefix}${id}`);
  }
  return out;
}

/** Every id an article's HTML defines outside its SVG diagrams, in order. */
function idsIn(html) {
  const $ = cheerio.load(html, null, false);
  return $('[id]')
    .filter((_, el) => $(el).closest('svg').length === 0)
    .map((_, el) => $(el).attr('id'))
    .get();
}

/**
 * The print document of one PDF of the plan (src/lesson/pdf.ts).
 * articles: Map from a page's path to the HTML of its `.markdown` element.
 * stylesheets: the site's stylesheet URLs; css: the print document's own rules;
 * build: {date, commit} for the cover.
 */
export function printDocument({plan, spec, articles, stylesheets, css, build}) {
  const site = new URL(plan.siteUrl);
  const sections = sectionsOf(spec);
  const course = spec.chapters.length > 1;

  // Document ids: article i is "p<i>", its ids "p<i>-<n>".
  const byPath = new Map();
  sections.forEach((s, i) => {
    const html = articles.get(s.path);
    if (html === undefined) throw new Error(`${spec.file}: 缺少页面 ${s.path} 的正文`);
    const anchor = `p${i}`;
    const ids = new Map();
    for (const id of idsIn(html)) if (!ids.has(id)) ids.set(id, `${anchor}-${ids.size}`);
    byPath.set(s.path, {anchor, ids, html});
  });

  const linkResolver = (pagePath) => (href) => {
    if (href.startsWith('#')) {
      const {anchor, ids} = byPath.get(pagePath);
      return `#${ids.get(decodeURIComponent(href.slice(1))) ?? anchor}`;
    }
    const url = new URL(href, new URL(pagePath, site));
    if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return url.href;
    const target = byPath.get(decodeURIComponent(url.pathname.slice(site.pathname.length)).replace(/\/$/, ''));
    if (!target) return url.href;
    const id = url.hash && target.ids.get(decodeURIComponent(url.hash.slice(1)));
    return `#${id || target.anchor}`;
  };

  const body = sections
    .map((s) =>
      rewriteArticle(byPath.get(s.path).html, {
        anchor: byPath.get(s.path).anchor,
        ids: byPath.get(s.path).ids,
        shift: course && !s.overview ? 1 : 0,
        resolveLink: linkResolver(s.path),
        title: s.overview ? `${s.chapter.label} ${s.chapter.title}` : undefined,
      }),
    )
    .join('\n');

  return `<!doctype html>
<html lang="zh-CN" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(spec.title === plan.courseTitle ? spec.title : `${spec.title} · ${plan.courseTitle}`)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${css}</style>
</head>
<body>
${cover({plan, spec, course, build, byPath})}
${body}
</body>
</html>
`;
}

function cover({plan, spec, course, build, byPath}) {
  const chapter = spec.chapters[0];
  const web = plan.siteUrl + (course ? '' : chapter.path);
  const pages = spec.chapters.flatMap((c) => c.pages);
  const count = (kind) => pages.filter((p) => p.kind === kind).length;
  const counts = [course && `${spec.chapters.length} 章`, `${count('lesson')} 节讲座`, `${count('practice')} 篇代码实践`];
  const link = (path, text) => `<a href="#${byPath.get(path).anchor}">${escapeHtml(text)}</a>`;
  const items = (c) => c.pages.map((p) => `<li>${link(p.path, p.title)}</li>`).join('');
  const contents = course
    ? spec.chapters.map((c) => `<li>${link(c.path, `${c.label} ${c.title}`)}<ol>${items(c)}</ol></li>`).join('')
    : `<li>${link(chapter.path, '本章概览')}</li>${items(chapter)}`;
  return `<section class="print-cover">
<p class="print-cover-course">${escapeHtml(plan.courseTitle)}</p>
<p class="print-cover-title">${escapeHtml(course ? '全书' : `${chapter.label} ${chapter.title}`)}</p>
<p class="print-cover-lead">${escapeHtml(course ? plan.tagline : chapter.description)}</p>
<p class="print-cover-meta">${counts.filter(Boolean).join(' · ')}<br>
网页版：<a href="${escapeHtml(web)}">${escapeHtml(web)}</a><br>
构建于 ${escapeHtml(build.date)} · 提交 ${escapeHtml(build.commit)}<br>
${escapeHtml(plan.license)}</p>
</section>
<nav class="print-contents" aria-label="目录">
<p class="print-contents-title">目录</p>
<ol>${contents}</ol>
</nav>`;
}
