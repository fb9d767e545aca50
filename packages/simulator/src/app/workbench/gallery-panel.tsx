import { useMemo, useState } from "react";
import { renderSample, searchGallery } from "../../samples/gallery/index.js";

/** A searchable list of the gallery's samples; choosing one opens it in the editor. */
export function GalleryPanel({ onOpen }: { onOpen: (message: unknown) => void }) {
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchGallery(query), [query]);
  return (
    <div
      data-gallery=""
      style={{
        border: "1px solid var(--fk-border)",
        borderRadius: 8,
        padding: 8,
        maxHeight: 220,
        overflow: "auto",
        flex: "none",
        background: "var(--fk-surface-2)",
      }}
    >
      <input
        data-gallery-search=""
        className="fk-input"
        aria-label="Search samples"
        type="search"
        placeholder="Search samples (e.g. carousel, template, food)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ width: "100%", boxSizing: "border-box" }}
      />
      <ul style={{ listStyle: "none", margin: "6px 0 0", padding: 0 }}>
        {found.map((sample) => (
          <li key={sample.id}>
            <button
              type="button"
              data-sample={sample.id}
              onClick={() => onOpen(renderSample(sample).message)}
              className="fk-gallery-item"
            >
              {sample.title} <span className="fk-muted">{sample.tags.join(", ")}</span>
            </button>
          </li>
        ))}
        {found.length === 0 ? <li>No sample matches “{query}”.</li> : null}
      </ul>
    </div>
  );
}
