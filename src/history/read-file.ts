// Reading a history file from disk: the two ways that can fail before decoding (missing file, not JSON) get
// their own codes, so a user's harness bug is told apart from a malformed document.

import { readFileSync } from "node:fs";
import { ClusterspecError } from "../core/errors.ts";
import { decodeHistory, type History } from "./format.ts";

export function readHistoryFile(file: string): History {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ClusterspecError({ code: "CS220", message: `Cannot read the history file ${file}.`, where: { file, reason: (e as NodeJS.ErrnoException).code ?? "unreadable" }, hint: "Pass the path of a JSON history (clusterspec cluster --history FILE writes one)." });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ClusterspecError({ code: "CS221", message: `The history file ${file} is not valid JSON.`, where: { file, reason: (e as Error).message }, hint: "The file is one JSON object: { \"format\": \"clusterspec-history/1\", \"events\": [...] }." });
  }
  return decodeHistory(doc, file);
}
