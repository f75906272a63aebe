// Makes every docs page depend on the glossary's term cards (see ./index.ts): the page passes
// through unchanged, but the bundler and its persistent cache recompile it when the cards change.
module.exports = function dependOnGlossary(source) {
  this.addDependency(this.getOptions().file);
  return source;
};
