import { Converter } from 'opencc-js/t2cn';

// OpenCC's Hong Kong Traditional to Mainland Simplified tables, built once; a title converts in microseconds.
const toSimplified = Converter({ from: 'hk', to: 'cn' });

/** Converts Hong Kong Traditional Chinese text (as titles are catalogued) to Simplified Chinese. */
export function simplifiedChinese(traditional: string): string {
  return toSimplified(traditional);
}
