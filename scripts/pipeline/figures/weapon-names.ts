/** The curated weapon names (`content/weapons.yaml`) as one pattern per kind, for the figure rules' nouns. */
import type { Weapon, WeaponKind } from '../../../src/schemas/index.ts';
import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';

/** A pattern per kind that matches any of its names, a model suffix ("-M", "-2") and a plural "s" allowed. */
export type WeaponPatterns = Partial<Record<WeaponKind, RegExp>>;

/** Builds the patterns; a kind with no names has none. */
export function weaponPatterns(weapons: readonly Weapon[]): WeaponPatterns {
	const patterns: WeaponPatterns = {};
	for (const kind of new Set(weapons.map((weapon) => weapon.kind))) {
		const names = weapons
			.filter((weapon) => weapon.kind === kind)
			.map((weapon) => weapon.name)
			.sort((a, b) => b.length - a.length)
			.map((name) => escapeRegExp(name).replace(/ /g, String.raw`\s+`));
		patterns[kind] = new RegExp(
			String.raw`(?<![\p{L}\p{N}-])(?:${names.join('|')})(?:-[\p{L}\p{N}]+)?s?(?![\p{L}\p{N}])`,
			'u',
		);
	}
	return patterns;
}
