// The time controls: the year slider, All time, the date field and the comparison of two dates.
import { byId } from "../../dom/el.js";
import type { Calendar } from "../../model/calendar.js";
import { timeControlsText } from "../../model/time-controls-text.js";
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
  slider.addEventListener("input", () => void store.setDate(time.sliderDate(Number(slider.value))));
  byId("all-time-button").addEventListener("click", () => void store.showAllTime());
  dateInput.max = time.today;
  dateInput.addEventListener("change", () => {
    if (isDay(dateInput.value)) void store.setDate(dateInput.value);
  });
  byId("compare-button").addEventListener("click", () => void store.compare(compareFrom.value, compareTo.value));
  byId("compare-stop").addEventListener("click", () => void store.stopComparing());

  let view: ViewState | null = null;
  return {
    render(state) {
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
    },
  };
}
