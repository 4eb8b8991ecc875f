// What the time controls say for a view: the slider's place and spoken value, the year output, the
// date field and whether All time is pressed.
import type { ViewState } from "../store/view-state.js";
import type { Calendar } from "./calendar.js";
import { formatDay } from "./format-date.js";

export interface TimeControlsText {
  slider: string;
  sliderText: string;
  output: string;
  dateInput: string;
  allTimePressed: boolean;
  comparing: boolean;
}

export function timeControlsText(
  s: Pick<ViewState, "date" | "compareFrom" | "compareTo">,
  time: Pick<Calendar, "sliderValue">,
): TimeControlsText {
  const year = time.sliderValue(s.date);
  const comparing = Boolean(s.compareFrom && s.compareTo);
  return {
    slider: String(year),
    sliderText: s.date ? `${year}` : "All time",
    output: comparing
      ? `${formatDay(s.compareFrom)} → ${formatDay(s.compareTo)}`
      : s.date
        ? formatDay(s.date)
        : "All time",
    dateInput: s.date ?? "",
    allTimePressed: s.date === null && !s.compareTo,
    comparing,
  };
}
