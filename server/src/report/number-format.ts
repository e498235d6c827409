/** A number the Swedish way: decimal comma, at most two decimals (10,2; 27,5 %). */
export function sv(n: number, digits = 2): string {
  return n.toLocaleString('sv-SE', { maximumFractionDigits: digits })
}
