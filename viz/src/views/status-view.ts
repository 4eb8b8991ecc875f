// The page's state for tests and assistive technology: <body data-state> (loading, ready, error),
// the status line (in words; a failure's error code in its data-code, never in the text), and the
// first drawing's performance mark.
import { byId } from "../dom/el.js";
import type { PageState } from "../store/page-state.js";
import type { PageView } from "./page-view.js";

export interface StatusViewDeps {
  /** Called once, when the first complete drawing is on screen. */
  onFirstReady(): void;
}

export function createStatusView({ onFirstReady }: StatusViewDeps): PageView {
  let phase: PageState["phase"] | null = null;
  let message: PageState["message"] | null = null;
  return {
    render(state) {
      if (state.phase !== phase) {
        phase = state.phase;
        document.body.dataset.state = phase === "ready" || phase === "error" ? phase : "loading";
        if (phase === "ready" && performance.getEntriesByName("tht-first-drawing").length === 0) {
          performance.mark("tht-first-drawing");
          onFirstReady();
        }
      }
      if (state.message !== message) {
        message = state.message;
        const status = byId("status");
        status.textContent = message.text;
        if (message.code) status.dataset.code = message.code;
        else delete status.dataset.code;
      }
    },
  };
}
