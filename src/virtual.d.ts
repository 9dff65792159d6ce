/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:atlas-data' {
  const data: import('./lib/model/atlasData.ts').AtlasData;
  export default data;
}
/** The minor rivers (src/lib/model/rivers.ts), loaded after the first picture. */
declare module 'virtual:atlas-data-detail' {
  const rivers: import('./lib/model/types.ts').Basemap['rivers'];
  export default rivers;
}
/** Two years compared (src/lib/model/atlasData.ts's Comparisons), loaded when a reader compares. */
declare module 'virtual:atlas-compare' {
  const comparisons: import('./lib/model/atlasData.ts').Comparisons;
  export default comparisons;
}
