/**
 * The first code block of each language in the README, in that order: the introduction page
 * shows the README's own example, so the two can never disagree.
 */
export function codeBlocks(markdown: string, languages: string[]): string[] {
  return languages.map((language) => {
    const fence = "```";
    const block = new RegExp(`${fence}${language}\\n([\\s\\S]*?)\\n${fence}`).exec(markdown);
    if (block === null) throw new Error(`README.md has no \`\`\`${language} block`);
    return block[1]!;
  });
}
