/**
 * The code colours as a stylesheet, written from the Prism themes in themeConfig.prism so that
 * the colours (already lifted to AA contrast, src/theme-config/contrast.ts) live in one place.
 * Build-time highlighted code carries class names only; these rules colour it per colour mode.
 */
import type {PrismTheme} from 'prism-react-renderer';

/** The class every build-time highlighted code block carries (src/components/CodeHtml). */
export const CODE_CLASS = 'code-html';

const kebab = (prop: string) => prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${kebab(k)}: ${String(v)};`)
    .join(' ');
}

function themeRules(theme: PrismTheme, mode: 'light' | 'dark'): string[] {
  const root = `[data-theme='${mode}'] .${CODE_CLASS}`;
  const rules = [
    `${root} { --prism-color: ${theme.plain.color}; --prism-background-color: ${theme.plain.backgroundColor}; }`,
  ];
  for (const {types, languages, style} of theme.styles) {
    const body = declarations(style as Record<string, unknown>);
    if (!body) continue;
    const scopes = languages?.length ? languages.map((l) => `${root}.language-${l}`) : [root];
    const selectors = scopes.flatMap((scope) => types.map((type) => `${scope} .token.${type}`));
    rules.push(`${selectors.join(', ')} { ${body} }`);
  }
  return rules;
}

export function tokenCss(light: PrismTheme, dark: PrismTheme): string {
  return [...themeRules(light, 'light'), ...themeRules(dark, 'dark')].join('\n') + '\n';
}
