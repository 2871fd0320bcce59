import { z } from 'zod';

/** The three kinds of named thing the site has pages for. */
export const EntityTypeSchema = z.enum(['person', 'place', 'organization']);
export type EntityType = z.output<typeof EntityTypeSchema>;

/** How large an area a place name covers, which says whether the map can put it at a point. */
export const PlaceTypeSchema = z.enum(['continent', 'country', 'region', 'water', 'settlement', 'site']);
export type PlaceType = z.output<typeof PlaceTypeSchema>;

/** A point on the globe as `[longitude, latitude]` in WGS 84 decimal degrees (GeoJSON order). */
export const CoordinatesSchema = z
	.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
	.describe('`[longitude, latitude]` in WGS 84 decimal degrees (GeoJSON order: longitude first).');
export type Coordinates = z.output<typeof CoordinatesSchema>;

/** One entry of the curated gazetteer, `content/gazetteer.yaml`. */
export const GazetteerEntrySchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
			.optional()
			.describe('Stable slug; derived from `name` when left out.'),
		name: z.string().min(1).describe('Canonical display name.'),
		type: EntityTypeSchema.describe('person, place or organization.'),
		aliases: z
			.array(z.string().min(1))
			.default([])
			.describe('Other spellings and short forms that name the same thing (`Kiev`, `Zelensky`).'),
		description: z.string().optional().describe('One sentence saying who or what it is.'),
		country: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
			.optional()
			.describe(
				'For a place inside one country, that country’s id (`kharkiv` → `ukraine`): ' +
					'tells whose losses a figure counts when the text only says where.',
			),
		demonyms: z
			.array(z.string().min(1))
			.default([])
			.describe(
				'Adjectives that point to it without naming it (`Ukrainian`): ' +
					'used to tell whose losses a figure counts, never counted as mentions.',
			),
		placeType: PlaceTypeSchema.optional().describe(
			'For a place, how large an area its name covers: continent, country, region, water, settlement or site. ' +
				'The map draws regions, settlements and sites at their coordinates; ' +
				'a country, continent or sea is too large to stand for one point.',
		),
		coordinates: CoordinatesSchema.optional().describe(
			'For a place, `[longitude, latitude]`: a settlement’s or site’s centre, ' +
				'or for a larger area a point inside it near its middle (where a map would label it).',
		),
	})
	.strict()
	.superRefine((entry, context) => {
		if (entry.type !== 'place' && (entry.coordinates !== undefined || entry.placeType !== undefined))
			context.addIssue({
				code: 'custom',
				path: [entry.coordinates !== undefined ? 'coordinates' : 'placeType'],
				message: `"${entry.name}" is a ${entry.type}; only places have coordinates and a placeType. Remove the field, or make the entry a place.`,
			});
		if (entry.type === 'place' && (entry.coordinates === undefined) !== (entry.placeType === undefined)) {
			const has = entry.coordinates === undefined ? 'a placeType but no coordinates' : 'coordinates but no placeType';
			context.addIssue({
				code: 'custom',
				path: [entry.coordinates === undefined ? 'coordinates' : 'placeType'],
				message:
					`place "${entry.name}" has ${has}; give both ` +
					'(coordinates: [longitude, latitude], placeType: settlement, region, …) so the map can place it.',
			});
		}
	});
export type GazetteerEntryInput = z.input<typeof GazetteerEntrySchema>;
export type GazetteerEntry = z.output<typeof GazetteerEntrySchema>;

/** The gazetteer file: a list of entries. */
export const GazetteerSchema = z.object({ entities: z.array(GazetteerEntrySchema) }).strict();
export type Gazetteer = z.output<typeof GazetteerSchema>;

/** One entry of the public `entities.json`. */
export const EntityRecordSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.describe('Stable slug.'),
	name: z.string().min(1).describe('Canonical display name.'),
	type: EntityTypeSchema.describe('person, place or organization.'),
	aliases: z.array(z.string()).describe('Every spelling met in the articles, canonical name excluded, sorted.'),
	articles: z.array(z.string()).describe('Ids of the articles that mention it.'),
	mentions: z.number().int().nonnegative().describe('Total mentions across all articles.'),
	url: z.string().startsWith('/').describe('Site-relative URL of its page.'),
	// Beyond the contract:
	description: z.string().nullable().describe('Short description from the gazetteer, or null for names found by NLP.'),
	source: z.enum(['gazetteer', 'nlp']).describe('`gazetteer` when curated, `nlp` when found in the text only.'),
	coordinates: CoordinatesSchema.nullable().describe(
		'For a place, `[longitude, latitude]` (WGS 84) from the gazetteer; null when the gazetteer has none, and for people and organisations.',
	),
	placeType: PlaceTypeSchema.nullable().describe(
		'For a place with coordinates, how large an area its name covers (continent, country, region, water, settlement, site); null otherwise.',
	),
});
export type EntityRecord = z.output<typeof EntityRecordSchema>;

/** One mention of an entity in an article sentence (published as `mentions.json`). */
export const MentionRecordSchema = z.object({
	id: z.string().describe('Stable id, `<article>-m<n>`.'),
	entity: z.string().describe('Entity id.'),
	article: z.string().describe('Article id.'),
	sentence: z.string().describe('Anchor id of the sentence on the article page, e.g. `s-12`.'),
	surface: z.string().describe('The words as written in the article.'),
	start: z.number().int().nonnegative().describe('Offset of the surface form in the sentence, in UTF-16 code units.'),
	text: z.string().describe('The sentence.'),
});
export type MentionRecord = z.output<typeof MentionRecordSchema>;

/**
 * A mention of a place in a sentence that reports a figure or an event: what the maps need of the
 * mentions, so the site need not load them all (`src/content/data/place-mentions.json`, not open data).
 */
export const PlaceMentionSchema = MentionRecordSchema.pick({
	id: true,
	entity: true,
	article: true,
	sentence: true,
	surface: true,
});
export type PlaceMention = z.output<typeof PlaceMentionSchema>;
