/**
 * A 代码实践 page's program as one Python file: exactly what the practice runner executes
 * (scripts/lib/practice.mjs), under a comment that says where it comes from.
 */
import {practiceProgram} from '../../../scripts/lib/practice.mjs';

export interface ProgramPage {
  title: string;
  url: string;
  /** The page's MDX without its front matter. */
  content: string;
  /** The file's own name, for the run command in its header. */
  fileName: string;
}

export function pythonFile(page: ProgramPage): string {
  const {code} = practiceProgram(page.content);
  if (!code.trim()) {
    throw new Error('没有可导出的代码：页面没有要运行的 ```python 代码块，无法生成 .py 和 .ipynb 下载');
  }
  const header = [
    '#!/usr/bin/env python3',
    `# ${page.title}`,
    `# 《大模型算法与数据》代码实践 ${page.url}`,
    '# 由页面上的代码块按顺序拼成，与测试运行的程序相同。',
    `# 运行：python3 ${page.fileName}`,
  ];
  return `${header.join('\n')}\n\n${code}`;
}
