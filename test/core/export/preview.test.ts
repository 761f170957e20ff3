import { previewText } from '../../../src/core/export/preview';

test.each([
  ['plain text is kept', '## Talk\n\nText {{ not liquid here }}\n', '## Talk\n\nText {{ not liquid here }}\n'],
  ['Jekyll raw wrapping undone', '{% raw %}\n## Talk\n\n{{ x }}\n{% endraw %}\n', '## Talk\n\n{{ x }}\n'],
  ['an endraw written in a note comes back as written', "{% raw %}\nsee {% endraw %}{{ '{%' }} endraw %}{% raw %} here\n{% endraw %}\n", 'see {% endraw %} here\n'],
  ['kramdown heading ids dropped', '## First talk {#talk-1}\n\ntext {#not-a-heading}\n## Second {#talk-2}\n', '## First talk\n\ntext {#not-a-heading}\n## Second\n'],
])('%s', (_name, post, shown) => {
  expect(previewText(post)).toBe(shown);
});
