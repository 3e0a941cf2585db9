import { verbForms, pluralOf, participleOfPast } from '../src/dictionary/inflect';

describe('inflection', () => {
  test('irregular verbs come from the generated table', () => {
    expect(verbForms('come')).toEqual({ base: 'come', third: 'comes', past: 'came', participle: 'come', gerund: 'coming' });
    expect(verbForms('get').past).toBe('got');
    expect(verbForms('write').participle).toBe('written');
  });
  test('regular rules cover verbs missing from the table', () => {
    expect(verbForms('zorble')).toEqual({ base: 'zorble', third: 'zorbles', past: 'zorbled', participle: 'zorbled', gerund: 'zorbling' });
    expect(verbForms('blip').past).toBe('blipped');
    expect(verbForms('frobify').third).toBe('frobifies');
  });
  test('participles of irregular past forms, where one word can only be one verb', () => {
    expect(participleOfPast('came')).toBe('come');
    expect(participleOfPast('took')).toBe('taken');
    expect(participleOfPast('said')).toBeUndefined(); // past and participle alike
    expect(participleOfPast('lay')).toBeUndefined(); // also the base of "lay"
    expect(participleOfPast('got')).toBeUndefined(); // "has got" is standard British English
  });
  test('plurals', () => {
    expect(pluralOf('policy')).toBe('policies');
    expect(pluralOf('box')).toBe('boxes');
    expect(pluralOf('zorble')).toBe('zorbles');
  });
});
