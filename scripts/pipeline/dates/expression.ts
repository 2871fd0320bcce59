/** The shapes a date expression takes between scanning, tense reading and resolution. */
import type { Sentence } from '../model.ts';

/** Early, middle or late part of a month or year ("mid-May", "late 2024"). */
export type Part = 'early' | 'mid' | 'late' | null;

/** Whether a sentence speaks of a date as past or still to come. */
export type Tense = 'past' | 'future' | 'unknown';

/** What an expression says, before any year or publication date is supplied. */
export type DateSpec =
	/** A calendar day ("November 21, 2025", "Nov. 21", "Tuesday, March 4, 2025"). */
	| { type: 'day'; year: number | null; month: number; day: number; weekday: number | null }
	/** A month ("in July 2023", "mid-May", "in November alone"); `completed` when a whole-month total is reported. */
	| {
			type: 'month';
			year: number | null;
			month: number;
			part: Part;
			completed: boolean;
			shift: 'last' | 'next' | 'this' | null;
	  }
	/** A year ("in 2016", "late 2024"). */
	| { type: 'year'; year: number; part: Part }
	/** A day of the week ("Late Friday", "on Monday", "next Tuesday"); `sameDay` when the day itself may be the publication day ("Early Sunday"). */
	| { type: 'weekday'; weekday: number; shift: 'last' | 'next' | 'this' | null; sameDay: boolean }
	/** A span counted from the publication day ("today", "next week", "earlier this week", "last month", "three days ago"); `offset` in units. */
	| {
			type: 'relative';
			unit: 'day' | 'week' | 'weekend' | 'month' | 'year';
			offset: number;
			part: 'earlier' | 'later' | null;
	  }
	/** An anniversary of a reference date ("the 80th anniversary of WWII victory"), already a day. */
	| { type: 'anniversary'; day: number; reference: string; years: number };

/** A date expression as a scanner finds it in one sentence. */
export interface RawExpression {
	text: string;
	start: number;
	spec: DateSpec;
}

/** Words before an expression that change what it says about the publication day. */
export type Relation = 'since' | 'by' | 'before' | 'after' | 'until' | 'deadline' | null;

/** A date expression in its sentence, with what the sentence says about it. */
export interface DateExpression extends RawExpression {
	sentence: Sentence;
	/** Index of the sentence in the article. */
	index: number;
	relation: Relation;
	tense: Tense;
}
