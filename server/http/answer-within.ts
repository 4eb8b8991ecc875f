// Every request gets an answer in bounded time, whatever Neo4j does: a paused or unreachable
// database never answers a query already sent on an open connection, and the driver has no
// client-side query timeout. After `ms` (NEO4J_QUERY_TIMEOUT_MS + 2 s) a request that has sent
// nothing yet is answered DATABASE_TIMEOUT (504); whatever its handler writes later is dropped. A
// response that has started (a streaming export) is left to finish or fail on its own.
import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sendError } from "./send-error.js";

/** Makes every later write to `res` a no-op: the answer has already gone. */
function silence(res: Response): void {
  const self = () => res;
  Object.assign(res, {
    setHeader: self,
    writeHead: self,
    status: self,
    set: self,
    json: self,
    send: self,
    write: () => true,
    end: self,
  });
}

/**
 * What a handler may call once the database has answered and only its own computation remains
 * (centrality's worker thread, which has a deadline of its own): the answer is then due `ms` from now.
 */
export type ExtendDeadline = (ms: number) => void;

export function answerWithin(ms: number): RequestHandler {
  return (_req, res, next) => {
    let timer = setTimeout(expire, ms);
    res.locals.extendDeadline = ((more: number) => {
      clearTimeout(timer);
      timer = setTimeout(expire, more);
      timer.unref();
    }) satisfies ExtendDeadline;
    function expire() {
      if (res.headersSent) return;
      sendError(
        res,
        new ThtError(
          ErrorCode.DatabaseTimeout,
          `no answer from the database within ${(ms / 1000).toFixed(1)} s; it may be overloaded or unreachable. A write may still be applied: check history before sending it again.`,
        ),
      );
      silence(res);
    }
    timer.unref();
    const done = () => clearTimeout(timer);
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}
