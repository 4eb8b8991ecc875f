// "Export story": a whole story as one self-contained HTML file that presents offline
// (model/story-document.ts). The page draws each step in turn, as presenting shows it (the step's
// date, its highlights, framed on them), and takes its picture as the briefing does
// (drawing/export-picture.ts); then it goes back to the reader's view. Stepping through only
// rewrites the current history entry (as Back and Forward do), so the history is as it was.
import type { Core } from "cytoscape";
import { describeError } from "../../data/describe-error.js";
import { fetchSources } from "../../data/fetch-sources.js";
import { stories } from "../../data/stories.js";
import { download } from "../../dom/download.js";
import { pictureSvg } from "../../drawing/export-picture.js";
import { type StoryDocumentInput, stepEvidence, storyDocumentHtml, storyFileName } from "../../model/story-document.js";
import { storyStep } from "../../model/story-step.js";
import type { PageStore } from "../../store/page-store.js";
import { writeViewState } from "../../store/view-state.js";

/** Exports story `id`; resolves once the file is written (or the reason it is not is said) and the reader's view is back. */
export async function exportStory(store: PageStore, cy: Core, id: string): Promise<void> {
  const before = store.getState();
  if (before.phase !== "ready") {
    store.say("The view is still loading: try again once it is drawn.");
    return;
  }
  const original = before.view;
  const selected = before.selectedEdge;
  if (before.playing) store.stopPlaying();
  let story: Awaited<ReturnType<typeof stories.get>>;
  try {
    story = await stories.get(id);
  } catch (error) {
    store.say(`The story could not be exported: ${describeError(error)}`);
    return;
  }
  const steps: StoryDocumentInput["steps"] = [];
  let failure: string | null = null;
  try {
    for (let index = 0; index < story.steps.length; index++) {
      store.say(`Exporting the story: drawing step ${index + 1} of ${story.steps.length}…`);
      await store.restore({ ...original, story: id, step: index });
      const s = store.getState();
      const shown = s.phase === "ready" && s.shown ? storyStep(s.shown.view, s.shown.edges) : null;
      if (!shown || shown.story.id !== id || shown.index !== index) {
        failure = `step ${index + 1} could not be drawn. ${s.message.text}`.trim();
        break;
      }
      steps.push({ shown, svg: pictureSvg(cy) });
    }
  } finally {
    await store.restore(original);
    if (selected) store.showEdgeDetails(selected);
  }
  if (failure) {
    store.say(`The story could not be exported: ${failure}`);
    return;
  }
  const sourceIds = steps.flatMap(({ shown }) => stepEvidence(shown).map((s) => s.citation.source));
  // Without the details the file still names each source by its citations' title and address.
  const sources = await fetchSources(sourceIds).catch(() => new Map());
  const html = storyDocumentHtml({
    story,
    steps,
    sources,
    link: `${location.origin}${location.pathname}${writeViewState({ ...original, story: id, step: 0 })}`,
    made: new Date().toISOString().slice(0, 10),
  });
  const name = storyFileName(story);
  download(new Blob([html], { type: "text/html" }), name);
  store.say(`Story exported: ${story.steps.length} steps in ${name}.`);
}
