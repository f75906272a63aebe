import {describe, expect, it} from 'vitest';
import {highlight, loadLanguages, UnknownLanguageError} from './highlight';

describe('highlight', () => {
  it('marks Python tokens with Prism class names and escapes markup', () => {
    expect(highlight('def f(x):\n    return x < 1  # c', 'python')).toBe(
      '<span class="token keyword">def</span> <span class="token function">f</span><span class="token punctuation">(</span>x' +
        '<span class="token punctuation">)</span><span class="token punctuation">:</span>\n' +
        '    <span class="token keyword">return</span> x <span class="token operator">&lt;</span> <span class="token number">1</span>' +
        '  <span class="token comment"># c</span>',
    );
  });

  it('escapes plain text without tokenising it', () => {
    expect(highlight('a < b && "c"\n', 'text')).toBe('a &lt; b &amp;&amp; "c"\n');
  });

  it('adds a language Prism lacks from its component files', () => {
    loadLanguages(['bash']);
    expect(highlight('echo "hi"', 'bash')).toContain('<span class="token string">"hi"</span>');
    expect((globalThis as {Prism?: unknown}).Prism).toBeUndefined();
  });

  it('rejects a language it cannot highlight, naming the choices', () => {
    expect(() => highlight('x', 'pyhton')).toThrow(UnknownLanguageError);
    expect(() => highlight('x', 'pyhton')).toThrow(/“pyhton”.*python/);
  });
});
