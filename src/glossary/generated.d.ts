// The data module the glossary plugin writes at build time (see src/plugins/glossary).
declare module '@generated/glossary/default/glossary.json' {
  const data: unknown;
  export default data;
}
