// Coming back from the sign-in provider: the address holds `code` and `state` (and maybe `iss`),
// which are the sign-in's, not a view's. Before the page reads its view from the address, they are
// taken out and the view the editor left from is put back (history.replaceState): the code never
// stays in the address bar or in a shared link. Small, so the page's entry (main.ts) can ask it.

/** What a sign-in that left for the provider keeps in this tab until it comes back. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
  /** The view's address (search) to come back to. */
  returnTo: string;
}

export const pendingSignInKey = "tht-graph.pending-sign-in";

export function savePendingSignIn(pending: PendingSignIn): void {
  sessionStorage.setItem(pendingSignInKey, JSON.stringify(pending));
}

export interface SignInReturn {
  answer: URL;
  pending: PendingSignIn;
}

let taken: SignInReturn | null = null;

/** What this load came back from the provider with (taken by main.ts), for the sign-in to finish. */
export const signInReturned = (): SignInReturn | null => taken;

/** The provider's answer and what was kept for it, once; null when this load is not a return. */
export function takeSignInReturn(): SignInReturn | null {
  const answer = new URL(location.href);
  if (!answer.searchParams.has("state") || !(answer.searchParams.has("code") || answer.searchParams.has("error")))
    return null;
  let pending: PendingSignIn | null = null;
  try {
    const kept = sessionStorage.getItem(pendingSignInKey);
    sessionStorage.removeItem(pendingSignInKey);
    pending = kept ? (JSON.parse(kept) as PendingSignIn) : null;
  } catch {
    pending = null;
  }
  if (!pending) return null;
  history.replaceState(history.state, "", `${location.pathname}${pending.returnTo}`);
  taken = { answer, pending };
  return taken;
}
