import { checkNumber } from "../validate";

/**
 * How hard a triplet is, from its anchor-positive and anchor-negative distances:
 * - `hard`: the negative is closer than the positive, `dAN < dAP`;
 * - `semiHard`: the negative is farther, but within the margin, `dAP <= dAN < dAP + margin`;
 * - `easy`: the negative is already past the margin, `dAN >= dAP + margin` (loss 0).
 */
export type TripletKind = "easy" | "semiHard" | "hard";

/**
 * Classifies one triplet (FaceNet, Schroff et al. 2015). The boundaries: `dAN = dAP` is
 * semi-hard (not hard), and `dAN = dAP + margin` is easy (its loss is exactly 0).
 *
 * @param dAP - distance anchor-positive (>= 0).
 * @param dAN - distance anchor-negative (>= 0).
 * @param margin - the margin alpha (>= 0).
 * @returns `'easy'`, `'semiHard'` or `'hard'`.
 * @throws Error when an argument is not a finite non-negative number.
 * @example
 * ```ts
 * tripletKind(0.5, 0.4, 0.2); // "hard"
 * tripletKind(0.5, 0.6, 0.2); // "semiHard"
 * tripletKind(0.5, 0.7, 0.2); // "easy"
 * ```
 */
export function tripletKind(dAP: number, dAN: number, margin: number): TripletKind {
  checkNumber("tripletKind", "dAP", dAP, { min: 0 });
  checkNumber("tripletKind", "dAN", dAN, { min: 0 });
  checkNumber("tripletKind", "margin", margin, { min: 0 });
  return classify(dAP, dAN, margin);
}

/** {@link tripletKind} without argument checks, for loops over many triplets. */
export function classify(dAP: number, dAN: number, margin: number): TripletKind {
  if (dAN < dAP) return "hard";
  if (dAN < dAP + margin) return "semiHard";
  return "easy";
}
