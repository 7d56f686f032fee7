// The quiz records' schemas and types are in records.ts; these names stay for their importers.
export type { ClassQuiz, QuizAttempt } from './records';
