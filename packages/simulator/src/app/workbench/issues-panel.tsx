import type { ValidationIssue } from "@flexkit/validators";

/** The validators' errors then warnings, each with its rule and property; a click shows it. */
export function IssuesPanel({
  issues,
  valid,
  onPick,
  onHover,
  pending,
}: {
  issues: readonly ValidationIssue[];
  /** False when the payload could not be read at all (a damaged link). */
  valid: boolean;
  /** Why there is nothing to check yet (code that has not run), said instead of a count. */
  pending?: string;
  onPick: (issue: ValidationIssue) => void;
  onHover: (issue: ValidationIssue | undefined) => void;
}) {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  return (
    <section data-issues-pane="" className="flexkit-workbench-issues" aria-label="Issues">
      <h2 style={{ fontSize: 13, margin: "0 0 6px" }}>
        Issues{" "}
        <span data-issue-count={issues.length} style={{ fontWeight: 400, opacity: 0.8 }}>
          {pending !== undefined
            ? `— not checked: ${pending}`
            : !valid
              ? "(nothing to check)"
              : issues.length === 0
                ? "— none: LINE will accept this"
                : `— ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`}
        </span>
      </h2>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 4 }}>
        {issues.map((issue, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: two issues can share every field.
            key={index}
            data-issue=""
            data-severity={issue.severity}
            data-rule={issue.rule}
            data-property={issue.property}
          >
            <button
              type="button"
              onClick={() => onPick(issue)}
              onMouseEnter={() => onHover(issue)}
              onMouseLeave={() => onHover(undefined)}
              style={{
                all: "unset",
                cursor: "pointer",
                display: "block",
                padding: "4px 6px",
                borderRadius: 4,
                background: issue.severity === "error" ? "#4a2327" : "#4a4123",
              }}
            >
              <strong>{issue.severity}</strong> <code>{issue.property || "(message)"}</code>{" "}
              <span style={{ opacity: 0.8 }}>[{issue.rule}]</span>
              <div>{issue.message}</div>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
