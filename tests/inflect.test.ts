import { verbForms, pluralOf } from '../src/dictionary/inflect';

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
  test('plurals', () => {
    expect(pluralOf('policy')).toBe('policies');
    expect(pluralOf('box')).toBe('boxes');
    expect(pluralOf('zorble')).toBe('zorbles');
  });
});
