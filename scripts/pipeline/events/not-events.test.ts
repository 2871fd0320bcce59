import { describe, expect, it } from 'vitest';
import { NOT_EVENT_RULES, notAnEvent } from './not-events.ts';

const at = (text: string, date: string) => notAnEvent(text, text.indexOf(date));

describe('notAnEvent', () => {
	it('calls hearsay a rumour', () => {
		expect(at('Rumor has it a trade delegation may attend the fair in Minsk on June 2.', 'June 2')).toBe('rumour');
	});
	it('calls "may attend" a possibility', () => {
		expect(at('A delegation may attend the parade in Moscow on May 9.', 'May 9')).toBe('possibility');
	});
	it('keeps a modal inside reported speech: the saying is the event', () => {
		expect(at('On June 4, the minister said the talks could resume within weeks.', 'June 4')).toBeNull();
	});
	it('calls "reached a pivotal moment" the writer\'s commentary', () => {
		expect(at('In June 2026, the war reached a pivotal moment.', 'June 2026')).toBe('commentary');
	});
	it('calls "said as much" speech whose content is not in the sentence', () => {
		expect(at('He said as much in a television interview on June 3.', 'June 3')).toBe('pro-form-speech');
	});
	it('calls a tally over a period the date opens a running total', () => {
		const text = 'Since 1 March 2024, at least 12,400 people have been displaced from the valley.';
		expect(at(text, '1 March 2024')).toBe('running-total');
		expect(at('Between 3 May and 9 June 2025, more than 40 convoys were stopped.', '3 May')).toBe('running-total');
		expect(at('Since 1 March 2024, the valley has been closed to traffic.', '1 March 2024')).toBeNull();
	});
	it('calls the date a figure is compared with a comparison period', () =>
		expect(at('Arrivals were 12 per cent lower than in March 2025.', 'March 2025')).toBe('comparison-period'));
	it("calls the publisher's next issue a schedule", () =>
		expect(at('The next bulletin will be published on 9 June.', '9 June')).toBe('publication-schedule'));
	it("calls a birthday a moment of one person's life", () =>
		expect(at('The freed medic will mark her 30th birthday at home on June 9.', 'June 9')).toBe('personal-occasion'));
	it('calls years written as a range a stretch of time', () =>
		expect(at('The court freed 12 men jailed in 2019-2021 for protesting.', '2019-2021')).toBe('year-range'));
	it('calls a year that names a thing no event of its clause', () => {
		expect(at('She praised Oslo for its role in the 2019 water accord.', '2019')).toBe('year-names-a-thing');
		expect(at('The accord was signed in 2019 in Oslo.', '2019')).toBeNull();
	});
	it('calls a date in brackets a gloss of another', () =>
		expect(at('On the night of 9 May (from 22:00 on 8 May), drones hit the port.', '8 May')).toBe('bracketed-gloss'));
	it('lets a plain report through', () => {
		expect(at('Negotiators met in Geneva on June 3.', 'June 3')).toBeNull();
	});
	it('names every rule once', () => {
		const ids = NOT_EVENT_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
