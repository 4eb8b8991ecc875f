// Files in seed/data that belong to the tools people edit with, not to the loader: they are
// skipped, not refused. Anything else unknown is still refused (a misspelt file would be lost).

/**
 * Dotfiles (.DS_Store, .gitkeep, Vim's .name.swp, LibreOffice's .~lock.name#), editor backups
 * (name~) and Excel's lock files (~$name).
 */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~");
}
