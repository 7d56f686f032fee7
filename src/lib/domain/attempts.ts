import type { Lang } from './bank';
import type { QuizAnswer, QuizPlan, QuizSettings } from './quiz';

/** A finished (or abandoned) quiz, stored with every answer. */
export interface QuizAttempt {
  id?: number;
  profileId: string;
  startedAt: number;
  finishedAt: number;
  plan: QuizPlan;
  /** One per question of the plan; null where the student gave none. */
  answers: (QuizAnswer | null)[];
  lang: Lang;
  score: number;
  total: number;
  /** Set for a class quiz: its code, and the name the student gave. */
  classCode?: string;
  student?: string;
}

/** A class quiz a teacher created on this device, with the results collected so far. */
export interface ClassQuiz {
  /** The quiz code's bare symbols (no dashes). */
  code: string;
  profileId: string;
  createdAt: number;
  seed: number;
  settings: QuizSettings;
  questions: number;
  results: {
    key: string;
    name: string;
    answers: boolean[];
    score?: number;
    addedAt: number;
  }[];
}
