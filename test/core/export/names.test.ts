import fc from 'fast-check';
import { ExportState } from '../../../src/core/export/export-state';
import { attachmentName, slugify } from '../../../src/core/export/names';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

test.each([
  ['con', false, 'con_'],
  ['CON', false, 'con_'],
  ['Nul', true, 'nul_'],
  ['com1', false, 'com1_'],
  ['LPT9', true, 'lpt9_'],
  ['console', false, 'console'],
  ['con 2019', false, 'con-2019'],
  ['if(kakao) 2019 2일차 후기', false, 'if-kakao-2019-2일차-후기'],
  ['if(kakao) 2019 2일차 후기', true, 'if-kakao-2019-2'],
  ['한글만', true, 'post'],
])('slug of %s (ascii %s) is %s', (title, ascii, slug) => {
  expect(slugify(title, ascii)).toBe(slug);
});

test.each([
  ['attachments/Pasted image 20240101123456.png', false, 'pasted-image-20240101123456.png'],
  ['a/CON.png', false, 'con_.png'],
  ['a/aux.tar.gz', false, 'aux-tar.gz'],
  ['a/nul', false, 'nul_'],
  ['img/회의 사진 1.PNG', false, '회의-사진-1.png'],
  ['img/회의 사진.PNG', true, 'file.png'],
  ['img/Ünïcode Ñame.JPEG', true, 'unicode-name.jpeg'],
])('attachment name of %s (ascii %s) is %s', (path, ascii, name) => {
  expect(attachmentName(path, ascii)).toBe(name);
});

test('same-named files in different folders get different names, each file one name', () => {
  const state = new ExportState();
  const paths = ['a/Pasted image 1.png', 'b/Pasted image 1.png', 'c/pasted-image-1.png', 'a/Pasted image 1.png', 'd/pasted image 1-2.png'];
  expect(paths.map((p) => state.attach(p, false))).toEqual(['pasted-image-1.png', 'pasted-image-1-2.png', 'pasted-image-1-3.png', 'pasted-image-1.png', 'pasted-image-1-2-2.png']);
});

const segment = fc.stringMatching(/^[A-Za-z0-9 가-힣ÄÖÜäöü._()#%&!-]{1,12}$/);
const reservedish = fc.constantFrom('CON', 'con', 'Nul', 'aux', 'PRN', 'com1', 'LPT3', 'com¹');
const filePath = fc
  .tuple(fc.array(segment, { maxLength: 2 }), fc.oneof(segment, reservedish), fc.constantFrom('', '.png', '.PNG', '.jpeg', '.pdf', '.tar.gz'))
  .map(([folders, stem, ext]) => [...folders, `${stem}${ext}`].join('/'));

test('property: any set of files gets distinct, safe, non-reserved names, stable per file', () => {
  fc.assert(
    fc.property(fc.array(filePath, { maxLength: 30 }), fc.boolean(), (paths, ascii) => {
      const state = new ExportState();
      const names = paths.map((p) => state.attach(p, ascii));
      const byPath = new Map<string, string>();
      paths.forEach((p, i) => {
        expect(byPath.get(p) ?? names[i]).toBe(names[i]);
        byPath.set(p, names[i]);
      });
      const distinct = new Set(byPath.values());
      expect(distinct.size).toBe(byPath.size);
      // Distinct even where a file system ignores case.
      expect(new Set([...distinct].map((n) => n.toLowerCase())).size).toBe(distinct.size);
      for (const n of distinct) {
        expect(n).not.toMatch(RESERVED);
        expect(n).toMatch(ascii ? /^[a-z0-9_-]+(\.[a-z0-9]+)?$/ : /^[\p{Ll}\p{Lo}\p{N}_-]+(\.[a-z0-9]+)?$/u);
        expect(n).not.toMatch(/[#?%/\\\s]/);
      }
    }),
  );
});
