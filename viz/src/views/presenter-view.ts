// Presenter mode: the story menu, Present (full screen where allowed), the step panel beside the
// graph (over it on a narrow screen) with the app's own controls hidden, focus on the step's title,
// and the keys: → and PageDown forward, ← and PageUp back, Esc leaves.
import { byId, el, replaceChildren } from "../dom/el.js";
import { storyOption } from "../model/story-fit.js";
import { storyStep } from "../model/story-step.js";
import type { PageState, Shown } from "../store/page-state.js";
import type { PageStore } from "../store/page-store.js";
import type { PageView } from "./page-view.js";
import { renderStoryPanel } from "./presenter/story-panel.js";

const leaveFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
};

export function createPresenterView({ store }: { store: PageStore }): PageView {
  async function present(): Promise<void> {
    const id = byId<HTMLSelectElement>("story-select").value;
    if (!id) return;
    await document.documentElement.requestFullscreen?.().catch(() => undefined);
    await store.startStory(id);
    // Focus on the step itself: a screen reader reads its title, and nothing scrolls the panel away from it.
    byId("story-title").focus({ preventScroll: true });
  }
  function leave(): void {
    leaveFullscreen();
    void store.leaveStory();
    byId("present-button").focus();
  }

  byId("present-button").addEventListener("click", () => void present());
  byId("story-prev").addEventListener("click", () => void store.moveStep(-1));
  byId("story-next").addEventListener("click", () => void store.moveStep(1));
  byId("story-exit").addEventListener("click", leave);
  byId("story-fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement) leaveFullscreen();
    else
      void document.documentElement.requestFullscreen?.().catch(() => store.say("Full screen is not available here."));
  });
  document.addEventListener("keydown", (event) => {
    if (!store.getState().view.story || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, select, textarea, [contenteditable]")) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") {
      event.preventDefault();
      void store.moveStep(1);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      event.preventDefault();
      void store.moveStep(-1);
    } else if (event.key === "Escape") {
      leave();
    }
  });

  let stories: PageState["stories"] = null;
  let shown: Shown | null = null;
  return {
    render(state) {
      if (state.stories && state.stories !== stories) {
        stories = state.stories;
        const options = stories.map((s) => ({ id: s.id, ...storyOption(s) }));
        const select = byId<HTMLSelectElement>("story-select");
        // A story the graph holds nothing of is listed, said so, and not offered.
        replaceChildren(
          select,
          ...options.map((o) => el("option", { value: o.id, ...(o.offered ? {} : { disabled: "" }) }, o.label)),
        );
        const first = options.find((o) => o.offered);
        if (first) select.value = first.id;
        byId<HTMLButtonElement>("present-button").disabled = !first;
      }
      if (state.shown && state.shown !== shown) {
        shown = state.shown;
        const story = shown.view.story;
        document.body.classList.toggle("presenting", Boolean(story));
        byId("presenter").hidden = !story;
        const step = storyStep(shown.view, shown.edges);
        if (step) {
          renderStoryPanel(step);
          // Each step: focus on its title, unless the presenter is working a control of the panel.
          const active = document.activeElement;
          if (!active || active === document.body || !byId("presenter").contains(active) || active.id === "story-title")
            byId("story-title").focus({ preventScroll: true });
        }
      }
    },
  };
}
