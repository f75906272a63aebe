// Stand-in for @docusaurus/Translate in unit tests: the message in its source language, as
// Docusaurus renders it when a locale has no translation for the id.
export function translate({message}: {id?: string; message: string; description?: string}): string {
  return message;
}
