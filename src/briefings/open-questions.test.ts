import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fixtureData, makeArticle } from './fixtures.ts';
import { articleQuestions, openQuestions } from './open-questions.ts';

describe('articleQuestions', () => {
	it('drops short rhetorical questions and keeps the last ones', () => {
		const article = makeArticle({
			id: 'a',
			questions: [
				{ sentence: 's-2', text: 'Is this the first real question here?' },
				{ sentence: 's-3', text: 'You want peace?' },
				{ sentence: 's-8', text: 'Will Ukraine choose dignity or survival?' },
				{ sentence: 's-9', text: 'Will Western solidarity hold, or fracture?' },
			],
		});
		expect(articleQuestions(article).map((question) => question.sentence)).toEqual(['s-8', 's-9']);
	});
	it('treats an article without the questions field as asking nothing', () => {
		const { questions: _dropped, ...older } = makeArticle({ id: 'old' });
		expect(articleQuestions(older as ReturnType<typeof makeArticle>)).toEqual([]);
	});
});

describe('openQuestions', () => {
	it('takes questions from the leading articles down, cited to their sentence', () => {
		const data = fixtureData();
		const [a, b, c] = data.articles;
		expect(
			openQuestions(createContext(data, [c!, b!, a!])).map((question) => [question.cite.source, question.cite.href]),
		).toEqual([
			[1, '/articles/c-monthly/#s-9'],
			[2, '/articles/a-pressure/#s-61'],
			[2, '/articles/a-pressure/#s-62'],
		]);
	});
	it('stops at the maximum', () => {
		const data = fixtureData();
		expect(openQuestions(createContext(data, data.articles), 1)).toHaveLength(1);
	});
});

describe('openQuestions: what the state of play leaves open', () => {
	const ask = (id: string, kind: 'news' | 'analysis' | 'opinion', published: string, text: string) =>
		makeArticle({ id, kind, published, questions: [{ sentence: 's-9', text }] });
	const report = ask('report', 'news', '2026-02-20', 'Will the harbour reopen before the spring sowing begins?');
	const column = ask('column', 'opinion', '2026-02-21', 'So who in this capital still believes a word of it?');
	const stale = ask('stale', 'analysis', '2025-09-01', 'Can the old corridor deal survive another winter of strikes?');
	const data = { ...fixtureData(), articles: [column, report, stale] };
	const asked = openQuestions(createContext(data, [column, report, stale])).map((question) => question.text);

	it("leaves out an opinion piece's rhetorical questions", () => {
		expect(asked).not.toContain('So who in this capital still believes a word of it?');
	});
	it("leaves out a question from a report far older than the briefing's newest", () => {
		expect(asked).toEqual(['Will the harbour reopen before the spring sowing begins?']);
	});
});
