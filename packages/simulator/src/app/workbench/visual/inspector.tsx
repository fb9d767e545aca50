import { formatPath, type PathStep, type ValidationIssue } from "@flexkit/validators";
import { memberFor, pathInPayload, type SchemaLike, unwrap } from "@flexkit/validators/schema-walk";
import { type ReactNode, useId, useMemo, useState } from "react";
import {
  allowedTags,
  type Control,
  controlFor,
  freshObject,
  isTypeFixed,
  type LengthUnit,
  objectAt,
  objectSchemaOf,
  type Property,
  propertiesOf,
  removeAt,
  samePath,
  setAt,
  switchTag,
} from "./schema-walk.js";

/**
 * The property inspector: every property of the object at `path` in `message`, each with the
 * control its schema calls for (schema-walk.ts), the validators' issue for it inline with its
 * rule ID, and a reset for what is set. It never writes a default: an unset property stays unset,
 * and each change hands `onChange` the next whole message (a new value; `message` is never
 * changed), which the workbench makes one JSON-editor replacement, so one undo step (a run of
 * keystrokes in one field is one step, as in a text editor: see InspectorEdit).
 *
 * Each control's accessible name is the LINE property name it edits, written as a path from the
 * selected object (`size`, `action.type`, `background.angle`, `actions[0].uri`), so that a person
 * (or a test) finds a property by its JSON name. Where one property has more than one control
 * (a length's keyword and its number, a colour's picker, hex text and alpha), they share the name
 * and differ by role.
 */
export interface InspectorProps {
  /** The workbench's payload: a message, a list, a body, a container, a rich menu or a set. */
  message: unknown;
  /** The selected object, as steps into `message` (the JSON text's own path). */
  path: ReadonlyArray<PathStep>;
  /** The validators' issues for `message`, as validateAny gives them. */
  issues: ReadonlyArray<ValidationIssue>;
  /**
   * The next whole message. `edit` says which property changed and whether by typing (a text,
   * number or colour field, one call per keystroke), so that the workbench may fold a run of
   * typing into one undo step as a text editor does; a pick, a switch or a reset is never typing.
   */
  onChange: (next: unknown, edit: InspectorEdit) => void;
  /**
   * Help for a property, shown under its field: to be wired to `describeProperty` of
   * `@flexkit/validators/property-docs` (issue 21). `objectSchema` is the validators' zod schema
   * of the object (written as a method so that a function typed for zod's own schema types fits).
   */
  describe?(objectSchema: SchemaLike, key: string): string | undefined;
}

export interface InspectorEdit {
  /** The property changed, as steps into the message. */
  path: ReadonlyArray<PathStep>;
  typing: boolean;
}

interface Context {
  message: unknown;
  located: ReadonlyArray<{ issue: ValidationIssue; at: ReadonlyArray<PathStep> }>;
  set: (at: ReadonlyArray<PathStep>, value: unknown, typing?: boolean) => void;
  unset: (at: ReadonlyArray<PathStep>, typing?: boolean) => void;
  describe: InspectorProps["describe"];
}

export function Inspector({ message, path, issues, onChange, describe }: InspectorProps) {
  const target = useMemo(() => objectAt(message, path), [message, path]);
  const context: Context = {
    message,
    located: issues.map((issue) => ({ issue, at: pathInPayload(message, issue.path) })),
    set: (at, value, typing = false) => onChange(setAt(message, at, value), { path: at, typing }),
    unset: (at, typing = false) => onChange(removeAt(message, at), { path: at, typing }),
    describe,
  };
  const where = formatPath(path);
  if (target === undefined) {
    return (
      <section className="flexkit-inspector" aria-label="Inspector" data-inspector="">
        <style>{CSS}</style>
        <p className="flexkit-inspector-empty">
          {path.length === 0 && Array.isArray(message)
            ? "Select a message to see its properties."
            : `Nothing to edit at ${where || "the root"}: select a component, a block or a message.`}
        </p>
      </section>
    );
  }
  const type = target.value.type;
  return (
    <section
      className="flexkit-inspector"
      aria-label="Inspector"
      data-inspector=""
      data-inspector-path={where}
    >
      <style>{CSS}</style>
      <h2 className="flexkit-inspector-title">
        {typeof type === "string" ? type : "properties"}{" "}
        <code className="flexkit-inspector-where">{where || "(root)"}</code>
      </h2>
      <IssueList context={context} at={path} />
      <ObjectFields
        context={context}
        schema={target.schema}
        value={target.value}
        at={path}
        prefix=""
        {...(target.union === undefined ? {} : { union: target.union })}
      />
    </section>
  );
}

/**
 * The issues exactly at `at` (deeper ones show at their own fields), or at and under it for a
 * field that edits all of its value at once (`deep`: a record edited as JSON).
 */
function issuesAt(context: Context, at: ReadonlyArray<PathStep>, deep = false): ValidationIssue[] {
  return context.located
    .filter((entry) => (deep ? samePath(entry.at.slice(0, at.length), at) : samePath(entry.at, at)))
    .map((entry) => entry.issue);
}

function IssueList({
  context,
  at,
  id,
  deep = false,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  id?: string;
  deep?: boolean;
}) {
  const issues = issuesAt(context, at, deep);
  if (issues.length === 0) return null;
  return (
    <ul className="flexkit-inspector-issues" id={id}>
      {issues.map((issue, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: two issues can share every field.
          key={index}
          data-inspector-issue=""
          data-rule={issue.rule}
          data-severity={issue.severity}
        >
          {issue.message} <code>[{issue.rule}]</code>
        </li>
      ))}
    </ul>
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The properties of one object; `union` when it is one of a union's members (picked by `type`). */
function ObjectFields({
  context,
  schema,
  value,
  at,
  prefix,
  union,
}: {
  context: Context;
  schema: SchemaLike;
  value: Record<string, unknown>;
  at: ReadonlyArray<PathStep>;
  prefix: string;
  union?: SchemaLike;
}) {
  const properties = propertiesOf(schema);
  const known = new Set(properties.map((property) => property.key));
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  return (
    <div className="flexkit-inspector-fields">
      {properties.map((property) =>
        union !== undefined && property.key === "type" ? (
          <TypeField
            key={property.key}
            context={context}
            union={union}
            value={value}
            at={at}
            name={`${prefix}type`}
            required={true}
          />
        ) : (
          <Field
            key={property.key}
            context={context}
            owner={schema}
            property={property}
            value={value[property.key]}
            at={[...at, property.key]}
            name={`${prefix}${property.key}`}
          />
        ),
      )}
      {unknown.map((key) => (
        <Row
          key={key}
          context={context}
          at={[...at, key]}
          label={key}
          name={`${prefix}${key}`}
          resettable={true}
        >
          {() => (
            <output aria-label={`${prefix}${key}`} className="flexkit-inspector-unknown">
              {JSON.stringify(value[key])} (not a property LINE knows here)
            </output>
          )}
        </Row>
      ))}
    </div>
  );
}

/**
 * One property's row: its label, its control(s), a reset when it is set and may be unset, its
 * help and its issues. `children` gets the ids the controls are described by.
 */
function Row({
  context,
  at,
  label,
  name,
  resettable,
  help,
  required,
  deep = false,
  children,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  label: string;
  name: string;
  resettable: boolean;
  help?: string | undefined;
  required?: boolean;
  /** Show the issues under `at` too: the control edits the whole value (see issuesAt). */
  deep?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const id = useId();
  const issues = issuesAt(context, at, deep);
  const describedBy =
    [help === undefined ? "" : `${id}-help`, issues.length === 0 ? "" : `${id}-issues`]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = issues.some((issue) => issue.severity === "error");
  return (
    <div
      className="flexkit-inspector-field"
      data-property={name}
      data-invalid={invalid || undefined}
    >
      <div className="flexkit-inspector-row">
        <span className="flexkit-inspector-label" title={name}>
          {label}
          {required === true ? <span aria-hidden="true"> *</span> : null}
        </span>
        <span className="flexkit-inspector-control">{children(describedBy, invalid)}</span>
        {resettable ? <ResetButton context={context} at={at} name={name} /> : null}
      </div>
      <Help id={`${id}-help`} text={help} />
      <IssueList context={context} at={at} id={`${id}-issues`} deep={deep} />
    </div>
  );
}

/**
 * A number input's `step` that takes every decimal (HTML's keyword, not TypeScript's type): with
 * the default step of 1 the browser marks `1.5px` or a flex of 0.5 as invalid, which LINE accepts.
 */
const DECIMALS = "any";

/** "reset": takes the property out of the JSON (LINE's default applies again). */
function ResetButton({
  context,
  at,
  name,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  name: string;
}) {
  return (
    <button
      type="button"
      className="flexkit-inspector-reset"
      aria-label={`reset ${name}`}
      title={`Remove ${name} from the JSON`}
      onClick={() => context.unset(at)}
    >
      reset
    </button>
  );
}

/** A property's help (its description), which its controls are described by. */
function Help({ id, text }: { id: string; text: string | undefined }) {
  return text === undefined ? null : (
    <p className="flexkit-inspector-help" id={id}>
      {text}
    </p>
  );
}

function Field({
  context,
  owner,
  property,
  value,
  at,
  name,
}: {
  context: Context;
  owner: SchemaLike;
  property: Property;
  value: unknown;
  at: ReadonlyArray<PathStep>;
  name: string;
}) {
  const { control } = property;
  const help = context.describe?.(owner, property.key);
  const set = (next: unknown, typing?: boolean) => context.set(at, next, typing);
  const unset = (typing?: boolean) => context.unset(at, typing);
  const clear = (typing?: boolean) => (property.required ? set("", typing) : unset(typing));
  const common = { context, at, name, required: property.required, help };
  switch (control.kind) {
    case "object":
    case "union":
    case "list":
      return <Group {...common} control={control} value={value} label={property.key} />;
    default:
      return (
        <Row
          {...common}
          label={property.key}
          resettable={value !== undefined && !property.required}
          deep={control.kind === "record"}
        >
          {(describedBy, invalid) => (
            <Leaf
              control={control}
              value={value}
              name={name}
              describedBy={describedBy}
              invalid={invalid}
              required={property.required}
              set={set}
              clear={clear}
              unset={unset}
            />
          )}
        </Row>
      );
  }
}

interface LeafProps {
  control: Control;
  value: unknown;
  name: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  /** `typing`: a keystroke in a field, not a pick (see InspectorEdit). */
  set: (next: unknown, typing?: boolean) => void;
  /** An emptied field: unset when optional, "" when required (the validators say it is empty). */
  clear: (typing?: boolean) => void;
  unset: (typing?: boolean) => void;
}

function Leaf(props: LeafProps) {
  const { control, value, name, describedBy, invalid } = props;
  const aria = {
    "aria-label": name,
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
  };
  switch (control.kind) {
    case "keyword":
      return <KeywordSelect {...props} aria={aria} options={control.options} />;
    case "length":
      return <LengthInput {...props} aria={aria} control={control} />;
    case "color":
      return <ColorInput {...props} aria={aria} />;
    case "switch":
      return (
        <label className="flexkit-inspector-switch">
          <input
            type="checkbox"
            role="switch"
            {...aria}
            aria-checked={value === true}
            checked={value === true}
            onChange={(event) => props.set(event.currentTarget.checked)}
          />
          <span className="flexkit-inspector-state">
            {value === undefined ? "unset" : JSON.stringify(value)}
          </span>
        </label>
      );
    case "number":
      return <NumberInput {...props} aria={aria} control={control} />;
    case "text":
      return <TextInput {...props} aria={aria} control={control} />;
    case "record":
      return <JsonInput {...props} aria={aria} />;
    case "constant":
      return value === control.value ? (
        <output {...aria} className="flexkit-inspector-constant">
          {JSON.stringify(control.value)}
        </output>
      ) : (
        <button type="button" {...aria} onClick={() => props.set(control.value)}>
          set {JSON.stringify(control.value)}
        </button>
      );
    case "children":
      return (
        <output {...aria} className="flexkit-inspector-children">
          {describeChildren(value, control.list)}
        </output>
      );
    default:
      return <output {...aria}>{JSON.stringify(value)} (no editor)</output>;
  }
}

function describeChildren(value: unknown, list: boolean): string {
  if (value === undefined) return "none: add it in the Tree";
  if (list) {
    const count = Array.isArray(value)
      ? value.length
      : isRecord(value)
        ? Object.keys(value).length
        : 0;
    return `${count} item${count === 1 ? "" : "s"}: edit them in the Tree`;
  }
  const type = isRecord(value) ? value.type : undefined;
  return `${typeof type === "string" ? `a ${type}` : "set"}: select it in the Tree`;
}

type Aria = {
  "aria-label": string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
};

/**
 * A text field's own text while the person types, and the property's value when it changes from
 * elsewhere (Undo, the JSON editor, another field): a field that showed the value only would lose
 * what the value cannot hold yet ("1." on the way to "1.5", "-" on the way to "-2px").
 */
function useDraft(
  external: string,
  same: (draft: string, external: string) => boolean = (a, b) => a === b,
): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(external);
  const [seen, setSeen] = useState(external);
  if (external !== seen) {
    setSeen(external);
    if (!same(draft, external)) setDraft(external);
  }
  return [draft, setDraft];
}

const sameNumber = (a: string, b: string) => a.trim() !== "" && Number(a) === Number(b);

function KeywordSelect({
  value,
  required,
  set,
  unset,
  aria,
  options,
}: LeafProps & { aria: Aria; options: ReadonlyArray<string> }) {
  const current = value === undefined ? "" : String(value);
  const stray = current !== "" && !options.includes(current);
  return (
    <select
      {...aria}
      value={current}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (next === "") unset();
        else set(next);
      }}
    >
      <option value="">{required ? "— choose —" : "— unset —"}</option>
      {stray ? <option value={current}>{current} (not allowed)</option> : null}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

const UNIT_LABEL: Record<LengthUnit, string> = {
  px: "px value",
  "%": "% value",
  deg: "angle (deg)",
};

/** "12px" → { number: "12", unit: "px" } when the unit is one the property takes. */
function splitLength(
  value: unknown,
  units: ReadonlyArray<LengthUnit>,
): { number: string; unit: LengthUnit } | undefined {
  if (typeof value !== "string") return undefined;
  for (const unit of units) {
    if (value.endsWith(unit)) {
      const number = value.slice(0, -unit.length);
      if (number !== "" && Number.isFinite(Number(number))) return { number, unit };
    }
  }
  return undefined;
}

function LengthInput({
  value,
  required,
  set,
  clear,
  unset,
  aria,
  control,
}: LeafProps & { aria: Aria; control: Extract<Control, { kind: "length" }> }) {
  const length = splitLength(value, control.units);
  const keyword = typeof value === "string" && control.keywords.includes(value) ? value : undefined;
  const choice =
    value === undefined
      ? ""
      : keyword !== undefined
        ? keyword
        : length !== undefined
          ? `unit:${length.unit}`
          : "stray";
  const [draft, setDraft] = useDraft(length?.number ?? "", sameNumber);
  const only =
    control.keywords.length === 0 && control.units.length === 1 ? control.units[0] : undefined;
  const unit = length?.unit ?? only;
  const number =
    unit === undefined ? null : (
      <>
        <input
          type="number"
          {...aria}
          className="flexkit-inspector-number"
          step={DECIMALS}
          {...(control.negative ? {} : { min: 0 })}
          value={draft}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            // A half-typed number ("-", "1e") stays in the field and is not written.
            if (text.trim() === "") {
              if (only !== undefined) clear(true);
            } else if (Number.isFinite(Number(text))) {
              set(`${Number(text)}${unit}`, true);
            }
          }}
        />
        <span className="flexkit-inspector-unit">{unit}</span>
      </>
    );
  // One unit and no keywords (an angle, a centre position): the number is the whole control.
  if (only !== undefined && (value === undefined || length !== undefined)) {
    return <span className="flexkit-inspector-length">{number}</span>;
  }
  return (
    <span className="flexkit-inspector-length">
      <select
        {...aria}
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (next === "") unset();
          else if (next.startsWith("unit:")) set(`${length?.number ?? "0"}${next.slice(5)}`);
          else set(next);
        }}
      >
        <option value="">{required ? "— choose —" : "— unset —"}</option>
        {choice === "stray" ? <option value="stray">{String(value)} (not allowed)</option> : null}
        {control.keywords.map((word) => (
          <option key={word} value={word}>
            {word}
          </option>
        ))}
        {control.units.map((unit) => (
          <option key={unit} value={`unit:${unit}`}>
            {UNIT_LABEL[unit]}
          </option>
        ))}
      </select>
      {length === undefined ? null : number}
    </span>
  );
}

const HEX = /^#([0-9A-Fa-f]{6})([0-9A-Fa-f]{2})?$/;

/**
 * LINE colours are `#RRGGBB` or `#RRGGBBAA`; the browser's colour picker knows no alpha, so the
 * alpha has a field of its own (opacity in %), and the picker keeps the alpha already there.
 */
function ColorInput({ value, set, clear, aria }: LeafProps & { aria: Aria }) {
  const text = typeof value === "string" ? value : "";
  const match = HEX.exec(text);
  const rgb = match === null ? "#000000" : `#${match[1]!.toLowerCase()}`;
  const alpha = match?.[2];
  const [draft, setDraft] = useDraft(text);
  const alphaPercent =
    alpha === undefined ? "" : String(Math.round((parseInt(alpha, 16) / 255) * 100));
  const [alphaDraft, setAlphaDraft] = useDraft(alphaPercent, sameNumber);
  const id = useId();
  return (
    <span className="flexkit-inspector-color">
      <input
        type="color"
        {...aria}
        // Chromium gives a colour well the textbox role: named apart from the hex field, which is
        // the one that holds the whole LINE value (alpha included).
        aria-label={`${aria["aria-label"]} picker`}
        // Unset shows no colour of its own: the picker's black is only where it starts.
        style={match === null ? { opacity: 0.35 } : undefined}
        value={rgb}
        // The picker reports every colour it passes through while dragged: typing, in effect.
        onChange={(event) => set(`${event.currentTarget.value}${alpha ?? ""}`, true)}
      />
      <input
        type="text"
        {...aria}
        className="flexkit-inspector-hex"
        spellCheck={false}
        placeholder="#RRGGBB(AA)"
        value={draft}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setDraft(next);
          if (next === "") clear(true);
          else set(next, true);
        }}
      />
      <input
        type="number"
        {...aria}
        aria-describedby={[id, aria["aria-describedby"]].filter(Boolean).join(" ")}
        className="flexkit-inspector-number"
        min={0}
        max={100}
        step={1}
        placeholder="100"
        value={alphaDraft}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setAlphaDraft(next);
          if (next.trim() === "") {
            set(rgb, true);
            return;
          }
          const percent = Number(next);
          if (!Number.isFinite(percent)) return;
          const byte = Math.round((Math.min(100, Math.max(0, percent)) / 100) * 255);
          set(
            `${match === null ? rgb : `#${match[1]}`}${byte.toString(16).padStart(2, "0").toUpperCase()}`,
            true,
          );
        }}
      />
      <span className="flexkit-inspector-unit" id={id}>
        % alpha
      </span>
    </span>
  );
}

function NumberInput({
  value,
  required,
  set,
  unset,
  aria,
  control,
}: LeafProps & { aria: Aria; control: Extract<Control, { kind: "number" }> }) {
  const [draft, setDraft] = useDraft(value === undefined ? "" : String(value), sameNumber);
  return (
    <input
      type="number"
      {...aria}
      className="flexkit-inspector-number"
      step={control.integer ? 1 : DECIMALS}
      {...(control.min === undefined ? {} : { min: control.min })}
      {...(control.max === undefined ? {} : { max: control.max })}
      value={draft}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        if (text.trim() === "") {
          if (!required) unset(true);
          return;
        }
        const number = Number(text);
        if (Number.isFinite(number)) set(number, true);
      }}
    />
  );
}

function TextInput({
  value,
  set,
  clear,
  aria,
  control,
}: LeafProps & { aria: Aria; control: Extract<Control, { kind: "text" }> }) {
  const [draft, setDraft] = useDraft(
    typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value),
  );
  const change = (next: string) => {
    setDraft(next);
    if (next === "") clear(true);
    else set(next, true);
  };
  const placeholder =
    control.format === "url" ? "https://…" : control.format === "ratio" ? "20:13" : undefined;
  const counter =
    control.maxLength === undefined ? null : (
      <span className="flexkit-inspector-count">
        {draft.length}/{control.maxLength}
      </span>
    );
  return (
    <span className="flexkit-inspector-text">
      {control.multiline ? (
        <textarea
          {...aria}
          rows={Math.min(4, Math.max(1, draft.split("\n").length))}
          value={draft}
          onChange={(event) => change(event.currentTarget.value)}
        />
      ) : (
        <input
          type={control.format === "url" ? "url" : "text"}
          {...aria}
          spellCheck={false}
          {...(placeholder === undefined ? {} : { placeholder })}
          value={draft}
          onChange={(event) => change(event.currentTarget.value)}
        />
      )}
      {counter}
    </span>
  );
}

/** Keys the author chooses (`substitution`): the object as JSON, written when it parses. */
function JsonInput({ value, unset, set, aria }: LeafProps & { aria: Aria }) {
  const [draft, setDraft] = useDraft(value === undefined ? "" : JSON.stringify(value, null, 2));
  const [broken, setBroken] = useState(false);
  return (
    <textarea
      {...aria}
      className="flexkit-inspector-json"
      rows={4}
      spellCheck={false}
      value={draft}
      data-broken={broken || undefined}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        if (text.trim() === "") {
          setBroken(false);
          unset(true);
          return;
        }
        try {
          const parsed: unknown = JSON.parse(text);
          setBroken(false);
          set(parsed, true);
        } catch {
          setBroken(true);
        }
      }}
    />
  );
}

/** An object, a union member or a list, edited in place in a fieldset of its own. */
function Group({
  context,
  at,
  name,
  label,
  required,
  help,
  control,
  value,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  name: string;
  label: string;
  required: boolean;
  help: string | undefined;
  control: Extract<Control, { kind: "object" | "union" | "list" }>;
  value: unknown;
}) {
  const id = useId();
  return (
    <fieldset className="flexkit-inspector-group" data-property={name}>
      <legend>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
        {value !== undefined && !required ? (
          <ResetButton context={context} at={at} name={name} />
        ) : null}
      </legend>
      <Help id={`${id}-help`} text={help} />
      <IssueList context={context} at={at} />
      <GroupBody
        context={context}
        at={at}
        name={name}
        control={control}
        value={value}
        required={required}
      />
    </fieldset>
  );
}

function GroupBody({
  context,
  at,
  name,
  control,
  value,
  required,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  name: string;
  control: Extract<Control, { kind: "object" | "union" | "list" }>;
  value: unknown;
  required: boolean;
}) {
  if (control.kind === "object") {
    if (!isRecord(value)) {
      return (
        <button
          type="button"
          className="flexkit-inspector-add"
          aria-label={name}
          onClick={() => context.set(at, freshObject(control.schema))}
        >
          + {name}
        </button>
      );
    }
    return (
      <ObjectFields
        context={context}
        schema={control.schema}
        value={value}
        at={at}
        prefix={`${name}.`}
      />
    );
  }
  if (control.kind === "union") {
    const member = isRecord(value) ? memberFor(control.union, value) : undefined;
    if (member === undefined || !isRecord(value)) {
      return (
        <TypeField
          context={context}
          union={control.union}
          value={value}
          at={at}
          name={`${name}.type`}
          required={required}
        />
      );
    }
    return (
      <ObjectFields
        context={context}
        schema={unwrap(member).schema}
        value={value}
        at={at}
        prefix={`${name}.`}
        union={control.union}
      />
    );
  }
  return <ListItems context={context} at={at} name={name} control={control} value={value} />;
}

/**
 * The `type` of a union member: a picker of the types the validators accept in this place
 * (allowedTags), or the type shown as it is for what the tree turns into something else.
 */
function TypeField({
  context,
  union,
  value,
  at,
  name,
  required,
}: {
  context: Context;
  union: SchemaLike;
  value: unknown;
  at: ReadonlyArray<PathStep>;
  name: string;
  required: boolean;
}) {
  const { message } = context;
  const fixed = isTypeFixed(union);
  const tags = useMemo(
    () => (fixed ? [] : allowedTags(message, at, union)),
    [fixed, message, at, union],
  );
  const current = isRecord(value) && typeof value.type === "string" ? value.type : undefined;
  return (
    <Row
      context={context}
      at={[...at, "type"]}
      label="type"
      name={name}
      resettable={false}
      required={required}
    >
      {(describedBy, invalid) =>
        fixed ? (
          <output
            aria-label={name}
            aria-describedby={describedBy}
            className="flexkit-inspector-constant"
          >
            {JSON.stringify(current)}
          </output>
        ) : (
          <select
            aria-label={name}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={current ?? ""}
            onChange={(event) => {
              const tag = event.currentTarget.value;
              if (tag === "") context.unset(at);
              else context.set(at, switchTag(union, value, tag));
            }}
          >
            <option value="" disabled={required && current !== undefined}>
              {required ? "— choose —" : "— unset —"}
            </option>
            {current !== undefined && !tags.includes(current) ? (
              <option value={current}>{current} (not allowed here)</option>
            ) : null}
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )
      }
    </Row>
  );
}

function ListItems({
  context,
  at,
  name,
  control,
  value,
}: {
  context: Context;
  at: ReadonlyArray<PathStep>;
  name: string;
  control: Extract<Control, { kind: "list" }>;
  value: unknown;
}) {
  const items = Array.isArray(value) ? value : [];
  const element = controlFor(control.element);
  const full = control.max !== undefined && items.length >= control.max;
  const add = () => {
    const index = items.length;
    let item: unknown = "";
    if (element.kind === "object") item = freshObject(element.schema);
    else if (element.kind === "union") {
      const tag = allowedTags(
        setAt(context.message, at, [...items, {}]),
        [...at, index],
        element.union,
      )[0];
      const schema = tag === undefined ? undefined : objectSchemaOf(element.union, tag);
      item = schema === undefined ? {} : freshObject(schema);
    }
    context.set(at, [...items, item]);
  };
  return (
    <div className="flexkit-inspector-list">
      {items.map((item, index) => {
        const itemAt = [...at, index];
        const itemName = `${name}[${index}]`;
        const remove = (
          <button
            type="button"
            className="flexkit-inspector-reset"
            aria-label={`remove ${itemName}`}
            onClick={() => context.unset(itemAt)}
          >
            remove
          </button>
        );
        if (element.kind === "object" || element.kind === "union") {
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are their places in the list.
            <fieldset key={index} className="flexkit-inspector-group" data-property={itemName}>
              <legend>
                [{index}] {remove}
              </legend>
              <IssueList context={context} at={itemAt} />
              <GroupBody
                context={context}
                at={itemAt}
                name={itemName}
                control={element}
                value={item}
                required={true}
              />
            </fieldset>
          );
        }
        return (
          <Row
            // biome-ignore lint/suspicious/noArrayIndexKey: items are their places in the list.
            key={index}
            context={context}
            at={itemAt}
            label={`[${index}]`}
            name={itemName}
            resettable={false}
          >
            {(describedBy, invalid) => (
              <>
                <Leaf
                  control={element}
                  value={item}
                  name={itemName}
                  describedBy={describedBy}
                  invalid={invalid}
                  required={true}
                  set={(next) => context.set(itemAt, next)}
                  clear={() => context.set(itemAt, "")}
                  unset={() => context.unset(itemAt)}
                />
                {remove}
              </>
            )}
          </Row>
        );
      })}
      <button
        type="button"
        className="flexkit-inspector-add"
        aria-label={name}
        disabled={full}
        onClick={add}
      >
        + {name}
      </button>
    </div>
  );
}

/** Kept with the component, as the workbench keeps its own; colours follow the page's theme. */
const CSS = `
.flexkit-inspector { font: 12px/1.4 system-ui, sans-serif; color: var(--fk-text, inherit); display: grid; gap: 6px; }
.flexkit-inspector-title { font-size: 13px; margin: 0; }
.flexkit-inspector-where { font-weight: 400; color: var(--fk-text-muted, inherit); }
.flexkit-inspector-fields { display: grid; gap: 6px; }
.flexkit-inspector-row { display: grid; grid-template-columns: minmax(5.5em, 8.5em) minmax(0, 1fr) auto; gap: 6px; align-items: center; }
.flexkit-inspector-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-family: ui-monospace, monospace; color: var(--fk-text-muted, inherit); }
.flexkit-inspector-control { display: flex; gap: 4px; align-items: center; min-width: 0; flex-wrap: wrap; }
.flexkit-inspector-control select, .flexkit-inspector-control input:not([type=checkbox]):not([type=color]), .flexkit-inspector-control textarea {
  font: inherit; min-width: 0; max-width: 100%; box-sizing: border-box; padding: 3px 6px;
  color: var(--fk-text, inherit); background: var(--fk-surface, transparent);
  border: 1px solid var(--fk-border-strong, #999); border-radius: 6px;
}
.flexkit-inspector-control :is(select, input, textarea):focus-visible { outline: 2px solid var(--fk-focus, #2f7cf6); outline-offset: 1px; }
.flexkit-inspector-control [aria-invalid=true] { border-color: var(--fk-error, #e5484d); }
.flexkit-inspector-text { display: flex; gap: 4px; align-items: center; flex: 1; min-width: 0; }
.flexkit-inspector-text input, .flexkit-inspector-text textarea { flex: 1; }
.flexkit-inspector-number { width: 6em; }
.flexkit-inspector-hex { width: 8em; font-family: ui-monospace, monospace; }
.flexkit-inspector-length, .flexkit-inspector-color { display: inline-flex; gap: 4px; align-items: center; }
.flexkit-inspector-unit, .flexkit-inspector-count, .flexkit-inspector-state { color: var(--fk-text-muted, inherit); }
.flexkit-inspector-reset, .flexkit-inspector-add {
  font: inherit; font-size: 11px; cursor: pointer; padding: 2px 6px; border-radius: 6px;
  color: var(--fk-text, inherit); background: var(--fk-surface-2, transparent); border: 1px solid var(--fk-border, #999);
}
.flexkit-inspector-group { border: 1px solid var(--fk-border, rgba(127, 127, 127, 0.4)); border-radius: 6px; padding: 4px 6px; margin: 0; display: grid; gap: 4px; }
.flexkit-inspector-group > legend { font-family: ui-monospace, monospace; display: flex; gap: 6px; align-items: center; }
.flexkit-inspector-list { display: grid; gap: 4px; }
/* The help is two lines until the field is focused or hovered: the whole text is its description. */
.flexkit-inspector-help {
  margin: 0; font-size: 11px; color: var(--fk-text-muted, inherit); white-space: pre-line;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
}
.flexkit-inspector-field:is(:focus-within, :hover) > .flexkit-inspector-help { -webkit-line-clamp: unset; }
.flexkit-inspector-issues { list-style: none; margin: 0; padding: 0; color: var(--fk-error, #e5484d); }
.flexkit-inspector-issues [data-severity=warning] { color: var(--fk-warning, #d4a72c); }
.flexkit-inspector-json { width: 100%; font-family: ui-monospace, monospace; }
.flexkit-inspector-json[data-broken] { outline: 1px solid var(--fk-error, #e5484d); }
.flexkit-inspector-children, .flexkit-inspector-unknown { color: var(--fk-text-muted, inherit); }
`;
