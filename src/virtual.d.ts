/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:atlas-data' {
  const data: import('./lib/model/atlas.ts').AtlasData;
  export default data;
}
