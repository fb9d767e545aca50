/** Appends a key to a LINE-notation path: `contents` + `body` → `contents.body`. */
export function childKey(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** `contents.body` + (`contents`, 2) → `contents.body.contents[2]` */
export function childIndex(path: string, key: string, index: number): string {
  return `${childKey(path, key)}[${index}]`;
}
