// A tiny store: one state value, replaced (never mutated) by `set`, and listeners told of each change.
export type Listener<S> = (state: S) => void;

export interface Store<S> {
  getState(): S;
  set(patch: Partial<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners: Listener<S>[] = [];
  return {
    getState: () => state,
    set(patch) {
      state = { ...state, ...patch };
      // Each listener gets the latest state: one that changes it while being told leaves no
      // later listener with a stale one.
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
  };
}
