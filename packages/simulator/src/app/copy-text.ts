/**
 * Copies text to the clipboard; false when the browser refused. The async Clipboard API needs a
 * permission that an unfocused or insecure (plain http, not localhost) page lacks, so it falls
 * back to copying a selection, which works during a click.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}
