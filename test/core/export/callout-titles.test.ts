import { calloutTitles } from '../../../src/core/export/callouts';

// A callout's head becomes a bold title line: its own title, else its type's name, in Korean for a Korean post.
describe('calloutTitles', () => {
  test.each([
    ['en', '> [!takeaway]\n> Keep it simple', '> **Takeaway**\n> Keep it simple'],
    ['ko', '> [!takeaway]\n> 단순하게', '> **핵심 정리**\n> 단순하게'],
    ['ko', '> [!TIP]- \n> 접힘', '> **팁**\n> 접힘'],
    ['ko', '> [!question] 남은 질문\n> 왜?', '> **남은 질문**\n> 왜?'],
    ['ko', '> [!custom-type]\n> x', '> **Custom-type**\n> x'],
    ['auto', '> [!note]\n> x', '> **Note**\n> x'],
    ['en', '```\n> [!note]\n```', '```\n> [!note]\n```'],
  ] as const)('%s: %j', (language, text, expected) => {
    expect(calloutTitles(text, language)).toBe(expected);
  });
});
