/**
 * The built-in session templates. Placeholders: {{title}} {{event}} {{speakers}}
 * {{topics}} {{time}} {{date}} {{date:YYYY-MM-DD}}; {{cursor}} and {{cursor:N}}
 * are the stops the cursor visits. Templater's <% %> is left for Templater.
 */

export interface SessionTemplate {
  id: string;
  name: string;
  body: string;
}

const head = '# {{title}}\n> {{speakers}} · {{event}} · {{date}} {{time}}\n';

export const BUILTIN_TEMPLATES: readonly SessionTemplate[] = [
  { id: 'talk-ko', name: '발표 (한국어)', body: `${head}\n## 메모\n- {{cursor}}\n\n## 질문\n- {{cursor:2}}\n\n## 후기\n- {{cursor:3}}\n\n## 출처\n- \n` },
  { id: 'talk-en', name: 'Talk (English)', body: `${head}\n## Notes\n- {{cursor}}\n\n## Q&A\n- {{cursor:2}}\n\n## Takeaways\n- {{cursor:3}}\n\n## Sources\n- \n` },
  { id: 'keynote', name: 'Keynote / 기조연설', body: `${head}\n## 핵심 메시지 (Key messages)\n- {{cursor}}\n\n## 메모 (Notes)\n- {{cursor:2}}\n\n## 인상 깊은 말 (Quotes)\n> \n\n## 후기 (Takeaways)\n- {{cursor:3}}\n` },
  { id: 'panel', name: 'Panel / 패널 토론', body: `${head}\n## 패널 (Panelists)\n- {{cursor}}\n\n## 논의 (Discussion)\n- {{cursor:2}}\n\n## 질문 (Q&A)\n- \n\n## 후기 (Takeaways)\n- {{cursor:3}}\n` },
  { id: 'workshop', name: 'Workshop / 워크숍', body: `${head}\n## 준비 (Setup)\n- {{cursor}}\n\n## 실습 (Steps)\n1. {{cursor:2}}\n\n## 코드 (Code)\n\`\`\`\n\n\`\`\`\n\n## 후기 (Takeaways)\n- {{cursor:3}}\n` },
  { id: 'lightning', name: 'Lightning talk / 라이트닝 토크', body: `${head}\n## 한 줄 요약 (One line)\n{{cursor}}\n\n## 메모 (Notes)\n- {{cursor:2}}\n\n## 링크 (Links)\n- \n` },
];
