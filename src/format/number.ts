/** Numbers formatted for people: 120, 4,250, 8.2 bn, 1.5 m. */

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Large values shortened with "bn"/"m", smaller ones grouped with commas. */
export function formatNumber(value: number): string {
	const size = Math.abs(value);
	if (size >= 1e9) return `${grouped.format(value / 1e9)} bn`;
	if (size >= 1e6) return `${grouped.format(value / 1e6)} m`;
	return grouped.format(value);
}

const CURRENCY: Record<string, string> = { usd: '$', eur: '€', gbp: '£' };
const UNIT_SUFFIX: Record<string, string> = { km2: ' km²', hours: ' hours', count: '' };

/** A figure's value with its unit ("$8.2 bn", "120 km²", "14 hours", "97"). */
export function formatQuantity(value: number, unit: string): string {
	const currency = CURRENCY[unit];
	if (currency) return `${currency}${formatNumber(value)}`;
	const suffix = UNIT_SUFFIX[unit] ?? ` ${unit}`;
	return `${formatNumber(value)}${suffix}`;
}

const QUALIFIER: Record<string, string> = {
	exact: '',
	at_least: 'at least ',
	over: 'over ',
	about: 'about ',
	up_to: 'up to ',
};

/** The qualifier in words, ready to put before a number ("at least "). */
export function qualifierWords(qualifier: string): string {
	return QUALIFIER[qualifier] ?? '';
}
