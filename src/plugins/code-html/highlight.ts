/**
 * Syntax highlighting at build time, with the same Prism that prism-react-renderer (and so the
 * Docusaurus theme) uses, plus the languages the site adds to it.
 */
import {createRequire} from 'node:module';
import {Prism} from 'prism-react-renderer';

const require = createRequire(import.meta.url);

/** Languages shown as plain text, escaped but not tokenised. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

/**
 * Adds Prism's own component files for `languages` to prism-react-renderer's Prism instance.
 * Those files register themselves on a global `Prism`, so the instance is lent to the global
 * scope while they load (as Docusaurus's prism-include-languages does in the browser).
 */
export function loadLanguages(languages: readonly string[]): void {
  const missing = languages.filter((language) => !Prism.languages[language]);
  if (missing.length === 0) return;
  const global = globalThis as {Prism?: unknown};
  const before = global.Prism;
  global.Prism = Prism;
  try {
    for (const language of missing) require(`prismjs/components/prism-${language}.js`);
  } finally {
    if (before === undefined) delete global.Prism;
    else global.Prism = before;
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class UnknownLanguageError extends Error {}

/** The code as HTML: Prism's `<span class="token …">` markup, or escaped text for plain text. */
export function highlight(code: string, language: string): string {
  if (PLAIN.has(language)) return escapeHtml(code);
  const grammar = Prism.languages[language];
  if (!grammar) {
    throw new UnknownLanguageError(
      `代码块的语言“${language}”没有语法高亮；请用 ${[...knownLanguages()].join('、')} 之一，纯文本写 text`,
    );
  }
  return Prism.highlight(code, grammar, language);
}

function knownLanguages(): string[] {
  return ['python', 'bash', 'json', 'yaml', 'cpp', 'diff', 'text'].filter((l) => PLAIN.has(l) || Prism.languages[l]);
}
