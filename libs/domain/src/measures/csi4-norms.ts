/**
 * THE one place for the CSI-4 numbers that turn scores into clinical statements.
 * Change them here only; every classification and flag reads them from here.
 *
 * Source of the scale and its cut-off: Funk, J. L., & Rogge, R. D. (2007). Testing the
 * ruler with item response theory: Increasing precision of measurement for relationship
 * satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4),
 * 572–583. https://doi.org/10.1037/0893-3200.21.4.572
 */

/** Lowest and highest possible CSI-4 totals (item 1 is 0–6, items 2–4 are 0–5). */
export const CSI4_MIN_TOTAL = 0;
export const CSI4_MAX_TOTAL = 21;

/**
 * Totals below 13.5 suggest notable relationship dissatisfaction (Funk & Rogge 2007, the
 * published CSI-4 cut-off). Totals are whole numbers, so "below" means 13 or less.
 */
export const CSI4_CLINICAL_CUTOFF = 13.5;

/**
 * Reliability used in the reliable change index: Cronbach's α = .94 for the CSI-4, as
 * reported by Funk & Rogge (2007). Internal consistency rather than test–retest is the
 * usual choice for the Jacobson & Truax RCI when no retest coefficient is published.
 */
export const CSI4_RELIABILITY = 0.94;

/**
 * Standard deviation of CSI-4 totals used in the reliable change index.
 *
 * DOCUMENTED ASSUMPTION — NOT VERIFIED AGAINST THE PAPER. We could not check the CSI-4
 * standard deviation reported in Funk & Rogge (2007) while writing this, so 4.5 is an
 * assumed population SD (of the order seen for a 0–21 total with a mean in the mid-teens).
 * Replace it with the published or the clinic's own pre-treatment SD when confirmed; the
 * tests below state what it implies, so a change is visible in review.
 *
 * With SD 4.5 and r .94: SEm = 4.5 × √0.06 ≈ 1.102, S_diff = √2 × SEm ≈ 1.559, and a change
 * must exceed 1.96 × 1.559 ≈ 3.06 points to be reliable — in whole-number totals, 4 points.
 */
export const CSI4_SD = 4.5;

/** Two-tailed 95 % criterion of Jacobson & Truax (1991): |RCI| > 1.96 is reliable change. */
export const RELIABLE_CHANGE_Z = 1.96;

/** Default interval for re-measuring after intake, in weeks. */
export const CSI4_DEFAULT_EVERY_WEEKS = 4;
