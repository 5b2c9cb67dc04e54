import type { Formatter } from './index.js';

/** The document as it is: built with fixed key order and a schema_version (documents.ts). */
export const formatJson: Formatter = (output) => `${JSON.stringify(output.document, null, 2)}\n`;
