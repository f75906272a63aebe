import {describe, expect, it} from 'vitest';
import type {PrismTheme} from 'prism-react-renderer';
import {tokenCss} from './css';

const light: PrismTheme = {
  plain: {color: '#393A34', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog'], style: {color: '#6a737d', fontStyle: 'italic'}},
    {types: ['keyword'], style: {color: '#00009f'}},
    {types: ['tag'], languages: ['markup'], style: {color: '#22863a'}},
  ],
};
const dark: PrismTheme = {plain: {color: '#F8F8F2', backgroundColor: '#282A36'}, styles: [{types: ['keyword'], style: {color: '#ff79c6'}}]};

describe('tokenCss', () => {
  const css = tokenCss(light, dark);

  it('sets the block colours per colour mode', () => {
    expect(css).toContain("[data-theme='light'] .code-html { --prism-color: #393A34; --prism-background-color: #f6f8fa; }");
    expect(css).toContain("[data-theme='dark'] .code-html { --prism-color: #F8F8F2; --prism-background-color: #282A36; }");
  });

  it('colours each token type, with font styles in CSS spelling', () => {
    expect(css).toContain(
      "[data-theme='light'] .code-html .token.comment, [data-theme='light'] .code-html .token.prolog { color: #6a737d; font-style: italic; }",
    );
    expect(css).toContain("[data-theme='dark'] .code-html .token.keyword { color: #ff79c6; }");
  });

  it('limits a language-specific style to blocks of that language', () => {
    expect(css).toContain("[data-theme='light'] .code-html.language-markup .token.tag { color: #22863a; }");
  });
});
