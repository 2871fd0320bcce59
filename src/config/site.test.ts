import { describe, expect, it } from 'vitest';
import { normalizeBase, normalizeSite, publicUrl } from './site.ts';

describe('normalizeSite', () => {
	it('is undefined without SITE_URL, so no made-up domain stands in', () => {
		expect(normalizeSite(undefined)).toBeUndefined();
		expect(normalizeSite('  ')).toBeUndefined();
	});
	it('drops trailing slashes', () => {
		expect(normalizeSite('https://news.example.net/')).toBe('https://news.example.net');
	});
});

describe('normalizeBase', () => {
	it('gives "/" or a path with leading and trailing slashes', () => {
		expect(normalizeBase(undefined)).toBe('/');
		expect(normalizeBase('frontline-brief')).toBe('/frontline-brief/');
	});
});

describe('publicUrl', () => {
	it('is the absolute address with an origin, and the path alone without one', () => {
		expect(publicUrl('/brief/articles/a/', 'https://news.example.net')).toBe(
			'https://news.example.net/brief/articles/a/',
		);
		expect(publicUrl('/brief/articles/a/', undefined)).toBe('/brief/articles/a/');
	});
});
