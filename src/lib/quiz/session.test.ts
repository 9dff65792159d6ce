import { describe, expect, it } from 'vitest';
import type { Question } from './question.ts';
import { QuizSession } from './session.svelte.ts';

const question = (id: string, answer: string): Question => ({
  id,
  kind: 'when',
  prompt: `When did ${id} happen?`,
  options: ['1683', '1684', '1685'].map((y) => ({ id: y, label: y })),
  answer,
  source: { section: 'Course of the War', quote: 'surrendered' },
});

describe('QuizSession', () => {
  it('takes a choice, checks it, moves on and counts the right answers', () => {
    const s = new QuizSession([question('a', '1684'), question('b', '1685')]);
    expect(s.check()).toBeNull(); // nothing chosen yet
    expect(s.choose('1999')).toBe(false);
    expect(s.choose('1684')).toBe(true);
    s.next(); // not checked: stays
    expect(s.index).toBe(0);
    expect(s.check()).toBe(true);
    expect(s.checked).toBe(true);
    expect(s.choose('1683')).toBe(false); // a checked answer is final
    s.next();
    expect(s.question?.id).toBe('b');
    expect(s.chosen).toBeNull();
    s.choose('1683');
    expect(s.check()).toBe(false);
    s.next();
    expect(s.finished).toBe(true);
    expect(s.right).toBe(1);
    expect(s.answers).toEqual({ a: '1684', b: '1683' });
  });
});
