// The server's one logger: pino, one JSON object a line on stdout (the process's event stream, as
// a container runtime or systemd collects it). CLI failures stay one plain line on stderr (reportFatal).
import { type DestinationStream, type Logger, pino } from "pino";
import type { ObservabilityConfig } from "../../core/config.js";

export type { Logger };

export function createLogger(config: Pick<ObservabilityConfig, "logLevel">, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { app: "tht-graph" },
    // ISO times read better than epoch milliseconds and sort the same.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Defence in depth: no serializer here writes headers, but a careless `log.info({ req })` must not leak them.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "*.password"], censor: "(hidden)" },
  };
  return destination ? pino(options, destination) : pino(options);
}
