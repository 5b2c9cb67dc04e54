// The style the code was written in before a formatter came: single quotes,
// semicolons, trailing commas, parentheses around every arrow parameter.
// printWidth 140: 95.6% of the lines already kept within it, and it still
// fits two files side by side; 120 rewrapped half as many lines again.
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  printWidth: 140,
};
