/** Turns the bytes of a seed file into text, or says plainly why it cannot be read as an article. */
import { type ArticleDiagnostic, warning } from './diagnostics.ts';

/** The text of a readable file, or the reason it is not one. */
export type DecodeResult = { ok: true; text: string; diagnostics: ArticleDiagnostic[] } | { ok: false; reason: string };

/** Largest seed accepted; a bigger file is almost certainly not one news article. */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;

const SIGNATURES: [string, number[]][] = [
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a PDF document', [0x25, 0x50, 0x44, 0x46]],
	['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
	['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((byte, index) => bytes[index] === byte);
}

/** Share of bytes that are control characters other than tab, newline and carriage return. */
function controlShare(bytes: Uint8Array): number {
	const sample = bytes.subarray(0, 64 * 1024);
	let control = 0;
	for (const byte of sample)
		if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
	return sample.length ? control / sample.length : 0;
}

/** Decodes UTF-8 (BOM stripped) or UTF-16 with a BOM; falls back to Windows-1252 with a warning. */
export function decodeText(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
	if (bytes.length > MAX_SEED_BYTES)
		return {
			ok: false,
			reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SEED_BYTES / 1048576} MB limit for one article; split it or trim it`,
		};
	for (const [kind, signature] of SIGNATURES)
		if (startsWith(bytes, signature)) return { ok: false, reason: `the file is ${kind}, not text` };

	const diagnostics: ArticleDiagnostic[] = [];
	let text: string;
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
		diagnostics.push(warning('decode-text:utf-16', 'the file is UTF-16; read it as such (save seeds as UTF-8)'));
	} else {
		if (bytes.includes(0) || controlShare(bytes) > 0.05)
			return { ok: false, reason: 'the file looks binary (control bytes), not text' };
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		} catch {
			text = new TextDecoder('windows-1252').decode(bytes);
			diagnostics.push(
				warning(
					'decode-text:windows-1252',
					'the file is not valid UTF-8; read it as Windows-1252 (save seeds as UTF-8)',
				),
			);
		}
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!text.trim()) return { ok: false, reason: 'the file holds only whitespace' };
	return { ok: true, text, diagnostics };
}
