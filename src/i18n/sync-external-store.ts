// react-i18next imports use-sync-external-store's shim, written for React before 18; in React 19 the
// shim only hands on React's own hook. vite.config.ts points the shim here, so its code (and the
// CommonJS wrapper around it) stays out of the first download.
export { useSyncExternalStore } from 'react';
