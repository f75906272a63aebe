import {describe, expect, it} from 'vitest';
import {LESSON_ID, lessonId, placeOf} from './place';

describe('lessonId', () => {
  it.each([
    ['docs/02-moe/06-switch-transformer.mdx', '02-06'],
    ['@site/docs/02-moe/practice/02-moe-from-scratch.mdx', '02-p02'],
    ['docs/08-new-models/12-qwen.mdx', '08-12'],
    ['docs/02-moe/index.mdx', undefined],
    ['docs/contributing.mdx', undefined],
    ['docs/02-moe/switch.mdx', undefined],
  ])('%s → %s', (source, id) => {
    expect(lessonId(placeOf(source))).toBe(id);
    if (id) expect(id).toMatch(LESSON_ID);
  });
});
