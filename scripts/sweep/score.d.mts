// Types for score.mjs, for the test that scores the committed sample.
export type FieldScores = Record<string, [number, number]>;
export const FIELDS: string[];
export function scorePlan(expected: unknown, plan: unknown): FieldScores;
export function addScores(into: FieldScores, s: FieldScores): FieldScores;
export function ratio(pair: [number, number]): number | null;
