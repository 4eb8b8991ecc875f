// The time controls: the year slider (its range from the data's dates, ticks at the dated events),
// the event days to jump to, All time, "known facts only", the date field and the comparison of two dates.
import { byId, el, replaceChildren } from "../../dom/el.js";
import type { Calendar } from "../../model/calendar.js";
import { eventDays, firstYear } from "../../model/event-days.js";
import { timeControlsText } from "../../model/time-controls-text.js";
import type { PageState } from "../../store/page-state.js";
import type { PageStore } from "../../store/page-store.js";
import { isDay, type ViewState } from "../../store/view-state.js";
import type { PageView } from "../page-view.js";

export function createTimeControls({ store, time }: { store: PageStore; time: Calendar }): PageView {
  const slider = byId<HTMLInputElement>("year-slider");
  const dateInput = byId<HTMLInputElement>("date-input");
  const compareFrom = byId<HTMLInputElement>("compare-from");
  const compareTo = byId<HTMLInputElement>("compare-to");
  slider.min = String(time.firstYear);
  slider.max = String(time.allTimeValue);
  // One history entry per choice: the years a drag passes through, and the dates a typed date
  // passes through digit by digit, refine the first and take its entry.
  let dragged: "no" | "started" | "moved" = "no";
  slider.addEventListener("pointerdown", () => {
    dragged = "started";
  });
  for (const end of ["pointerup", "pointercancel"])
    slider.addEventListener(end, () => {
      dragged = "no";
    });
  slider.addEventListener("input", () => {
    const refining = dragged === "moved";
    if (dragged === "started") dragged = "moved";
    void store.setDate(time.sliderDate(Number(slider.value)), { refining });
  });
  byId("all-time-button").addEventListener("click", () => void store.showAllTime());
  dateInput.max = time.today;
  let typed = false;
  dateInput.addEventListener("focus", () => {
    typed = false;
  });
  dateInput.addEventListener("change", () => {
    if (!isDay(dateInput.value)) return;
    void store.setDate(dateInput.value, { refining: typed });
    typed = true;
  });
  byId("compare-button").addEventListener("click", () => void store.compare(compareFrom.value, compareTo.value));
  byId("compare-stop").addEventListener("click", () => void store.stopComparing());
  const knownOnly = byId<HTMLInputElement>("known-only");
  knownOnly.addEventListener("change", () => void store.setKnownOnly(knownOnly.checked));

  /** Built once, from the first all-time network loaded: the data's own dates. */
  let dated = false;
  function showEventDays(state: PageState): void {
    const base = state.loaded?.summary ? null : state.loaded?.base;
    if (dated || !base) return;
    dated = true;
    const days = eventDays(base);
    const first = Math.min(firstYear(base) ?? time.firstYear, ...days.map((d) => d.year));
    slider.min = String(first);
    dateInput.min = `${first}-01-01`;
    replaceChildren(byId("event-ticks"), ...days.map((d) => el("option", { value: String(d.year), label: d.short })));
    replaceChildren(
      byId("event-days"),
      ...days.map((d) => {
        const button = el("button", { type: "button", class: "event-day", "data-day": d.day, title: d.label }, d.short);
        button.setAttribute("aria-label", `Show ${d.label}`);
        button.addEventListener("click", () => void store.setDate(d.day));
        return button;
      }),
    );
  }

  let view: ViewState | null = null;
  return {
    render(state) {
      showEventDays(state);
      if (state.view === view) return;
      view = state.view;
      const text = timeControlsText(view, time);
      slider.value = text.slider;
      slider.setAttribute("aria-valuetext", text.sliderText);
      byId("year-output").textContent = text.output;
      dateInput.value = text.dateInput;
      byId("all-time-button").setAttribute("aria-pressed", String(text.allTimePressed));
      if (text.comparing) {
        compareFrom.value = view.compareFrom ?? "";
        compareTo.value = view.compareTo ?? "";
        byId<HTMLDetailsElement>("compare").open = true;
      }
      byId("compare-stop").hidden = !text.comparing;
      knownOnly.checked = view.knownOnly;
      for (const button of byId("event-days").querySelectorAll<HTMLElement>("button[data-day]"))
        button.setAttribute("aria-pressed", String(button.dataset.day === (view.compareTo ?? view.date)));
    },
  };
}
