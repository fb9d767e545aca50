import type { ValidationIssue } from "@flexkit/validators";
import { explainRule } from "@flexkit/validators/rule-docs";
import { Panel } from "../ui/panel.js";

/**
 * An issue's `[RULE-ID]`, opened to say what the rule asks (its RULES.md row, issue 21). A
 * disclosure beside the issue's button, not inside it: a button can't hold another control.
 */
function RuleExplanation({ rule }: { rule: string }) {
  const doc = explainRule(rule);
  if (doc === undefined) return <span className="fk-muted fk-rule">[{rule}]</span>;
  return (
    <details className="fk-rule" data-rule-doc={rule}>
      <summary className="fk-muted">[{rule}]</summary>
      <p data-rule-text="">{doc.text}</p>
      <p className="fk-muted">
        RULES.md §{doc.section} {doc.title}
      </p>
    </details>
  );
}

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
    <Panel
      data-issues-pane=""
      label="Issues"
      title={
        <>
          Issues{" "}
          <span data-issue-count={issues.length} className="fk-muted" style={{ fontWeight: 400 }}>
            {pending !== undefined
              ? `— not checked: ${pending}`
              : !valid
                ? "(nothing to check)"
                : issues.length === 0
                  ? "— none: LINE will accept this"
                  : `— ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`}
          </span>
        </>
      }
    >
      {issues.length === 0 ? null : (
        <ul className="fk-list">
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
                className="fk-issue"
                data-severity={issue.severity}
                onClick={() => onPick(issue)}
                onMouseEnter={() => onHover(issue)}
                onMouseLeave={() => onHover(undefined)}
              >
                <strong>{issue.severity}</strong>{" "}
                <code className="fk-code">{issue.property || "(message)"}</code>
                <div>{issue.message}</div>
              </button>
              <RuleExplanation rule={issue.rule} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
