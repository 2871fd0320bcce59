import { z } from 'zod';

/** The kinds of weapon a strike count may name instead of its noun. */
export const WeaponKindSchema = z.enum(['drone', 'missile', 'bomb']);
export type WeaponKind = z.output<typeof WeaponKindSchema>;

/** One weapon a count may name by itself ("120 Shaheds", "3 Iskander-M"). */
export const WeaponSchema = z
	.object({
		name: z
			.string()
			.regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, 'a name is letters, digits, spaces and hyphens')
			.describe(
				'The name as written, singular ("Shahed", "Storm Shadow"); a plural "s" and a model suffix ("-M", "-2") are read with it.',
			),
		kind: WeaponKindSchema.describe('What it is: a drone, a missile or a bomb, the noun a count of it stands for.'),
	})
	.strict();
export type Weapon = z.output<typeof WeaponSchema>;

/** The curated weapon names, `content/weapons.yaml`: what "120 Shaheds" counts when the text names no noun. */
export const WeaponsSchema = z
	.object({
		weapons: z.array(WeaponSchema).default([]).describe('Weapons by name, each with its kind.'),
	})
	.strict();
export type Weapons = z.output<typeof WeaponsSchema>;
