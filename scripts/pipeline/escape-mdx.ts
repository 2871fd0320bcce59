/**
 * Escapes article text for MDX so the page shows exactly the article's words and nothing in a
 * seed can become JSX, an expression, HTML, ESM or Markdown syntax.
 */

// Every character MDX, JSX, HTML or Markdown (with GFM and directives) may interpret. CommonMark
// lets any ASCII punctuation be backslash-escaped, and micromark reads `\{` and `\<` as plain
// characters before the MDX expression and JSX constructs can see them.
const INLINE_SPECIAL = /[\\`*_[\]{}<>#|~:$!&^]/g;
// GFM turns "https://…", "www.…" and "name@host" into links after parsing, by scanning text
// nodes. An empty <wbr /> splits the text node there without changing what the reader sees.
// (Applied after escaping, so the colon is already `\:`.)
const AUTOLINK_TRIGGERS = /(?<=[a-z0-9])(?=\\:\/\/|@[a-z0-9])|(?<=\bwww)(?=\.)/gi;

/**
 * Escapes text placed inside a paragraph, list item or heading. Line-start constructs
 * (`#`, `>`, `1.`, `---`, `import`) cannot trigger because generated lines never start with
 * article text; `escapeMdxLine` also defuses them, for text that does start a line.
 */
export function escapeMdxText(text: string): string {
	return text
		.replace(INLINE_SPECIAL, (char) => `\\${char}`)
		.replace(AUTOLINK_TRIGGERS, '<wbr />')
		.replace(/[\r\n]+/g, ' ');
}

/** Escapes text that begins a Markdown line: also defuses `import`/`export`, lists, quotes, rules and headings. */
export function escapeMdxLine(text: string): string {
	let escaped = escapeMdxText(text);
	// ESM is recognised at the start of a line: turn the first letter into a character reference.
	escaped = escaped.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
	// "1. " or "1) " would start an ordered list; "- ", "+ ", "> " a list or quote; "---" a rule.
	escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+>=])/, '\\$1');
	return escaped;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML; line separators escaped too). */
export function yamlString(text: string): string {
	return JSON.stringify(text)
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

// What a quoted JSX attribute value would read differently: the quote that ends it, `&` that starts a character
// reference, and (so no reader or later tool takes them for markup) `<`, `>`, braces and line breaks.
const ATTRIBUTE_REFERENCES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	'<': '&lt;',
	'>': '&gt;',
	'{': '&#123;',
	'}': '&#125;',
	'\n': '&#10;',
	'\r': '&#13;',
};

/**
 * A JSX attribute value, always quoted: MDX decodes character references in quoted values, so any text reads back
 * exactly. Never an expression (`{"…"}`): the article renderer (src/loaders/article-html.ts) accepts plain string
 * attributes only, and MDX would parse every expression with acorn (articles carry hundreds of ids and links).
 */
export function jsxAttribute(text: string): string {
	return `"${text.replace(/[&"<>{}\n\r]/g, (char) => ATTRIBUTE_REFERENCES[char]!)}"`;
}
