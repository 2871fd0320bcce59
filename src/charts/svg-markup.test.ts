// Astro's own escape, the one `{text}` in a component goes through.
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { attribute, elementsOf, textOf } from '../../test/markup-scan.ts';
import { roundCoordinate, roundSvgCoordinates } from './svg-markup.ts';

describe('roundSvgCoordinates', () => {
	it('rounds long decimal attribute values to a tenth', () => {
		expect(roundSvgCoordinates('<line x1="222.36065573770492" x2="240.19672131147544" y1="22" y2="750"></line>')).toBe(
			'<line x1="222.4" x2="240.2" y1="22" y2="750"></line>',
		);
	});

	it('drops a trailing .0 and a negative zero', () => {
		expect(roundSvgCoordinates('<rect x="12.04" y="-0.04" width="3.96"></rect>')).toBe(
			'<rect x="12" y="0" width="4"></rect>',
		);
	});

	it('leaves labels, paths, hrefs and text with numbers in them untouched', () => {
		const markup =
			'<a href="/t/#e-8.25" aria-label="8.25 bn on 6 Dec"><path d="M3.989,0A3.989,3.989,0,1,1,-3.989,0"></path><text x="1.5">8.25</text></a>';
		expect(roundSvgCoordinates(markup)).toBe(markup);
	});
});

describe('roundSvgCoordinates on chart marks labelled with article text', () => {
	// ChartSvg writes its slot back with set:html after rounding: the labels come in escaped by Astro and must stay so.
	it.each([...HOSTILE_STRINGS, 'x="1.2345"'])(
		'keeps the label %j as text and attribute, rounding only the numbers',
		(label) => {
			const text = escapeHTML(label);
			const markup = `<svg><a class="fb-chart__mark" aria-label="${text}" x="12.345"><title>${text}</title><text y="2.25">${text}</text></a></svg>`;
			const elements = [...elementsOf(parseFragment(roundSvgCoordinates(markup)))];
			expect(elements.map((element) => element.tagName)).toEqual(['svg', 'a', 'title', 'text']);
			expect(attribute(elements[1]!, 'aria-label')).toBe(label);
			expect(attribute(elements[1]!, 'x')).toBe('12.3');
			expect(textOf(elements[2]!)).toBe(label);
			expect(textOf(elements[3]!)).toBe(label);
			expect(attribute(elements[3]!, 'y')).toBe('2.3');
		},
	);
});

describe('roundCoordinate', () => {
	it('keeps one decimal at most', () => {
		expect([roundCoordinate(1.25), roundCoordinate(-7.349), roundCoordinate(600)]).toEqual(['1.3', '-7.3', '600']);
	});
});
