// Diagrams are drawn when they scroll near the viewport (src/theme/Mermaid). Tests that need
// the finished page bring each waiting one into view, in the page itself (a diagram drawn
// because a neighbour scrolled in simply drops out of the list), and wait until every diagram
// holds its SVG.
export async function drawAllDiagrams(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const waiting = document.querySelector('[data-mermaid="waiting"]');
      if (!waiting) break;
      waiting.scrollIntoView({block: 'center'});
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-mermaid]')].every((d) => d.querySelector('.docusaurus-mermaid-container svg')),
  );
}
