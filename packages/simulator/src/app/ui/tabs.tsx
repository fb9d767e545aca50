import "./ui.css";

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

/**
 * A segmented row of views (the editor's Tree / JSON / JSX): toggle buttons with `aria-pressed`
 * and `data-tab`, so adding a view is one more item in `items`.
 */
export function Tabs<Id extends string>({
  items,
  value,
  onChange,
  label,
}: {
  items: readonly TabItem<Id>[];
  value: Id;
  onChange: (id: Id) => void;
  /** The group's accessible name. */
  label: string;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form's fieldset.
    <div className="fk-tabs" role="group" aria-label={label}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          className="fk-tab"
          data-tab={item.id}
          aria-pressed={value === item.id}
          onClick={() => onChange(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
