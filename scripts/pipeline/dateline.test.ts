import { describe, expect, it } from 'vitest';
import { datelineLength, withoutDateline } from './dateline.ts';

describe('withoutDateline', () => {
	it.each([
		['KYIV, Ukraine (AP) — Ukraine and Russia exchanged prisoners.', 'Ukraine and Russia exchanged prisoners.'],
		[
			'MOSCOW (Reuters) - Russia said on Monday it had downed 40 drones.',
			'Russia said on Monday it had downed 40 drones.',
		],
		['WASHINGTON — The Senate voted on the aid package.', 'The Senate voted on the aid package.'],
		[
			'KYIV, Dec 9 (Reuters) -- Ukraine’s air force said 47 drones were launched.',
			'Ukraine’s air force said 47 drones were launched.',
		],
		['NEW YORK, United States — “We are ready,” the envoy said.', '“We are ready,” the envoy said.'],
		// A country and a date, each after its comma.
		['ODESA, Ukraine, Feb 3 (Reuters) - A drone hit a grain terminal.', 'A drone hit a grain terminal.'],
		['JUBA, South Sudan, March 2 (AP) — Fighting resumed near Malakal.', 'Fighting resumed near Malakal.'],
		// An agency between slashes; a title-case place with a date and a dash.
		['MINSK, March 3. /BelTA/. Talks opened in the capital.', 'Talks opened in the capital.'],
		['Vienna, 4 March 2026 - Inspectors reached the plant.', 'Inspectors reached the plant.'],
	])('takes the dateline off "%s"', (text, expected) => {
		expect(withoutDateline(text)).toBe(expected);
	});

	it.each([
		'Ukraine and Russia exchanged prisoners on Sunday.',
		'US — Russia talks resumed.',
		'NATO — the alliance said — will meet.',
		'EU – the bloc’s leaders met.',
		'Kyiv — a city of three million — was dark.',
		'Vienna, the capital - Inspectors met.',
		'KYIV',
	])('leaves "%s" as it is', (text) => {
		expect(datelineLength(text)).toBe(0);
		expect(withoutDateline(text)).toBe(text);
	});
});
