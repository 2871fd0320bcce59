/** Regular-expression pieces for month names, shared by the scanners. */

/** Full month names, capitalised as in running text. */
export const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Usual month abbreviations ("Sept.", "Nov"); "May", "June" and "July" have none. */
export const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
