/** Escapes text for an HTML text node or a quoted attribute: `<b>` reads as the characters `<b>`, never as markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
