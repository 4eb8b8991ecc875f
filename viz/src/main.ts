// The page's entry: asks for what the first view needs at once, then loads the rest of the page
// (Cytoscape and the views, nearly all of the bundle) while the server answers. Importing them
// first would keep the question waiting until the browser had compiled and run them all: on this
// 2-core machine, 300-450 ms after the script arrived.
import { askFirst } from "./data/ask-first.js";
import { takeSignInReturn } from "./data/sign-in-return.js";
import { readViewState } from "./store/view-state.js";

// Back from the sign-in provider: its code leaves the address before the view is read from it.
takeSignInReturn();
askFirst(readViewState(location.search));
void import("./start-page.js");
