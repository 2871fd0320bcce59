/** Text as a CSS string literal, safe inside a `<style>` element whatever it holds. */

/** `"…"` with every character but letters, digits and spaces written as a CSS hex escape. */
export function cssString(text: string): string {
	let out = '';
	for (const char of text) out += /[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
	return `"${out}"`;
}
