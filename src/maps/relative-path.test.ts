import { describe, expect, it } from 'vitest';
import { fitFrame } from './frame.ts';
import { drawBasemap } from './model.ts';
import { pathPoints, relativePath } from './relative-path.ts';

describe('pathPoints', () => {
	it('reads absolute and relative lines alike', () => {
		expect(pathPoints('M10,20L11.5,19.4Z')).toEqual([
			[10, 20],
			[11.5, 19.4],
		]);
		expect(pathPoints('M10,20l1.5-.6 .5,1ZM1,1l-1-1')).toEqual([
			[10, 20],
			[11.5, 19.4],
			[12, 20.4],
			[1, 1],
			[0, 0],
		]);
	});
});

describe('relativePath', () => {
	it('writes lines as relative moves to the same points', () => {
		expect(relativePath('M10,20L11.5,19.4L11.5,21L9,21Z')).toBe('M10,20l1.5-.6 0,1.6-2.5,0Z');
		expect(pathPoints(relativePath('M10,20L11.5,19.4L11.5,21L9,21Z'))).toEqual(
			pathPoints('M10,20L11.5,19.4L11.5,21L9,21Z'),
		);
	});

	it('starts each ring afresh after Z and a move', () => {
		const d = 'M1,1L2,2ZM-3.5,4L-3,4.1Z';
		expect(relativePath(d)).toBe('M1,1l1,1ZM-3.5,4l.5,.1Z');
		expect(pathPoints(relativePath(d))).toEqual(pathPoints(d));
	});

	it('leaves path data it was not written for unchanged', () => {
		for (const d of ['M0,0A5,5 0 1,1 10,10Z', 'M0,0L1.25,3', 'M0,0C1,1 2,2 3,3', 'M0,0L1,2,3'])
			expect(relativePath(d)).toBe(d);
	});

	it('keeps a real basemap point for point, in at most 70% of the bytes', () => {
		const frame = fitFrame(
			[31, 49],
			[
				[24, 50],
				[37.6, 47.1],
				[30.5, 50.4],
			],
			{ width: 640, margin: 16, minKm: 350 },
		);
		const absolute = drawBasemap(frame, { relative: false });
		const relative = drawBasemap(frame);
		for (const part of ['land', 'borders'] as const) {
			expect(absolute[part].length).toBeGreaterThan(1000);
			expect(pathPoints(relative[part])).toEqual(pathPoints(absolute[part]));
			// The thinned coast's points lie a few pixels apart: each relative move is a little longer than a pixel's.
			expect(relative[part].length).toBeLessThan(absolute[part].length * 0.7);
		}
	});
});
