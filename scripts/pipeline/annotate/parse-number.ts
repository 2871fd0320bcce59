/** Reads the numbers written in a sentence: digits, word numbers, money and areas. */
import { language } from '../lang/index.ts';

/** A currency a money amount is written in. */
export type Currency = 'usd' | 'eur' | 'gbp' | 'uah' | 'rub';

/** One number as written in a sentence. */
export interface NumberMatch {
	/** Offset of the first character (the currency sign when there is one). */
	start: number;
	/** Offset after the last character read (scale word and area unit included). */
	end: number;
	/** The words read, e.g. "$8.2 billion", "twenty-five", "1,200km²". */
	text: string;
	value: number;
	/** Set when the amount is money. */
	currency: Currency | null;
	/** `km2` for an area, `percent` for a share; null for a plain count. */
	unit: 'km2' | 'mi2' | 'percent' | null;
	/** True when written in digits ("14"), false for words ("fourteen", "a dozen"). */
	digits: boolean;
}

const UNITS = language.numbers.units;
const SCALES = language.numbers.scales;

// Scale words written out ("hundred", "million"), as opposed to the suffixes after digits ("bn", "m").
const SCALE_WORDS = Object.keys(SCALES).filter((word) => word.length > 3);
const WORD = `(?:${[...Object.keys(UNITS), ...SCALE_WORDS, language.numbers.dozen].join('|')})`;
// A sign before the amount ("$", "€"), or an ISO code ("UAH 40 billion", "RUB 13.1 trillion").
const CURRENCY = String.raw`(?:US\$|\$|€|£|₴|₽|(?:USD|EUR|GBP|UAH|RUB)(?=\s?\d))`;
/**
 * Digits with their thousands separators, each form tried before a plain run of digits: a comma ("4,310"), a
 * no-break or thin space ("1 250"), an apostrophe ("12'400", "12’400"), a space between groups of three ("1 000"),
 * dots between two or more groups ("1.250.000"). A single dot is a decimal point ("1.5"); one followed by exactly
 * three digits ("1.250") is ambiguous and is never read (see `unreadableReason`).
 */
const MONTH_ABBREVIATIONS = [
	'Jan(?:uary)?',
	'Feb(?:ruary)?',
	'Mar(?:ch)?',
	'Apr(?:il)?',
	'May',
	'June?',
	'July?',
	'Aug(?:ust)?',
	'Sept?(?:ember)?',
	'Oct(?:ober)?',
	'Nov(?:ember)?',
	'Dec(?:ember)?',
];
const DIGITS = [
	String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
	String.raw`\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)`,
	String.raw`\d{1,3}(?:'\d{3})+(?:\.\d+)?(?!\d)`,
	String.raw`\d{1,3}(?:’\d{3})+(?:\.\d+)?(?!\d)`,
	// Not after a month: "December 14 110 drones" is a day, then a count.
	String.raw`(?<!\b(?:${MONTH_ABBREVIATIONS.join('|')})\.?\s)\d{1,3}(?: \d{3})+(?![\d'’,.\u00a0\u202f\u2009])`,
	String.raw`\d{1,3}(?:\.\d{3}){2,}(?!\d)`,
	String.raw`\d+(?:\.\d+)?`,
].join('|');
/** Separators that may stand inside a number: what follows a number read whole must not be one of them and a digit. */
const INNER_SEPARATOR = String.raw`[,.'’\u00a0\u202f\u2009]`;
// Short scales ("m", "k", "b") only count after a currency sign; "5m" alone could be metres.
const LONG_SCALE = String.raw`\s+(?:${SCALE_WORDS.filter((word) => SCALES[word]! >= 1e3).join('|')})\b`;
const SHORT_SCALE = String.raw`\s?(?:bn|mn|mln|tn)\b`;
const MONEY_SCALE = String.raw`(?:m|k|b)\b`;
const AREA = String.raw`\s?(?:km²|km2|sq\.?\s?km\b|square\s+(?:kilomet(?:re|er)s?|km)\b)`;
const AREA_MI = String.raw`\s?(?:sq\.?\s?mi\b|square\s+miles?\b)`;
const PERCENT = String.raw`\s?(?:%|percent\b|per\s+cent\b)`;
// "50 million euros", "two billion US dollars": the currency named after the amount ("500 pounds" may weigh).
const CURRENCY_WORD = String.raw`\s+(?:(?:US\s+|American\s+)?dollars|euros|pounds\s+sterling|hryvnias?|hryvnyas?|roubles|rubles)\b`;

// A number must not continue a word or code ("G20", "F-16", "Su-34") nor another number. Letters are spelled out
// rather than `\p{L}`: a case-insensitive Unicode pattern costs V8 a hundred milliseconds to compile.
const LETTER = 'A-Za-z\u00C0-\u024F';
const NOT_AFTER = `(?<![${LETTER}0-9_.,:/]|[${LETTER}]-|\\d['’\u00a0\u202f\u2009])`;
// "a dozen", "a hundred thousand": an article is read only before a scale word.
const ARTICLE = `(?:(?:a|an)\\s+(?=(?:${language.numbers.dozen}|${SCALE_WORDS.join('|')})\\b))?`;
const WORD_NUMBER = `\\b${ARTICLE}${WORD}(?:(?:\\s+and\\s+|\\s+|-)${WORD})*\\b`;
const PATTERN = new RegExp(
	[
		`${NOT_AFTER}(?:(?<currency>${CURRENCY})\\s?)?(?<digits>${DIGITS})`,
		`(?<scale>${LONG_SCALE}|${SHORT_SCALE}|${MONEY_SCALE})?`,
		`(?<unit>(?<area>${AREA})|(?<areaMi>${AREA_MI})|(?<percent>${PERCENT})|(?<currencyAfter>${CURRENCY_WORD}))?`,
		`|${NOT_AFTER}(?<currencyW>${CURRENCY})?(?<words>${WORD_NUMBER})`,
		`(?<unitW>(?<areaW>${AREA})|(?<areaMiW>${AREA_MI})|(?<percentW>${PERCENT})|(?<currencyAfterW>${CURRENCY_WORD}))?`,
	].join(''),
	'gi',
);

/** The currency a sign, a code or a word names. */
function currencyOf(sign: string): Currency {
	if (sign === '€' || /^(?:EUR|euros)/i.test(sign)) return 'eur';
	if (sign === '£' || /^(?:GBP|pounds)/i.test(sign)) return 'gbp';
	if (sign === '₴' || /^(?:UAH|hryvn)/i.test(sign)) return 'uah';
	if (sign === '₽' || /^(?:RUB|roubles|rubles)/i.test(sign)) return 'rub';
	return 'usd';
}

/** Rounds away binary noise from decimal arithmetic (8.2 × 10⁹ is 8200000000, not 8199999999.999999). */
function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/** Reads number words ("twenty-five", "two hundred and fifty", "a dozen") as a value, or null. */
export function parseNumberWords(words: string): number | null {
	const tokens = words
		.toLowerCase()
		.split(/[\s-]+/)
		.filter((token) => token && token !== 'and');
	if (tokens.length === 0) return null;
	let total = 0;
	let current = 0;
	let seen = false;
	for (const [index, token] of tokens.entries()) {
		if ((token === 'a' || token === 'an') && index === 0) {
			current = 1;
			continue;
		}
		if (token in UNITS) {
			current += UNITS[token]!;
			seen = true;
		} else if (token === language.numbers.dozen) {
			current = (current || 1) * 12;
			seen = true;
		} else if (token === 'hundred') {
			current = (current || 1) * 100;
			seen = true;
		} else if (token in SCALES) {
			total += (current || 1) * SCALES[token]!;
			current = 0;
			seen = true;
		} else {
			return null;
		}
	}
	return seen ? total + current : null;
}

/** Reads a number in digits with an optional scale ("4,310", "1 250", "1.5 million", "2bn") as a value. */
export function parseDigits(digits: string, scale?: string): number {
	const grouped = /^\d{1,3}(?:\.\d{3}){2,}$/.test(digits) ? digits.replace(/\./g, '') : digits;
	const base = Number(grouped.replace(/[,'’\u00a0\u202f\u2009 ]/g, ''));
	const factor = scale ? (SCALES[scale.trim().toLowerCase()] ?? 1) : 1;
	return clean(base * factor);
}

/** Digits that cannot be read as one number, and why; such a number is dropped whole, never read in part. */
export interface UnreadableNumber {
	start: number;
	end: number;
	/** The digits and separators as written ("1,25,000"). */
	text: string;
	reason: string;
}

const CONTINUES = new RegExp(`^${INNER_SEPARATOR}\\d`);
const NUMERIC_RUN = new RegExp(`^(?:${INNER_SEPARATOR}?\\d)+`);
const SCALE_AFTER = /^\s*(?:thousand|million|billion|trillion|bn|mn|mln|tn)\b/i;

/** Why digits read as `digits` cannot stand for the number written, or null when they can. */
function unreadableReason(digits: string, before: string, rest: string): string | null {
	if (CONTINUES.test(rest)) return 'its separators follow no thousands grouping';
	if (/^0\d{2}/.test(digits) && /\d\s$/.test(before)) return 'its groups of digits are split by a space';
	if (/^[1-9]\d{0,2}\.\d{3}$/.test(digits))
		return 'a dot before three digits may be a decimal point or a thousands separator';
	return null;
}

/** Finds every number written in `text`, in order. Vague plurals ("hundreds", "dozens") are not numbers. */
export function findNumbers(text: string): NumberMatch[] {
	return readNumbers(text).numbers;
}

/** Digits in `text` that cannot be read whole ("1,25,000", "1.250"), for a diagnostic. */
export function findUnreadableNumbers(text: string): UnreadableNumber[] {
	return readNumbers(text).unreadable;
}

/** The numbers of `text`, and the digits it holds that cannot be read as one number. */
export function readNumbers(text: string): { numbers: NumberMatch[]; unreadable: UnreadableNumber[] } {
	const found: NumberMatch[] = [];
	const unreadable: UnreadableNumber[] = [];
	let skipUntil = 0;
	for (const match of text.matchAll(PATTERN)) {
		const groups = match.groups!;
		const start = match.index!;
		if (start < skipUntil) continue;
		let end = start + match[0].length;
		const currencySign =
			groups.currency ?? groups.currencyW ?? groups.currencyAfter?.trim() ?? groups.currencyAfterW?.trim();
		const currency = currencySign ? currencyOf(currencySign) : null;
		const area = groups.area ?? groups.areaW;
		const areaMi = groups.areaMi ?? groups.areaMiW;
		const percent = groups.percent ?? groups.percentW;
		let value: number | null;
		let digits = true;
		if (groups.digits !== undefined) {
			const digitsEnd = start + match[0].indexOf(groups.digits) + groups.digits.length;
			const runStart = start + match[0].indexOf(groups.digits);
			const reason = unreadableReason(groups.digits, text.slice(0, runStart), text.slice(digitsEnd));
			if (reason) {
				const runEnd = digitsEnd + (NUMERIC_RUN.exec(text.slice(digitsEnd))?.[0].length ?? 0);
				unreadable.push({ start: runStart, end: runEnd, text: text.slice(runStart, runEnd), reason });
				// Its scale word ("2,5 million") is part of the number dropped, not a number of its own.
				skipUntil = runEnd + (SCALE_AFTER.exec(text.slice(runEnd))?.[0].length ?? 0);
				continue;
			}
			const scale = groups.scale;
			if (scale && !currencySign && /^(?:m|k|b)$/i.test(scale)) continue; // "5m" without a currency: metres, not millions
			value = parseDigits(groups.digits, scale);
		} else {
			value = parseNumberWords(groups.words!);
			digits = false;
		}
		if (value === null) continue;
		// "80th", "1990s", "5G": a number glued to letters is an ordinal, a decade or a name.
		if (/^\p{L}/u.test(text.slice(end))) continue;
		// Trailing spaces belong to the next word, not to the number.
		while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
		found.push({
			start,
			end,
			text: text.slice(start, end),
			value,
			currency,
			unit: area ? 'km2' : areaMi ? 'mi2' : percent ? 'percent' : null,
			digits,
		});
	}
	return { numbers: found, unreadable };
}
