/**
 * Names the generated sidebar's categories after the pages they hold: a chapter folder takes
 * the title of its overview page, and a `practice/` folder becomes the 代码实践 category.
 */
import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type Generator = NonNullable<PluginOptions['sidebarItemsGenerator']>;
type Items = Awaited<ReturnType<Generator>>;

export const PRACTICE_LABEL = '代码实践';

export const labelCategories: Generator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const titles = new Map(args.docs.map((d) => [d.id, d.frontMatter.sidebar_label ?? d.title]));
  // `parent` names the enclosing chapter, so that each 代码实践 category gets its own
  // translation key (Docusaurus refuses two categories with the same label and no key).
  const relabel = (items: Items, parent = ''): Items =>
    items.map((item) => {
      if (item.type !== 'category') return item;
      const linkId = item.link?.type === 'doc' ? item.link.id : undefined;
      const isPractice = item.label === 'practice';
      const key = isPractice ? `${parent}/practice` : (linkId ?? item.label);
      return {
        ...item,
        key,
        label: isPractice ? PRACTICE_LABEL : ((linkId && titles.get(linkId)) ?? item.label),
        collapsed: true,
        items: relabel(item.items, key),
      };
    });
  return relabel(await defaultSidebarItemsGenerator(args));
};
