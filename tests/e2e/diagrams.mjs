// Diagrams are drawn at build time (src/plugins/mermaid-svg): each is in the server HTML as two
// inline SVGs, one per colour mode, and CSS shows the one of the page's data-theme. These
// helpers check that, and that no script the page loads carries Mermaid.

/** The diagrams in a page's server HTML (what the browser has before any script runs), per variant. */
export function serverDiagrams(html) {
  // The HTML minifier may drop the attribute's quotes.
  const count = (variant) => html.match(new RegExp(`data-mermaid-svg="?${variant}"?><svg[\\s>]`, 'g'))?.length ?? 0;
  return {light: count('light'), dark: count('dark')};
}

/**
 * What is wrong with the diagrams on the hydrated page: a variant shown in the other colour mode
 * or hidden in its own, or a count that differs from the server HTML's.
 */
export async function diagramProblems(page, server) {
  const shown = await page.evaluate(() => {
    const theme = document.documentElement.dataset.theme;
    return [...document.querySelectorAll('[data-mermaid-svg]')].map((el) => {
      const svg = el.querySelector('svg');
      return {id: svg?.id, wanted: el.dataset.mermaidSvg === theme, visible: Boolean(svg && svg.getBoundingClientRect().width > 0)};
    });
  });
  const problems = shown.filter((d) => d.visible !== d.wanted).map((d) => `#${d.id} is ${d.visible ? 'shown' : 'hidden'}`);
  if (shown.length !== server.light + server.dark) problems.push(`${shown.length} diagram SVGs after hydration, ${server.light + server.dark} in the server HTML`);
  return problems;
}

// Mermaid's library, however bundled and minified, keeps its API's name and its error text.
const MERMAID_CODE = /mermaidAPI|Syntax error in text/;

// Whether a script carries Mermaid, by URL. The build's file names carry a content hash, so a
// script seen on an earlier page is not downloaded and searched again.
const carriesMermaid = new Map();

/**
 * Records the scripts a page loads; call the returned function after the page has settled to get
 * those whose URL or body is Mermaid's (it also stops the recording).
 */
export function watchMermaidScripts(page) {
  const urls = [];
  const record = (r) => {
    if (r.request().resourceType() !== 'script') return;
    const url = r.url();
    urls.push(url);
    if (!carriesMermaid.has(url)) carriesMermaid.set(url, r.text().then((body) => /mermaid/i.test(url) || MERMAID_CODE.test(body), () => /mermaid/i.test(url)));
  };
  page.on('response', record);
  return async () => {
    page.off('response', record);
    const found = await Promise.all(urls.map(async (url) => ((await carriesMermaid.get(url)) ? url : null)));
    return [...new Set(found.filter(Boolean))];
  };
}
