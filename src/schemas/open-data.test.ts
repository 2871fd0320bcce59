import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OPEN_DATA_FILES, OPEN_DATA_PARTS, openDataFile } from './open-data.ts';

describe('the open-data registry', () => {
	it('names every file once', () => {
		const names = OPEN_DATA_FILES.map((file) => file.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('publishes parts only of a whole JSON file with the same records, leaving out only fields it has', () => {
		for (const parts of OPEN_DATA_PARTS) {
			const whole = openDataFile(parts.of)!;
			expect(whole.records, parts.folder).toBe(parts.records);
			const fields = Object.keys((whole.schema as z.ZodObject<z.ZodRawShape>).shape);
			for (const field of parts.omit) expect(fields, `${parts.folder} omits ${field}`).toContain(field);
		}
		const folders = OPEN_DATA_PARTS.map((parts) => parts.folder);
		expect(new Set(folders).size).toBe(folders.length);
	});
});
