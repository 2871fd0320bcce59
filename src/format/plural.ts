/** Counts in words ("1 article", "4,250 events"), with English plural rules from Intl.PluralRules. */

const rules = new Intl.PluralRules('en');
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The form of a noun (or phrase) for a count: `one` for 1, else `other`, by default `one` + "s". */
export function nounFor(count: number, one: string, other = `${one}s`): string {
	return rules.select(count) === 'one' ? one : other;
}

/** A count followed by its noun in the form the count takes: "1 article", "4,250 articles", "2 series". */
export function countOf(count: number, one: string, other?: string): string {
	return `${grouped.format(count)} ${nounFor(count, one, other)}`;
}
