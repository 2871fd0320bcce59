/**
 * SVG path data in relative moves. d3-geo writes every point absolutely ("L533.5,166.8"); a coastline's
 * next point is usually a pixel or two away, so the same line as relative moves ("l1.9-.6") is about half
 * as long, and the basemap is most of a map page's bytes. The points stay exactly where they were: each
 * move is the difference of the two rounded points, in whole tenths, so no rounding error adds up.
 */

/** Path data of M, L and Z commands with one decimal at most (d3's `geoPath().digits(1)`), as relative
 * lines. Any other command, or a finer number, is returned unchanged: it was not written by d3 at that
 * precision, and is left as it is rather than guessed at. */
export function relativePath(d: string): string {
	if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
	const commands = d.match(/[MLZ][^MLZ]*/g) ?? [];
	let out = '';
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	let drawing = false;
	for (const command of commands) {
		const kind = command[0];
		if (kind === 'Z') {
			out += 'Z';
			[x, y] = [startX, startY];
			drawing = false;
			continue;
		}
		const numbers = command
			.slice(1)
			.trim()
			.split(/[\s,]+/);
		if (numbers.length !== 2 || !numbers.every((number) => /^-?\d+(\.\d)?$/.test(number))) return d;
		const [nx, ny] = numbers.map((number) => Math.round(Number(number) * 10)) as [number, number];
		if (kind === 'M') {
			out += `M${tenths(nx)},${tenths(ny)}`;
			[startX, startY] = [nx, ny];
			drawing = false;
		} else {
			const dx = tenths(nx - x);
			const dy = tenths(ny - y);
			// After the first "l", further pairs are implied lines; a minus sign separates numbers by itself.
			out += `${drawing ? (dx.startsWith('-') ? '' : ' ') : 'l'}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
			drawing = true;
		}
		[x, y] = [nx, ny];
	}
	return out;
}

/** A whole number of tenths as the shortest decimal: 15 → "1.5", -6 → "-.6", 20 → "2". */
function tenths(value: number): string {
	const sign = value < 0 ? '-' : '';
	const whole = Math.floor(Math.abs(value) / 10);
	const tenth = Math.abs(value) % 10;
	return `${sign}${whole === 0 && tenth !== 0 ? '' : whole}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** The points a path of M, L, l and Z commands visits, in order, as a renderer reads them (for checks and tests). */
export function pathPoints(d: string): [number, number][] {
	const tokens = d.match(/[MLZl]|-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? [];
	const visited: [number, number][] = [];
	let command = '';
	// In tenths, so that adding relative moves is exact.
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (let index = 0; index < tokens.length; ) {
		const token = tokens[index]!;
		if (/^[MLZl]$/.test(token)) {
			command = token;
			index++;
			if (command === 'Z') [x, y] = [startX, startY];
			continue;
		}
		const a = Math.round(Number(token) * 10);
		const b = Math.round(Number(tokens[index + 1]) * 10);
		index += 2;
		[x, y] = command === 'l' ? [x + a, y + b] : [a, b];
		if (command === 'M') {
			[startX, startY] = [x, y];
			command = 'L';
		}
		visited.push([x / 10, y / 10]);
	}
	return visited;
}
