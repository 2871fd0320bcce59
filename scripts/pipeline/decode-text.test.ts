import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { warning } from './diagnostics.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it('rejects an empty file', () => {
		expect(decodeText(bytes())).toEqual({ ok: false, reason: 'the file is empty' });
	});
	it('rejects a whitespace-only file', () => {
		expect(decodeText(utf8(' \n\t\r\n'))).toEqual({ ok: false, reason: 'the file holds only whitespace' });
	});
	it('names a PNG renamed .txt', () => {
		expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toEqual({
			ok: false,
			reason: 'the file is a PNG image, not text',
		});
	});
	it('rejects random binary with NUL bytes', () => {
		expect(decodeText(bytes(0x01, 0x00, 0xff, 0x13, 0x00, 0x42))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('binary'),
		});
	});
	it('strips a BOM and turns CRLF and CR into LF', () => {
		expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Title\r\nLine two\rthree')))).toEqual({
			ok: true,
			text: 'Title\nLine two\nthree',
			diagnostics: [],
		});
	});
	it('falls back to Windows-1252 on invalid UTF-8 and warns', () => {
		// “Kyiv” – in Windows-1252: 0x93 Kyiv 0x94 0x96
		const result = decodeText(bytes(0x93, ...utf8('Kyiv'), 0x94, 0x20, 0x96, 0x20, ...utf8('caf'), 0xe9));
		expect(result).toEqual({
			ok: true,
			text: '“Kyiv” – café',
			diagnostics: [
				warning(
					'decode-text:windows-1252',
					'the file is not valid UTF-8; read it as Windows-1252 (save seeds as UTF-8)',
				),
			],
		});
	});
	it('reads UTF-16 with a byte-order mark', () => {
		const text = 'Kyiv, Київ';
		const encoded = new Uint8Array(2 + text.length * 2);
		encoded.set([0xff, 0xfe]);
		for (let index = 0; index < text.length; index++) {
			encoded[2 + index * 2] = text.charCodeAt(index) & 0xff;
			encoded[3 + index * 2] = text.charCodeAt(index) >> 8;
		}
		expect(decodeText(encoded)).toMatchObject({ ok: true, text });
	});
	it('keeps Cyrillic, Arabic and emoji text intact', () => {
		expect(decodeText(utf8('Зеленський — زيلينسكي 🇺🇦'))).toEqual({
			ok: true,
			text: 'Зеленський — زيلينسكي 🇺🇦',
			diagnostics: [],
		});
	});
});
