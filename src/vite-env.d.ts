/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

interface ImportMetaEnv {
  readonly VITE_FEED_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** Names the build (vite.config.ts `define`): the persisted query cache is kept per build. */
declare const __BUILD_ID__: string;
