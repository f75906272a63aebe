import {describe, expect, it} from 'vitest';
import {lectureMaterials} from './materials';

describe('lectureMaterials', () => {
  it('offers the channel search for the title when a lecture has no YouTube id', () => {
    expect(lectureMaterials('MoE 架构剖析', {bilibili: 'BV17PNtekE3Y'}).youtube).toEqual({
      kind: 'search',
      url: 'https://www.youtube.com/@ZOMI666/search?query=MoE%20%E6%9E%B6%E6%9E%84%E5%89%96%E6%9E%90',
    });
  });

  it('encodes characters that would break the query', () => {
    const {youtube} = lectureMaterials('RAG 技术：遇见大模型 & more?', {bilibili: 'BV1yu4m1P7UA'});
    const url = new URL((youtube as {url: string}).url);
    expect(url.searchParams.get('query')).toBe('RAG 技术：遇见大模型 & more?');
    expect([...url.searchParams.keys()]).toEqual(['query']);
  });

  it('uses the page’s own YouTube id when it names one', () => {
    expect(lectureMaterials('t', {bilibili: 'BV17PNtekE3Y', youtube: 'abcdefghijk'}).youtube).toEqual({kind: 'video', id: 'abcdefghijk'});
  });

  it('offers nothing on YouTube for a lesson without a lecture', () => {
    expect(lectureMaterials('数据治理与合规', {}).youtube).toBeUndefined();
  });

  it('passes the slides through', () => {
    expect(lectureMaterials('t', {bilibili: 'BV17PNtekE3Y', slides: 'https://infrasys-ai.github.io/a.pdf'}).slides).toBe(
      'https://infrasys-ai.github.io/a.pdf',
    );
  });
});
