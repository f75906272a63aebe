// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import BpeStepper from './index';

describe('BpeStepper view', () => {
  it('renders the corpus split into characters on the server', () => {
    const html = renderToString(<BpeStepper />);
    expect(html).toContain('newest');
    expect(html.replace(/<!-- -->/g, '')).toContain('已合并 0 次');
  });

  it('steps through the merges of the lesson and encodes "lowest"', () => {
    render(<BpeStepper />);
    fireEvent.click(screen.getByText('下一步：合并'));
    expect(screen.getByText(/e \+ s → es（9 次）/)).toBeTruthy();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByText('下一步：合并'));
    // After 5 merges "lowest" is low + est</w>, using rules 1–5.
    expect(screen.getByLabelText('编码结果：low est</w>')).toBeTruthy();
    expect(screen.getByText(/用到的规则：1、2、3、4、5/)).toBeTruthy();
  });

  it('byte mode starts from UTF-8 bytes and shows whole characters once merged', () => {
    render(<BpeStepper initialCorpus="中国 中国 中文" initialWord="中" />);
    fireEvent.click(screen.getByLabelText('字节级（UTF-8）'));
    expect(screen.getByText('已合并 0 次，词表 10 个符号')).toBeTruthy();
    fireEvent.click(screen.getByText('下一步：合并'));
    fireEvent.click(screen.getByText('下一步：合并'));
    expect(screen.getByLabelText('编码结果：中 </w>')).toBeTruthy();
  });
});
