/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

interface ImportMetaEnv {
  readonly VITE_FEED_URL?: string;
  /** Set by `npm run dev:live`: the real feed the dev server proxies (MSW stays off). */
  readonly VITE_LIVE_FEED?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** Names the build (vite.config.ts `define`): the persisted query cache is kept per build. */
declare const __BUILD_ID__: string;
