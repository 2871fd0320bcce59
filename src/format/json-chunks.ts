/**
 * Large record sets as text in parts, so no file is ever one string in memory: a JSON array exactly
 * as `JSON.stringify(records, null, '\t')` writes it (plus a final newline), and JSON Lines (one
 * compact record per line), the form a reader can stream.
 */

/** The parts of `JSON.stringify(records, null, '\t') + '\n'`, one record at a time. */
export function* jsonArrayChunks(records: Iterable<unknown>): Generator<string> {
	let first = true;
	for (const record of records) {
		yield `${first ? '[\n' : ',\n'}\t${JSON.stringify(record, null, '\t').replaceAll('\n', '\n\t')}`;
		first = false;
	}
	yield first ? '[]\n' : '\n]\n';
}

/** JSON Lines: each record on a line of its own. */
export function* jsonLines(records: Iterable<unknown>): Generator<string> {
	for (const record of records) yield `${JSON.stringify(record)}\n`;
}
