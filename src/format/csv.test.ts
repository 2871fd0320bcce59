import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csvField', () => {
	it('quotes fields holding commas, quotes or line breaks and doubles inner quotes', () => {
		expect(csvField('He said "no", twice')).toBe('"He said ""no"", twice"');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
	});
	it('joins arrays with ";" and leaves null empty', () => {
		expect(csvField(['kyiv', 'moscow'])).toBe('kyiv;moscow');
		expect(csvField(null)).toBe('');
	});
});

describe('toCsv', () => {
	it('writes a header row and one row per record in column order', () => {
		expect(toCsv([{ id: 'a', value: 653, tags: ['x', 'y'] }], ['id', 'value', 'tags'])).toBe(
			'id,value,tags\na,653,x;y\n',
		);
	});
});
