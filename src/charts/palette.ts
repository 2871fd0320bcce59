/**
 * The chart colours are CSS custom properties in src/styles/charts.css, one set per Starlight theme
 * (Okabe–Ito hues: blue for intercepted and dated figures, orange/vermillion for the rest). This
 * module names which properties colour marks and which colour text, and measures their contrast.
 */

/** Properties that colour marks: each needs ≥ 3:1 against the page (WCAG 1.4.11). */
export const MARK_COLOURS = [
	'--fb-chart-intercepted',
	'--fb-chart-remainder',
	'--fb-chart-launched',
	'--fb-chart-loss',
	'--fb-chart-point',
	'--fb-chart-event',
	'--fb-chart-range',
	'--fb-chart-axis',
] as const;

/** Properties that colour text: each needs ≥ 4.5:1 against the page (WCAG 1.4.3). */
export const TEXT_COLOURS = ['--fb-chart-text', '--fb-chart-muted'] as const;

/** The page colour each theme draws on (Starlight's `--sl-color-black`), as charts.css repeats it. */
export const PAGE_COLOUR = '--fb-chart-page';

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number,
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}
