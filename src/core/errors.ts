/**
 * Errors are data: a stable code from one registry, a sentence, where it happened, and hints.
 * Every bad-input path in clusterspec throws a `ClusterspecError`; the CLI renders it as text or JSON
 * and exits 2, so users never see a stack trace for their own mistakes.
 */

/** The registry of error codes. Tests assert on codes, not prose. */
export const ErrorCodes = {
  CS100: "spec file not found",
  CS101: "spec module failed to load",
  CS102: "module exports no spec",
  CS103: "spec definition is malformed",
  CS110: "unknown parameter",
  CS111: "parameter value has the wrong type or is out of range",
  CS120: "unbounded or unsupported state type",
  CS121: "empty finite domain",
  CS122: "unknown set name",
  CS130: "argument domain is empty or malformed",
  CS140: "guard threw",
  CS141: "apply threw",
  CS142: "invariant threw",
  CS143: "init threw or produced no state",
  CS150: "state outside the schema",
  CS160: "bad command-line option",
  CS170: "trace file is malformed",
  CS180: "checkpoint file is malformed",
  CS201: "guard, apply or predicate is not a pure function",
  CS210: "generated machine does not match its spec",
  CS211: "unknown action instance",
  CS220: "history file cannot be read",
  CS221: "history file is not JSON",
  CS222: "history document is malformed",
  CS223: "history event is malformed",
  CS224: "history events do not pair up (ids)",
  CS260: "symmetry declared over a set that a field uses only in part",
  CS261: "state constraint threw",
  CS262: "action property threw",
  CS275: "init predicate over a state space too large to enumerate",
  CS280: "unknown key in a spec definition",
  CS281: "a function destructures an argument it is never given",
  CS282: "fairness names an unknown action or argument",
  CS283: "--trace-out cannot be written",
  CS284: "clusterspec.config.json is malformed",
  CS285: "init would overwrite a file",
  CS286: "sets() or state() threw",
  CS287: "a liveness predicate threw",
  CS288: "an action changed the state it was given",
  CS289: "the spec is nondeterministic",
  CS290: "the model is too large to enumerate",
  CS299: "internal error (a bug in clusterspec)",
  CS300: "report file cannot be read",
  CS301: "report file is not JSON",
  CS302: "report does not match the clusterspec-report/1 schema",
  CS303: "report format version not supported",
  CS304: "bad report option",
  CS305: "report output directory cannot be written",
  CS240: "cluster option out of range",
  CS241: "unknown fault class",
  CS242: "unknown bug id",
  CS243: "history file cannot be written",
  CS320: "conformance trace file missing or malformed",
  CS321: "trace state does not name its action",
  CS322: "adapter module not found or failed to load",
  CS323: "adapter module exports no adapter",
  CS324: "no adapter for this spec",
  CS325: "family has no reference-cluster adapter",
  CS326: "adapter and spec do not match",
  CS327: "bad conformance option",
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface ErrorData {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where: file, spec, action, invariant, field path — whatever applies, as key=value context. */
  readonly where?: Readonly<Record<string, string | number>>;
  readonly hint?: string | readonly string[];
}

export class ClusterspecError extends Error {
  readonly code: ErrorCode;
  readonly where: Readonly<Record<string, string | number>>;
  readonly hints: readonly string[];

  constructor(data: ErrorData) {
    super(data.message);
    this.name = "ClusterspecError";
    this.code = data.code;
    this.where = data.where ?? {};
    this.hints = data.hint === undefined ? [] : typeof data.hint === "string" ? [data.hint] : data.hint;
  }

  toJSON(): { code: ErrorCode; message: string; where: Record<string, string | number>; hints: string[] } {
    return { code: this.code, message: this.message, where: { ...this.where }, hints: [...this.hints] };
  }

  /** One sentence, then key=value context, then `Hint:` lines. */
  render(): string {
    const context = Object.entries(this.where)
      .map(([k, v]) => `${k}=${typeof v === "string" && /\s/.test(v) ? JSON.stringify(v) : v}`)
      .join(" ");
    const lines = [`error ${this.code}: ${this.message}`];
    if (context) lines.push(`  ${context}`);
    for (const h of this.hints) lines.push(`Hint: ${h}`);
    return lines.join("\n");
  }
}

export const isClusterspecError = (u: unknown): u is ClusterspecError => u instanceof ClusterspecError;

/** Short printable form of an arbitrary value for error messages. */
export function describeValue(v: unknown): string {
  if (v instanceof Set) return `Set{${[...v].map(describeValue).join(", ")}}`;
  if (typeof v === "function") return "<function>";
  try {
    // NaN, ±Infinity and undefined keep their own names (JSON would print null or drop them).
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    const s = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === "number" && !Number.isFinite(x) ? `\u0000${x}\u0000` : x === undefined ? "\u0000undefined\u0000" : typeof x === "bigint" ? `${x}n` : x,
    )?.replace(/"\\u0000([^"\\]*)\\u0000"/g, "$1");
    if (s === undefined) return String(v);
    return s.length > 200 ? s.slice(0, 197) + "..." : s;
  } catch {
    return String(v);
  }
}
