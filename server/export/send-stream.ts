// Writes text pieces to a response as they come: in chunks of about 64 KiB, waiting for `drain`
// when the socket is full (backpressure), giving the event loop a turn after each chunk (so
// /healthz and other requests answer meanwhile), and stopping when the client goes away.

import { setImmediate as nextTurn } from "node:timers/promises";
import type { Response } from "express";

const chunkSize = 64 * 1024;

/** Resolves once `res` can take more, false if the client closed the connection first. */
function drained(res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once("drain", onDrain);
    res.once("close", onClose);
  });
}

/**
 * When the caller has not sent the headers yet, they go out with the first chunk, and an error
 * before it is thrown with nothing sent (for an error envelope). An error
 * after the first chunk destroys the response, so the client sees a broken download, never a
 * complete-looking one.
 */
export async function sendStream(res: Response, pieces: AsyncIterable<string>): Promise<void> {
  let buffer = "";
  const iterator = pieces[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (!next.done) buffer += next.value;
      if (buffer.length >= chunkSize || (next.done && res.headersSent)) {
        if (res.destroyed) return;
        const ok = res.write(buffer);
        buffer = "";
        if (!ok && !(await drained(res))) return;
        await nextTurn();
      }
      if (next.done) break;
    }
    res.end(buffer);
  } catch (error) {
    if (!res.headersSent) throw error;
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    // The client went away mid-stream: stop reading (the generator's `finally` rolls back).
    await iterator.return?.();
  }
}
