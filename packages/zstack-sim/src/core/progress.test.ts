import { describe, expect, it } from 'vitest';
import { createProgressBook, taskProgressInventories } from './progress.ts';

describe('task progress', () => {
  it('keeps reports per job, clamped, and answers the latest or all of them', () => {
    let now = 1000;
    const book = createProgressBook(() => now++);
    book.report('job', 10, 'download');
    book.report('job', 140);
    book.report('other', 50);
    expect(taskProgressInventories(book, 'job')).toEqual([
      { taskUuid: 'job', type: 'Progress', content: '100', time: 1001 },
    ]);
    expect(taskProgressInventories(book, 'job', true).map((i) => i.content)).toEqual(['10', '100']);
    expect(taskProgressInventories(book, 'none')).toEqual([]);
    book.forget('job');
    expect(book.history('job')).toEqual([]);
  });
});
