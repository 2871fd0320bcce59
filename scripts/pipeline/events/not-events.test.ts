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
	it('lets a plain report through', () => {
		expect(at('Negotiators met in Geneva on June 3.', 'June 3')).toBeNull();
	});
	it('names every rule once', () => {
		const ids = NOT_EVENT_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
