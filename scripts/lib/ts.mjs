// Loads the project's TypeScript modules (the lesson model) from plain Node scripts, with the
// same loader Docusaurus uses for its config.
import jitiFactory from 'jiti';

const jiti = jitiFactory(import.meta.url, {interopDefault: true});

export const importTs = (path) => jiti(new URL(path, new URL('../../', import.meta.url)).pathname);
