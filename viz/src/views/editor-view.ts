// Signing in to edit: "Sign in to edit" in the tools opens a dialog where the editor pastes a
// token; the server checks it as a write would (data/editor-session.ts), and a refusal is said at
// the token's field, its code in data-code. Signed in, the tools say who is editing and offer
// "Sign out", and <body data-editor="signed-in"> shows the editing controls (.editor-only).
import { describeError, errorCodeOf } from "../data/describe-error.js";
import type { EditorSession, SignedIn } from "../data/editor-session.js";
import { signInReturned } from "../data/sign-in-return.js";
import type { OidcSettings } from "../data/sign-in-settings.js";
import { byId } from "../dom/el.js";

export interface EditorViewDeps {
  session: EditorSession;
  /** The provider the server signs editors in with (GET /auth/sign-in.json), or null: tokens are pasted. */
  signInSettings: Promise<OidcSettings | null>;
}

const oidcFlow = () => import("../data/oidc-sign-in.js");

export function createEditorView({ session, signInSettings }: EditorViewDeps): void {
  const signInButton = byId<HTMLButtonElement>("editor-sign-in");
  const signedInBox = byId("editor-signed-in");
  const nameSlot = byId("editor-name");
  const signOutButton = byId<HTMLButtonElement>("editor-sign-out");
  const announcer = byId("editor-announcer");
  const dialog = byId<HTMLDialogElement>("sign-in-dialog");
  const form = byId<HTMLFormElement>("sign-in-form");
  const field = byId<HTMLTextAreaElement>("editor-token");
  const error = byId("editor-token-error");
  const submit = byId<HTMLButtonElement>("sign-in-submit");

  const render = (signedIn: SignedIn | null) => {
    signInButton.hidden = signedIn !== null;
    signedInBox.hidden = signedIn === null;
    nameSlot.textContent = signedIn?.editor.name ?? "";
    if (signedIn) document.body.dataset.editor = "signed-in";
    else delete document.body.dataset.editor;
  };
  const clearError = () => {
    error.textContent = "";
    delete error.dataset.code;
    field.removeAttribute("aria-invalid");
  };

  session.subscribe(render);
  render(session.current());

  // With a sign-in provider: the dialog offers it first; back from it, the sign-in is finished here.
  const oidcBox = byId("oidc-sign-in");
  const oidcButton = byId<HTMLButtonElement>("editor-oidc");
  const oidcError = byId("editor-oidc-error");
  const oidcRefused = (failure: unknown) => {
    oidcError.textContent = describeError(failure);
    oidcError.dataset.code = errorCodeOf(failure);
  };
  void signInSettings.then((settings) => {
    if (!settings) return;
    oidcBox.hidden = false;
    oidcButton.textContent = `Sign in with ${new URL(settings.issuer).host}`;
    oidcButton.addEventListener("click", () => {
      oidcButton.disabled = true;
      void oidcFlow()
        .then((flow) => flow.startSignIn(settings))
        .catch((failure: unknown) => {
          oidcButton.disabled = false;
          oidcRefused(failure);
          oidcButton.focus();
        });
    });
    const back = signInReturned();
    if (!back) return;
    announcer.textContent = "Finishing the sign-in…";
    void oidcFlow()
      .then((flow) => flow.finishSignIn(settings, back.answer, back.pending))
      .then((token) => session.signIn(token))
      .then(
        (editor) => {
          announcer.textContent = `Signed in as ${editor.name}: editing controls are shown.`;
        },
        (failure: unknown) => {
          field.value = "";
          clearError();
          oidcRefused(failure);
          dialog.showModal();
          oidcButton.focus();
        },
      );
  });

  signInButton.addEventListener("click", () => {
    field.value = "";
    clearError();
    oidcError.textContent = "";
    delete oidcError.dataset.code;
    dialog.showModal();
    if (oidcBox.hidden) field.focus();
    else oidcButton.focus();
  });
  byId("sign-in-cancel").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (!session.current()) signInButton.focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearError();
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    session
      .signIn(field.value)
      .then(
        (editor) => {
          // Never left in the page: the token lives in session storage only.
          field.value = "";
          dialog.close();
          announcer.textContent = `Signed in as ${editor.name}: editing controls are shown.`;
          signOutButton.focus();
        },
        (failure: unknown) => {
          error.textContent = describeError(failure);
          error.dataset.code = errorCodeOf(failure);
          field.setAttribute("aria-invalid", "true");
          field.focus();
        },
      )
      .finally(() => {
        submit.disabled = false;
        form.removeAttribute("aria-busy");
      });
  });
  signOutButton.addEventListener("click", () => {
    session.signOut();
    announcer.textContent = "Signed out: the token is forgotten.";
    signInButton.focus();
  });
}
