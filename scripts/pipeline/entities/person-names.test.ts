import { describe, expect, it } from 'vitest';
import { givenNamesCompatible, nameParts, samePerson, surnameKey } from './person-names.ts';

describe('surnameKey', () => {
	it('reads "Zelenskyy", "Zelenskiy", "Zelensky" and "Zelenskyi" as one surname', () => {
		expect(new Set(['Zelenskyy', 'Zelenskiy', 'Zelensky', 'Zelenskyi'].map(surnameKey)).size).toBe(1);
	});
	it('reads "Kyslytsia" and "Kyslytsya" as one surname, and folds "Władysław"-style letters', () => {
		expect(surnameKey('Kyslytsia')).toBe(surnameKey('Kyslytsya'));
		expect(surnameKey('Łukasz')).toBe('lukasz');
	});
	it('keeps different surnames apart ("Burns", "Byrne")', () => {
		expect(surnameKey('Burns')).not.toBe(surnameKey('Byrne'));
	});
});

describe('nameParts', () => {
	it('keeps lower-case particles with the surname ("Ursula von der Leyen")', () => {
		expect(nameParts('Ursula von der Leyen')).toEqual({ given: ['Ursula'], surname: 'von der Leyen' });
	});
	it('drops a generational suffix ("Joseph R. Biden Jr.")', () => {
		expect(nameParts('Joseph R. Biden Jr.')).toEqual({ given: ['Joseph', 'R.'], surname: 'Biden' });
	});
});

describe('givenNamesCompatible', () => {
	it('accepts an initial, a prefix and a nickname ("W." / "Chris" / "Bill" for William, Christopher)', () => {
		expect(givenNamesCompatible('W.', 'William')).toBe(true);
		expect(givenNamesCompatible('Chris', 'Christopher')).toBe(true);
		expect(givenNamesCompatible('Bill', 'William')).toBe(true);
		expect(givenNamesCompatible('Dan', 'Daniel')).toBe(true);
	});
	it('accepts a transliteration ("Serhiy" and "Sergei", "Oleksandr" and "Alexander")', () => {
		expect(givenNamesCompatible('Serhiy', 'Sergei')).toBe(true);
		expect(givenNamesCompatible('Oleksandr', 'Alexander')).toBe(true);
	});
	it('rejects different names ("Melania" and "Donald", "Dan" and "Dana")', () => {
		expect(givenNamesCompatible('Melania', 'Donald')).toBe(false);
		expect(givenNamesCompatible('Dan', 'Dana')).toBe(false);
	});
});

describe('samePerson', () => {
	it('matches "Dan Driscoll" and "Daniel P. Driscoll"', () => {
		expect(samePerson('Dan Driscoll', 'Daniel P. Driscoll')).toBe(true);
	});
	it('tells "William J. Burns" from "William K. Burns"', () => {
		expect(samePerson('William J. Burns', 'William K. Burns')).toBe(false);
	});
	it('needs a given name on both sides ("Burns" alone is not enough)', () => {
		expect(samePerson('Burns', 'William Burns')).toBe(false);
	});
});
