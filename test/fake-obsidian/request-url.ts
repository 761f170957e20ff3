/** `requestUrl` as Obsidian has it (no CORS, works on mobile); tests answer requests with `answerRequests`. */

export interface RequestUrlParam {
  url: string;
  method?: string;
  throw?: boolean;
}

export interface RequestUrlResponse {
  status: number;
  text: string;
  json: unknown;
  arrayBuffer: ArrayBuffer;
  headers: Record<string, string>;
}

type Answer = (url: string) => { status: number; text: string };

let answer: Answer = (url) => ({ status: 404, text: `no answer for ${url}` });

/** Test helper: how the network answers. */
export function answerRequests(fn: Answer): void {
  answer = fn;
}

export async function requestUrl(request: RequestUrlParam | string): Promise<RequestUrlResponse> {
  const param = typeof request === 'string' ? { url: request } : request;
  await Promise.resolve();
  const { status, text } = answer(param.url);
  // Like Obsidian: a status of 400 or more rejects unless `throw: false`.
  if (status >= 400 && param.throw !== false) throw new Error(`Request failed, status ${status}`);
  return {
    status,
    text,
    get json(): unknown {
      return JSON.parse(text) as unknown;
    },
    // Lazily: jsdom has no TextEncoder, and most callers read `text`.
    get arrayBuffer(): ArrayBuffer {
      return new TextEncoder().encode(text).buffer;
    },
    headers: {},
  };
}
