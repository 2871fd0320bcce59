import { describe, expect, it } from 'vitest';
import { weaponPatterns } from './weapon-names.ts';

describe('weaponPatterns', () => {
	const patterns = weaponPatterns([
		{ name: 'Shahed', kind: 'drone' },
		{ name: 'Storm Shadow', kind: 'missile' },
		{ name: 'Iskander', kind: 'missile' },
	]);
	it('reads a name with its plural, a model suffix or both', () => {
		for (const text of ['Shahed', 'Shaheds', 'Shahed-136', 'Shahed-136s'])
			expect(patterns.drone!.test(text)).toBe(true);
		expect(patterns.missile!.test('3 Iskander-M ballistic')).toBe(true);
		expect(patterns.missile!.test('two Storm  Shadows')).toBe(true);
	});
	it('reads no other word and no other kind', () => {
		expect(patterns.drone!.test('Shahedi')).toBe(false);
		expect(patterns.drone!.test('Iskander')).toBe(false);
		expect(patterns.bomb).toBeUndefined();
	});
});
