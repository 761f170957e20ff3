import { previewText, withPreviewImages } from '../../../src/core/export/preview';

test.each([
  ['plain text is kept', '## Talk\n\nText {{ not liquid here }}\n', '## Talk\n\nText {{ not liquid here }}\n'],
  ['Jekyll raw wrapping undone', '{% raw %}\n## Talk\n\n{{ x }}\n{% endraw %}\n', '## Talk\n\n{{ x }}\n'],
  ['an endraw written in a note comes back as written', "{% raw %}\nsee {% endraw %}{{ '{%' }} endraw %}{% raw %} here\n{% endraw %}\n", 'see {% endraw %} here\n'],
  ['kramdown heading ids dropped', '## First talk {#talk-1}\n\ntext {#not-a-heading}\n## Second {#talk-2}\n', '## First talk\n\ntext {#not-a-heading}\n## Second\n'],
])('%s', (_name, post, shown) => {
  expect(previewText(post)).toBe(shown);
});

describe('withPreviewImages', () => {
  const images = new Map([
    ['/assets/2019-talk/recsys-overview.png', 'app://vault/Attachments/recsys%20overview.png'],
    ['talk/fds.png', 'app://vault/fds.png'],
  ]);
  test.each([
    ['a Markdown image', '![overview](/assets/2019-talk/recsys-overview.png)', '![overview](app://vault/Attachments/recsys%20overview.png)'],
    ['an HTML image', '<img src="talk/fds.png" alt="">', '<img src="app://vault/fds.png" alt="">'],
    ['a link the export does not copy stays', '![x](https://example.com/a.png) [slides](talk/slides.pdf)', '![x](https://example.com/a.png) [slides](talk/slides.pdf)'],
    ['every occurrence', '![a](talk/fds.png)\n![b](talk/fds.png)', '![a](app://vault/fds.png)\n![b](app://vault/fds.png)'],
  ])('%s', (_name, text, shown) => {
    expect(withPreviewImages(text, images)).toBe(shown);
  });
});
