/**
 * Names the generated sidebar's categories after the pages they hold: a chapter folder takes
 * the title of its overview page, a `practice/` folder becomes 代码实践.
 */
import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type Generator = NonNullable<PluginOptions['sidebarItemsGenerator']>;
type Items = Awaited<ReturnType<Generator>>;

export const PRACTICE_LABEL = '代码实践';

export const labelCategories: Generator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const titles = new Map(args.docs.map((d) => [d.id, d.frontMatter.sidebar_label ?? d.title]));
  const relabel = (items: Items): Items =>
    items.map((item) => {
      if (item.type !== 'category') return item;
      const linked = item.link?.type === 'doc' ? titles.get(item.link.id) : undefined;
      const isPractice = item.label === 'practice';
      return {
        ...item,
        label: isPractice ? PRACTICE_LABEL : (linked ?? item.label),
        collapsed: true,
        items: relabel(item.items),
      };
    });
  return relabel(await defaultSidebarItemsGenerator(args));
};
