import { Converter as FromSimplified } from 'opencc-js/cn2t';
import { Converter as FromTraditional } from 'opencc-js/t2cn';

// OpenCC's conversion tables, built once; a line converts in microseconds. Receipts take Taiwan standard
// forms because Big5 was made for them: the Hong Kong form 閲 is missing from Big5, its Taiwan form 閱 is not.
const toSimplified = FromTraditional({ from: 'hk', to: 'cn' });
const toBig5Traditional = FromSimplified({ from: 'cn', to: 'tw' });

/** Converts Hong Kong Traditional Chinese text (as titles are catalogued) to Simplified Chinese. */
export function simplifiedChinese(traditional: string): string {
  return toSimplified(traditional);
}

/** Converts Simplified Chinese text to the Traditional characters of Big5, for receipt printers. */
export function traditionalChineseForBig5(simplified: string): string {
  return toBig5Traditional(simplified);
}
