/**
 * ln Gamma(x) for x > 0, by Lanczos's approximation (g = 7, 9 terms; the coefficients of Press et
 * al., Numerical Recipes, 3rd ed., section 6.1, as widely reproduced): about 15 significant digits,
 * checked against scipy's gammaln (scripts/bgnbd_reference.py). Our own: the Gamma-Gamma likelihood
 * needs only this, and the one npm package for it brings 160 others with it.
 */
const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  // Gamma(x) = Gamma(x + 1) / x keeps the series where it is accurate.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const y = x - 1;
  let sum = COEFFICIENTS[0];
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += COEFFICIENTS[i] / (y + i);
  const t = y + G + 0.5;
  return HALF_LN_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
