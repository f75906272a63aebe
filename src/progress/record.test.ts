import {describe, expect, it} from 'vitest';
import {
  checkProgress,
  countRead,
  EMPTY,
  FORMAT,
  isRead,
  markRead,
  merge,
  parseFile,
  parseStored,
  setLast,
  toFile,
  unmarkRead,
  type Progress,
} from './record';

const T = Date.UTC(2025, 0, 2);

describe('marking lessons', () => {
  it('marks, keeps the first time, and unmarks', () => {
    const once = markRead(EMPTY, '02-06', T);
    expect(isRead(once, '02-06')).toBe(true);
    expect(markRead(once, '02-06', T + 5)).toBe(once);
    expect(unmarkRead(once, '02-06')).toEqual({read: {}});
    expect(unmarkRead(EMPTY, '02-06')).toBe(EMPTY);
  });

  it('counts only the ids it is asked about, so removed lessons count for nothing', () => {
    const p = markRead(markRead(markRead(EMPTY, '02-06', T), '02-p02', T), '09-01', T);
    expect(countRead(p, ['02-05', '02-06', '02-p02'])).toBe(2);
    expect(countRead(p, [])).toBe(0);
  });

  it('keeps the same object when the place has not changed', () => {
    const p = setLast(EMPTY, {id: '01-04', heading: 'kv-cache', headingText: 'KV cache', at: T});
    expect(setLast(p, {id: '01-04', heading: 'kv-cache', headingText: 'KV cache', at: T + 1000})).toBe(p);
    expect(setLast(p, {id: '01-04', at: T + 1000}).last).toEqual({id: '01-04', at: T + 1000});
  });
});

describe('merge', () => {
  it('unites the lessons read, at the earlier time, and keeps the more recent place', () => {
    const a: Progress = {read: {'01-01': T + 10, '01-02': T}, last: {id: '01-02', at: T + 10}};
    const b: Progress = {read: {'01-01': T, '03-01': T}, last: {id: '03-01', at: T + 20}};
    expect(merge(a, b)).toEqual({read: {'01-01': T, '01-02': T, '03-01': T}, last: {id: '03-01', at: T + 20}});
    expect(merge(b, a).last?.id).toBe('03-01');
    expect(merge(EMPTY, {read: {}})).toEqual({read: {}});
  });
});

describe('the exported file', () => {
  const progress: Progress = {read: {'02-06': T, '02-p02': T}, last: {id: '02-06', heading: '负载均衡损失', headingText: '负载均衡损失', at: T}};

  it('round-trips through JSON', () => {
    const text = JSON.stringify(toFile(progress, new Date(T)));
    expect(JSON.parse(text).format).toBe(FORMAT);
    expect(parseFile(text)).toEqual({ok: true, progress});
  });

  it.each([
    ['not JSON', '{read:', '文件不是 JSON'],
    ['another file', JSON.stringify({read: {}}), '文件不是本课程导出的学习记录'],
    ['a future version', JSON.stringify({format: FORMAT, version: 2, read: {}}), '版本 2'],
    ['no read record', JSON.stringify({format: FORMAT, version: 1}), '缺少已读记录'],
    ['a malformed id', JSON.stringify({format: FORMAT, version: 1, read: {'moe/gshard': T}}), '“moe/gshard”不是课程小节的编号'],
    ['a bad time', JSON.stringify({format: FORMAT, version: 1, read: {'02-06': 'yesterday'}}), '小节 02-06 的时间'],
    ['a bad place', JSON.stringify({format: FORMAT, version: 1, read: {}, last: {id: '02-06'}}), '上次阅读的位置'],
    ['a huge heading', JSON.stringify({format: FORMAT, version: 1, read: {}, last: {id: '02-06', at: T, heading: 'x'.repeat(400)}}), '标题'],
  ])('rejects %s, saying why', (_name, text, message) => {
    const result = parseFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('drops fields it does not know from the place', () => {
    const checked = checkProgress({read: {}, last: {id: '01-01', at: T, extra: '<script>'}});
    expect(checked).toEqual({ok: true, progress: {read: {}, last: {id: '01-01', at: T}}});
  });
});

describe('stored progress', () => {
  it('reads what was stored, and treats anything unreadable as no progress', () => {
    expect(parseStored(JSON.stringify({read: {'01-04': T}}))).toEqual({read: {'01-04': T}});
    expect(parseStored(null)).toBe(EMPTY);
    expect(parseStored('garbage')).toBe(EMPTY);
    expect(parseStored(JSON.stringify({read: {'x': T}}))).toBe(EMPTY);
  });
});
