// Data modules the course-catalog plugin writes at build time (see src/lesson/catalogData.ts).
declare module '@generated/course-catalog/default/*.json' {
  const data: unknown;
  export default data;
}
