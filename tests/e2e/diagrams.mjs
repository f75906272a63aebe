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

/**
 * Records the scripts a page loads; call the returned function after the page has settled to get
 * those whose URL or body is Mermaid's.
 */
export function watchMermaidScripts(page) {
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().then((body) => [r.url(), body], () => [r.url(), '']));
  });
  return async () =>
    (await Promise.all(scripts)).filter(([url, body]) => /mermaid/i.test(url) || MERMAID_CODE.test(body)).map(([url]) => url);
}
