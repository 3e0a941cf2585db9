import { applyCase, casePattern } from '../src/text/case';

describe('case', () => {
  test('patterns', () => {
    expect(casePattern('stated')).toBe('lower');
    expect(casePattern('Stated')).toBe('capitalized');
    expect(casePattern('STATED')).toBe('upper');
    expect(casePattern('Wall Avenue')).toBe('title');
  });
  test('replacement copies the source case', () => {
    expect(applyCase('but', 'However')).toBe('But');
    expect(applyCase('white house', 'WHITE HOME')).toBe('WHITE HOUSE');
    expect(applyCase('came up short', 'Got here up quick')).toBe('Came up short');
    expect(applyCase('wall street', 'Wall Avenue')).toBe('Wall Street');
    expect(applyCase('said', 'stated')).toBe('said');
  });
  test('a name whose one word became a lowercase phrase is still a title', () => {
    expect(casePattern('Legal professional Basic')).toBe('title');
    expect(applyCase('attorney general', 'Legal professional Basic')).toBe('Attorney General');
    expect(casePattern('Got here up quick')).toBe('capitalized');
    expect(casePattern('eBay')).toBe('mixed');
  });
  test('a replacement with its own capitals keeps them', () => {
    expect(applyCase('United States', 'the usa')).toBe('United States');
  });
});
