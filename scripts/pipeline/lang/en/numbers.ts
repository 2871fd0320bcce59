/** English number words and scales. */

/** Number words below a hundred. */
export const NUMBER_UNITS: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};

/** Scale words and the suffixes news style writes after digits ("$2bn", "€5m"). */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
	hundred: 1e2,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	k: 1e3,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	bn: 1e9,
	b: 1e9,
	tn: 1e12,
};
