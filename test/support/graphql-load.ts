// A few clients that keep POSTing GraphQL documents in a loop and record every answer (or its
// absence), so a fault test can say what happened to each request while the database went away.
import { request as httpRequest } from "node:http";

/**
 * One POST on a connection of its own (no keep-alive): a connection the server closes while idle
 * cannot be reused by mistake, so a missing answer is the server's doing, never the client pool's.
 */
function postOnce(url: string, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json", connection: "close" } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

export interface LoadSample {
  /** ms since the load started, when the request was sent and when it was answered or gave up. */
  sent: number;
  answered: number;
  /** HTTP status; 0 when no answer came (connection refused, reset, or the client's timeout). */
  status: number;
  json: boolean;
  /** The first error's extensions.code, if the answer had errors. */
  code: string | undefined;
  ok: boolean;
  /** Why no answer came (the fetch error and its cause), or the body when it was not JSON. */
  failure?: string;
}

export interface GraphqlLoad {
  readonly started: number;
  /** ms since the load started. */
  now(): number;
  samples(): readonly LoadSample[];
  stop(): Promise<readonly LoadSample[]>;
}

export interface LoadRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** `clients` loops, each sending the `requests` in turn; a request with no answer after `timeoutMs` counts as lost. */
export function startGraphqlLoad(
  url: string,
  requests: readonly LoadRequest[],
  options: { clients: number; timeoutMs?: number; pauseMs?: number },
): GraphqlLoad {
  const started = Date.now();
  const now = () => Date.now() - started;
  const samples: LoadSample[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const request = requests[i % requests.length] as LoadRequest;
      const sent = now();
      let sample: LoadSample;
      try {
        const response = await postOnce(`${url}/graphql`, JSON.stringify(request), options.timeoutMs ?? 20_000);
        const text = response.text;
        let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | undefined;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        sample = {
          sent,
          answered: now(),
          status: response.status,
          json: body !== undefined,
          code: body?.errors?.[0]?.extensions?.code,
          ok: response.status === 200 && body !== undefined && body.errors === undefined && body.data != null,
          ...(body === undefined ? { failure: text.slice(0, 200) } : {}),
        };
      } catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        sample = { sent, answered: now(), status: 0, json: false, code: undefined, ok: false, failure };
      }
      samples.push(sample);
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  const loops = Array.from({ length: options.clients }, (_, i) => client(i));
  return {
    started,
    now,
    samples: () => samples,
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}
