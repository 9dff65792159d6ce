// What tests/unit/globalSetup.ts provides to every test file (read with testAtlas()).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasJson: string;
  }
}
