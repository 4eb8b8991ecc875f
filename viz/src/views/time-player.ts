// Play: runs through the years, one a little over a second, from the year after the one shown (or
// from 2013) to this year; Pause stops it.
import { byId } from "../dom/el.js";
import type { Calendar } from "../model/calendar.js";
import type { PageStore } from "../store/page-store.js";
import type { PageView } from "./page-view.js";

export interface TimePlayerDeps {
  store: PageStore;
  time: Calendar;
  /** How long each year stays on screen once drawn. */
  yearMs?: number;
}

export function createTimePlayer({ store, time, yearMs = 1200 }: TimePlayerDeps): PageView {
  const button = byId("play-button");

  async function play(): Promise<void> {
    if (store.getState().playing) {
      store.stopPlaying();
      return;
    }
    store.startPlaying();
    let year = time.playFrom(store.getState().view.date);
    while (store.getState().playing && year < time.currentYear) {
      year++;
      await store.setDate(time.yearDate(year));
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
