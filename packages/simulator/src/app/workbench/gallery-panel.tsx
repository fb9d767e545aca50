import { useMemo, useState } from "react";
import { renderSample, searchGallery } from "../../samples/gallery/index.js";

/** A searchable list of the gallery's samples; choosing one opens it in the editor. */
export function GalleryPanel({ onOpen }: { onOpen: (message: unknown) => void }) {
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchGallery(query), [query]);
  return (
    <div
      data-gallery=""
      style={{ border: "1px solid #3a404a", padding: 6, maxHeight: 220, overflow: "auto" }}
    >
      <input
        data-gallery-search=""
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
              style={{ all: "unset", cursor: "pointer", display: "block", padding: "2px 0" }}
            >
              {sample.title} <span style={{ opacity: 0.6 }}>{sample.tags.join(", ")}</span>
            </button>
          </li>
        ))}
        {found.length === 0 ? <li>No sample matches “{query}”.</li> : null}
      </ul>
    </div>
  );
}
