import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp.ts';
import { getOrCreate } from './get-or-create.ts';

describe('getOrCreate', () => {
	it('makes a value once and returns the stored one after', () => {
		const map = new Map<string, number[]>();
		let made = 0;
		const make = () => {
			made += 1;
			return [];
		};
		getOrCreate(map, 'a', make).push(1);
		getOrCreate(map, 'a', make).push(2);
		expect(map.get('a')).toEqual([1, 2]);
		expect(made).toBe(1);
	});
});

describe('escapeRegExp', () => {
	it('matches special characters literally', () => {
		expect(new RegExp(escapeRegExp('a.b (c)?')).test('a.b (c)?')).toBe(true);
		expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
	});
});
