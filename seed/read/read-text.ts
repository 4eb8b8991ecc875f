// Reading one seed file as text: the size limit first (without reading it), then strict UTF-8.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { ErrorCode } from "../../core/errors/error-code.js";
import { maxSeedFileBytes, type SeedProblem } from "./seed-files.js";

/** The file's text, or undefined after reporting why it cannot be read. */
export function readText(path: string, problems: SeedProblem[]): string | undefined {
  const file = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    problems.push({ file, line: 0, field: "(file)", code: ErrorCode.FileMissing, message: "is missing" });
    return undefined;
  }
  if (size > maxSeedFileBytes) {
    problems.push({
      file,
      line: 0,
      field: "(file)",
      code: ErrorCode.FileTooLarge,
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB; seed files are limited to ${maxSeedFileBytes / 1024 / 1024} MB (split a table into parts, such as organisations-2.csv)`,
    });
    return undefined;
  }
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    problems.push({
      file,
      line: firstBadUtf8Line(bytes),
      field: "(encoding)",
      code: ErrorCode.EncodingInvalid,
      message: "is not valid UTF-8; save the file as UTF-8",
    });
    return undefined;
  }
}

function firstBadUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
