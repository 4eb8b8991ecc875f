// The page's Content-Security-Policy allows no eval, so zod must check without compiling its
// parsers, and without probing whether it may (a probe the browser reports as a violation). zod
// decides when a schema is built, so this is imported before the schemas (views/edit/editing.ts).
import { config } from "zod";

config({ jitless: true });
