// Diagrams are drawn when they scroll near the viewport (src/theme/Mermaid). Tests that need
// the finished page bring each one into view and wait until all are drawn.
export async function drawAllDiagrams(page) {
  for (let i = 0; i < 50; i++) {
    const pending = page.locator('[data-mermaid-pending]').first();
    if ((await pending.count()) === 0) break;
    await pending.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(
    () => !document.querySelector('[data-mermaid-pending]') && !document.querySelector('.docusaurus-mermaid-container:empty'),
    null,
    {timeout: 20000},
  );
}
