/**
 * Names the generated sidebar's categories after the pages they hold: a chapter folder takes
 * the title of its overview page, and a `practice/` folder becomes the 代码实践 category. Each
 * lesson's link carries its progress id (customProps.lessonId), so the sidebar can mark read
 * lessons without the catalog in every page's bundle.
 */
import type {PluginOptions} from '@docusaurus/plugin-content-docs';
import {lessonId, placeOf} from '../lesson/place';

type Generator = NonNullable<PluginOptions['sidebarItemsGenerator']>;
type Items = Awaited<ReturnType<Generator>>;

export const PRACTICE_LABEL = '代码实践';

export const labelCategories: Generator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const titles = new Map(args.docs.map((d) => [d.id, d.frontMatter.sidebar_label ?? d.title]));
  const ids = new Map(args.docs.map((d) => [d.id, lessonId(placeOf(d.source))]));
  // `parent` names the enclosing chapter, so that each 代码实践 category gets its own
  // translation key (Docusaurus refuses two categories with the same label and no key).
  const relabel = (items: Items, parent = ''): Items =>
    items.map((item) => {
      const id = item.type === 'doc' ? ids.get(item.id) : undefined;
      if (id) return {...item, customProps: {...item.customProps, lessonId: id}};
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
