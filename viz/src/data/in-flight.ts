// What the reader is waiting for: every fetch the page makes (api.ts counts its own) and a big
// drawing still being added batch by batch (drawing/progressive-drawing.ts). The page's loading
// state (views/busy-view.ts) follows the count.
export type WaitListener = (waiting: number) => void;

export interface InFlight {
  /** One more thing to wait for; call what it returns, once, when it is done (or failed). */
  start(): () => void;
  subscribe(listener: WaitListener): () => void;
  /** How many things are being waited for now. */
  count(): number;
}

export function createInFlight(): InFlight {
  let waiting = 0;
  const listeners = new Set<WaitListener>();
  const tell = () => {
    for (const listener of [...listeners]) listener(waiting);
  };
  return {
    start() {
      waiting += 1;
      tell();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        waiting -= 1;
        tell();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    count: () => waiting,
  };
}

/** The page's one count, shared by the fetch layer and the drawing. */
export const inFlight: InFlight = createInFlight();
