import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { parseCsv } from '../../test/markup-scan.ts';
import { csvField, neutralizeFormula, toCsv } from './csv.ts';

describe('csvField', () => {
	it('quotes fields holding commas, quotes or line breaks and doubles inner quotes', () => {
		expect(csvField('He said "no", twice')).toBe('"He said ""no"", twice"');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
	});
	it('joins arrays with ";" and leaves null empty', () => {
		expect(csvField(['kyiv', 'moscow'])).toBe('kyiv;moscow');
		expect(csvField(null)).toBe('');
	});
	it.each([
		['=HYPERLINK("https://attacker.example","Click")', `"'=HYPERLINK(""https://attacker.example"",""Click"")"`],
		["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
		["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
		["@SUM(1+1)*cmd|' /C calc'!A0", `'@SUM(1+1)*cmd|' /C calc'!A0`],
		['\t=1+1', `'\t=1+1`],
		['\r=1+1', `"'\r=1+1"`],
	])('puts an apostrophe before text that a spreadsheet would run as a formula: %j', (text, field) => {
		expect(csvField(text)).toBe(field);
	});
	it.each(HOSTILE_STRINGS)('gives %j back as one cell', (text) => {
		expect(parseCsv(`${csvField(text)},next\n`)).toEqual([[text, 'next']]);
	});
	it('guards the first item of a joined list, since the cell starts with it', () => {
		expect(csvField(['=1+1', 'kyiv'])).toBe(`'=1+1;kyiv`);
	});
	it('leaves numbers as numbers: negative values, signed numeric text and booleans get no apostrophe', () => {
		expect(csvField(-12)).toBe('-12');
		expect(csvField(-0.5)).toBe('-0.5');
		expect(csvField('-12')).toBe('-12');
		expect(csvField('+3.5')).toBe('+3.5');
		expect(csvField(true)).toBe('true');
	});
	it('leaves text that merely contains a formula character alone', () => {
		expect(csvField('Kyiv = capital')).toBe('Kyiv = capital');
		expect(csvField('2025-12-03')).toBe('2025-12-03');
		expect(csvField("it's")).toBe("it's");
	});
});

describe('neutralizeFormula', () => {
	it('prefixes every formula trigger and nothing else', () => {
		expect(['=', '+', '-', '@', '\t', '\r', 'a', ' =', "'"].map((start) => neutralizeFormula(`${start}x`))).toEqual([
			"'=x",
			"'+x",
			"'-x",
			"'@x",
			"'\tx",
			"'\rx",
			'ax',
			' =x',
			"'x",
		]);
	});
});

describe('toCsv', () => {
	it('writes a header row and one row per record in column order', () => {
		expect(toCsv([{ id: 'a', value: 653, tags: ['x', 'y'] }], ['id', 'value', 'tags'])).toBe(
			'id,value,tags\na,653,x;y\n',
		);
	});
	it('neutralises a hostile text cell in a row and keeps the numeric cells of that row numbers', () => {
		expect(toCsv([{ title: '=cmd|" /C calc"!A0', value: -3 }], ['title', 'value'])).toBe(
			`title,value\n"'=cmd|"" /C calc""!A0",-3\n`,
		);
	});
});
