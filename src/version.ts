/** The package's version (kept equal to package.json's by `npm run package -- --check`). */
export const version = '0.1.0';
