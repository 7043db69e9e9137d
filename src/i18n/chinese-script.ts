import { Converter as FromSimplified } from 'opencc-js/cn2t';
import { Converter as FromTraditional } from 'opencc-js/t2cn';

// OpenCC's conversion tables, built once; a line converts in microseconds. Receipts take Taiwan standard
// forms because Big5 was made for them: the Hong Kong form 閲 is missing from Big5, its Taiwan form 閱 is not.
const toSimplified = FromTraditional({ from: 'hk', to: 'cn' });
const toBig5Traditional = FromSimplified({ from: 'cn', to: 'tw' });

// Titles repeat across requests, so their conversions are kept; the bound keeps memory flat on a large catalogue.
const MAX_REMEMBERED_TITLES = 20_000;
const simplifiedTitles = new Map<string, string>();

/** Converts Hong Kong Traditional Chinese text (as titles are catalogued) to Simplified Chinese. */
export function simplifiedChinese(traditional: string): string {
  const remembered = simplifiedTitles.get(traditional);
  if (remembered !== undefined) return remembered;

  const simplified = toSimplified(traditional);
  if (simplifiedTitles.size >= MAX_REMEMBERED_TITLES) simplifiedTitles.clear();
  simplifiedTitles.set(traditional, simplified);
  return simplified;
}

/** Converts Simplified Chinese text to the Traditional characters of Big5, for receipt printers. */
export function traditionalChineseForBig5(simplified: string): string {
  return toBig5Traditional(simplified);
}
