import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayAtStart } from './dates.js';

test('a day at the start of a cell, however the day, month and year are spelled', () => {
  assert.equal(dayAtStart('2024-03-02 evening'), '2024-03-02');
  assert.equal(dayAtStart('27 May, 2017'), '2017-05-27');
  // A comma after the day, as some transcripts write it.
  assert.equal(dayAtStart('23, July 2018'), '2018-07-23');
  assert.equal(dayAtStart('3rd of March 2020'), '2020-03-03');
  assert.equal(dayAtStart('February 28, 2022'), '2022-02-28');
  assert.equal(dayAtStart('31 February 2022'), null);
  assert.equal(dayAtStart('soon'), null);
});
