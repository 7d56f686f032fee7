// Asserts the new-card order over several courses: each course in article order, one after another.
import { expect, it } from 'vitest';
import { scopeCourse } from './course';
import { articleOrder, courseOrder } from './deck';
import { testBank } from './fixtures/banks';

it('orders new cards course after course, each course in article order', () => {
  const seed = testBank('seed', 3, 'c-');
  const mine = scopeCourse(testBank('x', 2), 'mine');
  const order = courseOrder([seed, mine]);
  expect([...order]).toEqual([
    ['c-i-1', 0],
    ['c-i-2', 1],
    ['c-i-3', 2],
    ['mine:i-1', 3],
    ['mine:i-2', 4]
  ]);
  // One course alone: the order it always had.
  expect(courseOrder([seed])).toEqual(articleOrder(seed.items));
});
