import {describe, expect, it} from 'vitest';
import {renderToString} from 'react-dom/server';
import RouterPlayground from './index';

describe('RouterPlayground server render', () => {
  it('renders a meaningful first frame in each mode', () => {
    const a = renderToString(<RouterPlayground />);
    expect(a).toContain('专家容量');
    expect(a).toContain('role="img"');
    const b = renderToString(<RouterPlayground mode="deepseek" />);
    expect(b).toContain('共享');
    const c = renderToString(<RouterPlayground mode="bias" />);
    expect(c).toContain('MaxVio');
  });
});
