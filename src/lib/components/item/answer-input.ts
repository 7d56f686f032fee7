import type { Item, Lang } from '$lib/domain/bank';
import type { QuizAnswer, QuizQuestion } from '$lib/domain/quiz';

/** What every answer input takes: an item of its type, its display orders, the answer so far. */
export interface AnswerInputProps<T extends Item['type']> {
  item: Extract<Item, { type: T }>;
  question: QuizQuestion;
  lang: Lang;
  answer: QuizAnswer | null;
  /** No more changes: the answer is checked or the card turned over. */
  locked: boolean;
  onanswer: (answer: QuizAnswer) => void;
}
