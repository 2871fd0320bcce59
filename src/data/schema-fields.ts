/** Field lists for the Data page, read from the record schemas so the page never drifts from the data. */
import { z } from 'zod';
import { OPEN_DATA_FILES } from '../schemas/index.ts';

export interface FieldDoc {
	name: string;
	type: string;
	description: string;
}

type JsonSchema = {
	type?: string | string[];
	enum?: unknown[];
	anyOf?: JsonSchema[];
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	description?: string;
};

/** A compact type label: `string | null`, `"day" | "month"`, `{ article, quote }[]`. */
export function typeLabel(schema: JsonSchema): string {
	if (schema.anyOf) return schema.anyOf.map(typeLabel).join(' | ');
	if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
	const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
	return types
		.map((type) => {
			if (type === 'array') return `${schema.items ? typeLabel(schema.items) : 'any'}[]`;
			if (type === 'object' && schema.properties) return `{ ${Object.keys(schema.properties).join(', ')} }`;
			if (type === 'integer') return 'number';
			return type;
		})
		.join(' | ');
}

function fieldsOf(schema: z.ZodType): FieldDoc[] {
	const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema;
	return Object.entries(json.properties ?? {}).map(([name, property]) => ({
		name,
		type: typeLabel(property),
		description: property.description ?? property.anyOf?.find((option) => option.description)?.description ?? '',
	}));
}

/** Fields of every published JSON file, keyed by file name, from the open-data registry's schemas. */
export function schemaFields(): Record<string, FieldDoc[]> {
	return Object.fromEntries(
		OPEN_DATA_FILES.filter((file) => file.schema).map((file) => [file.name, fieldsOf(file.schema!)]),
	);
}
