/**
 * HTML and Markdown: only prose changes. Tags, attributes, URLs, code spans,
 * code blocks, scripts, front matter and unspin-disable regions come out
 * byte for byte; the output is the input with just the fixed words replaced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unspin, fixtures } from '../fixtures/cli/harness';

const site = join(fixtures, 'site');

interface JsonFix { start: number; end: number; spun: string; replacement: string; applied: boolean }

/** Repair a file, and also get its fixes, in one run each. */
function repairBoth(name: string, extra: string[] = []) {
  const input = readFileSync(join(site, name), 'utf8');
  const text = unspin([name, ...extra], { cwd: site });
  const json = JSON.parse(unspin([name, '--format', 'json', ...extra], { cwd: site }).out);
  return { input, output: text.out, fixes: json.files[0].fixes as JsonFix[], spinScore: json.files[0].spinScore as number };
}

/** The input with only these fixes spliced in. */
const splice = (input: string, fixes: JsonFix[]) => {
  let out = '';
  let at = 0;
  for (const f of fixes.filter((x) => x.applied)) {
    out += input.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + input.slice(at);
};

describe('HTML', () => {
  const { input, output, fixes } = repairBoth('news/story.html');

  test('the output is the input with only the fixed words replaced', () => {
    expect(fixes.length).toBeGreaterThan(4);
    expect(output).toBe(splice(input, fixes));
    for (const f of fixes) expect(input.slice(f.start, f.end)).toBe(f.spun);
  });

  test('prose is repaired, in the title and in inline elements', () => {
    expect(output).toContain('<title>The mayor said the plan</title>');
    expect(output).toContain('He came up short and <b>said</b> he wanted to step aside.');
  });

  test('attributes, URLs, code, pre, script and the unspin-disable region are untouched', () => {
    expect(output).toContain('<p class="stated" data-note="stated">');
    expect(output).toContain('<a href="https://example.com/stated">https://example.com/stated</a> and <code>stated()</code>');
    expect(output).toContain('<pre>he stated it</pre>');
    expect(output).toContain('<script>var stated = "stated";</script>');
    expect(output).toContain('<!-- unspin-disable -->\n<p>A quote we keep verbatim: he stated it.</p>\n<!-- unspin-enable -->');
  });
});

describe('Markdown', () => {
  const { input, output, fixes } = repairBoth('news/report.md');

  test('the output is the input with only the fixed words replaced', () => {
    expect(output).toBe(splice(input, fixes));
  });

  test('headings, paragraphs, emphasis and link text are repaired', () => {
    expect(output).toContain('# The mayor said the plan');
    expect(output).toContain('He came up short and said he wanted to step aside.');
    expect(output).toContain('[the said rules](https://example.com/stated-rules)');
    // The emphasis stays around the phrase whether or not "costs" is restored ("property prices" is the
    // likelier original, and the scorer may say so).
    expect(output).toMatch(/The council said that \*property (costs|prices)\* in the city/);
  });

  test('front matter, code spans, code blocks, link destinations and unspin-disable regions are untouched', () => {
    expect(output.startsWith('---\ntitle: He stated the plan\n---\n')).toBe(true);
    expect(output).toContain('`unspin --stated`');
    expect(output).toContain('```sh\necho "he stated it"\n```');
    expect(output).toContain('<!-- unspin-disable -->\nA quote we keep verbatim: "he stated it".\n<!-- unspin-enable -->');
  });
});

test('one spin score for the whole document: evidence in one element helps repair another', () => {
  const alone = '<p>The minister stated the talks would resume.</p>\n';
  const page = '<p>He got here up quick and wished to step apart.</p>\n' + alone;
  const r = unspin(['--input-format', 'html', '--format', 'json'], { input: alone });
  expect(JSON.parse(r.out).files[0].fixes).toEqual([]);
  const both = unspin(['--input-format', 'html'], { input: page });
  expect(both.out).toBe('<p>He came up short and wanted to step aside.</p>\n<p>The minister said the talks would resume.</p>\n');
});

test('--input-format overrides the extension and applies to stdin', () => {
  // Read as plain text, the code and the disabled quote are repaired too.
  const asText = unspin(['news/report.md', '--input-format', 'text'], { cwd: site });
  expect(asText.out).toContain('echo "he said it"');
  const md = unspin(['--input-format', 'markdown'], { input: 'He got here up quick, `stated` it and stated he wished to step apart.\n' });
  expect(md.out).toBe('He came up short, `stated` it and said he wanted to step aside.\n');
});
