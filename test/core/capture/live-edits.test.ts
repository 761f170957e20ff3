import { questionEdit, takeawayEdit, type LineEdit } from '../../../src/core/capture/live-edits';
import { photoEdit, slidePhotoName } from '../../../src/core/capture/slide-photo';

/** The note after the edit, with `|` where the cursor lands. */
function applied(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; ch: number }, ls: string[]): number => ls.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
  const out = text.slice(0, offset(edit.from, lines)) + edit.text + text.slice(offset(edit.to, lines));
  const at = offset(edit.cursor, out.split('\n'));
  return `${out.slice(0, at)}|${out.slice(at)}`;
}

const FM = '---\ntype: session\ntitle: "## 질문 in a title"\n---\n';

describe('"Question": a - Q. line at the end of the questions section', () => {
  test.each([
    ['the template\'s empty item is used', true, `${FM}# 발표\n## 메모\n- a\n\n## 질문\n- \n\n## 후기\n- \n`, `${FM}# 발표\n## 메모\n- a\n\n## 질문\n- Q. |\n\n## 후기\n- \n`],
    ['after the last question', true, `${FM}# 발표\n## 질문\n- Q. 하나? => 네\n  - 보충\n\n## 후기\n`, `${FM}# 발표\n## 질문\n- Q. 하나? => 네\n  - 보충\n- Q. |\n\n## 후기\n`],
    ['Q&A in English notes, the last section', false, '# Talk\n## Notes\n- x\n\n## Q&A\n- Q. one?\n', '# Talk\n## Notes\n- x\n\n## Q&A\n- Q. one?\n- Q. |\n'],
    ['a heading naming both languages', true, '# T\n## 질문 (Q&A)\n\n## 후기 (Takeaways)\n', '# T\n## 질문 (Q&A)\n- Q. |\n\n## 후기 (Takeaways)\n'],
    ['made before the takeaways when missing', true, `${FM}# 발표\n## 메모\n- a\n\n## 후기\n- 좋았음\n`, `${FM}# 발표\n## 메모\n- a\n\n## 질문\n- Q. |\n\n## 후기\n- 좋았음\n`],
    ['made before the sources when there are no takeaways', false, '# T\n### Notes\n- a\n\n### Sources\n- s\n', '# T\n### Notes\n- a\n\n### Questions\n- Q. |\n\n### Sources\n- s\n'],
    ['made at the end otherwise', false, '# T\n- a', '# T\n- a\n\n## Questions\n- Q. |'],
    ['a heading in code is no section', false, '# T\n```\n## Questions\n```\n', '# T\n```\n## Questions\n```\n\n## Questions\n- Q. |'],
  ])('%s', (_, korean, note, expected) => {
    expect(applied(note, questionEdit(note.split('\n'), korean))).toBe(expected);
  });
});

test.each([
  ['an empty line', ['- a', '', '- b'], 1, '- a\n> [!takeaway]\n> |\n- b'],
  ['an empty bullet', ['- a', '- ', '- b'], 1, '- a\n> [!takeaway]\n> |\n- b'],
  ['a line with words', ['- a', '- b'], 0, '- a\n\n> [!takeaway]\n> |\n- b'],
])('"Takeaway" on %s', (_, lines, line, expected) => {
  expect(applied(lines.join('\n'), takeawayEdit(lines[line], { line, ch: 0 }))).toBe(expected);
});

test.each([
  ['an empty bullet', '- ', '[12:34]', '- [12:34] ![[p.jpg]]|'],
  ['an empty line', '', '[12:34]', '- [12:34] ![[p.jpg]]|'],
  ['a bullet with words', '  - 슬라이드', '[12:34]', '  - 슬라이드\n  - [12:34] ![[p.jpg]]|'],
  ['no start known', '- ', null, '- ![[p.jpg]]|'],
])('a photo embed on %s', (_, line, stamp, expected) => {
  expect(applied(line, photoEdit(line, 0, stamp, '![[p.jpg]]'))).toBe(expected);
});

test.each([
  ['금융사기 잡는 카카오뱅크의 데이터 사이언스', '[12:34]', 'jpg', '금융사기 잡는 카카오뱅크의 데이터 사이언스 12-34.jpg'],
  ['Kafka: what/why? #1 [draft] | notes', '[1:02:03]', 'PNG', 'Kafka what why 1 draft notes 1-02-03.png'],
  ['제목', null, 'heic', '제목 141503.heic'],
  ['', '[00:05]', '', 'slide 00-05.png'],
])('photo name for %j', (title, stamp, ext, name) => {
  expect(slidePhotoName(title, stamp, '14:15:03', ext)).toBe(name);
  expect(name).not.toMatch(/[:/?#[\]|]/);
});
