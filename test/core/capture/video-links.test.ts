import { protect } from '../../../src/core/note/protect';
import { linkStamps, talkVideo, videoMoment } from '../../../src/core/capture/video-links';

describe('a moment of the recording, per provider, with and without an offset', () => {
  test.each([
    // YouTube: every address shape becomes youtu.be with t= in seconds.
    ['https://youtu.be/dQw4w9WgXcQ', 0, 'https://youtu.be/dQw4w9WgXcQ?t=754'],
    ['https://youtu.be/dQw4w9WgXcQ?si=share', 30, 'https://youtu.be/dQw4w9WgXcQ?t=784'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1', 0, 'https://youtu.be/dQw4w9WgXcQ?t=754'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', -54, 'https://youtu.be/dQw4w9WgXcQ?t=700'],
    ['https://youtube.com/shorts/abcDEF12345', 0, 'https://youtu.be/abcDEF12345?t=754'],
    ['https://www.youtube.com/live/abcDEF12345?feature=share', 6, 'https://youtu.be/abcDEF12345?t=760'],
    // Vimeo: the address kept, #t=…s.
    ['https://vimeo.com/76979871', 0, 'https://vimeo.com/76979871#t=754s'],
    ['https://vimeo.com/76979871/af3e0b5c1d', 46, 'https://vimeo.com/76979871/af3e0b5c1d#t=800s'],
    ['https://player.vimeo.com/video/76979871#t=10s', -4, 'https://player.vimeo.com/video/76979871#t=750s'],
    // Media files: Media Fragments #t=seconds.
    ['https://cdn.example.com/talks/ifkakao-2019-fds.mp4', 0, 'https://cdn.example.com/talks/ifkakao-2019-fds.mp4#t=754'],
    ['https://cdn.example.com/a.webm', 10, 'https://cdn.example.com/a.webm#t=764'],
    ['https://cdn.example.com/podcast.M4A', 0, 'https://cdn.example.com/podcast.M4A#t=754'],
    ['https://cdn.example.com/audio.mp3?token=x', -754, 'https://cdn.example.com/audio.mp3?token=x#t=0'],
    // An offset that would go before the recording stops at its start.
    ['https://youtu.be/dQw4w9WgXcQ', -1000, 'https://youtu.be/dQw4w9WgXcQ?t=0'],
  ])('%s %+d s', (url, offset, expected) => {
    expect(videoMoment({ url, offset }, 754)).toBe(expected);
  });

  test.each(['https://example.com/video/ifkakao2019/fds', 'https://www.youtube.com/channel/UC123', 'https://vimeo.com/channels/staffpicks', 'javascript:alert(1)//.mp4', 'not a url', 'ftp://example.com/a.mp4'])('no moment for %s', (url) => {
    expect(videoMoment({ url, offset: 0 }, 754)).toBeNull();
  });
});

describe('stamped bullets become links in exported Markdown', () => {
  const note = [
    '- [00:45] 문제 정의',
    '  - [12:34] 언더샘플링',
    '* [1:02:03] 마무리',
    '1. [05:00] numbered',
    '- [ ] [06:00] task',
    '> - [07:00] quoted',
    '- [08:00](https://already.example) linked',
    '- 중간의 [09:00] 은 그대로',
    '[10:00] not a bullet',
    '- `[11:00]` in code',
    '```',
    '- [12:00] in a fence',
    '```',
  ].join('\n');

  test.each([
    [
      'YouTube, offset 30',
      { url: 'https://youtu.be/ID123456', offset: 30 },
      [
        '- [00:45](https://youtu.be/ID123456?t=75) 문제 정의',
        '  - [12:34](https://youtu.be/ID123456?t=784) 언더샘플링',
        '* [1:02:03](https://youtu.be/ID123456?t=3753) 마무리',
        '1. [05:00](https://youtu.be/ID123456?t=330) numbered',
        '- [ ] [06:00](https://youtu.be/ID123456?t=390) task',
        '> - [07:00](https://youtu.be/ID123456?t=450) quoted',
      ],
    ],
    [
      'Vimeo, no offset',
      { url: 'https://vimeo.com/76979871', offset: 0 },
      [
        '- [00:45](https://vimeo.com/76979871#t=45s) 문제 정의',
        '  - [12:34](https://vimeo.com/76979871#t=754s) 언더샘플링',
        '* [1:02:03](https://vimeo.com/76979871#t=3723s) 마무리',
        '1. [05:00](https://vimeo.com/76979871#t=300s) numbered',
        '- [ ] [06:00](https://vimeo.com/76979871#t=360s) task',
        '> - [07:00](https://vimeo.com/76979871#t=420s) quoted',
      ],
    ],
    [
      'a media file, offset -45',
      { url: 'https://cdn.example.com/t.mp4', offset: -45 },
      [
        '- [00:45](https://cdn.example.com/t.mp4#t=0) 문제 정의',
        '  - [12:34](https://cdn.example.com/t.mp4#t=709) 언더샘플링',
        '* [1:02:03](https://cdn.example.com/t.mp4#t=3678) 마무리',
        '1. [05:00](https://cdn.example.com/t.mp4#t=255) numbered',
        '- [ ] [06:00](https://cdn.example.com/t.mp4#t=315) task',
        '> - [07:00](https://cdn.example.com/t.mp4#t=375) quoted',
      ],
    ],
  ])('%s', (_, video, linked) => {
    const p = protect(note);
    const out = p.restore(linkStamps(p.text, video)).split('\n');
    expect(out.slice(0, 6)).toEqual(linked);
    // Links, stamps inside a sentence, lines that are no list item and code stay as written.
    expect(out.slice(6)).toEqual(note.split('\n').slice(6));
  });

  test('without a video, or with one this cannot link, the stamps stay as written', () => {
    expect(linkStamps(note, undefined)).toBe(note);
    expect(linkStamps(note, { url: 'https://example.com/watch/page', offset: 0 })).toBe(note);
  });

  test('a session\'s video and offset', () => {
    expect(talkVideo({ video: ' https://youtu.be/ID123456 ', videoOffset: -12 })).toEqual({ url: 'https://youtu.be/ID123456', offset: -12 });
    expect(talkVideo({ video: 'https://youtu.be/ID123456' })).toEqual({ url: 'https://youtu.be/ID123456', offset: 0 });
    expect(talkVideo({ video: '  ' })).toBeUndefined();
    expect(talkVideo({})).toBeUndefined();
  });
});
