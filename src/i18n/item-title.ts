import type { ItemTitle } from '../circulation/circulation.types.ts';
import type { Language } from '../domain/language.ts';

/**
 * Returns an item's title in the reader's language: the catalogued Chinese title for Traditional Chinese,
 * its Simplified form for Simplified Chinese, and the English title when no Chinese title is catalogued.
 */
export function titleIn(title: ItemTitle, language: Language): string {
  if (language === 'en') return title.en;
  const chinese = language === 'zh-Hans' ? (title.zhHans ?? title.zh) : title.zh;
  return chinese ?? title.en;
}
