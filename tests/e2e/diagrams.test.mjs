// Diagrams drawn at build time (src/plugins/mermaid-svg), in real Chromium: each is in the HTML
// the server sends, once per colour mode, at its final size before any script runs; the page
// shows the variant of its colour mode (and swaps it when the reader toggles the mode); the SVGs
// keep Mermaid's accessible semantics and ids unique on the page; no Mermaid code is loaded.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {openPage, startSite, visit} from './harness.mjs';
import {diagramProblems, serverDiagrams, watchMermaidScripts} from './diagrams.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Opens a page and checks what every diagram page must satisfy; returns the page for more. */
async function openDiagramPage(path, diagrams, {colorScheme, viewport}) {
  const opened = await openPage(site, {colorScheme, viewport});
  const {page, record} = opened;
  const mermaidScripts = watchMermaidScripts(page);
  // The diagrams' sizes as the browser lays out the server HTML, before any script has run.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      window.__serverSizes = [...document.querySelectorAll('[data-mermaid-svg] svg')].map((s) => [s.id, s.clientWidth, s.clientHeight]);
    }),
  );
  const server = serverDiagrams(await (await visit(page, site, path)).text());
  assert.deepEqual(server, {light: diagrams, dark: diagrams}, 'diagram SVGs in the server HTML');
  assert.deepEqual(await diagramProblems(page, server), []);
  const sizes = await page.evaluate(() => [...document.querySelectorAll('[data-mermaid-svg] svg')].map((s) => [s.id, s.clientWidth, s.clientHeight]));
  assert.deepEqual(await page.evaluate(() => window.__serverSizes), sizes, 'diagrams change size after the page’s scripts run');
  assert.ok(sizes.some(([, w, h]) => w > 100 && h > 50), 'a diagram is drawn at a readable size');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    'ids used twice on the page',
  );
  const shown = page.locator(`[data-mermaid-svg="${colorScheme}"] svg`).first();
  assert.equal(await shown.getAttribute('role'), 'graphics-document document');
  assert.match(await shown.getAttribute('aria-roledescription'), /^flowchart/);
  return {...opened, finish: async () => {
    assert.deepEqual(await mermaidScripts(), [], 'scripts that carry Mermaid');
    assert.deepEqual(record.consoleErrors, [], 'console errors');
    assert.deepEqual(record.cspViolations, [], 'Content-Security-Policy violations');
    await opened.context.close();
  }};
}

describe('diagrams drawn at build time', () => {
  it('the attention lesson, light at 1280 px: its three diagrams switch with the colour mode toggle', async () => {
    const {page, finish} = await openDiagramPage('docs/transformer/attention', 3, {colorScheme: 'light', viewport: {width: 1280, height: 900}});
    const toggle = page.getByRole('button', {name: /切换浅色\/暗黑模式/});
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    for (let i = 0; i < 3 && (await theme()) !== 'dark'; i++) await toggle.click();
    assert.equal(await theme(), 'dark');
    assert.deepEqual(await diagramProblems(page, {light: 3, dark: 3}), [], 'after switching to dark mode');
    await finish();
  });

  it('a chapter 8 lesson, dark at 390 px', async () => {
    const {finish} = await openDiagramPage('docs/new-models/open-models-gemma', 2, {colorScheme: 'dark', viewport: {width: 390, height: 844}});
    await finish();
  });
});
