// The editor's sign-in. Reading is public; writing needs a token whose holder has the editor role.
// A token pasted from `npm run token` (or issued by the organisation's sign-in) is checked by the
// server's `editor` query exactly as a write would check it, then kept in this tab's session
// storage only: never in the URL, forgotten on sign-out and when the tab closes.
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError, graphql } from "./api.js";
import { EditorDocument } from "./generated/graphql.js";

export interface Editor {
  name: string;
  roles: string[];
  expiresAt: string;
}

export interface SignedIn {
  token: string;
  editor: Editor;
}

export type SessionListener = (signedIn: SignedIn | null) => void;

export interface EditorSession {
  current(): SignedIn | null;
  /** Checks `token` with the server; refused with UNAUTHENTICATED, FORBIDDEN or BAD_USER_INPUT. */
  signIn(token: string): Promise<Editor>;
  signOut(): void;
  /** A token kept by this tab is checked again on load: it may have expired meanwhile. */
  restore(): Promise<void>;
  subscribe(listener: SessionListener): () => void;
}

export const tokenStorageKey = "tht-graph.editor-token";

/** Session storage when the browser allows it; else only this page's memory. */
function tokenStore(storage: () => Storage | undefined) {
  let memory: string | null = null;
  const safely = <T>(use: (s: Storage) => T): T | undefined => {
    try {
      const s = storage();
      return s ? use(s) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get: () => safely((s) => s.getItem(tokenStorageKey)) ?? memory,
    set(token: string) {
      memory = token;
      safely((s) => s.setItem(tokenStorageKey, token));
    },
    clear() {
      memory = null;
      safely((s) => s.removeItem(tokenStorageKey));
    },
  };
}

/** The token itself, whether pasted bare or with its scheme ("Bearer …"). */
export function pastedToken(text: string): string {
  return text.trim().replace(/^bearer\s+/i, "");
}

export function createEditorSession(
  storage: () => Storage | undefined = () => globalThis.sessionStorage,
): EditorSession {
  const store = tokenStore(storage);
  const listeners = new Set<SessionListener>();
  let signedIn: SignedIn | null = null;
  const tell = () => {
    for (const listener of [...listeners]) listener(signedIn);
  };
  const check = async (token: string): Promise<Editor> => {
    const { editor } = await graphql(EditorDocument, {}, { token, showsOwnWait: true });
    if (!editor) throw new ApiError(ErrorCode.Unauthenticated, "the server did not accept the token");
    return editor;
  };
  return {
    current: () => signedIn,
    async signIn(text) {
      const token = pastedToken(text);
      if (!token)
        throw new ApiError(ErrorCode.BadUserInput, "paste an editor token first", {
          hint: "npm run token -- --sub YOUR-NAME prints one for this server.",
        });
      if (/\s/.test(token))
        throw new ApiError(ErrorCode.BadUserInput, "a token has no spaces or line breaks inside it", {
          hint: "Copy the whole token, and only the token.",
        });
      const editor = await check(token);
      store.set(token);
      signedIn = { token, editor };
      tell();
      return editor;
    },
    signOut() {
      store.clear();
      signedIn = null;
      tell();
    },
    async restore() {
      const token = store.get();
      if (!token) return;
      try {
        signedIn = { token, editor: await check(token) };
      } catch {
        // Expired or no longer valid here: forgotten, and the reader signs in again.
        store.clear();
        signedIn = null;
      }
      tell();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
