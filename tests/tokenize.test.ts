import { tokenize } from '../src/text/tokenize';

describe('tokenize', () => {
  const samples = [
    'He got here up quick and stated he wished to step apart.',
    '\uFEFFLine one\r\nLine two  with  odd   spacing\r\n',
    '“Curly quotes” and didn’t, don\'t, I’ll — dashes… and 1,000.5 numbers, 2nd place.',
    'US-backed 70-year-old Covid-19 Al-Qaeda',
    'Ünïcödé wörds, 日本語テキスト, العربية, emoji 👍🏽 and e\u0301 combining.',
    '',
  ];

  test.each(samples)('tokens cover the input exactly: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      at = t.end;
    }
  });

  test('words, numbers, punctuation and space', () => {
    const kinds = tokenize('In 2021, US-backed talks didn’t go.').map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      'word:In', 'space: ', 'number:2021', 'punct:,', 'space: ', 'word:US-backed', 'space: ', 'word:talks', 'space: ',
      'word:didn’t', 'space: ', 'word:go', 'punct:.',
    ]);
  });

  test('normalised form folds case and curly apostrophes', () => {
    expect(tokenize('Didn’t')[0].norm).toBe("didn't");
  });

  test('symbols and numbers with case fold too; ASCII punctuation is its own key', () => {
    const norms = tokenize('Ⓐ Ⅻ1 ’ , 5KM').filter((t) => t.kind !== 'space').map((t) => [t.kind, t.norm]);
    expect(norms).toEqual([['punct', 'ⓐ'], ['number', 'ⅻ1'], ['punct', "'"], ['punct', ','], ['number', '5km']]);
  });

  test('a surrogate pair stays in one token', () => {
    const t = tokenize('a👍b');
    expect(t.map((x) => x.text)).toEqual(['a', '👍', 'b']);
  });
});
