/**
 * One hundred 4-digit PINs that people choose far more often than chance. The first twenty are the
 * most frequent values in Nick Berry's analysis of 3.4 million PINs (DataGenetics, "PIN analysis", 2012),
 * which together covered about 27% of that set. The other eighty are values of the kinds that study and
 * Bonneau, Preibusch and Anderson ("A birthday present every eleven wallets?", 2012) report near the top:
 * repeated pairs, mirrored pairs, keypad shapes, famous numbers and patterns.
 * NOTE: the last eighty are chosen by pattern, not copied from a ranked list; a library holding its own
 * frequency data should replace them. Many values are also caught by the run, repeat and year rules.
 */
export const COMMON_PINS: ReadonlySet<string> = new Set([
  // The twenty most frequent in Berry (2012).
  '1234', '1111', '0000', '1212', '7777', '1004', '2000', '4444', '2222', '6969',
  '9999', '3333', '5555', '6666', '1122', '1313', '8888', '4321', '2001', '1010',
  // Repeated and mirrored pairs.
  '2121', '1221', '2112', '1001', '2020', '3030', '1100', '0011', '2211', '1133',
  '1515', '1414', '2323', '1231', '4545', '5656', '6767', '7878', '8989', '9090',
  '0101', '0202', '1020', '2002', '3131', '1881', '1661', '7007', '1331', '1441',
  // Keypad shapes (columns, corners, crosses, diagonals).
  '2580', '0852', '1470', '0741', '3690', '0963', '7410', '9630', '1397', '7931',
  '1379', '9713', '1739', '3179', '2468', '1357', '1590', '7530', '3570', '0159',
  '2684', '4826', '1478', '3698', '7896', '1236', '9874', '3214', '1793', '7139',
  // Famous and patterned numbers.
  '0007', '0070', '1984', '1999', '1998', '5683', '0911', '1911', '0420', '4200',
  '5150', '6996', '0123', '3456', '5678', '6789', '0987', '9876', '8520', '1024',
]);
