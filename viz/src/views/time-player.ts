// Play: steps from one dated event to the next (the GP Care Group's formation, the TUPE transfer,
// NHS North East London replacing the CCG), after the day shown or from the first, a little over a
// second each; each step compares the day before with the event's day, so what the event added and
// removed is marked as Compare marks it. Pause stops it.

import { dayBefore } from "../../../schema/contract.js";
import { byId } from "../dom/el.js";
import type { Calendar } from "../model/calendar.js";
import { eventDays, playDays } from "../model/event-days.js";
import type { PageStore } from "../store/page-store.js";
import type { PageView } from "./page-view.js";

export interface TimePlayerDeps {
  store: PageStore;
  time: Calendar;
  /** How long each step stays on screen. */
  yearMs?: number;
}

export function createTimePlayer({ store, time, yearMs = 1200 }: TimePlayerDeps): PageView {
  const button = byId("play-button");

  async function play(): Promise<void> {
    if (store.getState().playing) {
      store.stopPlaying();
      return;
    }
    const { loaded, view } = store.getState();
    const days = loaded && !loaded.summary ? eventDays(loaded.base) : [];
    const shown = view.compareTo ?? view.date;
    let steps = playDays(days, shown !== null && shown < time.today ? shown : null);
    if (steps.length === 0) steps = playDays(days, null);
    if (steps.length === 0) {
      store.say("No dated events to play through.");
      return;
    }
    store.startPlaying();
    for (const day of steps) {
      if (!store.getState().playing) break;
      await store.compare(dayBefore(day), day);
      store.say(`${days.find((d) => d.day === day)?.label ?? day}: added and removed are marked.`);
      await new Promise((resolve) => setTimeout(resolve, yearMs));
    }
    store.stopPlaying();
  }
  button.addEventListener("click", () => void play());

  let playing: boolean | null = null;
  return {
    render(state) {
      if (state.playing === playing) return;
      playing = state.playing;
      button.setAttribute("aria-pressed", String(playing));
      button.textContent = playing ? "Pause" : "Play";
    },
  };
}
